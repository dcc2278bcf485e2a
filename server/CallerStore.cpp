#include "CallerStore.h"

#include "ApiTypes.h"
#include "Crypto.h"
#include "ErrorCatalog.h"
#include "Logging.h"

#include <QSqlError>

namespace mygas::server {

namespace {
const QString kSelectCaller = QStringLiteral(
    "SELECT s.user_id, COALESCE(u.consent_version, ''), a.id, a.company_id, a.number, l.alias, a.address, l.access, "
    "(SELECT value FROM change_counter WHERE id = 1) "
    "FROM access_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id "
    "LEFT JOIN user_accounts l ON l.user_id = s.user_id AND l.account_id = ? "
    "LEFT JOIN accounts a ON a.id = l.account_id "
    "WHERE t.token_hash = ? AND t.expires_at > ? AND s.revoked_at IS NULL");
} // namespace

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
    Caller c;
    c.userId = q->value(0).toLongLong();
    c.consented = !q->value(1).toString().isEmpty();
    if (!q->value(2).isNull()) {
        c.account = Account{q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                            q->value(5).toString(), q->value(6).toString(), accessFromString(q->value(7).toString())};
    }
    c.dataVersion = q->value(8).toLongLong();
    q->finish();
    return c;
}

} // namespace mygas::server
