// The server facing a hostile or careless world on its own: the files it
// makes are its user's alone, and (more to come) its network edge.
#include "ServerProcess.h"

#include <QDir>
#include <QFileInfo>
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

QTEST_GUILESS_MAIN(TestServerEdge)
#include "tst_server_edge.moc"
