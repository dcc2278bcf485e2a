// GET /sync against the real server: a full first sync shaped by access,
// a no-change sync that is one small answer, and deltas with tombstones after
// linking, unlocking, renaming, unlinking and a company import; section GETs
// that follow each change at once.
#include "tests/server/ApiTestHelpers.h"
#include "tests/server/ImportFixture.h"

#include "models/accounts/AccountRules.h"
#include "models/sync/SyncTypes.h"

#include <QJsonArray>
#include <QTest>

using namespace mygas;
using namespace apitest;

class TestApiSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullFirstSync();
    void noChangeSyncIsSmall();
    void linkUnlockRenameUnlinkShowUp();
    void importShowsAsDeltaWithTombstones();
    void badCursorGivesFull();
    void sectionsFollowEachChange();

private:
    ApiCaller api() { return ApiCaller(m_server.apiUrl(QString()), m_server.caFile()); }
    SyncPayload sync(ApiCaller& a, const QString& cursor, int* bytes = nullptr);
    ServerProcess m_server;
    QString m_token;
    QString m_cursor;
    QStringList m_ids;
};

SyncPayload TestApiSync::sync(ApiCaller& a, const QString& cursor, int* bytes)
{
    const ApiCaller::Reply r = a.get("/sync?cursor=" + QUrl::toPercentEncoding(cursor));
    if (r.status != 200)
        qWarning() << r.status << r.body;
    if (bytes)
        *bytes = int(r.body.size());
    return SyncPayload::fromJson(r.object());
}

void TestApiSync::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    ApiCaller a = api();
    m_token = consentedUser(a, "sync@example.ru");
    m_ids << linkAccount(a, kDemoAccounts[0]) << linkAccount(a, kDemoAccounts[1]);
    QCOMPARE(
        a.post("/accounts/" + m_ids[1] + "/extended", {{"method", "meter_serial"}, {"answer", kDemoAccounts[1].serial}})
            .status,
        200);
}

void TestApiSync::fullFirstSync()
{
    ApiCaller a = api();
    a.setBearer(m_token);
    const ApiCaller::Reply r = a.get("/sync");
    QCOMPARE(r.status, 200);
    const SyncPayload p = SyncPayload::fromJson(r.object());
    QCOMPARE(p.toJson(), r.object()); // the shape is the models' own
    QVERIFY(p.full);
    QVERIFY(!p.cursor.isEmpty());
    QCOMPARE(p.accounts.size(), 2);
    QCOMPARE(p.accounts[0].access, Access::Limited);
    QCOMPARE(p.accounts[1].access, Access::Extended);
    QSet<QString> serviceAccounts;
    for (const ServiceInfo& s : p.services)
        serviceAccounts.insert(s.accountId);
    QCOMPARE(serviceAccounts, (QSet<QString>{m_ids[0], m_ids[1]}));
    for (const Meter& m : p.meters) {
        const bool limited = m.accountId == m_ids[0];
        QCOMPARE(m.serial, limited ? rules::maskSerial(kDemoAccounts[0].serial) : QString(kDemoAccounts[1].serial));
    }
    QVERIFY(p.readings.size() >= 2 * 36);
    QVERIFY(p.payments.size() > 20);
    // Extended sections only for the extended account.
    QVERIFY(!p.settlements.isEmpty() && !p.contracts.isEmpty() && !p.acts.isEmpty());
    QCOMPARE(p.subscribers.size(), 1);
    QCOMPARE(p.subscribers[0].accountId, m_ids[1]);
    for (const Settlement& s : p.settlements)
        QCOMPARE(s.accountId, m_ids[1]);
    for (const Contract& c : p.contracts)
        QCOMPARE(c.accountId, m_ids[1]);
    QVERIFY(p.removed.isEmpty());
    m_cursor = p.cursor;
}

void TestApiSync::noChangeSyncIsSmall()
{
    ApiCaller a = api();
    a.setBearer(m_token);
    m_ids << linkAccount(a, kDemoAccounts[2]);
    SyncPayload p = sync(a, m_cursor);
    QVERIFY(!p.full);
    QCOMPARE(p.accounts.size(), 3);
    QVERIFY(!p.services.isEmpty());
    for (const ServiceInfo& s : p.services)
        QCOMPARE(s.accountId, m_ids[2]); // only the new account's data
    m_cursor = p.cursor;
    int bytes = 0;
    p = sync(a, m_cursor, &bytes);
    QVERIFY(!p.full);
    QVERIFY(!p.hasChanges());
    QCOMPARE(p.accounts.size(), 3);
    QVERIFY2(bytes < 2048, qPrintable(QString::number(bytes)));
    QCOMPARE(p.cursor, m_cursor);
}

void TestApiSync::linkUnlockRenameUnlinkShowUp()
{
    ApiCaller a = api();
    a.setBearer(m_token);
    QCOMPARE(
        a.post("/accounts/" + m_ids[2] + "/extended", {{"method", "pin"}, {"answer", kDemoAccounts[2].pin}}).status,
        200);
    SyncPayload p = sync(a, m_cursor);
    QVERIFY(!p.full);
    QCOMPARE(p.subscribers.size(), 1);
    QCOMPARE(p.subscribers[0].accountId, m_ids[2]);
    for (const Meter& m : p.meters) {
        QCOMPARE(m.accountId, m_ids[2]);
        QCOMPARE(m.serial, QString(kDemoAccounts[2].serial));
    }
    QVERIFY(!p.settlements.isEmpty());
    m_cursor = p.cursor;

    QCOMPARE(a.send("PATCH", "/accounts/" + m_ids[0], R"({"alias":"Гараж"})").status, 200);
    p = sync(a, m_cursor);
    QVERIFY(!p.hasChanges());
    QCOMPARE(p.accounts[0].alias, QStringLiteral("Гараж"));
    m_cursor = p.cursor;

    QCOMPARE(a.send("DELETE", "/accounts/" + m_ids[0], {}).status, 204);
    p = sync(a, m_cursor);
    QVERIFY(!p.full);
    QCOMPARE(p.accounts.size(), 2);
    for (const Account& acc : p.accounts)
        QVERIFY(acc.id != m_ids[0]);
    QVERIFY(!p.hasChanges());
    m_cursor = p.cursor;
}

void TestApiSync::importShowsAsDeltaWithTombstones()
{
    const QString file = m_server.dataDir() + "/export.json";
    QJsonObject acc = importfixture::account("0411111111");
    importfixture::Run run =
        importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    ApiCaller a = api();
    a.setBearer(m_token);
    const QString id = linkAccount(a, {"severogorsk", "0411111111", "61234537", "258043", "4321"});
    QVERIFY(!id.isEmpty());
    QCOMPARE(a.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
    SyncPayload p = sync(a, m_cursor);
    QCOMPARE(p.readings.size(), 3);
    QCOMPARE(p.acts.size(), 1);
    m_cursor = p.cursor;

    // The same file again changes nothing.
    run = importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}));
    QVERIFY2(run.exitCode == 0 && run.output.contains("added 0, changed 0, removed 0"), qPrintable(run.output));
    p = sync(a, m_cursor);
    QVERIFY(!p.hasChanges());

    // One payment corrected, one reading withdrawn, one added.
    QJsonArray payments = acc["payments"].toArray();
    QJsonObject pay = payments[0].toObject();
    pay["amount_kop"] = 160000;
    payments[0] = pay;
    acc["payments"] = payments;
    QJsonArray readings = acc["readings"].toArray();
    readings.removeAt(0);
    readings.append(QJsonObject{{"id", "R4"},
                                {"meter_id", "M1"},
                                {"date", "2025-04-20"},
                                {"value", 1075},
                                {"consumption", 15},
                                {"source", "online"},
                                {"state", "accepted"}});
    acc["readings"] = readings;
    run = importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    p = sync(a, m_cursor);
    QVERIFY(!p.full);
    QCOMPARE(p.payments.size(), 1);
    QCOMPARE(p.payments[0].amountKop, 160000);
    QCOMPARE(p.readings.size(), 1);
    QCOMPARE(p.readings[0].id, id + "-R4");
    QCOMPARE(p.meters.size(), 1); // its last reading moved
    QCOMPARE(p.meters[0].lastReading, 1075);
    QCOMPARE(p.removed.value("readings"), QStringList{id + "-R1"});
    QVERIFY(p.services.isEmpty() && p.settlements.isEmpty() && p.acts.isEmpty());
    m_cursor = p.cursor;
    QVERIFY(!sync(a, m_cursor).hasChanges());
}

void TestApiSync::badCursorGivesFull()
{
    ApiCaller a = api();
    a.setBearer(m_token);
    for (const QString& bad : {QStringLiteral("garbage!!"), QStringLiteral("djE7OTk5OTk5OTk7"), QString()}) {
        const SyncPayload p = sync(a, bad);
        QVERIFY(p.full);
        QVERIFY(!p.services.isEmpty());
    }
    QCOMPARE(ApiCaller(m_server.apiUrl(QString()), m_server.caFile()).get("/sync").status, 401);
}

// The section GETs answer repeated requests from memory; each of these must
// still be seen by the very next GET: an import by another process, an
// unlock of the extended version, and a logout.
void TestApiSync::sectionsFollowEachChange()
{
    const QString file = m_server.dataDir() + "/export2.json";
    QJsonObject acc = importfixture::account("0422222222");
    importfixture::Run run =
        importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    ApiCaller a = api();
    consentedUser(a, "sections@example.ru");
    const QString id = linkAccount(a, {"severogorsk", "0422222222", "61234537", "258043", "4321"});
    QVERIFY(!id.isEmpty());
    const QString payments = "/accounts/" + id + "/payments";
    const QString meters = "/accounts/" + id + "/meters";
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(a.get(payments).json.array().at(0)["amount_kop"].toInt(), 150000);
        QCOMPARE(a.get(meters).json.array().at(0)["serial"].toString(), QStringLiteral("6****37"));
    }

    QJsonArray rows = acc["payments"].toArray();
    QJsonObject pay = rows[0].toObject();
    pay["amount_kop"] = 170000;
    rows[0] = pay;
    acc["payments"] = rows;
    run = importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(a.get(payments).json.array().at(0)["amount_kop"].toInt(), 170000);

    QCOMPARE(a.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
    QCOMPARE(a.get(meters).json.array().at(0)["serial"].toString(), QStringLiteral("61234537"));

    // Another user who has not linked it is refused even while it is in memory.
    ApiCaller other = api();
    consentedUser(other, "sections-other@example.ru");
    QCOMPARE(other.get(meters).errorCode(), QStringLiteral("account_not_found"));

    QCOMPARE(a.post("/auth/logout", {}).status, 204);
    QCOMPARE(a.get(payments).errorCode(), QStringLiteral("token_invalid"));
    QCOMPARE(a.get(meters).status, 401);
}

QTEST_GUILESS_MAIN(TestApiSync)
#include "tst_api_sync.moc"
