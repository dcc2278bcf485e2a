#include "app/AppOptions.h"

#include "translations/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mygas {

bool AppOptions::parse(const QStringList& arguments, AppOptions* options, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AppOptions", "«My gas» desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("AppOptions", "Start the bundled demo server and use it."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("AppOptions", "Address of the provider's server."),
                                    QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QCoreApplication::translate("AppOptions", "Also trust the CA certificates in PEM."),
                                    QStringLiteral("PEM"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("AppOptions", "Language of the interface: ru or en."),
                                  QStringLiteral("ru|en"));
    const QCommandLineOption demoMail(
        QStringLiteral("demo-mail"),
        QCoreApplication::translate("AppOptions", "Show «Demo mail» (the outbox of a demo server) with --server."));
    const QCommandLineOption exitAfterShown(
        QStringLiteral("exit-after-shown"),
        QCoreApplication::translate("AppOptions", "Quit as soon as the first window has been painted."));
    parser.addOptions({demo, server, caFile, lang, demoMail, exitAfterShown});
    parser.process(arguments);

    options->demo = parser.isSet(demo);
    options->offerDemoMail = options->demo || parser.isSet(demoMail);
    options->exitAfterShown = parser.isSet(exitAfterShown);
    options->caFile = parser.value(caFile);
    if (parser.isSet(server)) {
        options->server = QUrl(parser.value(server));
        if (!options->server.isValid() || options->server.scheme().isEmpty()) {
            *error =
                QCoreApplication::translate("AppOptions", "--server: not an address: %1").arg(parser.value(server));
            return false;
        }
    }
    options->language = parser.isSet(lang) ? parser.value(lang) : systemLanguage();
    if (options->language != QLatin1String("ru") && options->language != QLatin1String("en")) {
        *error = QCoreApplication::translate("AppOptions", "--lang: ru or en");
        return false;
    }
    return true;
}

QString AppOptions::languageOf(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return systemLanguage();
}

} // namespace mygas
