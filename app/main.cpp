#include "app/AppOptions.h"
#include "app/CompositionRoot.h"
#include "translations/Translations.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("mygas"));
    QCoreApplication::setApplicationName(QStringLiteral("mygas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYGAS_VERSION));

    // Before the options are read, so that --help speaks the person's language.
    const QString language = mygas::AppOptions::languageOf(QCoreApplication::arguments());
    mygas::installTranslation(language);
    mygas::installQtTranslations(language);
    mygas::AppOptions options;
    QString error;
    if (!mygas::AppOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "mygas: %s\n", qPrintable(error));
        return 2;
    }

    mygas::CompositionRoot root(options);
    root.start();
    return app.exec();
}
