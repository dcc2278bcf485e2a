#include "services/storage/SqliteFile.h"

#include "services/core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mygas {

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() gives them.
const char* kSqliteCorrupt = "11";
const char* kSqliteNotADb = "26";

const char* const kCompanions[] = {"", "-wal", "-shm", "-journal"};

} // namespace

SqliteFile::SqliteFile(const QString& prefix, Sync sync, QList<QStringList> steps)
    : m_sync(sync), m_steps(std::move(steps))
{
    static int counter = 0;
    m_connection = QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

SqliteFile::~SqliteFile()
{
    close();
}

SqliteFile::Outcome SqliteFile::open(const QString& path, Check check, QString* why)
{
    close();
    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *why = db.lastError().text();
            return Outcome::Refused;
        }
    }
    if (check == Check::Now) {
        if (const Outcome checked = quickCheck(why); checked != Outcome::Ok)
            return checked;
    }
    QSqlQuery q(db());
    // Read before anything is written: a newer program's file stays as it is.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *why = q.lastError().text();
        const QString code = q.lastError().nativeErrorCode();
        return code == QLatin1String(kSqliteNotADb) || code == QLatin1String(kSqliteCorrupt) ? Outcome::Damaged
                                                                                             : Outcome::Refused;
    }
    const int version = q.value(0).toInt();
    if (version > latestVersion()) {
        *why = QStringLiteral("the file %1 has version %2, newer than this program's %3")
                   .arg(path)
                   .arg(version)
                   .arg(latestVersion());
        return Outcome::Refused;
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
        q.value(0).toString() != QLatin1String("wal")) {
        *why = QStringLiteral("WAL mode refused: ") + q.lastError().text();
        return Outcome::Refused;
    }
    const QString sync = m_sync == Sync::Full ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    if (!q.exec(QStringLiteral("PRAGMA synchronous=") + sync)) {
        *why = q.lastError().text();
        return Outcome::Refused;
    }
    q.finish();
    return migrate(version, why);
}

SqliteFile::Outcome SqliteFile::quickCheck(QString* why)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        // Only a file SQLite calls damaged counts as such; a busy or unreadable one does not.
        const QString code = q.lastError().nativeErrorCode();
        *why = QStringLiteral("quick_check: ") + q.lastError().text();
        return code == QLatin1String(kSqliteNotADb) || code == QLatin1String(kSqliteCorrupt) ? Outcome::Damaged
                                                                                             : Outcome::Refused;
    }
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *why = QStringLiteral("quick_check: ") + (q.isValid() ? q.value(0).toString() : q.lastError().text());
        return Outcome::Damaged;
    }
    return Outcome::Ok;
}

SqliteFile::Outcome SqliteFile::migrate(int from, QString* why)
{
    if (from == latestVersion())
        return Outcome::Ok;
    QSqlDatabase db = this->db();
    if (!db.transaction()) {
        *why = db.lastError().text();
        return Outcome::Refused;
    }
    QSqlQuery q(db);
    for (int v = from; v < latestVersion(); ++v) {
        for (const QString& sql : m_steps.at(v)) {
            if (!q.exec(sql)) {
                *why = QStringLiteral("migration of %1 to version %2 failed: %3")
                           .arg(m_path)
                           .arg(v + 1)
                           .arg(q.lastError().text());
                db.rollback();
                return Outcome::Refused;
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestVersion())) || !db.commit()) {
        *why = q.lastError().text() + db.lastError().text();
        db.rollback();
        return Outcome::Refused;
    }
    return Outcome::Ok;
}

void SqliteFile::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteFile::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

QSqlDatabase SqliteFile::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SqliteFile::remove(const QString& path)
{
    bool ok = true;
    for (const char* suffix : kCompanions) {
        const QString file = path + QLatin1String(suffix);
        if (QFile::exists(file) && !QFile::remove(file))
            ok = false;
    }
    return ok;
}

SqliteFile::Outcome SqliteFile::openKeepingDamaged(const QString& path, QString* setAside, QString* why)
{
    setAside->clear();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *why = QStringLiteral("cannot create the folder of ") + path;
        return Outcome::Refused;
    }
    const Outcome first = open(path, Check::Now, why);
    if (first == Outcome::Ok)
        return first;
    close();
    if (first == Outcome::Refused)
        return first;
    // Kept for whoever wants to look at it: the entries may be readable by hand.
    *setAside = path + QStringLiteral(".damaged-") +
                QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"));
    qCWarning(lcStorage) << path << "is unusable (" << *why << "); moved to" << *setAside;
    if (!rename(path, *setAside)) {
        *why = QStringLiteral("cannot move the damaged file aside: ") + path;
        return Outcome::Refused;
    }
    const Outcome second = open(path, Check::Now, why);
    if (second != Outcome::Ok)
        close();
    return second == Outcome::Ok ? Outcome::Ok : Outcome::Refused;
}

QString SqliteFile::besidePath(const QString& path, const QString& suffix)
{
    QString base = path;
    if (base.endsWith(QLatin1String(".sqlite")))
        base.chop(int(qstrlen(".sqlite")));
    return base + suffix;
}

bool SqliteFile::rename(const QString& path, const QString& to)
{
    for (const char* suffix : kCompanions) {
        if (QFile::exists(path + QLatin1String(suffix)) &&
            !QFile::rename(path + QLatin1String(suffix), to + QLatin1String(suffix)))
            return false;
    }
    return true;
}

} // namespace mygas
