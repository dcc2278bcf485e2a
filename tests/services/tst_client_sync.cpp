// SyncEngine and CacheStore against the real mygas-server (--demo): the
// first sync fills the cache as the access levels allow, an unchanged sync is
// small and says so, exports of synced data parse back, a damaged cache is
// refilled, and the engine goes offline and back with the server.
#include "models/core/ErrorCatalog.h"
#include "models/core/Money.h"
#include "models/readings/ReadingRules.h"
#include "models/requests/RequestTypes.h"
#include "services/documents/CsvExport.h"
#include "tests/support/client/CacheTestData.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/client/SyncTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace mygas;
using synctest::Client;
using synctest::Round;
using synctest::runSync;
using synctest::withoutCursor;

class TestClientSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncFillsWhatAccessAllows();
    void unchangedSyncIsSmallAndSaysSo();
    void garbageCursorGivesFullReplacement();
    void exportsOfSyncedDataParseBack();
    void damagedCacheIsRefilledBySync();
    void offlineWhileServerIsDownBackWhenItReturns();
    void serverGoneWhileOpenIsNoticed();
    void requestsAreKeptForTheExtendedAccount();

private:
    std::unique_ptr<Client> client(const QString& cacheName);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    Tokens m_tokens;
};

void TestClientSync::initTestCase()
{
    clienttest::isolateSettings(m_dir);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    QVERIFY(!m_tokens.accessToken.isEmpty());
}

std::unique_ptr<Client> TestClientSync::client(const QString& cacheName)
{
    return synctest::makeClient(m_server, m_tokens, m_dir.filePath(cacheName));
}

void TestClientSync::firstSyncFillsWhatAccessAllows()
{
    auto c = client(QStringLiteral("first.sqlite"));
    QVERIFY(c);
    QSignalSpy states(&c->engine, &SyncEngine::stateChanged);
    const Round r = runSync(c->engine);
    QVERIFY2(r.ok, qPrintable(r.error.code + QLatin1Char(' ') + r.error.message));
    QVERIFY(r.changed);
    QCOMPARE(c->engine.state(), SyncEngine::State::Idle);
    QCOMPARE(states.count(), 2); // Syncing, Idle
    QVERIFY(!c->cache.cursor().isEmpty());
    QVERIFY(c->cache.lastSyncAt().isValid());
    QVERIFY(qAbs(c->cache.lastSyncAt().secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const QList<Account> accounts = c->cache.accounts();
    QCOMPARE(accounts.size(), 2);
    const Account extended = accounts.at(0).access == Access::Extended ? accounts.at(0) : accounts.at(1);
    const Account limited = accounts.at(0).access == Access::Extended ? accounts.at(1) : accounts.at(0);
    QCOMPARE(extended.number, QStringLiteral("0412345678"));
    QCOMPARE(limited.access, Access::Limited);

    QVERIFY(!c->cache.services(extended.id).isEmpty());
    const QList<Meter> meters = c->cache.meters(extended.id);
    QVERIFY(!meters.isEmpty());
    QCOMPARE(meters.at(0).serial, QStringLiteral("61234537"));
    const QList<Reading> readings = c->cache.readings(meters.at(0).id, {}, {});
    QVERIFY2(readings.size() >= 36, qPrintable(QString::number(readings.size()))); // three years, monthly
    QVERIFY(readings.first().date < readings.last().date);
    const QList<Payment> payments = c->cache.payments(extended.id);
    QVERIFY(payments.size() >= 30);
    QVERIFY(payments.first().date >= payments.last().date);
    QVERIFY(!payments.first().place.isEmpty());
    QVERIFY(c->cache.subscriber(extended.id).has_value());
    const QStringList periods = c->cache.settlementPeriods(extended.id);
    QVERIFY(periods.size() >= 36);
    const QList<Settlement> open = c->cache.settlements(extended.id, periods.first());
    QVERIFY(!open.isEmpty());
    QVERIFY(!open.at(0).closingKop.has_value()); // the current month is open
    QVERIFY(c->cache.settlements(extended.id, periods.at(1)).at(0).closingKop.has_value());
    QVERIFY(!c->cache.contracts(extended.id, false).isEmpty());
    QVERIFY(!c->cache.contracts(extended.id, true).isEmpty());
    const QList<Act> acts = c->cache.acts(extended.id);
    QVERIFY(!acts.isEmpty());
    QVERIFY(!c->cache.act(acts.first().id)->works.isEmpty());

    QVERIFY(!c->cache.services(limited.id).isEmpty());
    QVERIFY(!c->cache.payments(limited.id).isEmpty());
    const QList<Meter> masked = c->cache.meters(limited.id);
    QVERIFY(!masked.isEmpty());
    QVERIFY2(QRegularExpression(QStringLiteral("^.\\*{4}..$")).match(masked.at(0).serial).hasMatch(),
             qPrintable(masked.at(0).serial));
    QVERIFY(!c->cache.subscriber(limited.id).has_value());
    QVERIFY(c->cache.settlementPeriods(limited.id).isEmpty());
    QVERIFY(c->cache.contracts(limited.id, false).isEmpty());
    QVERIFY(c->cache.contracts(limited.id, true).isEmpty());
    QVERIFY(c->cache.acts(limited.id).isEmpty());
}

void TestClientSync::unchangedSyncIsSmallAndSaysSo()
{
    auto c = client(QStringLiteral("unchanged.sqlite"));
    QVERIFY(c);
    QVERIFY(runSync(c->engine).ok);
    const QString before = cachetest::snapshot(c->cache);
    const QString cursor = c->cache.cursor();

    ApiCaller raw(m_server.apiUrl(QString()), m_server.caFile());
    raw.setBearer(m_tokens.accessToken);
    const ApiCaller::Reply reply =
        raw.get(QStringLiteral("/sync?cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.size() < 2048, qPrintable(QString::number(reply.body.size())));

    const Round r = runSync(c->engine);
    QVERIFY(r.ok);
    QVERIFY(!r.changed);
    QCOMPARE(withoutCursor(cachetest::snapshot(c->cache)), withoutCursor(before));
}

void TestClientSync::garbageCursorGivesFullReplacement()
{
    auto c = client(QStringLiteral("stale.sqlite"));
    QVERIFY(c);
    QVERIFY(
        c->cache.apply(cachetest::household(1, QStringLiteral("not-a-cursor")), QDateTime::currentDateTimeUtc()).ok());
    const Round r = runSync(c->engine);
    QVERIFY(r.ok);
    QVERIFY(r.changed);
    QVERIFY(c->cache.services(cachetest::kExtended).isEmpty()); // the stale rows are gone
    QCOMPARE(c->cache.accounts().size(), 2);
    QCOMPARE(c->cache.accounts().at(0).number.size(), 10);
}

void TestClientSync::exportsOfSyncedDataParseBack()
{
    auto c = client(QStringLiteral("export.sqlite"));
    QVERIFY(c);
    QVERIFY(runSync(c->engine).ok);
    const Account account = c->cache.accounts().at(0);
    QCOMPARE(account.access, Access::Extended);
    const QList<ServiceInfo> services = c->cache.services(account.id);

    const QList<Payment> payments = c->cache.payments(account.id);
    const QString file = m_dir.filePath(QStringLiteral("payments.csv"));
    QVERIFY(csv::writeFile(file, csv::payments(payments, services)).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = cachetest::parseCsv(f.readAll());
    QCOMPARE(rows.size(), payments.size() + 1);
    for (int i = 0; i < payments.size(); ++i) {
        QCOMPARE(rows.at(i + 1).size(), 5);
        QCOMPARE(rows.at(i + 1).at(0), payments.at(i).date.toString(QStringLiteral("dd.MM.yyyy")));
        QCOMPARE(money::parse(rows.at(i + 1).at(1)), std::optional<qint64>(payments.at(i).amountKop));
        QVERIFY(rows.at(i + 1).at(1).contains(QLatin1Char(',')));
        QVERIFY(!rows.at(i + 1).at(2).isEmpty()); // the service is named
    }

    const QString period = c->cache.settlementPeriods(account.id).at(1);
    const QList<Settlement> settlements = c->cache.settlements(account.id, period);
    const QList<QStringList> table = cachetest::parseCsv(csv::settlements(settlements, services));
    QCOMPARE(table.size(), settlements.size() + 1);
    qint64 closing = 0;
    for (int i = 1; i < table.size(); ++i)
        closing += money::parse(table.at(i).at(8)).value_or(-1);
    qint64 expected = 0;
    for (const Settlement& s : settlements)
        expected += *s.closingKop;
    QCOMPARE(closing, expected);

    const Meter meter = c->cache.meters(account.id).at(0);
    const QDate to = QDate::currentDate();
    const QList<Reading> year = c->cache.readings(meter.id, to.addYears(-1), to);
    QVERIFY(year.size() >= 11);
    const QList<QStringList> readings = cachetest::parseCsv(csv::readings(year, meter));
    QCOMPARE(readings.size(), year.size() + 1);
    QCOMPARE(readings.last().at(3), QString::number(year.last().value));
}

void TestClientSync::damagedCacheIsRefilledBySync()
{
    const QString file = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QString before;
    {
        auto c = client(QStringLiteral("damaged.sqlite"));
        QVERIFY(c);
        QVERIFY(runSync(c->engine).ok);
        before = cachetest::snapshot(c->cache);
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(QByteArray(4096, '\x33')), 4096);
    f.close();

    auto c = client(QStringLiteral("damaged.sqlite"));
    QVERIFY(c);
    QVERIFY(c->cache.wasRebuilt());
    QVERIFY(c->cache.accounts().isEmpty());
    const Round r = runSync(c->engine);
    QVERIFY(r.ok);
    QVERIFY(r.changed);
    QCOMPARE(withoutCursor(cachetest::snapshot(c->cache)), withoutCursor(before));
}

void TestClientSync::offlineWhileServerIsDownBackWhenItReturns()
{
    auto c = client(QStringLiteral("offline.sqlite"));
    QVERIFY(c);
    QVERIFY(runSync(c->engine).ok);
    const QString before = cachetest::snapshot(c->cache);
    c->engine.setBackoff(1000, 4000);
    c->engine.setAutoReconnect(true);
    QSignalSpy failures(&c->engine, &SyncEngine::failed);

    m_server.stop();
    c->engine.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(c->engine.state(), SyncEngine::State::Offline, 30000);
    QCOMPARE(c->engine.lastError().code, QString::fromLatin1(errc::NetworkUnreachable));
    QVERIFY(!c->engine.lastError().message.isEmpty());
    QCOMPARE(c->engine.currentBackoffMs(), 1000);
    QVERIFY(c->engine.nextRetrySeconds() >= 1);
    QCOMPARE(cachetest::snapshot(c->cache), before); // what was synced stays readable

    // Retries double the wait up to the cap.
    QTRY_VERIFY_WITH_TIMEOUT(failures.count() >= 4, 30000);
    QCOMPARE(c->engine.currentBackoffMs(), 4000);
    QCOMPARE(c->engine.state(), SyncEngine::State::Offline);

    // «Повторить» starts over from the first delay.
    const int seen = int(failures.count());
    c->engine.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(failures.count() > seen, 30000);
    QCOMPARE(c->engine.currentBackoffMs(), 1000);

    // Without automatic reconnect nothing is planned.
    c->engine.setAutoReconnect(false);
    QCOMPARE(c->engine.nextRetrySeconds(), 0);
    c->engine.setAutoReconnect(true);
    QVERIFY(c->engine.nextRetrySeconds() >= 1);

    QSignalSpy synced(&c->engine, &SyncEngine::synced);
    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() == 1, 30000);
    QCOMPARE(c->engine.state(), SyncEngine::State::Idle);
    QCOMPARE(c->engine.currentBackoffMs(), 0);
    QCOMPARE(c->engine.nextRetrySeconds(), 0);
    QCOMPARE(withoutCursor(cachetest::snapshot(c->cache)), withoutCursor(before));
}

// The app stays open; nobody presses anything. A server that stops is
// noticed by the next periodic round (a minute in the app), and one that
// returns by the backoff's retries.
void TestClientSync::serverGoneWhileOpenIsNoticed()
{
    auto c = client(QStringLiteral("noticed.sqlite"));
    QVERIFY(c);
    c->engine.setBackoff(300, 1000);
    c->engine.setRefreshInterval(500);
    QVERIFY(runSync(c->engine).ok);
    QSignalSpy synced(&c->engine, &SyncEngine::synced);
    c->engine.setAutoReconnect(true);
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 2, 10000); // rounds go on by themselves
    QCOMPARE(c->engine.nextRetrySeconds(), 0);            // no «retry» while online

    m_server.stop();
    QTRY_COMPARE_WITH_TIMEOUT(c->engine.state(), SyncEngine::State::Offline, 15000);
    QCOMPARE(c->engine.lastError().code, QString::fromLatin1(errc::NetworkUnreachable));

    const int before = int(synced.count());
    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() > before, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(c->engine.state(), SyncEngine::State::Idle, 5000);
    c->engine.setAutoReconnect(false);
}

// «Заявки» come with the sync into the cache with their history, for the
// extended account only, and read back from the file without the server.
void TestClientSync::requestsAreKeptForTheExtendedAccount()
{
    auto c = client(QStringLiteral("requests.sqlite"));
    QVERIFY(c);
    QVERIFY(runSync(c->engine).ok);
    const QList<Account> accounts = c->cache.accounts();
    const Account extended = accounts.at(0).access == Access::Extended ? accounts.at(0) : accounts.at(1);
    const Account limited = accounts.at(0).access == Access::Extended ? accounts.at(1) : accounts.at(0);
    const int before = int(c->cache.requests(extended.id).size()); // the demo account's own

    ApiCaller raw(m_server.apiUrl(QString()), m_server.caFile());
    raw.setBearer(m_tokens.accessToken);
    Company company;
    for (const QJsonValue& v : raw.get(QStringLiteral("/companies")).json.array()) {
        if (v.toObject().value(QLatin1String("id")).toString() == extended.companyId)
            company = Company::fromJson(v.toObject());
    }
    QVERIFY(!company.maintenanceWorks.isEmpty());
    const QJsonObject body{
        {QStringLiteral("kind"), QStringLiteral("recalculation")},
        {QStringLiteral("reason"), QStringLiteral("absence")},
        {QStringLiteral("from_date"), rules::providerToday(company).addDays(-30).toString(Qt::ISODate)},
        {QStringLiteral("to_date"), rules::providerToday(company).addDays(-20).toString(Qt::ISODate)}};
    const ApiCaller::Reply made = raw.post(QStringLiteral("/accounts/") + extended.id + QStringLiteral("/requests"),
                                           body, {{"Idempotency-Key", "sync-request-1"}});
    QCOMPARE(made.status, 201);
    QCOMPARE(raw.post(QStringLiteral("/accounts/") + limited.id + QStringLiteral("/requests"), body,
                      {{"Idempotency-Key", "sync-request-2"}})
                 .status,
             403);

    const Round r = runSync(c->engine);
    QVERIFY(r.ok);
    QVERIFY(r.changed);
    const QList<ServiceRequest> kept = c->cache.requests(extended.id);
    QCOMPARE(kept.size(), before + 1);
    QCOMPARE(kept.at(0).toJson(), made.object()); // newest first
    QCOMPARE(kept.at(0).history.size(), 1);
    QVERIFY(c->cache.requests(limited.id).isEmpty());

    // Another client on the same file, with no server to ask.
    const QString path = m_dir.filePath(QStringLiteral("requests.sqlite"));
    c.reset();
    CacheStore offline;
    QVERIFY(offline.open(path).ok());
    QCOMPARE(offline.requests(extended.id).size(), before + 1);
    QCOMPARE(offline.requests(extended.id).at(0).status, QString::fromLatin1(requests::kInProgress));
}

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_client_sync.moc"
