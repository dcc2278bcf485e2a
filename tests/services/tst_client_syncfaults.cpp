// Fault injection against the real mygas-server: the N-th statement of
// applying a sync answer fails, or another process dies in the middle of
// its transaction on the same file; the cache keeps its previous consistent
// state and the next sync completes.
#include "models/core/ErrorCatalog.h"
#include "tests/support/client/CacheTestData.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/client/SyncTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace mygas;
using synctest::Client;
using synctest::Round;
using synctest::runSync;
using synctest::withoutCursor;

class TestClientSyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void failingStatementThenSyncRecovers();
    void killedInsideApplyKeepsPreviousState_data();
    void killedInsideApplyKeepsPreviousState();

private:
    std::unique_ptr<Client> client(const QString& cacheName);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    Tokens m_tokens;
};

void TestClientSyncFaults::initTestCase()
{
    clienttest::isolateSettings(m_dir);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    QVERIFY(!m_tokens.accessToken.isEmpty());
}

std::unique_ptr<Client> TestClientSyncFaults::client(const QString& cacheName)
{
    return synctest::makeClient(m_server, m_tokens, m_dir.filePath(cacheName));
}

// The N-th statement of applying the server's answer fails: the round
// reports it, the cache keeps nothing of it, and the next round recovers.
void TestClientSyncFaults::failingStatementThenSyncRecovers()
{
    auto reference = client(QStringLiteral("reference.sqlite"));
    QVERIFY(reference);
    QVERIFY(runSync(reference->engine).ok);
    const QString expected = withoutCursor(cachetest::snapshot(reference->cache));

    // How many statements a first sync of this user takes.
    int total = 0;
    {
        auto counting = client(QStringLiteral("counting.sqlite"));
        QVERIFY(counting);
        counting->cache.setStatementHook([&total](int n) {
            total = n;
            return true;
        });
        QVERIFY(runSync(counting->engine).ok);
    }
    QVERIFY2(total > 100, qPrintable(QString::number(total)));
    QList<int> points{1, 2, 3, 4, 5};
    for (int i = 1; i <= 8; ++i)
        points << total * i / 9;
    points << total - 1 << total;

    for (int failAt : std::as_const(points)) {
        auto c = client(QStringLiteral("failing-%1.sqlite").arg(failAt));
        QVERIFY(c);
        QVERIFY(c->cache.apply(cachetest::household(1, QStringLiteral("stale")), QDateTime::currentDateTimeUtc()).ok());
        const QString before = cachetest::snapshot(c->cache);
        c->cache.setStatementHook([failAt](int n) { return n != failAt; });
        const Round failed = runSync(c->engine);
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error.code, QString::fromLatin1(errc::CacheFailed));
        QCOMPARE(c->engine.state(), SyncEngine::State::Idle); // the server was reachable
        QCOMPARE(cachetest::snapshot(c->cache), before);

        c->cache.setStatementHook({});
        const Round recovered = runSync(c->engine);
        QVERIFY(recovered.ok);
        QCOMPARE(withoutCursor(cachetest::snapshot(c->cache)), expected);
    }
}

void TestClientSyncFaults::killedInsideApplyKeepsPreviousState_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("statement");
    QTest::newRow("killed early") << QStringLiteral("wait") << 50;
    QTest::newRow("killed after WAL spills") << QStringLiteral("wait") << 50000;
    QTest::newRow("aborts itself") << QStringLiteral("abort") << 30000;
}

// A separate process applies a large answer to the same file and dies in
// the middle of its transaction.
void TestClientSyncFaults::killedInsideApplyKeepsPreviousState()
{
    QFETCH(QString, how);
    QFETCH(int, statement);
    const QString name = QStringLiteral("killed-%1-%2.sqlite").arg(how).arg(statement);
    const QString file = m_dir.filePath(name);
    QString before;
    QString cursor;
    {
        auto c = client(name);
        QVERIFY(c);
        QVERIFY(runSync(c->engine).ok);
        before = cachetest::snapshot(c->cache);
        cursor = c->cache.cursor();
    }
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(MYGAS_CACHE_FAULT_HELPER), {file, QString::number(statement), how});
    QVERIFY(helper.waitForStarted(10000));
    QVERIFY(
        QTest::qWaitFor([&helper]() { return helper.canReadLine() || helper.state() == QProcess::NotRunning; }, 60000));
    QCOMPARE(helper.readLine().trimmed(), QByteArray("in-transaction"));
    if (statement > 10000) // a large transaction has written pages past the last commit
        QVERIFY2(QFileInfo(file + QStringLiteral("-wal")).size() > 1024 * 1024,
                 qPrintable(QString::number(QFileInfo(file + QStringLiteral("-wal")).size())));
    if (how == QLatin1String("wait"))
        helper.kill();
    QVERIFY(helper.state() == QProcess::NotRunning || helper.waitForFinished(30000));
    QVERIFY(helper.exitStatus() == QProcess::CrashExit);

    auto c = client(name);
    QVERIFY(c);
    QVERIFY(!c->cache.wasRebuilt()); // quick_check passed
    QCOMPARE(c->cache.cursor(), cursor);
    QCOMPARE(cachetest::snapshot(c->cache), before);
    QVERIFY(c->cache.readings(QStringLiteral("BIG-M1"), {}, {}).isEmpty());
    const Round r = runSync(c->engine);
    QVERIFY(r.ok);
    QVERIFY(!r.changed);
    QCOMPARE(withoutCursor(cachetest::snapshot(c->cache)), withoutCursor(before));
}

QTEST_GUILESS_MAIN(TestClientSyncFaults)
#include "tst_client_syncfaults.moc"
