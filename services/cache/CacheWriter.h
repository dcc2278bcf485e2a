#pragma once

#include "models/core/Error.h"
#include "models/sync/SyncTypes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace mygas {

// Writes one sync answer into the cache file inside one transaction: on any
// failure it rolls back, so the file keeps the previous consistent state.
class CacheWriter
{
public:
    using StatementHook = std::function<bool(int statementNo)>;

    CacheWriter(QSqlDatabase db, StatementHook hook);
    Status write(const SyncPayload& payload, const QDateTime& syncedAt);

private:
    bool writeAll(const SyncPayload& payload, const QDateTime& syncedAt);
    bool removeAccounts(const SyncPayload& payload);
    bool upsertAccounts(const SyncPayload& payload);
    bool removeRows(const SyncPayload& payload);
    bool upsertRows(const SyncPayload& payload);
    bool setMeta(const QString& key, const QString& value);
    bool deleteWhere(const QString& table, const QString& column, const QString& value);

    QSqlQuery prepare(const QString& sql);
    bool exec(QSqlQuery& q);
    bool exec(const QString& sql);

    QSqlDatabase m_db;
    StatementHook m_hook;
    int m_statements = 0;
    bool m_prepareFailed = false;
    QString m_error;
};

} // namespace mygas
