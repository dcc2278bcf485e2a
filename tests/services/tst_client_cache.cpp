// CacheStore on real SQLite files: every section's getters, deltas and
// removals, access changes, and failures in the middle of apply() that must
// leave the previous state.
#include "services/cache/CacheStore.h"

#include "models/core/ErrorCatalog.h"
#include "tests/support/client/CacheTestData.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mygas;
using cachetest::kExtended;
using cachetest::kLimited;
using cachetest::snapshot;

class TestClientCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstApplyFillsEverySection();
    void limitedAccountKeepsNoExtendedRows();
    void deltaUpdatesRemovesAndUnlinks();
    void accessDowngradeDropsExtendedSections();
    void fullAnswerReplacesEverything();
    void failingStatementLeavesPreviousState();
    void companiesAreStored();
    void twentyYearsApplyQuickly();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientCache::cleanup()
{
    m_dir.reset();
}

void TestClientCache::firstApplyFillsEverySection()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QSignalSpy changed(&cache, &CacheStore::changed);
    const QDateTime at = QDateTime(QDate(2024, 6, 20), QTime(14, 5), Qt::UTC);
    QVERIFY(cache.apply(cachetest::household(3, QStringLiteral("c1")), at).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cache.cursor(), QStringLiteral("c1"));
    QCOMPARE(cache.lastSyncAt(), at);

    const QList<Account> accounts = cache.accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).id, kExtended);
    QCOMPARE(accounts.at(0).access, Access::Extended);
    QCOMPARE(accounts.at(1).access, Access::Limited);

    const QList<ServiceInfo> services = cache.services(kExtended);
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.at(0).name, QStringLiteral("Газоснабжение")); // in the order they arrived
    QCOMPARE(services.at(0).balanceKop, -331952);

    const QList<Meter> meters = cache.meters(kExtended);
    QCOMPARE(meters.size(), 1);
    QCOMPARE(meters.at(0).serial, QStringLiteral("6123437"));
    const QList<Reading> all = cache.readings(meters.at(0).id, {}, {});
    QCOMPARE(all.size(), 36);
    QVERIFY(all.first().date < all.last().date); // oldest first
    const QList<Reading> lastYear = cache.readings(meters.at(0).id, QDate(2023, 7, 1), QDate(2024, 6, 30));
    QCOMPARE(lastYear.size(), 12);
    QCOMPARE(lastYear.last().date, QDate(2024, 6, 20));

    const QList<Payment> payments = cache.payments(kExtended);
    QCOMPARE(payments.size(), 36);
    QCOMPARE(payments.first().date, QDate(2024, 6, 10)); // newest first
    QCOMPARE(payments.first().place, QStringLiteral("ПАО Сбербанк"));

    const auto sub = cache.subscriber(kExtended);
    QVERIFY(sub.has_value());
    QCOMPARE(sub->residents, 3);
    QCOMPARE(sub->benefits.size(), 1);
    QCOMPARE(sub->equipment.at(0).model, QStringLiteral("Гефест 3200"));

    const QStringList periods = cache.settlementPeriods(kExtended);
    QCOMPARE(periods.size(), 36);
    QCOMPARE(periods.first(), QStringLiteral("2024-06"));
    const QList<Settlement> open = cache.settlements(kExtended, QStringLiteral("2024-06"));
    QCOMPARE(open.size(), 3);
    QCOMPARE(open.at(0).serviceId, services.at(0).id);
    QVERIFY(!open.at(0).closingKop.has_value()); // the open month
    QVERIFY(cache.settlements(kExtended, QStringLiteral("2024-05")).at(0).closingKop.has_value());

    QCOMPARE(cache.contracts(kExtended, false).size(), 1);
    QCOMPARE(cache.contracts(kExtended, true).size(), 1);
    QCOMPARE(cache.contracts(kExtended, true).at(0).status, QStringLiteral("Завершен"));

    const QList<Act> acts = cache.acts(kExtended);
    QCOMPARE(acts.size(), 3);
    QCOMPARE(acts.first().date, QDate(2024, 5, 10));
    const auto act = cache.act(acts.first().id);
    QVERIFY(act.has_value());
    QCOMPARE(act->works.size(), 2);
    QCOMPARE(act->works.at(0).costKop, 120000);
    QVERIFY(!cache.act(QStringLiteral("no-such-act")).has_value());
}

void TestClientCache::limitedAccountKeepsNoExtendedRows()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.apply(cachetest::household(1, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(cache.services(kLimited).size(), 3);
    QCOMPARE(cache.meters(kLimited).at(0).serial, QStringLiteral("6****37"));
    QCOMPARE(cache.payments(kLimited).size(), 12);
    QVERIFY(!cache.subscriber(kLimited).has_value());
    QVERIFY(cache.settlementPeriods(kLimited).isEmpty());
    QVERIFY(cache.contracts(kLimited, false).isEmpty());
    QVERIFY(cache.acts(kLimited).isEmpty());
}

void TestClientCache::deltaUpdatesRemovesAndUnlinks()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    SyncPayload first = cachetest::household(1, QStringLiteral("c1"));
    QVERIFY(cache.apply(first, QDateTime::currentDateTimeUtc()).ok());

    SyncPayload delta;
    delta.cursor = QStringLiteral("c2");
    delta.accounts = {first.accounts.at(0)}; // A2 was unlinked
    ServiceInfo gas = cache.services(kExtended).at(0);
    gas.balanceKop = 0;
    delta.services = {gas};
    delta.removed.insert(QStringLiteral("payments"), {QStringLiteral("A1-P202406")});
    delta.removed.insert(QStringLiteral("meters"), {QStringLiteral("A1-M1")});
    delta.removed.insert(QStringLiteral("acts"), {QStringLiteral("A1-A0")});
    QVERIFY(cache.apply(delta, QDateTime::currentDateTimeUtc()).ok());

    QCOMPARE(cache.cursor(), QStringLiteral("c2"));
    QCOMPARE(cache.accounts().size(), 1);
    QVERIFY(cache.services(kLimited).isEmpty());
    QVERIFY(cache.payments(kLimited).isEmpty());
    QVERIFY(cache.meters(kLimited).isEmpty());
    QCOMPARE(cache.services(kExtended).size(), 3);
    QCOMPARE(cache.services(kExtended).at(0).balanceKop, 0);
    QCOMPARE(cache.services(kExtended).at(0).id, gas.id); // kept its place
    QCOMPARE(cache.payments(kExtended).size(), 11);
    QCOMPARE(cache.payments(kExtended).first().date, QDate(2024, 5, 10));
    QVERIFY(cache.meters(kExtended).isEmpty());
    QVERIFY(cache.readings(QStringLiteral("A1-M1"), {}, {}).isEmpty()); // a removed meter takes its readings
    QCOMPARE(cache.acts(kExtended).size(), 2);
    QCOMPARE(cache.settlementPeriods(kExtended).size(), 12);
}

void TestClientCache::accessDowngradeDropsExtendedSections()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    SyncPayload first = cachetest::household(1, QStringLiteral("c1"));
    QVERIFY(cache.apply(first, QDateTime::currentDateTimeUtc()).ok());
    SyncPayload delta;
    delta.cursor = QStringLiteral("c2");
    delta.accounts = first.accounts;
    delta.accounts[0].access = Access::Limited;
    QVERIFY(cache.apply(delta, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(!cache.subscriber(kExtended).has_value());
    QVERIFY(cache.settlementPeriods(kExtended).isEmpty());
    QVERIFY(cache.contracts(kExtended, false).isEmpty());
    QVERIFY(cache.acts(kExtended).isEmpty());
    QCOMPARE(cache.payments(kExtended).size(), 12); // the limited sections stay
}

void TestClientCache::fullAnswerReplacesEverything()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.apply(cachetest::household(2, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    SyncPayload full = cachetest::household(1, QStringLiteral("c9"));
    full.accounts.removeFirst(); // only A2 now
    QVERIFY(cache.apply(full, QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(cache.accounts().size(), 1);
    QVERIFY(cache.services(kExtended).isEmpty());
    QVERIFY(cache.payments(kExtended).isEmpty());
    QCOMPARE(cache.payments(kLimited).size(), 12); // not 24: the old rows are gone
}

// The N-th statement of apply() fails, for every N: nothing of that answer
// stays, and the same answer applies fully afterwards.
void TestClientCache::failingStatementLeavesPreviousState()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.apply(cachetest::household(1, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    const QString before = snapshot(cache);
    SyncPayload next = cachetest::household(2, QStringLiteral("c2"));
    next.full = false;
    next.removed.insert(QStringLiteral("acts"), {QStringLiteral("A1-A1")});
    next.acts.removeIf([](const Act& a) { return a.id == QLatin1String("A1-A1"); });
    QSignalSpy changed(&cache, &CacheStore::changed);
    int failAt = 1;
    for (;; ++failAt) {
        int executed = 0;
        cache.setStatementHook([failAt, &executed](int n) {
            executed = n;
            return n != failAt;
        });
        const Status s = cache.apply(next, QDateTime::currentDateTimeUtc());
        if (executed < failAt) {
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
            break;
        }
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QString::fromLatin1(errc::CacheFailed));
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(snapshot(cache), before);
        QCOMPARE(changed.count(), 0);
    }
    QVERIFY2(failAt > 150, qPrintable(QString::number(failAt))); // every statement was tried
    cache.setStatementHook({});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cache.cursor(), QStringLiteral("c2"));
    QCOMPARE(cache.payments(kExtended).size(), 24);
    QCOMPARE(cache.acts(kExtended).size(), 2);
}

void TestClientCache::companiesAreStored()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    Company a;
    a.id = QStringLiteral("tver");
    a.name = QStringLiteral("АО «Газпром межрегионгаз Тверь»");
    a.accountNumberRegex = QStringLiteral("\\d{9}");
    Company b;
    b.id = QStringLiteral("kursk");
    QSignalSpy changed(&cache, &CacheStore::changed);
    QVERIFY(cache.storeCompanies({a, b}).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cache.companies().size(), 2);
    QCOMPARE(cache.companies().at(0).name, a.name);
    QCOMPARE(cache.companies().at(0).accountNumberRegex, a.accountNumberRegex);
    QVERIFY(cache.storeCompanies({b}).ok()); // replaces the list
    QCOMPARE(cache.companies().size(), 1);
    QCOMPARE(cache.companies().at(0).id, QStringLiteral("kursk"));
}

void TestClientCache::twentyYearsApplyQuickly()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    const SyncPayload p = cachetest::household(20, QStringLiteral("c1"));
    QElapsedTimer t;
    t.start();
    QVERIFY(cache.apply(p, QDateTime::currentDateTimeUtc()).ok());
    const qint64 applyMs = t.elapsed();
    t.restart();
    const QString all = snapshot(cache);
    const qint64 readMs = t.elapsed();
    qInfo("two 20-year accounts: %lld rows applied in %lld ms, read back in %lld ms",
          qint64(p.readings.size() + p.payments.size() + p.settlements.size()), applyMs, readMs);
    QCOMPARE(cache.settlementPeriods(kExtended).size(), 240);
    QVERIFY2(applyMs < 3000, qPrintable(QString::number(applyMs)));

    const SyncPayload big = cachetest::manyReadings(50000, QStringLiteral("c2"));
    t.restart();
    QVERIFY(cache.apply(big, QDateTime::currentDateTimeUtc()).ok());
    const qint64 bigMs = t.elapsed();
    t.restart();
    const QList<Reading> year = cache.readings(QStringLiteral("BIG-M3"), QDate(2000, 1, 1), QDate(2000, 12, 31));
    qInfo("50 000 readings applied in %lld ms; one meter's year read in %lld ms", bigMs, qint64(t.elapsed()));
    QCOMPARE(year.size(), 366);
    QVERIFY2(bigMs < 10000, qPrintable(QString::number(bigMs)));
}

QTEST_GUILESS_MAIN(TestClientCache)
#include "tst_client_cache.moc"
