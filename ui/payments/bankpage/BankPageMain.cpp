// mygas-bankpage: the bank's page in a program of its own (see
// models/payments/BankPageProtocol.h for why and for the arguments).
#include "models/core/ParentWatch.h"
#include "models/payments/BankPageProtocol.h"
#include "translations/Translations.h"
#include "ui/payments/bankpage/BankPageDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QWindow>

#include <cstdio>

using namespace mygas;

namespace {

QList<QSslCertificate> trustedCertificates(const QStringList& values)
{
    QList<QSslCertificate> out;
    for (const QString& value : values) {
        const QSslCertificate certificate(QByteArray::fromBase64(value.toLatin1()), QSsl::Der);
        if (!certificate.isNull())
            out.append(certificate);
    }
    return out;
}

// Prescans the arguments: these must act before QApplication exists.
bool hasOption(int argc, char* argv[], const char* name)
{
    const QByteArray wanted = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        if (wanted == argv[i])
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // Qt WebEngine shares OpenGL contexts with the widgets; the attribute must
    // be set before the application object, which is why the page is a
    // program of its own and not a plugin of mygas.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Chromium keeps its accessibility tree off on Linux unless asked: a
    // screen reader could not reach the card fields otherwise. The app says
    // when an assistive technology is active.
    if (hasOption(argc, argv, bankpage::AccessibleOption))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("mygas"));
    QCoreApplication::setApplicationName(QString::fromLatin1(bankpage::Program));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYGAS_VERSION));

    QCommandLineParser parser;
    const QCommandLineOption page(QString::fromLatin1(bankpage::PageOption), QString(), QStringLiteral("URL"));
    const QCommandLineOption returnUrl(QString::fromLatin1(bankpage::ReturnOption), QString(), QStringLiteral("URL"));
    const QCommandLineOption title(QString::fromLatin1(bankpage::TitleOption), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption trust(QString::fromLatin1(bankpage::TrustOption), QString(), QStringLiteral("DER"));
    const QCommandLineOption lang(QString::fromLatin1(bankpage::LanguageOption), QString(), QStringLiteral("ru|en"));
    const QCommandLineOption parentWindow(QString::fromLatin1(bankpage::ParentWindowOption), QString(),
                                          QStringLiteral("ID"));
    const QCommandLineOption accessible(QString::fromLatin1(bankpage::AccessibleOption));
    parser.addOptions({page, returnUrl, title, trust, lang, parentWindow, accessible});
    if (!parser.parse(QCoreApplication::arguments()) || !parser.isSet(page) || !parser.isSet(returnUrl)) {
        std::fprintf(stderr, "%s: started by mygas only (%s)\n", bankpage::Program, qPrintable(parser.errorText()));
        return bankpage::BadArguments;
    }
    const QString language = parser.isSet(lang) ? parser.value(lang) : systemLanguage();
    installTranslation(language);
    installQtTranslations(language);

    BankPageDialog dialog(QUrl(parser.value(page)), QUrl(parser.value(returnUrl)),
                          trustedCertificates(parser.values(trust)), parser.value(title));
    // Stays above the app's window that opened it, as its own dialog would.
    bool idOk = false;
    const WId parentId = WId(parser.value(parentWindow).toULongLong(&idOk));
    if (idOk && parentId) {
        dialog.winId();
        if (QWindow* foreign = QWindow::fromWinId(parentId))
            dialog.windowHandle()->setTransientParent(foreign);
    }
    // The app is gone (closed or crashed): nobody waits for this page.
    static ParentWatch parentWatch;
    QObject::connect(&parentWatch, &ParentWatch::parentGone, &dialog, &QDialog::reject);
    parentWatch.start();

    dialog.show();
    dialog.raise();
    dialog.activateWindow();
    return dialog.exec() == QDialog::Accepted ? bankpage::Returned : bankpage::Closed;
}
