#include "server/http/CallerStore.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/db/MultiRow.h"

#include <QSqlError>

namespace mygas::server {

namespace {
const QString kSelectCaller = QStringLiteral(
    "SELECT s.user_id, COALESCE(u.consent_version, ''), a.id, a.company_id, a.number, l.alias, a.address, l.access, "
    "(SELECT value FROM change_counter WHERE id = 1) "
    "FROM access_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id "
    "LEFT JOIN user_accounts l ON l.user_id = s.user_id AND l.account_id = ? "
    "LEFT JOIN accounts a ON a.id = l.account_id "
    "WHERE t.token_hash = ? AND t.expires_at > ? AND s.revoked_at IS NULL AND u.operator_company IS NULL");
} // namespace

namespace {
// kSelectCaller for a table of (index, token hash, account) rows; the time
// comes first, as a one-row table, to be bound before the rows.
const QString kSelectCallers = QStringLiteral(
    "WITH n(now) AS (SELECT CAST(? AS BIGINT)) "
    "SELECT v.column1, s.user_id, COALESCE(u.consent_version, ''), a.id, a.company_id, a.number, l.alias, a.address, "
    "l.access, (SELECT value FROM change_counter WHERE id = 1) "
    "FROM {ROWS} JOIN access_tokens t ON t.token_hash = v.column2 JOIN n ON t.expires_at > n.now "
    "JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id "
    "LEFT JOIN user_accounts l ON l.user_id = s.user_id AND l.account_id = v.column3 "
    "LEFT JOIN accounts a ON a.id = l.account_id "
    "WHERE s.revoked_at IS NULL AND u.operator_company IS NULL");

// Columns from `first` on: user, consent, then the account's six.
Caller callerFrom(const QSqlQuery& q, int first)
{
    Caller c;
    c.userId = q.value(first).toLongLong();
    c.consented = !q.value(first + 1).toString().isEmpty();
    if (!q.value(first + 2).isNull()) {
        c.account = Account{q.value(first + 2).toString(), q.value(first + 3).toString(),
                            q.value(first + 4).toString(), q.value(first + 5).toString(),
                            q.value(first + 6).toString(), accessFromString(q.value(first + 7).toString())};
    }
    c.dataVersion = q.value(first + 8).toLongLong();
    return c;
}
} // namespace

bool CallerStore::find(const QList<Query>& queries, qint64 now, QList<std::optional<Caller>>* out) const
{
    out->fill(std::nullopt, queries.size());
    QVariantList rows;
    rows.reserve(queries.size() * 3);
    for (int i = 0; i < queries.size(); ++i)
        rows << i << crypto::secretHash(queries[i].accessToken) << queries[i].accountId;
    return selectRows(m_db, kSelectCallers, {now},
                      {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("BIGINT")}, rows,
                      [out](const QSqlQuery& q) { (*out)[q.value(0).toInt()] = callerFrom(q, 1); });
}

Result<Caller> CallerStore::find(const QString& accessToken, qint64 accountId, qint64 now) const
{
    QSqlQuery* q = m_db.prepared(kSelectCaller);
    if (!q)
        return makeError(errc::Internal, {}, 500);
    q->bindValue(0, accountId);
    q->bindValue(1, crypto::secretHash(accessToken));
    q->bindValue(2, now);
    if (!q->exec()) {
        qCWarning(lcDb) << "query failed:" << kSelectCaller << q->lastError().text();
        return makeError(errc::Internal, {}, 500);
    }
    if (!q->next()) {
        q->finish();
        return makeError(errc::TokenInvalid, {}, 401);
    }
    Caller c = callerFrom(*q, 0);
    q->finish();
    return c;
}

} // namespace mygas::server
