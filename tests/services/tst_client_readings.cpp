// ReadingsService against the real mygas-server (--demo), with the clock of
// both inside the companies' submission windows: an accepted reading leaves
// the outbox and shows in the cache after the sync round; a value the rules
// refuse is stopped before anything is stored or sent; one the server refuses
// stays as a Rejected entry with the server's message until dismissed; with
// the server down the entry waits as Pending and goes out when it is back;
// the limited version is refused as a whole; the outbox outlives the cache.
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "services/readings/ReadingsOutbox.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/client/ReadingsTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace mygas;
using readingstest::Client;
using readingstest::countValue;

namespace {

// What answered() said, kept by key.
struct Answers
{
    QMap<QString, ReadingAnswer> byKey;
    QStringList order;
    void watch(ReadingsService& service, QObject* guard)
    {
        QObject::connect(&service, &ReadingsService::answered, guard,
                         [this](const QString& key, const QString&, const ReadingAnswer& answer) {
                             byKey.insert(key, answer);
                             order.append(key);
                         });
    }
};

QString code(const char* c)
{
    return QString::fromLatin1(c);
}

} // namespace

class TestClientReadings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outboxFileIsItsOwn();
    void acceptedReadingLeavesOutboxAndShowsInCache();
    void refusedLocallyNothingStoredNothingSent_data();
    void refusedLocallyNothingStoredNothingSent();
    void emptyAndDuplicateSubmissionsRefused();
    void refusedByServerStaysRejectedUntilDismissed();
    void serverDownEntryPendingThenSentWhenBack();
    void limitedAccountRefusedAsAWhole();
    void outboxOutlivesRebuiltCache();
    void damagedOutboxSetAsideNewerRefused();

private:
    std::unique_ptr<Client> client(const QString& name, bool ready = true);
    QJsonArray serverReadings(const QString& accountId, const QString& meterId) const;
    Meter meterOf(const Client& c, const QString& accountId) const;

    QTemporaryDir m_dir;
    OffsetClock m_clock;
    ServerProcess m_server;
    Tokens m_tokens;
};

void TestClientReadings::initTestCase()
{
    clienttest::isolateSettings(m_dir);
    const qint64 offset = readingstest::windowOffsetSeconds();
    m_clock.setOffset(offset);
    Clock::setInstance(&m_clock);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_server.setClockOffset(offset); // before signing in: the tokens are issued at the moved time
    m_tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    QVERIFY(!m_tokens.accessToken.isEmpty());
    QCOMPARE(rules::providerToday(Company{}).day(), 22);
}

void TestClientReadings::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

std::unique_ptr<Client> TestClientReadings::client(const QString& name, bool ready)
{
    const QString cacheFile = m_dir.filePath(name + QStringLiteral(".sqlite"));
    auto c = readingstest::makeClient(m_server, m_tokens, cacheFile);
    if (!c)
        return nullptr;
    if (ready && !readingstest::syncAndLoadCompanies(*c))
        return nullptr;
    if (!c->readings.open(ReadingsService::outboxPathFor(cacheFile)).ok())
        return nullptr;
    return c;
}

QJsonArray TestClientReadings::serverReadings(const QString& accountId, const QString& meterId) const
{
    return readingstest::serverReadings(m_server, m_tokens.accessToken, accountId, meterId);
}

Meter TestClientReadings::meterOf(const Client& c, const QString& accountId) const
{
    const QList<Meter> meters = c.cache.meters(accountId);
    return meters.isEmpty() ? Meter{} : meters.first();
}

void TestClientReadings::outboxFileIsItsOwn()
{
    QCOMPARE(ReadingsService::outboxPathFor(QStringLiteral("/data/cache/ab12.sqlite")),
             QStringLiteral("/data/cache/ab12.outbox.sqlite"));
    QCOMPARE(ReadingsService::outboxPathFor(QStringLiteral("/data/cache/other")),
             QStringLiteral("/data/cache/other.outbox.sqlite"));

    auto c = client(QStringLiteral("file"));
    QVERIFY(c);
    QVERIFY(c->readings.isOpen());
    const QString path = ReadingsService::outboxPathFor(c->cache.filePath());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(path != c->cache.filePath());
    c->readings.close();
    QVERIFY(!c->readings.isOpen());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), ReadingsOutbox::latestVersion());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void TestClientReadings::acceptedReadingLeavesOutboxAndShowsInCache()
{
    auto c = client(QStringLiteral("accepted"));
    QVERIFY(c);
    const Account account = readingstest::accountOf(c->cache, Access::Extended);
    const Meter meter = meterOf(*c, account.id);
    QVERIFY(!meter.id.isEmpty());
    const qint64 value = meter.lastReading + 12;
    QObject guard;
    Answers answers;
    answers.watch(c->readings, &guard);
    QSignalSpy changed(&c->readings, &ReadingsService::outboxChanged);

    QList<ReadingResult> refused;
    const Result<QString> key = c->readings.submit(account.id, {{meter.id, value}}, &refused);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().code + QLatin1Char(' ') + key.error().message));
    QVERIFY(refused.isEmpty());
    QCOMPARE(QUuid::fromString(key.value()).version(), QUuid::Random);

    // Stored before the answer: «Ожидает отправки» until the server has spoken.
    const QList<OutboxEntry> waiting = c->readings.outbox(account.id);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.at(0).key, key.value());
    QCOMPARE(waiting.at(0).state, OutboxEntry::State::Pending);
    QCOMPARE(waiting.at(0).items.size(), 1);
    QCOMPARE(waiting.at(0).items.at(0).value, value);
    QVERIFY(waiting.at(0).createdAt.isValid());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).toString(), account.id);

    QTRY_VERIFY_WITH_TIMEOUT(answers.byKey.contains(key.value()), 30000);
    const ReadingAnswer answer = answers.byKey.value(key.value());
    QCOMPARE(answer.results.size(), 1);
    QCOMPARE(answer.results.at(0).meterId, meter.id);
    QVERIFY2(answer.results.at(0).accepted, qPrintable(answer.results.at(0).error.message));
    QCOMPARE(answer.results.at(0).consumption, 12);
    QVERIFY(!answer.results.at(0).readingId.isEmpty());
    QVERIFY(c->readings.outbox().isEmpty());

    // The sync round that follows brings the reading and the meter's new figures.
    QTRY_COMPARE_WITH_TIMEOUT(meterOf(*c, account.id).lastReading, value, 30000);
    QCOMPARE(meterOf(*c, account.id).lastReadingDate, rules::providerToday(Company{}));
    const QList<Reading> history = c->cache.readings(meter.id, {}, {});
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().value, value);
    QCOMPARE(history.last().consumption, 12);
    QCOMPARE(history.last().state, QStringLiteral("accepted"));
    QCOMPARE(history.last().id, answer.results.at(0).readingId);
    QCOMPARE(history.last().date, rules::providerToday(Company{}));

    QCOMPARE(countValue(serverReadings(account.id, meter.id), value), 1);
}

void TestClientReadings::refusedLocallyNothingStoredNothingSent_data()
{
    QTest::addColumn<bool>("fromLast"); // value is added to the meter's last reading
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("meterId"); // empty: the account's meter
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("figure"); // the message names it; "last": the previous reading
    // Severogorsk: 5 digits, at most 500 m³, zero refused, roll-over allowed.
    QTest::newRow("below previous") << true << qint64(-1) << QString() << code(errc::ReadingBelowPrevious)
                                    << QStringLiteral("last");
    QTest::newRow("100000 on 5 digits") << false << qint64(100000) << QString() << code(errc::ReadingExceedsCapacity)
                                        << QStringLiteral("99999");
    QTest::newRow("over the maximum") << true << qint64(501) << QString() << code(errc::ConsumptionOverLimit)
                                      << QStringLiteral("500");
    QTest::newRow("zero consumption") << true << qint64(0) << QString() << code(errc::ZeroConsumption)
                                      << QStringLiteral("last");
    QTest::newRow("negative") << false << qint64(-5) << QString() << code(errc::ReadingNotInteger) << QString();
    QTest::newRow("unknown meter") << true << qint64(5) << QStringLiteral("no-such-meter") << code(errc::MeterNotFound)
                                   << QString();
}

void TestClientReadings::refusedLocallyNothingStoredNothingSent()
{
    QFETCH(bool, fromLast);
    QFETCH(qint64, value);
    QFETCH(QString, meterId);
    QFETCH(QString, code);
    QFETCH(QString, figure);
    auto c = client(QStringLiteral("local-") + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY(c);
    const Account account = readingstest::accountOf(c->cache, Access::Extended);
    const Meter meter = meterOf(*c, account.id);
    const QJsonArray before = serverReadings(account.id, meter.id);
    QVERIFY(!before.isEmpty());
    if (fromLast)
        value += meter.lastReading;
    if (meterId.isEmpty())
        meterId = meter.id;
    QSignalSpy changed(&c->readings, &ReadingsService::outboxChanged);
    QSignalSpy answered(&c->readings, &ReadingsService::answered);

    QList<ReadingResult> refused;
    const Result<QString> r = c->readings.submit(account.id, {{meterId, value}}, &refused);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).meterId, meterId);
    QVERIFY(!refused.at(0).accepted);
    QCOMPARE(refused.at(0).error.code, code);
    QCOMPARE(refused.at(0).error.message, r.error().message);
    if (figure == QLatin1String("last"))
        figure = QString::number(meter.lastReading);
    if (!figure.isEmpty())
        QVERIFY2(r.error().message.contains(figure), qPrintable(r.error().message));

    QVERIFY(c->readings.outbox().isEmpty());
    QVERIFY(changed.isEmpty());
    // A round trip later the server still has only what it had.
    QVERIFY(readingstest::syncAndLoadCompanies(*c));
    QVERIFY(answered.isEmpty());
    QCOMPARE(serverReadings(account.id, meter.id), before);
}

void TestClientReadings::emptyAndDuplicateSubmissionsRefused()
{
    auto c = client(QStringLiteral("shape"));
    QVERIFY(c);
    const Account account = readingstest::accountOf(c->cache, Access::Extended);
    const Meter meter = meterOf(*c, account.id);
    const QJsonArray before = serverReadings(account.id, meter.id);

    QList<ReadingResult> refused{ReadingResult{}};
    Result<QString> r = c->readings.submit(account.id, {}, &refused);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code(errc::ReadingsEmpty));
    QVERIFY(refused.isEmpty());

    r = c->readings.submit(account.id, {{meter.id, meter.lastReading + 3}, {meter.id, meter.lastReading + 4}},
                           &refused);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code(errc::ReadingDuplicateMeter));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).error.code, code(errc::ReadingDuplicateMeter));

    r = c->readings.submit(QStringLiteral("999999999"), {{meter.id, meter.lastReading + 3}}, &refused);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code(errc::AccountNotFound));

    QVERIFY(c->readings.outbox().isEmpty());
    QCOMPARE(serverReadings(account.id, meter.id), before);
}

void TestClientReadings::refusedByServerStaysRejectedUntilDismissed()
{
    auto stale = client(QStringLiteral("stale"));
    QVERIFY(stale);
    const Account account = readingstest::accountOf(stale->cache, Access::Extended);
    const Meter meter = meterOf(*stale, account.id);

    // Meanwhile a second client of the same person sends a higher reading.
    auto other = client(QStringLiteral("other"));
    QVERIFY(other);
    QObject guard;
    Answers otherAnswers;
    otherAnswers.watch(other->readings, &guard);
    const qint64 higher = meterOf(*other, account.id).lastReading + 50;
    const Result<QString> first = other->readings.submit(account.id, {{meter.id, higher}});
    QVERIFY(first.ok());
    QTRY_VERIFY_WITH_TIMEOUT(otherAnswers.byKey.contains(first.value()), 30000);
    QVERIFY(otherAnswers.byKey.value(first.value()).results.at(0).accepted);

    // The stale cache still shows the older figure, so the check here passes.
    const qint64 value = meter.lastReading + 10;
    QCOMPARE(meterOf(*stale, account.id).lastReading, meter.lastReading);
    Answers answers;
    answers.watch(stale->readings, &guard);
    const Result<QString> key = stale->readings.submit(account.id, {{meter.id, value}});
    QVERIFY(key.ok());
    QTRY_VERIFY_WITH_TIMEOUT(answers.byKey.contains(key.value()), 30000);
    const ReadingResult verdict = answers.byKey.value(key.value()).results.value(0);
    QVERIFY(!verdict.accepted);
    QCOMPARE(verdict.error.code, code(errc::ReadingBelowPrevious));
    QVERIFY2(verdict.error.message.contains(QString::number(higher)), qPrintable(verdict.error.message));

    const QList<OutboxEntry> entries = stale->readings.outbox(account.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).key, key.value());
    QCOMPARE(entries.at(0).state, OutboxEntry::State::Rejected);
    QCOMPARE(entries.at(0).items.size(), 1);
    QCOMPARE(entries.at(0).items.at(0).value, value);
    QCOMPARE(entries.at(0).results.size(), 1);
    QCOMPARE(entries.at(0).results.at(0).error.code, code(errc::ReadingBelowPrevious));
    QCOMPARE(entries.at(0).results.at(0).error.message, verdict.error.message);
    QVERIFY(entries.at(0).error.code.isEmpty());
    QCOMPARE(countValue(serverReadings(account.id, meter.id), value), 0);

    // A rejected entry is not sent again; the sync round updates the cache.
    QTRY_COMPARE_WITH_TIMEOUT(meterOf(*stale, account.id).lastReading, higher, 30000);
    stale->readings.flush();
    QVERIFY(readingstest::syncAndLoadCompanies(*stale));
    QCOMPARE(stale->readings.outbox().size(), 1);
    QCOMPARE(answers.order.size(), 1);

    // It stays, across a restart too, until the person removes it.
    stale->readings.close();
    QVERIFY(stale->readings.open(ReadingsService::outboxPathFor(stale->cache.filePath())).ok());
    QCOMPARE(stale->readings.outbox(account.id).size(), 1);
    QCOMPARE(stale->readings.outbox(account.id).at(0).results.at(0).error.message, verdict.error.message);
    QSignalSpy changed(&stale->readings, &ReadingsService::outboxChanged);
    stale->readings.dismiss(key.value());
    QVERIFY(stale->readings.outbox().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), account.id);
}

void TestClientReadings::serverDownEntryPendingThenSentWhenBack()
{
    auto c = client(QStringLiteral("offline"));
    QVERIFY(c);
    const Account account = readingstest::accountOf(c->cache, Access::Extended);
    const Meter meter = meterOf(*c, account.id);
    const qint64 value = meter.lastReading + 9;
    c->engine.setBackoff(300, 1000);
    c->engine.setAutoReconnect(true);
    QObject guard;
    Answers answers;
    answers.watch(c->readings, &guard);
    QSignalSpy failures(&c->engine, &SyncEngine::failed);

    m_server.stop();
    const Result<QString> key = c->readings.submit(account.id, {{meter.id, value}});
    QVERIFY(key.ok());
    c->engine.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(c->engine.state(), SyncEngine::State::Offline, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(failures.count() >= 2, 30000); // retried, the entry still waits
    QList<OutboxEntry> entries = c->readings.outbox(account.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).state, OutboxEntry::State::Pending);
    QVERIFY(answers.order.isEmpty());

    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(answers.byKey.contains(key.value()), 30000);
    QVERIFY(answers.byKey.value(key.value()).results.at(0).accepted);
    QVERIFY(c->readings.outbox().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(meterOf(*c, account.id).lastReading, value, 30000);
    QCOMPARE(countValue(serverReadings(account.id, meter.id), value), 1);
    QCOMPARE(answers.order.size(), 1);
}

void TestClientReadings::limitedAccountRefusedAsAWhole()
{
    auto c = client(QStringLiteral("limited"));
    QVERIFY(c);
    const Account limited = readingstest::accountOf(c->cache, Access::Limited);
    const Meter meter = meterOf(*c, limited.id);
    QVERIFY(!meter.id.isEmpty());
    QObject guard;
    Answers answers;
    answers.watch(c->readings, &guard);

    const Result<QString> key = c->readings.submit(limited.id, {{meter.id, meter.lastReading + 5}});
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(answers.byKey.contains(key.value()), 30000);
    // Refused as a whole: no verdict per meter; the entry says why.
    QVERIFY(answers.byKey.value(key.value()).results.isEmpty());

    const QList<OutboxEntry> entries = c->readings.outbox(limited.id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).state, OutboxEntry::State::Rejected);
    QCOMPARE(entries.at(0).error.code, code(errc::ExtendedRequired));
    QCOMPARE(entries.at(0).error.httpStatus, 403);
    QVERIFY(!entries.at(0).error.message.isEmpty());
    QCOMPARE(entries.at(0).items.size(), 1);
    QCOMPARE(entries.at(0).items.at(0).value, meter.lastReading + 5);
    QVERIFY(c->readings.outbox(readingstest::accountOf(c->cache, Access::Extended).id).isEmpty());
    c->readings.dismiss(key.value());
    QVERIFY(c->readings.outbox().isEmpty());
}

void TestClientReadings::outboxOutlivesRebuiltCache()
{
    const QString cacheFile = m_dir.filePath(QStringLiteral("rebuilt.sqlite"));
    QString key;
    QString accountId;
    Meter meter;
    {
        auto c = client(QStringLiteral("rebuilt"));
        QVERIFY(c);
        accountId = readingstest::accountOf(c->cache, Access::Extended).id;
        meter = meterOf(*c, accountId);
        m_server.stop();
        const Result<QString> r = c->readings.submit(accountId, {{meter.id, meter.lastReading + 7}});
        QVERIFY(r.ok());
        key = r.value();
        QCOMPARE(c->readings.outbox().size(), 1);
    }
    // The cache is damaged and rebuilt empty; the outbox is another file.
    QFile f(cacheFile);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QCOMPARE(f.write(QByteArray(4096, '\x5a')), 4096);
    f.close();

    auto c = client(QStringLiteral("rebuilt"), false);
    QVERIFY(c);
    QVERIFY(c->cache.wasRebuilt());
    QVERIFY(c->cache.accounts().isEmpty());
    QList<OutboxEntry> entries = c->readings.outbox();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).key, key);
    QCOMPARE(entries.at(0).state, OutboxEntry::State::Pending);
    QCOMPARE(entries.at(0).items.at(0).value, meter.lastReading + 7);

    QObject guard;
    Answers answers;
    answers.watch(c->readings, &guard);
    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    c->engine.syncNow(); // the first round after the start: the entry follows it
    QTRY_VERIFY_WITH_TIMEOUT(answers.byKey.contains(key), 30000);
    QVERIFY(answers.byKey.value(key).results.at(0).accepted);
    QVERIFY(c->readings.outbox().isEmpty());
    QCOMPARE(countValue(serverReadings(accountId, meter.id), meter.lastReading + 7), 1);
    QTRY_COMPARE_WITH_TIMEOUT(meterOf(*c, accountId).lastReading, meter.lastReading + 7, 30000);
}

void TestClientReadings::damagedOutboxSetAsideNewerRefused()
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.outbox.sqlite"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x33'));
    }
    ReadingsOutbox store;
    QVERIFY(store.open(garbage).ok());
    QVERIFY(!store.setAsidePath().isEmpty());
    QVERIFY(QFileInfo::exists(store.setAsidePath()));
    QCOMPARE(QFileInfo(store.setAsidePath()).size(), 8192);
    QVERIFY(store.entries().isEmpty());
    OutboxEntry e;
    e.key = QStringLiteral("k1");
    e.accountId = QStringLiteral("1");
    e.items = {{QStringLiteral("m"), 5}};
    e.createdAt = Clock::now();
    QVERIFY(store.insert(e).ok());
    QVERIFY(!store.insert(e).ok()); // one entry per key
    store.close();

    // A file of a newer program is neither used nor touched.
    const QString newer = m_dir.filePath(QStringLiteral("newer.outbox.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray bytes = [&newer]() {
        QFile f(newer);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ReadingsService service(nullptr, nullptr, nullptr);
    const Status opened = service.open(newer);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code(errc::CacheFailed));
    QVERIFY(!service.isOpen());
    QFile f(newer);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("newer.outbox.sqlite.damaged-*")}).size(), 0);
    QVERIFY(!service.submit(QStringLiteral("1"), {{QStringLiteral("m"), 5}}).ok());
}

QTEST_GUILESS_MAIN(TestClientReadings)
#include "tst_client_readings.moc"
