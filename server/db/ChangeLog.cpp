#include "server/db/ChangeLog.h"

namespace mygas::server::changelog {

qint64 bump(const Database& db)
{
    QSqlQuery q = db.newQuery();
    if (!db.exec(q, QStringLiteral("UPDATE change_counter SET value = value + 1 WHERE id = ? RETURNING value"), {1}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 current(const Database& db)
{
    QSqlQuery q = db.newQuery();
    if (!db.exec(q, QStringLiteral("SELECT value FROM change_counter WHERE id = ?"), {1}) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool tombstone(const Database& db, const QString& kind, const QString& rowId, qint64 accountId, qint64 version)
{
    QSqlQuery q = db.newQuery();
    return db.exec(q, QStringLiteral("INSERT INTO tombstones (kind, row_id, account_id, version) VALUES (?, ?, ?, ?)"),
                   {kind, rowId, accountId, version});
}

} // namespace mygas::server::changelog
