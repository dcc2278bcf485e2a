#pragma once

#include "models/core/Error.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace mygas::server {

// One Qt SQL connection (QSQLITE or QPSQL) and the few differences between
// the two dialects. All queries use `?` placeholders and run on both.
class Database
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit Database(QString connectionName = QStringLiteral("mygas"));
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // sqlite:PATH or postgresql://USER[:PASS]@HOST[:PORT]/DB. Without
    // autoCheckpoint, SQLite's log is left to a Checkpointer.
    Status open(const QString& url, bool autoCheckpoint = true);
    void close();
    // SQLite: whether a commit copies a full log back into the database file
    // by itself (after 20 000 pages). No effect on PostgreSQL.
    void setAutoCheckpoint(bool on) const;
    // PostgreSQL: plans of this connection look rows up by index, never by a
    // hash or merge join or a scan of a whole table (see the .cpp). For a
    // connection whose statements all look up a batch of keys. No effect on SQLite.
    void preferIndexLookups() const;
    // SQLite: a small page cache and no mapping, for a connection that moves
    // large blobs (attached files): what it writes and reads does not stay
    // in the process's memory. No effect on PostgreSQL.
    void keepLittleInMemory() const;

    Kind kind() const { return m_kind; }
    QSqlDatabase handle() const;
    // Column definition of an auto-increment primary key.
    QString idColumn() const;

    // Prepares, binds and runs a statement; logs and returns false on failure.
    bool exec(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> args = {}) const;
    QSqlQuery newQuery() const;
    // A statement prepared once per connection and kept for reuse: bind with
    // bindValue(i, …), exec(), read, then finish() so that SQLite does not keep
    // a read snapshot open. nullptr when it cannot be prepared.
    QSqlQuery* prepared(const QString& sql) const;
    // INSERT … RETURNING id; returns the id or 0.
    qint64 insert(const QString& sql, std::initializer_list<QVariant> args) const;

private:
    QString m_connectionName;
    Kind m_kind = Kind::Sqlite;
    mutable QHash<QString, QSqlQuery> m_prepared;
};

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    bool ok() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace mygas::server
