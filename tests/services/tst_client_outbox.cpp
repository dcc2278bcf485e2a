// The outbox never loses or doubles a reading, whatever happens to the
// client process. A separate client (outbox_helper) submits and is killed
// (SIGKILL / TerminateProcess):
// - with the server down: the reading waits in the outbox file, and a fresh
//   run with the server up sends it: one reading on the server;
// - after the server has committed the reading but before the answer arrives
//   (a relay drops every byte of the answer): a fresh run resends it with the
//   same Idempotency-Key, the server answers as the first time, and it still
//   has one reading.
#include "services/readings/ReadingsOutbox.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/client/ReadingsTestSupport.h"

#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace mygas;
using readingstest::countValue;

namespace {

// Passes TCP between the client and the server, except that once a
// connection has carried a POST …/readings request, nothing the server sends
// on it reaches the client any more. Plain HTTP, so the request line shows.
class Relay : public QObject
{
public:
    explicit Relay(quint16 target) : m_target(target)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &Relay::accept);
    }
    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort())); }
    int readingsRequests() const { return m_readingsRequests; }
    qint64 swallowedBytes() const { return m_swallowed; }

private:
    struct Link
    {
        QByteArray seen;    // the client's bytes, to spot the request line
        QByteArray waiting; // the client's bytes before the server connection is up
        bool swallow = false;
    };

    void accept()
    {
        while (QTcpSocket* client = m_listener.nextPendingConnection()) {
            auto* server = new QTcpSocket(client);
            auto link = std::make_shared<Link>();
            connect(client, &QTcpSocket::readyRead, this, [this, client, server, link]() {
                const QByteArray data = client->readAll();
                link->seen = (link->seen + data).right(4096);
                if (!link->swallow && link->seen.contains("/readings HTTP/1.1")) {
                    link->swallow = true;
                    ++m_readingsRequests;
                }
                if (server->state() == QAbstractSocket::ConnectedState)
                    server->write(data);
                else
                    link->waiting += data;
            });
            connect(server, &QTcpSocket::connected, this, [server, link]() {
                server->write(link->waiting);
                link->waiting.clear();
            });
            connect(server, &QTcpSocket::readyRead, this, [this, client, server, link]() {
                const QByteArray data = server->readAll();
                if (link->swallow)
                    m_swallowed += data.size();
                else
                    client->write(data);
            });
            // A connection whose answer is being swallowed stays open: the
            // client waits for it until it is killed.
            connect(server, &QTcpSocket::disconnected, this, [client, link]() {
                if (!link->swallow)
                    client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, this, [client, server]() {
                server->abort();
                client->deleteLater();
            });
            server->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_listener;
    quint16 m_target;
    int m_readingsRequests = 0;
    qint64 m_swallowed = 0;
};

} // namespace

class TestClientOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWhileServerDownSentOnceByNextRun();
    void answerLostKilledResentOnceWithSameKey();

private:
    struct Ready
    {
        QString accountId;
        QString meterId;
        qint64 lastReading = -1;
    };
    void startHelper(QProcess& helper, const QString& mode, const QUrl& server, const QString& cacheFile);
    QString waitLine(QProcess& helper, const QString& prefix, QByteArray* log);
    QByteArray runFlush(const QUrl& server, const QString& cacheFile, int* exitCode);
    QJsonArray serverReadings(const Ready& r);
    OutboxEntry onlyEntry(const QString& cacheFile, int* count);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    Tokens m_tokens;
    qint64 m_offset = 0;
};

void TestClientOutbox::initTestCase()
{
    clienttest::isolateSettings(m_dir);
    m_offset = readingstest::windowOffsetSeconds();
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_server.setClockOffset(m_offset);
    m_tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    QVERIFY(!m_tokens.accessToken.isEmpty());
}

void TestClientOutbox::startHelper(QProcess& helper, const QString& mode, const QUrl& server, const QString& cacheFile)
{
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString ca = server.scheme() == QLatin1String("https") ? m_server.caFile() : QString();
    helper.start(QStringLiteral(MYGAS_OUTBOX_HELPER),
                 {mode, server.toString(), ca, cacheFile, QString::number(m_offset)});
}

// The helper's next line starting with prefix (the rest of it); lines before it go to log.
QString TestClientOutbox::waitLine(QProcess& helper, const QString& prefix, QByteArray* log)
{
    for (;;) {
        if (!QTest::qWaitFor([&helper]() { return helper.canReadLine() || helper.state() == QProcess::NotRunning; },
                             60000))
            return QString();
        if (!helper.canReadLine())
            return QString();
        const QString line = QString::fromUtf8(helper.readLine()).trimmed();
        if (log)
            *log += line.toUtf8() + '\n';
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
}

QByteArray TestClientOutbox::runFlush(const QUrl& server, const QString& cacheFile, int* exitCode)
{
    QProcess helper;
    startHelper(helper, QStringLiteral("flush"), server, cacheFile);
    if (!helper.waitForStarted(10000) ||
        !QTest::qWaitFor([&helper]() { return helper.state() == QProcess::NotRunning; }, 90000)) {
        helper.kill();
        helper.waitForFinished(5000);
        *exitCode = -1;
        return helper.readAll();
    }
    *exitCode = helper.exitStatus() == QProcess::NormalExit ? helper.exitCode() : -1;
    return helper.readAll();
}

QJsonArray TestClientOutbox::serverReadings(const Ready& r)
{
    return readingstest::serverReadings(m_server, m_tokens.accessToken, r.accountId, r.meterId);
}

OutboxEntry TestClientOutbox::onlyEntry(const QString& cacheFile, int* count)
{
    ReadingsOutbox store;
    if (!store.open(ReadingsService::outboxPathFor(cacheFile)).ok()) {
        *count = -1;
        return {};
    }
    const QList<OutboxEntry> entries = store.entries();
    *count = int(entries.size());
    return entries.value(0);
}

void TestClientOutbox::killedWhileServerDownSentOnceByNextRun()
{
    const QString cacheFile = m_dir.filePath(QStringLiteral("down.sqlite"));
    QProcess helper;
    startHelper(helper, QStringLiteral("submit"), m_server.baseUrl(), cacheFile);
    QVERIFY(helper.waitForStarted(10000));
    QByteArray log;
    const QStringList ready = waitLine(helper, QStringLiteral("ready "), &log).split(QLatin1Char(' '));
    QVERIFY2(ready.size() == 3, log.constData());
    const Ready r{ready.at(0), ready.at(1), ready.at(2).toLongLong()};
    const QJsonArray before = serverReadings(r);
    QVERIFY(!before.isEmpty());

    m_server.stop();
    const qint64 value = r.lastReading + 11;
    helper.write(QByteArray("submit ") + QByteArray::number(value) + '\n');
    const QString key = waitLine(helper, QStringLiteral("stored "), &log);
    QVERIFY2(!key.isEmpty(), log.constData());
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    int count = 0;
    OutboxEntry entry = onlyEntry(cacheFile, &count);
    QCOMPARE(count, 1);
    QCOMPARE(entry.key, key);
    QCOMPARE(entry.state, OutboxEntry::State::Pending);
    QCOMPARE(entry.items.at(0).value, value);

    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    QCOMPARE(serverReadings(r), before); // nothing reached it while it was down
    int exitCode = 0;
    QByteArray out = runFlush(m_server.baseUrl(), cacheFile, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(out.contains("answered " + key.toUtf8() + " 1\n"), out.constData());
    QVERIFY2(out.contains("outbox 0 0\n"), out.constData());
    QJsonArray after = serverReadings(r);
    QCOMPARE(countValue(after, value), 1);
    QCOMPARE(after.size(), before.size() + 1);

    // Nothing is left to send.
    out = runFlush(m_server.baseUrl(), cacheFile, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(!out.contains("answered"), out.constData());
    QVERIFY2(out.contains("outbox 0 0\n"), out.constData());
    QCOMPARE(serverReadings(r), after);
}

void TestClientOutbox::answerLostKilledResentOnceWithSameKey()
{
    // Plain HTTP on loopback, so the relay can see which request is which.
    ServerProcess::Options plain;
    plain.insecureHttp = true;
    QString error;
    QVERIFY2(m_server.restartWith(plain, &error), qPrintable(error));
    QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("http"));
    Relay relay(quint16(m_server.baseUrl().port()));
    QVERIFY(relay.listen());

    const QString cacheFile = m_dir.filePath(QStringLiteral("lost.sqlite"));
    QProcess helper;
    startHelper(helper, QStringLiteral("submit"), relay.url(), cacheFile);
    QVERIFY(helper.waitForStarted(10000));
    QByteArray log;
    const QStringList ready = waitLine(helper, QStringLiteral("ready "), &log).split(QLatin1Char(' '));
    QVERIFY2(ready.size() == 3, log.constData());
    const Ready r{ready.at(0), ready.at(1), ready.at(2).toLongLong()};
    const QJsonArray before = serverReadings(r);
    QVERIFY(!before.isEmpty());
    QCOMPARE(relay.readingsRequests(), 0);

    const qint64 value = r.lastReading + 13;
    helper.write(QByteArray("submit ") + QByteArray::number(value) + '\n');
    const QString key = waitLine(helper, QStringLiteral("stored "), &log);
    QVERIFY2(!key.isEmpty(), log.constData());
    // The server has committed it and answered; the answer went nowhere.
    QTRY_COMPARE_WITH_TIMEOUT(countValue(serverReadings(r), value), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(relay.swallowedBytes() > 0, 30000);
    QCOMPARE(relay.readingsRequests(), 1);
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    log += helper.readAll();
    QVERIFY2(!log.contains("answered"), log.constData());

    int count = 0;
    const OutboxEntry entry = onlyEntry(cacheFile, &count);
    QCOMPARE(count, 1);
    QCOMPARE(entry.key, key);
    QCOMPARE(entry.state, OutboxEntry::State::Pending);

    // A fresh run, straight to the server: the same key, the first answer.
    int exitCode = 0;
    const QByteArray out = runFlush(m_server.baseUrl(), cacheFile, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(out.contains("answered " + key.toUtf8() + " 1\n"), out.constData());
    QVERIFY2(out.contains("outbox 0 0\n"), out.constData());
    const QJsonArray after = serverReadings(r);
    QCOMPARE(countValue(after, value), 1);
    QCOMPARE(after.size(), before.size() + 1);
}

QTEST_GUILESS_MAIN(TestClientOutbox)
#include "tst_client_outbox.moc"
