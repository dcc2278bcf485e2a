// PIN requests (manual 4.7.2.2) on a server without --demo: a request is only
// recorded for the company, whose operator approves or rejects it with
// `mygas-server pin-requests`; at most three requests a day per user and account.
#include "tests/server/ApiTestHelpers.h"

#include "server/db/Database.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace apitest;
using mygas::server::Database;

class TestPinRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestIsOnlyRecorded();
    void approveIssuesNewPin();
    void rejectSendsNothing();
    void threeRequestsPerDay();
    void phoneIsOptional();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run command(const QStringList& args) const;
    QStringList codesFor(const QString& to) const;
    qint64 pendingId(const QString& email) const;
    ApiCaller api() const { return ApiCaller(m_server.apiUrl(QString()), m_caFile); }
    void signIn(ApiCaller& a, const QString& login);
    ApiCaller::Reply request(ApiCaller& a, const QString& id, const QString& email);

    ServerProcess m_server;
    QString m_caFile;
    QString m_account; // kDemoAccounts[2], linked by every user below
    mutable int m_connections = 0;
};

void TestPinRequests::initTestCase()
{
    // Users and the demo accounts come from a demo start; the rest runs without --demo.
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_caFile = m_server.caFile();
    for (const char* login :
         {"old@example.ru", "new@example.ru", "reject@example.ru", "many@example.ru", "nophone@example.ru"}) {
        ApiCaller a(m_server.apiUrl(QString()), m_caFile);
        consentedUser(a, login);
        m_account = linkAccount(a, kDemoAccounts[2]);
        QVERIFY(!m_account.isEmpty());
    }
    ServerProcess::Options plain;
    plain.demo = false;
    plain.extraArgs = {"--tls-cert", QDir(m_server.dataDir()).filePath("server.pem"), "--tls-key",
                       QDir(m_server.dataDir()).filePath("server-key.pem")};
    QVERIFY2(m_server.restartWith(plain, &error), qPrintable(error));
}

TestPinRequests::Run TestPinRequests::command(const QStringList& args) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ServerProcess::binary(), QStringList{"pin-requests", "--db", m_server.databaseUrl()} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QStringList TestPinRequests::codesFor(const QString& to) const
{
    Database db(QStringLiteral("outbox%1").arg(++m_connections));
    QStringList codes;
    if (!db.open(m_server.databaseUrl()).ok())
        return {QStringLiteral("cannot open the database")};
    QSqlQuery q = db.newQuery();
    db.exec(q, QStringLiteral("SELECT code FROM outbox WHERE recipient = ? ORDER BY id"), {to});
    while (q.next())
        codes.append(q.value(0).toString());
    return codes;
}

qint64 TestPinRequests::pendingId(const QString& email) const
{
    const Run r = command({});
    for (const QString& line : r.output.split('\n')) {
        if (line.contains(email))
            return line.section('\t', 0, 0).toLongLong();
    }
    return 0;
}

void TestPinRequests::signIn(ApiCaller& a, const QString& login)
{
    a.setBearer(a.post("/auth/login", credentials(login, "pass1")).object().value("access_token").toString());
}

ApiCaller::Reply TestPinRequests::request(ApiCaller& a, const QString& id, const QString& email)
{
    return a.post("/accounts/" + id + "/pin-request",
                  {{"full_name", "Иванов Иван Иванович"}, {"email", email}, {"phone", "+79120000001"}});
}

void TestPinRequests::requestIsOnlyRecorded()
{
    ApiCaller a = api();
    signIn(a, "old@example.ru");
    QCOMPARE(request(a, m_account, "Old.Owner@Example.ru").status, 202);
    QTest::qWait(300);
    QVERIFY(codesFor("old.owner@example.ru").isEmpty());
    const Run list = command({});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.output.contains(QString::fromLatin1(kDemoAccounts[2].number)), qPrintable(list.output));
    QVERIFY(list.output.contains("Иванов Иван Иванович"));
    QVERIFY(list.output.contains("old.owner@example.ru"));
    QVERIFY(list.output.contains("+79120000001"));
    // The printed PIN still unlocks.
    QCOMPARE(
        a.post("/accounts/" + m_account + "/extended", {{"method", "pin"}, {"answer", kDemoAccounts[2].pin}}).status,
        200);
}

void TestPinRequests::approveIssuesNewPin()
{
    ApiCaller a = api();
    signIn(a, "new@example.ru");
    QCOMPARE(request(a, m_account, "new.owner@example.ru").status, 202);
    const qint64 id = pendingId("new.owner@example.ru");
    QVERIFY(id > 0);
    Run r = command({"--approve", QString::number(id)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    const QStringList codes = codesFor("new.owner@example.ru");
    QCOMPARE(codes.size(), 1);
    const QString pin = codes.first();
    QVERIFY2(QRegularExpression("^[0-9]{6}$").match(pin).hasMatch(), qPrintable(pin));
    QCOMPARE(pendingId("new.owner@example.ru"), 0);

    r = command({"--approve", QString::number(id)});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.output.contains("already decided"), qPrintable(r.output));
    r = command({"--reject", "999999"});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.output.contains("no PIN request"), qPrintable(r.output));
    QVERIFY(command({"--approve", "x"}).exitCode != 0);

    const QString url = "/accounts/" + m_account + "/extended";
    QCOMPARE(a.post(url, {{"method", "pin"}, {"answer", kDemoAccounts[2].pin}}).status, 400);
    QCOMPARE(a.post(url, {{"method", "pin"}, {"answer", pin}}).status, 200);
}

void TestPinRequests::rejectSendsNothing()
{
    ApiCaller a = api();
    signIn(a, "reject@example.ru");
    QCOMPARE(request(a, m_account, "reject.owner@example.ru").status, 202);
    const qint64 id = pendingId("reject.owner@example.ru");
    QVERIFY(id > 0);
    const Run r = command({"--reject", QString::number(id)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QCOMPARE(pendingId("reject.owner@example.ru"), 0);
    QVERIFY(codesFor("reject.owner@example.ru").isEmpty());
    QVERIFY(command({"--approve", QString::number(id)}).exitCode != 0);
}

void TestPinRequests::threeRequestsPerDay()
{
    ApiCaller a = api();
    signIn(a, "many@example.ru");
    for (int i = 0; i < 3; ++i)
        QCOMPARE(request(a, m_account, "many@example.ru").status, 202);
    const ApiCaller::Reply r = request(a, m_account, "many@example.ru");
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), QStringLiteral("too_many_attempts"));
    const int retryAfter = r.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 0 && retryAfter <= 24 * 3600, r.headers.value("retry-after").constData());
    m_server.advanceClock(24 * 3600 + 60);
    ApiCaller later = api();
    signIn(later, "many@example.ru");
    QCOMPARE(request(later, m_account, "many@example.ru").status, 202);
}

void TestPinRequests::phoneIsOptional()
{
    ApiCaller a = api();
    signIn(a, "nophone@example.ru");
    const ApiCaller::Reply r = a.post("/accounts/" + m_account + "/pin-request",
                                      {{"full_name", "Петров Петр Петрович"}, {"email", "nophone@example.ru"}});
    QCOMPARE(r.status, 202);
    const Run list = command({});
    QVERIFY2(list.output.contains("Петров Петр Петрович"), qPrintable(list.output));
}

QTEST_GUILESS_MAIN(TestPinRequests)
#include "tst_pin_requests.moc"
