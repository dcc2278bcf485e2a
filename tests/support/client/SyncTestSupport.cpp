#include "tests/support/client/SyncTestSupport.h"

#include <QTest>

namespace synctest {

using namespace mygas;

std::unique_ptr<Client> makeClient(const ServerProcess& server, const Tokens& tokens, const QString& cacheFile)
{
    auto c = std::make_unique<Client>();
    c->api.setBaseUrl(server.baseUrl());
    c->api.addCaFile(server.caFile());
    c->api.setTokens(tokens);
    if (!c->cache.open(cacheFile).ok())
        return nullptr;
    return c;
}

Round runSync(SyncEngine& engine)
{
    Round r;
    QObject guard;
    QObject::connect(&engine, &SyncEngine::synced, &guard, [&r](bool changed) {
        r.done = r.ok = true;
        r.changed = changed;
    });
    QObject::connect(&engine, &SyncEngine::failed, &guard, [&r](const Error& e) {
        r.done = true;
        r.error = e;
    });
    engine.syncNow();
    if (!QTest::qWaitFor([&r]() { return r.done; }, 60000))
        r.error = makeError("test_timeout");
    return r;
}

QString withoutCursor(const QString& snapshot)
{
    return snapshot.mid(snapshot.indexOf(QLatin1Char(',')));
}

} // namespace synctest
