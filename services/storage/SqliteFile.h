#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mygas {

// One SQLite file of the client (the offline cache, the readings outbox):
// opened with a busy timeout, checked with PRAGMA quick_check, in WAL mode at
// the synchronous level its owner needs, and brought to the latest schema by
// ordered steps counted in PRAGMA user_version (step N takes a file from
// version N-1 to N), all steps in one transaction.
class SqliteFile
{
public:
    enum class Sync
    {
        Normal, // a commit may be lost in a power cut, never half-written
        Full,   // a commit is on the disk before it returns
    };
    enum class Check
    {
        Now,   // quick_check on open: reads every page
        Later, // the owner calls quickCheck() when it has time
    };
    enum class Outcome
    {
        Ok,
        Damaged, // SQLite calls the file damaged: quick_check failed, or not a database
        Refused, // could not open, busy, or a newer program's file (left as it is)
    };

    // prefix names the Qt SQL connection ("mygas-cache"); each file gets its own.
    SqliteFile(const QString& prefix, Sync sync, QList<QStringList> steps);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    Outcome open(const QString& path, Check check, QString* why);
    // For a file that holds what exists nowhere else (an outbox): a damaged
    // file is set aside under a ".damaged-…" name (*setAside, never deleted)
    // and a new one started; a refused one is left untouched. Ok or Refused.
    Outcome openKeepingDamaged(const QString& path, QString* setAside, QString* why);
    Outcome quickCheck(QString* why);
    void close();
    bool isOpen() const;
    QSqlDatabase db() const;
    const QString& path() const { return m_path; }
    int latestVersion() const { return int(m_steps.size()); }

    // A file of its own next to `path`: "<path without .sqlite><suffix>"
    // (the outboxes beside the cache).
    static QString besidePath(const QString& path, const QString& suffix);
    // The file and its -wal, -shm and -journal companions.
    static bool remove(const QString& path);
    static bool rename(const QString& path, const QString& to);

private:
    Outcome migrate(int from, QString* why);

    QString m_connection;
    Sync m_sync;
    QList<QStringList> m_steps;
    QString m_path;
};

} // namespace mygas
