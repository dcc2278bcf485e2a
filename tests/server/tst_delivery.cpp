// Codes leave the outbox for real channels: e-mail over SMTP (a local
// aiosmtpd sink) and SMS through an HTTP gateway (a listener in this test).
#include "tests/server/ApiTestHelpers.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emailCodeArrivesOverSmtp();
    void smsCodeReachesGateway();
    void smsRetriedAfterGatewayFailure();

private:
    static quint16 freePort();
    void serveGateway(QTcpSocket* socket);
    bool gatewayGot(const QByteArray& a, const QByteArray& b, bool succeeded) const;

    QProcess m_smtp;
    QByteArray m_smtpOutput;
    QTcpServer m_gateway;
    QList<QPair<QByteArray, bool>> m_requests; // request line, answered 200
    int m_failNext = 0;
    ServerProcess m_server;
};

quint16 TestDelivery::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void TestDelivery::serveGateway(QTcpSocket* socket)
{
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        if (!buffer.contains("\r\n\r\n"))
            return;
        const bool fail = m_failNext > 0;
        if (fail)
            --m_failNext;
        m_requests.append({buffer.left(buffer.indexOf("\r\n")), !fail});
        socket->write(fail ? "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                           : "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

bool TestDelivery::gatewayGot(const QByteArray& a, const QByteArray& b, bool succeeded) const
{
    for (const auto& r : m_requests) {
        if (r.first.contains(a) && r.first.contains(b) && r.second == succeeded)
            return true;
    }
    return false;
}

void TestDelivery::initTestCase()
{
    const quint16 smtpPort = freePort();
    connect(&m_smtp, &QProcess::readyReadStandardOutput, this,
            [this] { m_smtpOutput += m_smtp.readAllStandardOutput(); });
    // The Debian interpreter carries python3-aiosmtpd; another python3 may come first in PATH.
    const QString python =
        QFile::exists("/usr/bin/python3") ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3");
    m_smtp.start(python, {"-u", "-m", "aiosmtpd", "-n", "-l", QStringLiteral("127.0.0.1:%1").arg(smtpPort)});
    QVERIFY2(m_smtp.waitForStarted(10000), "python3 -m aiosmtpd (python3-aiosmtpd) is required");
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (m_smtp.state() != QProcess::Running)
                return true; // reported below
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, smtpPort);
            return probe.waitForConnected(200);
        }(),
        15000);
    QVERIFY2(m_smtp.state() == QProcess::Running, m_smtp.readAllStandardError().constData());

    QVERIFY(m_gateway.listen(QHostAddress::LocalHost, 0));
    connect(&m_gateway, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_gateway.nextPendingConnection())
            serveGateway(s);
    });

    ServerProcess::Options o;
    o.extraArgs = {
        "--smtp",        QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort),
        "--smtp-from",   "noreply@mygas.test",
        "--sms-gateway", QStringLiteral("http://127.0.0.1:%1/send?to={to}&text={text}").arg(m_gateway.serverPort())};
    QString error;
    QVERIFY2(m_server.start(o, &error), qPrintable(error));
}

void TestDelivery::cleanupTestCase()
{
    m_server.stop();
    m_smtp.terminate();
    if (!m_smtp.waitForFinished(5000))
        m_smtp.kill();
}

void TestDelivery::emailCodeArrivesOverSmtp()
{
    ApiCaller a(m_server.apiUrl(QString()), m_server.caFile());
    QCOMPARE(a.post("/auth/register", apitest::credentials("inbox@example.ru", "pass1")).status, 202);
    const QString code = apitest::lastCode(a, "inbox@example.ru");
    QCOMPARE(code.size(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(m_smtpOutput.contains(code.toLatin1()), 20000);
    QVERIFY(m_smtpOutput.contains("inbox@example.ru"));
    QVERIFY(m_smtpOutput.contains("noreply@mygas.test"));
}

void TestDelivery::smsCodeReachesGateway()
{
    ApiCaller a(m_server.apiUrl(QString()), m_server.caFile());
    QCOMPARE(a.post("/auth/register", apitest::credentials("+79121110001", "pass1")).status, 202);
    const QString code = apitest::lastCode(a, "+79121110001");
    QTRY_VERIFY_WITH_TIMEOUT(gatewayGot("to=%2B79121110001", code.toLatin1(), true), 20000);
    QVERIFY(gatewayGot("GET /send?", "text=", true));
}

void TestDelivery::smsRetriedAfterGatewayFailure()
{
    m_failNext = 1;
    ApiCaller a(m_server.apiUrl(QString()), m_server.caFile());
    QCOMPARE(a.post("/auth/register", apitest::credentials("+79121110002", "pass1")).status, 202);
    const QByteArray code = apitest::lastCode(a, "+79121110002").toLatin1();
    QTRY_VERIFY_WITH_TIMEOUT(gatewayGot("to=%2B79121110002", code, false), 20000);
    QVERIFY(!gatewayGot("to=%2B79121110002", code, true));
    // The retry waits for its back-off; move the server's time past it.
    m_server.advanceClock(120);
    QTRY_VERIFY_WITH_TIMEOUT(gatewayGot("to=%2B79121110002", code, true), 20000);
}

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
