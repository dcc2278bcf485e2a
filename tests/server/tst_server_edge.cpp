// The server facing a hostile or careless world on its own: the files it
// makes are its user's alone, and (more to come) its network edge.
#include "ApiCaller.h"
#include "ServerProcess.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
// What the group and the others may do.
const QFile::Permissions kOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
} // namespace

class TestServerEdge : public QObject
{
    Q_OBJECT

private slots:
    void filesAreThisUsersAlone();
    void idleServerIsQuiet();
    void securityHeaders();
};

// A data directory the server creates is 0700; the database, its WAL and
// every key 0600.
void TestServerEdge::filesAreThisUsersAlone()
{
    ServerProcess server;
    ServerProcess::Options options;
    options.serverMadeDataDir = true;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    const QFileInfo dir(server.dataDir());
    QVERIFY(dir.isDir());
    QVERIFY((dir.permissions() & kOthers) == 0);
    QVERIFY(dir.permissions() & QFile::ExeOwner);
    const QStringList files = QDir(server.dataDir()).entryList(QDir::Files);
    QVERIFY2(files.size() >= 3, qPrintable(files.join(' ')));
    for (const QString& name : files) {
        // The CA certificate is public by nature: the clients are given it.
        if (name == QLatin1String("ca.pem") || name == QLatin1String("server.pem"))
            continue;
        const QFileInfo f(QDir(server.dataDir()).filePath(name));
        QVERIFY2((f.permissions() & kOthers) == 0, qPrintable(name + QStringLiteral(" is open to others")));
    }
    if (server.databaseUrl().startsWith(QLatin1String("sqlite:"))) {
        QVERIFY2(files.contains(QStringLiteral("mygas.sqlite")), qPrintable(files.join(' ')));
        QVERIFY2(files.contains(QStringLiteral("mygas.sqlite-wal")), qPrintable(files.join(' ')));
    }
}

// An idle server writes nothing (it used to log a checkpoint ten times a
// second); --log-level debug brings the debug lines back, a wrong level is
// refused.
void TestServerEdge::idleServerIsQuiet()
{
    ServerProcess server;
    QString error;
    QVERIFY2(server.start(ServerProcess::Options{}, &error), qPrintable(error));
    const qsizetype before = server.output().size();
    QTest::qWait(3000);
    const QByteArray idle = server.output().mid(before);
    QVERIFY2(idle.count('\n') <= 2, idle.constData());
    QVERIFY2(!idle.contains("checkpoint"), idle.constData());

    // A fresh SQLite database is written at the start: its first
    // checkpoint shows at the debug level.
    if (server.databaseUrl().startsWith(QLatin1String("sqlite:"))) {
        ServerProcess verbose;
        ServerProcess::Options debug;
        debug.extraArgs = QStringList{QStringLiteral("--log-level"), QStringLiteral("debug")};
        QVERIFY2(verbose.start(debug, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(verbose.output().contains("wal_checkpoint"), 10000);
    }

    QProcess refused;
    refused.start(ServerProcess::binary(), {QStringLiteral("serve"), QStringLiteral("--log-level"),
                                            QStringLiteral("loud"), QStringLiteral("--demo")});
    QVERIFY(refused.waitForFinished(10000));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY(refused.readAllStandardError().contains("--log-level expects"));
}

// Every answer: no MIME sniffing, no referrer, HSTS over TLS; the API's
// answers (personal data, codes, payment addresses) are never stored; the
// bank's pages and the return page have a strict Content-Security-Policy.
void TestServerEdge::securityHeaders()
{
    ServerProcess server;
    QString error;
    QVERIFY2(server.start(ServerProcess::Options{}, &error), qPrintable(error));
    ApiCaller api(server.apiUrl(QString()), server.caFile());
    const auto common = [](const ApiCaller::Reply& r, bool tls) {
        QCOMPARE(r.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(r.headers.value("referrer-policy"), QByteArray("no-referrer"));
        QCOMPARE(r.headers.value("strict-transport-security").startsWith("max-age="), tls);
    };
    ApiCaller::Reply r = api.get(QStringLiteral("/companies"));
    QCOMPARE(r.status, 200);
    common(r, true);
    QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));
    // Refused before any work and answered later by the readings writer.
    r = api.post(QStringLiteral("/accounts/1/readings"), QJsonObject{});
    QCOMPARE(r.status, 401);
    common(r, true);
    QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));

    ApiCaller browser(server.baseUrl(), server.caFile());
    r = browser.get(QStringLiteral("/payments/return?order=x"));
    QCOMPARE(r.status, 200);
    common(r, true);
    QVERIFY2(r.headers.value("content-security-policy").contains("default-src 'none'"),
             r.headers.value("content-security-policy").constData());
    QVERIFY(r.headers.value("content-security-policy").contains("frame-ancestors 'none'"));
    QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));

    ServerProcess plain;
    ServerProcess::Options insecure;
    insecure.insecureHttp = true;
    QVERIFY2(plain.start(insecure, &error), qPrintable(error));
    r = ApiCaller(plain.apiUrl(QString())).get(QStringLiteral("/companies"));
    QCOMPARE(r.status, 200);
    common(r, false);
}

QTEST_GUILESS_MAIN(TestServerEdge)
#include "tst_server_edge.moc"
