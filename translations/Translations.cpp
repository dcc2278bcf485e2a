#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// The resource lives in a static library: make sure it is registered.
static void initI18nResource()
{
    Q_INIT_RESOURCE(mygas_i18n);
}

namespace mygas {

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
    return true;
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
}

} // namespace mygas
