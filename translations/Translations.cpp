#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// The resource lives in a static library: make sure it is registered.
static void initI18nResource()
{
    Q_INIT_RESOURCE(mygas_i18n);
}

namespace mygas {

namespace {
QString& installedLanguage()
{
    static QString language = QStringLiteral("ru");
    return language;
}
} // namespace

bool installTranslation(const QString& language)
{
    initI18nResource();
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/mygas_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    installedLanguage() = language;
    // Qt's own dialogs format dates and name file types by the default locale.
    QLocale::setDefault(language == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Russia)
                                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}

bool installQtTranslations(const QString& language)
{
    static QList<QTranslator*> current;
    for (QTranslator* t : std::as_const(current)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    current.clear();
    if (language == QLatin1String("en"))
        return true;
    const QStringList dirs = {QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    for (const QString& catalogue : {QStringLiteral("qtbase"), QStringLiteral("qtwebengine")}) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        bool loaded = false;
        for (const QString& dir : dirs) {
            if ((loaded = translator->load(catalogue + QLatin1Char('_') + language, dir)))
                break;
        }
        if (!loaded) {
            delete translator;
            continue;
        }
        QCoreApplication::installTranslator(translator);
        current.append(translator);
    }
    return !current.isEmpty();
}

QString currentLanguage()
{
    return installedLanguage();
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

} // namespace mygas
