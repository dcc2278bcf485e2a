// A client process for the outbox kill test, signed in as the demo user:
//   outbox_helper submit|flush SERVER_URL CA_FILE CACHE_FILE CLOCK_OFFSET_SECONDS
// submit: syncs into CACHE_FILE, loads the companies, prints
//   "ready ACCOUNT METER LAST_READING", reads "submit VALUE" from stdin,
//   submits it through ReadingsService and prints "stored KEY"; then runs
//   until it is killed (printing "answered KEY ACCEPTED" if an answer comes).
// flush: opens CACHE_FILE and its outbox, which sends what is pending, prints
//   "answered KEY ACCEPTED" per answer and "outbox PENDING REJECTED" once
//   nothing is pending, and exits.
#include "models/core/Clock.h"
#include "services/accounts/AccountsService.h"
#include "services/cache/CacheStore.h"
#include "services/net/ApiClient.h"
#include "services/readings/ReadingsService.h"
#include "services/sync/SyncEngine.h"

#include <QCoreApplication>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <string>

using namespace mygas;

namespace {

void say(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const QString& why)
{
    std::fprintf(stderr, "outbox_helper: %s\n", qPrintable(why));
    return 3;
}

int countState(const QList<OutboxEntry>& entries, OutboxEntry::State state)
{
    int n = 0;
    for (const OutboxEntry& e : entries)
        n += e.state == state ? 1 : 0;
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 || (args.at(1) != QLatin1String("submit") && args.at(1) != QLatin1String("flush"))) {
        std::fprintf(stderr, "usage: outbox_helper submit|flush SERVER_URL CA_FILE CACHE_FILE CLOCK_OFFSET\n");
        return 2;
    }
    const bool submitting = args.at(1) == QLatin1String("submit");
    OffsetClock clock;
    clock.setOffset(args.at(5).toLongLong());
    Clock::setInstance(&clock);

    ApiClient api;
    api.setBaseUrl(QUrl(args.at(2)));
    if (!args.at(3).isEmpty())
        api.addCaFile(args.at(3));
    CacheStore cache;
    SyncEngine engine(&api, &cache);
    AccountsService accounts(&api, &cache, &engine);
    ReadingsService readings(&api, &cache, &engine);
    QObject::connect(&readings, &ReadingsService::answered,
                     [](const QString& key, const QString&, const ReadingAnswer& answer) {
                         say(QStringLiteral("answered %1 %2").arg(key).arg(answer.acceptedCount()));
                     });

    bool signedIn = false;
    const QJsonObject login{{QStringLiteral("login"), QStringLiteral("demo@mygas.example")},
                            {QStringLiteral("password"), QStringLiteral("demo1")}};
    api.postPublic(QStringLiteral("/auth/login"), login, nullptr, [&](const Result<QJsonDocument>& r) {
        if (r.ok())
            api.setTokens(Tokens::fromJson(r.value().object()));
        signedIn = true;
    });
    if (!QTest::qWaitFor([&]() { return signedIn; }, 30000) || api.tokens().accessToken.isEmpty())
        return fail(QStringLiteral("cannot sign in"));
    if (!cache.open(args.at(4)).ok())
        return fail(QStringLiteral("cannot open the cache"));
    const QString outbox = ReadingsService::outboxPathFor(args.at(4));

    if (!submitting) {
        if (!readings.open(outbox).ok())
            return fail(QStringLiteral("cannot open the outbox"));
        const bool settled =
            QTest::qWaitFor([&]() { return countState(readings.outbox(), OutboxEntry::State::Pending) == 0; }, 60000);
        const QList<OutboxEntry> left = readings.outbox();
        say(QStringLiteral("outbox %1 %2")
                .arg(countState(left, OutboxEntry::State::Pending))
                .arg(countState(left, OutboxEntry::State::Rejected)));
        return settled ? 0 : 1;
    }

    int waiting = 2;
    bool ok = true;
    engine.syncThen(nullptr, [&](const Status& s) {
        ok = ok && s.ok();
        --waiting;
    });
    accounts.loadCompanies(nullptr, [&](const Status& s) {
        ok = ok && s.ok();
        --waiting;
    });
    if (!QTest::qWaitFor([&]() { return waiting == 0; }, 60000) || !ok)
        return fail(QStringLiteral("cannot sync"));
    Account account;
    for (const Account& a : cache.accounts()) {
        if (a.access == Access::Extended)
            account = a;
    }
    const QList<Meter> meters = cache.meters(account.id);
    if (meters.isEmpty())
        return fail(QStringLiteral("no meter on an extended account"));
    say(QStringLiteral("ready %1 %2 %3").arg(account.id, meters.first().id).arg(meters.first().lastReading));

    std::string line;
    if (!std::getline(std::cin, line))
        return fail(QStringLiteral("no command"));
    const QStringList command = QString::fromStdString(line).split(QLatin1Char(' '));
    if (command.size() != 2 || command.at(0) != QLatin1String("submit"))
        return fail(QStringLiteral("unknown command"));
    if (!readings.open(outbox).ok())
        return fail(QStringLiteral("cannot open the outbox"));
    const Result<QString> key = readings.submit(account.id, {{meters.first().id, command.at(1).toLongLong()}});
    if (!key.ok())
        return fail(QStringLiteral("refused: ") + key.error().code);
    say(QStringLiteral("stored ") + key.value());
    return app.exec(); // until killed
}
