#include "models/core/ParentWatch.h"
#include "server/accounts/PinRequestCommand.h"
#include "server/app/Logging.h"
#include "server/app/ServerApp.h"
#include "server/app/ServerOptions.h"
#include "server/operators/OperatorCommand.h"
#include "server/platform/SignalHandler.h"
#include "server/provider/ProviderCommands.h"
#include "translations/Translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace {
const char kUsage[] =
    "Usage: mygas-server serve [--listen HOST:PORT] [--db sqlite:PATH | --db postgresql://USER[:PASS]@HOST:PORT/DB]\n"
    "                          [--data-dir DIR] [--tls-cert PEM --tls-key PEM] [--demo [--demo-operator-delay SEC]]\n"
    "                          [--insecure-http]\n"
    "                          [--smtp smtp://HOST:PORT] [--smtp-from ADDR] [--sms-gateway URL-TEMPLATE]\n"
    "                          [--clock-file PATH] [--watch-stdin] [--log-level debug|info|warning|critical]\n"
    "                          [--public-url https://HOST[:PORT]]\n"
    "       mygas-server import [--db URL] [--pin-key FILE] FILE.json\n"
    "       mygas-server seed [--db URL] --accounts N --seed S [--years Y] [--company ID] [--until YYYY-MM]\n"
    "       mygas-server pin-requests [--db URL] [--approve ID | --reject ID]\n"
    "       mygas-server operator add [--db URL] --company ID --login LOGIN\n"
    "       mygas-server operator [--url URL] [--ca PEM] --login LOGIN list|show|clarify|reject|complete …\n"
    "       mygas-server --version\n";
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mygas-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MYGAS_VERSION));
    mygas::installTranslation(QStringLiteral("ru"));

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--version")) {
        std::printf("mygas-server %s\n", MYGAS_VERSION);
        return 0;
    }
    if (args.value(0) == QLatin1String("--help") || args.value(0) == QLatin1String("-h")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (args.value(0) == QLatin1String("import"))
        return mygas::server::runImport(args.mid(1));
    if (args.value(0) == QLatin1String("seed"))
        return mygas::server::runSeed(args.mid(1));
    if (args.value(0) == QLatin1String("pin-requests"))
        return mygas::server::runPinRequests(args.mid(1));
    if (args.value(0) == QLatin1String("operator"))
        return mygas::server::runOperator(args.mid(1));
    if (args.value(0) != QLatin1String("serve")) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    mygas::server::ServerOptions options;
    if (const QString problem = options.parse(args.mid(1)); !problem.isEmpty()) {
        std::fprintf(stderr, "mygas-server: %s\n", qPrintable(problem));
        return 2;
    }
    mygas::server::setLogLevel(options.logLevel);
    mygas::server::platform::installShutdownHandler();
    mygas::server::ServerApp server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "mygas-server: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("mygas-server listening on %s\n", qPrintable(server.url()));
    std::fflush(stdout);
    // Kept to the end of the process: its reader thread reports to it.
    static mygas::ParentWatch parentWatch;
    if (options.watchStdin) {
        QObject::connect(&parentWatch, &mygas::ParentWatch::parentGone, &app, &QCoreApplication::quit);
        parentWatch.start();
    }
    const int rc = QCoreApplication::exec();
    std::fprintf(stderr, "mygas-server: stopped\n");
    return rc;
}
