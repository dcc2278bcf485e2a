#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace mygas {

// What the command line asks for.
struct AppOptions
{
    bool demo = false;          // start the bundled demo server
    bool offerDemoMail = false; // show «Демо-почта» (on with --demo)
    QUrl server;                // https://host:port; empty: QSettings server/url
    QString caFile;             // an extra trusted CA (PEM)
    QString language;           // "ru" or "en"
    bool exitAfterShown = false;

    // Parses the arguments (argv[0] first); on an error returns false with *error set.
    // --help and --version print and exit as usual.
    static bool parse(const QStringList& arguments, AppOptions* options, QString* error);
    // The language asked by --lang, or the system's: known before parse(),
    // whose --help is then in that language.
    static QString languageOf(const QStringList& arguments);
};

} // namespace mygas
