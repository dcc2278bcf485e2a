// Directory endpoints, demo-only routes and the transport rules of the real
// mygas-server: TLS trust, --tls-cert, --insecure-http.
#include "tests/server/ApiTestHelpers.h"

#include "models/core/ApiTypes.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mygas;

class TestApiDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void companies();
    void offices();
    void officesNearSorting();
    void faq();
    void unknownPath();
    void clientWithoutCaCannotConnect();
    void restartKeepsDataAndSeedsOnce();
    void demoOutboxAbsentWithoutDemo();
    void insecureHttpOnLoopbackOnly();
    void refusesToStartWithoutCertificate();

private:
    ApiCaller api() { return ApiCaller(m_server.apiUrl(QString()), m_server.caFile()); }
    ServerProcess m_server;
};

void TestApiDirectory::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("https"));
}

void TestApiDirectory::companies()
{
    ApiCaller a = api();
    const ApiCaller::Reply r = a.get("/companies");
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.array();
    QVERIFY(list.size() >= 3);
    QSet<QString> windows;
    bool someApplications = false;
    bool someWithout = false;
    for (const QJsonValue& v : list) {
        const Company c = Company::fromJson(v.toObject());
        QVERIFY(!c.id.isEmpty());
        QVERIFY(!c.name.isEmpty());
        QVERIFY(c.readingFromDay >= 1 && c.readingToDay <= 31 && c.readingFromDay <= c.readingToDay);
        QVERIFY(c.maxConsumption > 0);
        QVERIFY(QRegularExpression(c.accountNumberRegex).isValid());
        windows.insert(QStringLiteral("%1-%2").arg(c.readingFromDay).arg(c.readingToDay));
        (c.applicationsEnabled ? someApplications : someWithout) = true;
        QVERIFY(QRegularExpression("^[0-9]{10}$").match(c.payee.inn).hasMatch());
        QVERIFY(QRegularExpression("^[0-9]{9}$").match(c.payee.kpp).hasMatch());
        QVERIFY(QRegularExpression("^[0-9]{9}$").match(c.payee.bic).hasMatch());
        QVERIFY(QRegularExpression("^301[0-9]{17}$").match(c.payee.corrAccount).hasMatch());
        QVERIFY(QRegularExpression("^407[0-9]{17}$").match(c.payee.account).hasMatch());
        QVERIFY(!c.payee.bankName.isEmpty());
    }
    QVERIFY(windows.size() >= 3);
    QVERIFY(someApplications && someWithout);
}

void TestApiDirectory::offices()
{
    ApiCaller a = api();
    const QJsonArray companies = a.get("/companies").json.array();
    int total = 0;
    for (const QJsonValue& v : companies) {
        const QString id = v.toObject().value("id").toString();
        const QJsonArray list = a.get("/offices?company_id=" + id).json.array();
        QVERIFY2(list.size() >= 2 && list.size() <= 4, qPrintable(id));
        for (const QJsonValue& o : list) {
            const Office office = Office::fromJson(o.toObject());
            QCOMPARE(office.companyId, id);
            QVERIFY(!office.address.isEmpty() && !office.phone.isEmpty() && !office.schedule.isEmpty());
            QVERIFY(office.lat > 40 && office.lat < 70 && office.lon > 20 && office.lon < 180);
        }
        total += list.size();
    }
    QCOMPARE(a.get("/offices").json.array().size(), total);
    QCOMPARE(a.get("/offices?company_id=unknown").json.array().size(), 0);
    const ApiCaller::Reply bad = a.get("/offices?near=abc");
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("field_type"));
}

void TestApiDirectory::officesNearSorting()
{
    ApiCaller a = api();
    const double lat = 56.9;
    const double lon = 60.8;
    const QJsonArray list = a.get(QStringLiteral("/offices?near=%1,%2").arg(lat).arg(lon)).json.array();
    QVERIFY(list.size() >= 6);
    double previous = -1;
    for (const QJsonValue& v : list) {
        const Office o = Office::fromJson(v.toObject());
        // An equirectangular distance keeps the order of the great-circle one at these ranges.
        const double d = std::hypot((o.lat - lat), (o.lon - lon) * std::cos(lat * 3.14159265358979 / 180));
        QVERIFY2(d >= previous, qPrintable(o.id));
        previous = d;
    }
    const QJsonArray one = a.get("/offices?company_id=severogorsk&near=61.81,34.30").json.array();
    QCOMPARE(one.first().toObject().value("id").toString(), QStringLiteral("sev-north"));
}

void TestApiDirectory::faq()
{
    ApiCaller a = api();
    const QJsonArray topics = a.get("/faq").json.array();
    QVERIFY(topics.size() >= 5);
    QStringList ids;
    for (const QJsonValue& v : topics) {
        const FaqTopic t = FaqTopic::fromJson(v.toObject());
        ids << t.id;
        QVERIFY(!t.questions.isEmpty());
        QVERIFY(!t.questions.first().answer.isEmpty());
    }
    for (const char* id : {"registration", "login", "recovery", "payments", "readings"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void TestApiDirectory::unknownPath()
{
    ApiCaller a = api();
    const ApiCaller::Reply r = a.get("/nothing-here");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    QVERIFY(!r.errorMessage().isEmpty());
    QCOMPARE(a.send("DELETE", "/companies", {}).status, 404);
}

void TestApiDirectory::clientWithoutCaCannotConnect()
{
    ApiCaller stranger(m_server.apiUrl(QString()));
    const ApiCaller::Reply r = stranger.get("/companies");
    QCOMPARE(r.status, 0);
    QVERIFY(!r.networkError.isEmpty());
}

void TestApiDirectory::restartKeepsDataAndSeedsOnce()
{
    ApiCaller a = api();
    const int companies = a.get("/companies").json.array().size();
    apitest::registerUser(a, "+79125550001", "pass1");
    const QByteArray ca = [&] {
        QFile f(m_server.caFile());
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    ApiCaller b = api();
    QCOMPARE(b.get("/companies").json.array().size(), companies);
    QCOMPARE(b.post("/auth/login", apitest::credentials("+79125550001", "pass1")).status, 200);
    QFile f(m_server.caFile());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), ca); // the demo CA is reused, clients keep trusting it
}

void TestApiDirectory::demoOutboxAbsentWithoutDemo()
{
    // The demo server's certificate serves a non-demo server through --tls-cert/--tls-key.
    ServerProcess plain;
    ServerProcess::Options o;
    o.demo = false;
    o.extraArgs = {"--tls-cert", QDir(m_server.dataDir()).filePath("server.pem"), "--tls-key",
                   QDir(m_server.dataDir()).filePath("server-key.pem")};
    QString error;
    QVERIFY2(plain.start(o, &error), qPrintable(error));
    ApiCaller a(plain.apiUrl(QString()), m_server.caFile());
    const ApiCaller::Reply r = a.get("/demo/outbox?to=%2B79120000001");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    QCOMPARE(a.get("/companies").status, 200);
    QCOMPARE(api().get("/demo/outbox?to=%2B79120000001").status, 200);
}

void TestApiDirectory::insecureHttpOnLoopbackOnly()
{
    ServerProcess loopback;
    ServerProcess::Options o;
    o.insecureHttp = true;
    QString error;
    QVERIFY2(loopback.start(o, &error), qPrintable(error));
    QCOMPARE(loopback.baseUrl().scheme(), QStringLiteral("http"));
    ApiCaller a(loopback.apiUrl(QString()));
    QCOMPARE(a.get("/companies").status, 200);

    QTemporaryDir dir;
    QProcess p;
    p.start(ServerProcess::binary(),
            {"serve", "--listen", "0.0.0.0:0", "--insecure-http", "--demo", "--data-dir", dir.path()});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(!p.readAllStandardOutput().contains("listening"));
    QVERIFY(p.readAllStandardError().contains("loopback"));
}

void TestApiDirectory::refusesToStartWithoutCertificate()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(ServerProcess::binary(), {"serve", "--listen", "127.0.0.1:0", "--data-dir", dir.path()});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(p.exitCode() != 0);
    QVERIFY(p.readAllStandardError().contains("--tls-cert"));

    QProcess version;
    version.start(ServerProcess::binary(), {"--version"});
    QVERIFY(version.waitForFinished(30000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("mygas-server "));
}

QTEST_GUILESS_MAIN(TestApiDirectory)
#include "tst_api_directory.moc"
