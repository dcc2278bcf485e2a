// A first sync into a fresh cache, exactly as the client does it: GET /sync
// through ApiClient (TLS, bearer token, JSON parse), SyncPayload::fromJson,
// CacheStore::apply in one transaction. Prints the wall time of each step,
// the body size and the rows the cache then holds.
//
//   mygas_bench_sync_client --server URL --ca-file PEM --token ACCESS_TOKEN
//                           (--cache FILE | --cache-for LOGIN)
//
// --cache-for writes the cache `mygas --server URL` opens for LOGIN (same
// file name scheme, same app-data folder). The file must not exist yet.
#include "models/core/Clock.h"
#include "models/sync/SyncTypes.h"
#include "services/cache/CacheStore.h"
#include "services/net/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace mygas;

namespace {

void fail(const QString& message)
{
    std::fprintf(stderr, "mygas_bench_sync_client: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
}

double ms(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

// Rows in every table of the cache file, read through a connection of its own.
qint64 cachedRows(const QString& file)
{
    qint64 rows = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-count"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return -1;
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString& name : std::as_const(names)) {
            QSqlQuery count(db);
            if (count.exec(QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(name)) && count.next())
                rows += count.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-count"));
    return rows;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The cache lives in the client's app-data folder (app/main.cpp names it).
    QCoreApplication::setOrganizationName(QStringLiteral("mygas"));
    QCoreApplication::setApplicationName(QStringLiteral("mygas"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"), QStringLiteral("Server URL."), QStringLiteral("URL"));
    const QCommandLineOption caOpt(QStringLiteral("ca-file"), QStringLiteral("Extra CA (PEM)."), QStringLiteral("PEM"));
    const QCommandLineOption tokenOpt(QStringLiteral("token"), QStringLiteral("Access token."),
                                      QStringLiteral("TOKEN"));
    const QCommandLineOption cacheOpt(QStringLiteral("cache"), QStringLiteral("Cache file to create."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption cacheForOpt(
        QStringLiteral("cache-for"), QStringLiteral("Create the client's cache of LOGIN."), QStringLiteral("LOGIN"));
    parser.addOptions({serverOpt, caOpt, tokenOpt, cacheOpt, cacheForOpt});
    parser.process(app);
    if (!parser.isSet(serverOpt) || !parser.isSet(tokenOpt) || parser.isSet(cacheOpt) == parser.isSet(cacheForOpt)) {
        std::fputs("usage: mygas_bench_sync_client --server URL [--ca-file PEM] --token ACCESS_TOKEN "
                   "(--cache FILE | --cache-for LOGIN)\n",
                   stderr);
        return 2;
    }
    const QUrl server(parser.value(serverOpt));
    // The identity `mygas --server URL` keys its cache by (app/CompositionRoot.cpp).
    const QString identity = server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
    const QString file = parser.isSet(cacheOpt) ? parser.value(cacheOpt)
                                                : CacheStore::defaultFilePath(identity, parser.value(cacheForOpt));
    if (QFileInfo::exists(file)) {
        std::fprintf(stderr, "mygas_bench_sync_client: %s exists; a first sync needs a fresh cache\n",
                     qPrintable(file));
        return 2;
    }

    ApiClient api;
    api.setBaseUrl(server);
    api.setTransferTimeout(300000);
    if (parser.isSet(caOpt) && !api.addCaFile(parser.value(caOpt))) {
        std::fprintf(stderr, "mygas_bench_sync_client: no certificate in %s\n", qPrintable(parser.value(caOpt)));
        return 2;
    }
    Tokens tokens;
    tokens.accessToken = parser.value(tokenOpt);
    api.setTokens(tokens);
    CacheStore cache;

    QElapsedTimer clock;
    qint64 openedAt = 0;
    QTimer::singleShot(0, &app, [&] {
        clock.start();
        if (const Status opened = cache.open(file); !opened.ok())
            return fail(QStringLiteral("cannot open the cache: %1").arg(opened.error().message));
        openedAt = clock.nsecsElapsed();
        api.get(QStringLiteral("/sync"), &app, [&](const Result<QJsonDocument>& answer) {
            const qint64 receivedAt = clock.nsecsElapsed();
            if (!answer.ok())
                return fail(QStringLiteral("GET /sync: %1 %2").arg(answer.error().code, answer.error().message));
            const SyncPayload payload = SyncPayload::fromJson(answer.value().object());
            const qint64 decodedAt = clock.nsecsElapsed();
            if (const Status applied = cache.apply(payload, Clock::now()); !applied.ok())
                return fail(QStringLiteral("apply: %1").arg(applied.error().message));
            const qint64 appliedAt = clock.nsecsElapsed();
            cache.close();
            // The server writes compact JSON; its size is the size of the body received.
            const qint64 bytes = answer.value().toJson(QJsonDocument::Compact).size();
            const qint64 rows = cachedRows(file);
            std::printf("mygas_bench_sync_client: first sync of %lld account(s) in %.1f ms (open cache %.1f, "
                        "GET /sync and JSON parse %.1f, decode %.1f, apply %.1f); body %lld bytes; "
                        "%lld rows in the cache %s\n",
                        qlonglong(payload.accounts.size()), ms(appliedAt), ms(openedAt), ms(receivedAt - openedAt),
                        ms(decodedAt - receivedAt), ms(appliedAt - decodedAt), qlonglong(bytes), qlonglong(rows),
                        qPrintable(file));
            std::printf("result ms=%.3f bytes=%lld rows=%lld accounts=%lld\n", ms(appliedAt), qlonglong(bytes),
                        qlonglong(rows), qlonglong(payload.accounts.size()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
    QTimer::singleShot(600000, &app, [] { fail(QStringLiteral("timed out after 600 s")); });
    return app.exec();
}
