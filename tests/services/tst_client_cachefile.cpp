// The cache file itself: schema version and WAL, migration of an old file,
// files that are damaged or from a newer program are rebuilt, one file per
// server and login.
#include "services/cache/CacheStore.h"

#include "tests/support/client/CacheTestData.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mygas;
using cachetest::kExtended;

class TestClientCacheFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newFileHasLatestSchemaAndWal();
    void versionOneFileIsMigratedKeepingData();
    void fileFromNewerProgramIsRebuilt();
    void garbageHeaderIsRebuilt();
    void truncatedFileIsRebuilt();
    void laterCheckKeepsASoundFile();
    void laterCheckRebuildsADamagedFile();
    void filePathDependsOnServerAndLogin();
    void closedCacheAnswersEmpty();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    static int pragma(const QString& file, const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClientCacheFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClientCacheFile::cleanup()
{
    m_dir.reset();
}

int TestClientCacheFile::pragma(const QString& file, const QString& name)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
                value = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

void TestClientCacheFile::newFileHasLatestSchemaAndWal()
{
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.isOpen());
    QVERIFY(!cache.wasRebuilt());
    QVERIFY(cache.cursor().isEmpty());
    QVERIFY(!cache.lastSyncAt().isValid());
    cache.close();
    QCOMPARE(pragma(path(), QStringLiteral("user_version")), 4);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mode"));
    {
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mode"));
}

// A file written by the first version of the schema, frozen here as it was.
void TestClientCacheFile::versionOneFileIsMigratedKeepingData()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QStringList v1 = {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE accounts (id TEXT PRIMARY KEY, position INTEGER NOT NULL, data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE services (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE meters (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE readings (id TEXT PRIMARY KEY, meter_id TEXT NOT NULL, account_id TEXT NOT "
                           "NULL, date TEXT NOT NULL, data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE payments (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, date TEXT NOT NULL, "
                           "data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE subscribers (account_id TEXT PRIMARY KEY, data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE settlements (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, period TEXT NOT "
                           "NULL, service_id TEXT NOT NULL, data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE contracts (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, active INTEGER NOT "
                           "NULL, date_from TEXT NOT NULL, data BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE acts (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, date TEXT NOT NULL, "
                           "data BLOB NOT NULL)"),
            QStringLiteral("INSERT INTO meta VALUES ('cursor', 'old-cursor'), "
                           "('synced_at', '2024-01-02T03:04:05.000Z')"),
            QStringLiteral("INSERT INTO accounts VALUES ('A1', 0, '{\"id\":\"A1\",\"number\":\"100000001\","
                           "\"access\":\"extended\"}')"),
            QStringLiteral("INSERT INTO readings VALUES ('R1', 'M1', 'A1', '2023-12-20', '{\"id\":\"R1\","
                           "\"meter_id\":\"M1\",\"account_id\":\"A1\",\"date\":\"2023-12-20\",\"value\":123}')"),
            QStringLiteral("PRAGMA user_version = 1")};
        for (const QString& sql : v1)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(!cache.wasRebuilt());
    // Version 4 (requests) drops the cursor: the next sync is a full one and
    // brings the requests made before; the data stays readable meanwhile.
    QVERIFY(cache.cursor().isEmpty());
    QCOMPARE(cache.lastSyncAt(), QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(cache.accounts().size(), 1);
    QCOMPARE(cache.accounts().at(0).number, QStringLiteral("100000001"));
    const QList<Reading> readings = cache.readings(QStringLiteral("M1"), {}, {});
    QCOMPARE(readings.size(), 1);
    QCOMPARE(readings.at(0).value, 123);
    QVERIFY(cache.storeCompanies({Company{}}).ok()); // the table of version 2
    cache.close();
    QCOMPARE(pragma(path(), QStringLiteral("user_version")), 4);
}

void TestClientCacheFile::fileFromNewerProgramIsRebuilt()
{
    {
        CacheStore cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.apply(cachetest::household(1, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.wasRebuilt());
    QVERIFY(cache.cursor().isEmpty());
    QVERIFY(cache.accounts().isEmpty());
    cache.close();
    QCOMPARE(pragma(path(), QStringLiteral("user_version")), 4);
}

void TestClientCacheFile::garbageHeaderIsRebuilt()
{
    {
        CacheStore cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.apply(cachetest::household(2, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    }
    QVERIFY(!QFile::exists(path() + QStringLiteral("-wal"))); // closing checkpointed everything
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.write(QByteArray(100, '\x5a')) == 100);
    f.close();

    CacheStore cache;
    const Status s = cache.open(path());
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QVERIFY(cache.wasRebuilt());
    QVERIFY(cache.cursor().isEmpty());
    QVERIFY(cache.accounts().isEmpty());
    QVERIFY(cache.apply(cachetest::household(1, QStringLiteral("c2")), QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(cache.payments(kExtended).size(), 12);
}

void TestClientCacheFile::truncatedFileIsRebuilt()
{
    {
        CacheStore cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.apply(cachetest::household(5, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    }
    QFile f(path());
    const qint64 size = f.size();
    QVERIFY(size > 64 * 1024);
    QVERIFY(f.resize(size / 2));

    CacheStore cache;
    QVERIFY(cache.open(path()).ok());
    QVERIFY(cache.wasRebuilt());
    QVERIFY(cache.accounts().isEmpty());
    QVERIFY(cache.cursor().isEmpty());
    // A sound file is not rebuilt the next time.
    cache.close();
    QVERIFY(cache.open(path()).ok());
    QVERIFY(!cache.wasRebuilt());
}

void TestClientCacheFile::laterCheckKeepsASoundFile()
{
    {
        CacheStore cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.apply(cachetest::household(2, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    }
    CacheStore cache;
    QSignalSpy changed(&cache, &CacheStore::changed);
    QVERIFY(cache.open(path(), CacheStore::Check::Later).ok());
    QCOMPARE(cache.accounts().size(), 2);
    QVERIFY(cache.verify().ok());
    QVERIFY(!cache.wasRebuilt());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(cache.accounts().size(), 2);
    QCOMPARE(cache.cursor(), QStringLiteral("c1"));
}

void TestClientCacheFile::laterCheckRebuildsADamagedFile()
{
    {
        CacheStore cache;
        QVERIFY(cache.open(path()).ok());
        QVERIFY(cache.apply(cachetest::household(5, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    }
    // The header and the first pages stay whole, so the file opens; the tables behind them do not.
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 64 * 1024);
    QVERIFY(f.seek(2 * 4096));
    QVERIFY(f.write(QByteArray(int(size / 2), '\x5a')) == size / 2);
    f.close();

    CacheStore cache;
    QSignalSpy changed(&cache, &CacheStore::changed);
    QVERIFY(cache.open(path(), CacheStore::Check::Later).ok());
    QVERIFY(!cache.wasRebuilt());
    cache.accounts(); // what a first paint reads before the check: no crash, whatever it answers
    const Status s = cache.verify();
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QVERIFY(cache.wasRebuilt());
    QCOMPARE(changed.count(), 1);
    QVERIFY(cache.accounts().isEmpty());
    QVERIFY(cache.cursor().isEmpty());
    QVERIFY(cache.apply(cachetest::household(1, QStringLiteral("c2")), QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(cache.payments(kExtended).size(), 12);
    // Checked once: a second verify() does not run it again.
    QVERIFY(cache.verify().ok());
    QCOMPARE(changed.count(), 2); // the apply() above
}

void TestClientCacheFile::filePathDependsOnServerAndLogin()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString a = CacheStore::defaultFilePath(QStringLiteral("https://a.example:443"), QStringLiteral("x@y.ru"));
    QVERIFY(
        a.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/")));
    QVERIFY(a.endsWith(QStringLiteral(".sqlite")));
    QCOMPARE(CacheStore::defaultFilePath(QStringLiteral("https://a.example:443"), QStringLiteral(" X@Y.ru")), a);
    QVERIFY(CacheStore::defaultFilePath(QStringLiteral("https://b.example:443"), QStringLiteral("x@y.ru")) != a);
    QVERIFY(CacheStore::defaultFilePath(QStringLiteral("https://a.example:443"), QStringLiteral("+79990000000")) != a);
    QVERIFY(!a.contains(QStringLiteral("x@y"))); // no login in file names
}

void TestClientCacheFile::closedCacheAnswersEmpty()
{
    CacheStore cache;
    QVERIFY(!cache.isOpen());
    QVERIFY(cache.accounts().isEmpty());
    QVERIFY(cache.cursor().isEmpty());
    QVERIFY(!cache.apply(cachetest::household(1, QStringLiteral("c1")), QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(cache.open(path()).ok());
    cache.close();
    QVERIFY(!cache.isOpen());
    QVERIFY(cache.payments(kExtended).isEmpty());
}

QTEST_GUILESS_MAIN(TestClientCacheFile)
#include "tst_client_cachefile.moc"
