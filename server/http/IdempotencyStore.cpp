#include "server/http/IdempotencyStore.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Logging.h"
#include "server/db/MultiRow.h"

#include <QCryptographicHash>
#include <QSqlError>

namespace mygas::server {

namespace {
const QString kSelect =
    QStringLiteral("SELECT request_hash, status, body FROM idempotency_keys WHERE user_id = ? AND idem_key = ?");
// A key another request took first is not an error of the database: the
// insert then changes nothing and the caller replays that request's answer.
// (WHERE true keeps SQLite from reading ON CONFLICT as a join's ON.)
const QString kInsert =
    QStringLiteral("INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, body, created_at) "
                   "SELECT column1, column2, column3, column4, column5, column6 FROM {ROWS} WHERE true "
                   "ON CONFLICT (user_id, idem_key) DO NOTHING");
const QStringList kInsertTypes = {QStringLiteral("BIGINT"),  QStringLiteral("TEXT"), QStringLiteral("TEXT"),
                                  QStringLiteral("INTEGER"), QStringLiteral("TEXT"), QStringLiteral("BIGINT")};
} // namespace

QByteArray IdempotencyStore::requestHash(const QByteArray& route, const QByteArray& body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(route);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(body);
    return hash.result().toHex();
}

Result<std::optional<StoredAnswer>> IdempotencyStore::lookup(qint64 userId, const QByteArray& key) const
{
    QSqlQuery* q = m_db.prepared(kSelect);
    if (!q)
        return makeError(errc::Internal, {}, 500);
    q->bindValue(0, userId);
    q->bindValue(1, QString::fromLatin1(key));
    if (!q->exec()) {
        qCWarning(lcDb) << "query failed:" << kSelect << q->lastError().text();
        return makeError(errc::Internal, {}, 500);
    }
    std::optional<StoredAnswer> found;
    if (q->next())
        found = StoredAnswer{q->value(0).toString().toLatin1(), q->value(1).toInt(), q->value(2).toString().toUtf8()};
    q->finish();
    return found;
}

bool IdempotencyStore::lookup(const QList<Key>& keys, QHash<Key, StoredAnswer>* found) const
{
    // A join with the keys as a table: both databases look each one up by the
    // primary key (SQLite scans the table for a row-value IN list).
    static const QString sql =
        QStringLiteral("SELECT k.user_id, k.idem_key, k.request_hash, k.status, k.body FROM {ROWS} "
                       "JOIN idempotency_keys k ON k.user_id = v.column1 AND k.idem_key = v.column2");
    QVariantList flat;
    flat.reserve(keys.size() * 2);
    for (const Key& k : keys)
        flat << k.first << QString::fromLatin1(k.second);
    return selectRows(
        m_db, sql, {}, {QStringLiteral("BIGINT"), QStringLiteral("TEXT")}, flat, [found](const QSqlQuery& q) {
            found->insert({q.value(0).toLongLong(), q.value(1).toString().toLatin1()},
                          {q.value(2).toString().toLatin1(), q.value(3).toInt(), q.value(4).toString().toUtf8()});
        });
}

IdempotencyStore::Saved IdempotencyStore::save(const QList<Entry>& entries, qint64 now) const
{
    QVariantList values;
    values.reserve(entries.size() * 6);
    for (const Entry& e : entries) {
        values << e.userId << QString::fromLatin1(e.key) << QString::fromLatin1(e.answer.requestHash) << e.answer.status
               << QString::fromUtf8(e.answer.body) << now;
    }
    int inserted = 0;
    if (!execRows(m_db, kInsert, kInsertTypes, values, &inserted))
        return Saved::Failed;
    return inserted == entries.size() ? Saved::Done : Saved::Taken;
}

Result<StoredAnswer> IdempotencyStore::commitWith(std::optional<Transaction>& tx, const Entry& entry, qint64 now,
                                                  bool* fresh) const
{
    if (fresh)
        *fresh = false;
    switch (save({entry}, now)) {
    case Saved::Done:
        if (!tx->commit())
            return makeError(errc::Internal, {}, 500);
        if (fresh)
            *fresh = true;
        return entry.answer;
    case Saved::Taken: {
        tx.reset();
        const Result<std::optional<StoredAnswer>> earlier = lookup(entry.userId, entry.key);
        if (!earlier.ok() || !earlier.value())
            return makeError(errc::Internal, {}, 500);
        return *earlier.value();
    }
    case Saved::Failed:
        break;
    }
    return makeError(errc::Internal, {}, 500);
}

} // namespace mygas::server
