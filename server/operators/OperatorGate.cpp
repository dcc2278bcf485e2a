#include "server/operators/OperatorGate.h"

#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/auth/AuthService.h"
#include "server/http/HttpUtil.h"

#include <QSqlError>

namespace mygas::server {

namespace {
const QString kSelectOperator = QStringLiteral(
    "SELECT s.user_id, u.operator_company FROM access_tokens t JOIN sessions s ON s.id = t.session_id "
    "JOIN users u ON u.id = s.user_id WHERE t.token_hash = ? AND t.expires_at > ? AND s.revoked_at IS NULL");
} // namespace

Result<OperatorCaller> OperatorGate::caller(const QHttpServerRequest& request) const
{
    if (m_beforeRequest)
        m_beforeRequest();
    const QString token = AuthService::bearerToken(QString::fromLatin1(http::header(request, "authorization")));
    if (token.isEmpty())
        return makeError(errc::Unauthorized, {}, 401);
    QSqlQuery* q = m_db.prepared(kSelectOperator);
    if (!q)
        return makeError(errc::Internal, {}, 500);
    q->bindValue(0, crypto::secretHash(token));
    q->bindValue(1, Clock::now().toSecsSinceEpoch());
    if (!q->exec()) {
        qCWarning(lcDb) << "query failed:" << kSelectOperator << q->lastError().text();
        return makeError(errc::Internal, {}, 500);
    }
    if (!q->next()) {
        q->finish();
        return makeError(errc::TokenInvalid, {}, 401);
    }
    const OperatorCaller c{q->value(0).toLongLong(), q->value(1).toString()};
    const bool isOperator = !q->value(1).isNull();
    q->finish();
    if (!isOperator)
        return makeError(errc::OperatorRequired, {}, 403);
    return c;
}

} // namespace mygas::server
