#include "tests/support/client/ReadingsTestSupport.h"

#include "tests/support/ApiCaller.h"

#include <QTest>
#include <QUrl>

namespace readingstest {

using namespace mygas;

qint64 windowOffsetSeconds()
{
    constexpr int moscow = 3 * 3600;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toOffsetFromUtc(moscow).date();
    QDate target(today.year(), today.month(), 22);
    if (target < today)
        target = target.addMonths(1);
    return now.secsTo(QDateTime(target, QTime(12, 0), Qt::OffsetFromUTC, moscow));
}

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

bool syncAndLoadCompanies(Client& c)
{
    bool synced = false;
    bool loaded = false;
    bool ok = true;
    c.engine.syncThen(nullptr, [&](const Status& s) {
        ok = ok && s.ok();
        synced = true;
    });
    c.accounts.loadCompanies(nullptr, [&](const Status& s) {
        ok = ok && s.ok();
        loaded = true;
    });
    if (!QTest::qWaitFor([&]() { return synced && loaded; }, 60000))
        return false;
    return ok && !c.cache.companies().isEmpty();
}

Account accountOf(const CacheStore& cache, Access access)
{
    for (const Account& a : cache.accounts()) {
        if (a.access == access)
            return a;
    }
    return {};
}

QJsonArray serverReadings(const ServerProcess& server, const QString& accessToken, const QString& accountId,
                          const QString& meterId)
{
    ApiCaller caller(server.apiUrl(QString()), server.caFile());
    caller.setBearer(accessToken);
    const ApiCaller::Reply r =
        caller.get(QStringLiteral("/accounts/%1/meters/%2/readings?from=2000-01-01&to=2100-12-31")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(accountId)),
                            QString::fromLatin1(QUrl::toPercentEncoding(meterId))));
    if (r.status != 200)
        qWarning() << "readings not listed" << r.status << r.body;
    return r.json.array();
}

int countValue(const QJsonArray& readings, qint64 value)
{
    int n = 0;
    for (const QJsonValue& v : readings)
        n += v.toObject().value(QLatin1String("value")).toInteger() == value ? 1 : 0;
    return n;
}

} // namespace readingstest
