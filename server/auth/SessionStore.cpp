#include "server/auth/SessionStore.h"

#include "models/auth/AuthRules.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"

#include <QJsonDocument>

namespace mygas::server {

namespace {
Error tokenInvalid()
{
    return makeError(errc::TokenInvalid, {}, 401);
}
Error internal()
{
    return makeError(errc::Internal, {}, 500);
}
} // namespace

Result<Tokens> SessionStore::issue(qint64 sessionId, qint64 now) const
{
    Tokens t;
    t.accessToken = crypto::randomToken();
    t.refreshToken = crypto::randomToken();
    t.expiresIn = rules::kAccessTokenTtlSec;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)"),
                   {crypto::secretHash(t.accessToken), sessionId, now + rules::kAccessTokenTtlSec}) ||
        !m_db.exec(q,
                   QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)"),
                   {crypto::secretHash(t.refreshToken), sessionId, now + rules::kRefreshTokenTtlSec}))
        return internal();
    return t;
}

Result<Tokens> SessionStore::create(qint64 userId, qint64 now) const
{
    const qint64 sessionId = m_db.insert(
        QStringLiteral("INSERT INTO sessions (user_id, created_at) VALUES (?, ?) RETURNING id"), {userId, now});
    if (sessionId == 0)
        return internal();
    return issue(sessionId, now);
}

namespace {
// At least crypto_generichash_KEYBYTES_MIN (16) bytes.
const QByteArray kSuccessorPurpose = QByteArrayLiteral("mygas refresh successor");
} // namespace

Result<Tokens> SessionStore::rotate(const QString& refreshToken, qint64 now) const
{
    if (refreshToken.isEmpty())
        return tokenInvalid();
    const QString hash = crypto::secretHash(refreshToken);
    Transaction tx(m_db);
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT r.session_id, r.expires_at, r.used_at, s.revoked_at, r.successor_sealed "
                                  "FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id "
                                  "WHERE r.token_hash = ?"),
                   {hash}))
        return internal();
    if (!q.next())
        return tokenInvalid();
    const qint64 sessionId = q.value(0).toLongLong();
    const qint64 expiresAt = q.value(1).toLongLong();
    const bool used = !q.value(2).isNull();
    const qint64 usedAt = q.value(2).toLongLong();
    const bool revoked = !q.value(3).isNull();
    const QString successor = q.value(4).toString();
    q.finish();
    if (revoked || expiresAt <= now)
        return tokenInvalid();
    if (used) {
        if (std::optional<Tokens> again = successorInGrace(refreshToken, successor, usedAt, now)) {
            qCInfo(lcAuth) << "refresh token sent again within the grace period; same successor, session" << sessionId;
            return *again;
        }
        qCWarning(lcAuth) << "refresh token reused; revoking session" << sessionId;
        revoke(sessionId, now);
        tx.commit();
        return tokenInvalid();
    }
    QSqlQuery mark = m_db.newQuery();
    if (!m_db.exec(mark,
                   QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"),
                   {now, hash}))
        return internal();
    if (mark.numRowsAffected() != 1) {
        // Another server process rotated it a moment ago (PostgreSQL): its
        // successor is committed by now and answered the same way.
        if (m_db.exec(mark, QStringLiteral("SELECT used_at, successor_sealed FROM refresh_tokens WHERE token_hash = ?"),
                      {hash}) &&
            mark.next()) {
            if (std::optional<Tokens> again =
                    successorInGrace(refreshToken, mark.value(1).toString(), mark.value(0).toLongLong(), now))
                return *again;
        }
        qCWarning(lcAuth) << "refresh token reused; revoking session" << sessionId;
        revoke(sessionId, now);
        tx.commit();
        return tokenInvalid();
    }
    Result<Tokens> tokens = issue(sessionId, now);
    if (!tokens.ok())
        return internal();
    const QByteArray sealed = QJsonDocument(tokens.value().toJson()).toJson(QJsonDocument::Compact);
    if (!m_db.exec(mark, QStringLiteral("UPDATE refresh_tokens SET successor_sealed = ? WHERE token_hash = ?"),
                   {crypto::seal(sealed, crypto::keyFromSecret(refreshToken, kSuccessorPurpose)), hash}) ||
        !tx.commit())
        return internal();
    return tokens;
}

std::optional<Tokens> SessionStore::successorInGrace(const QString& refreshToken, const QString& sealed, qint64 usedAt,
                                                     qint64 now) const
{
    if (sealed.isEmpty() || now - usedAt > rules::kRefreshReuseGraceSec)
        return std::nullopt;
    const std::optional<QByteArray> plain =
        crypto::open(sealed, crypto::keyFromSecret(refreshToken, kSuccessorPurpose));
    if (!plain)
        return std::nullopt;
    const Tokens successor = Tokens::fromJson(QJsonDocument::fromJson(*plain).object());
    // Only the token just replaced: once its successor was used in turn, the
    // old one is two steps behind and its use is a replay.
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT used_at FROM refresh_tokens WHERE token_hash = ?"),
                   {crypto::secretHash(successor.refreshToken)}) ||
        !q.next() || !q.value(0).isNull())
        return std::nullopt;
    return successor;
}

Result<SessionRef> SessionStore::authenticate(const QString& accessToken, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.id, s.user_id FROM access_tokens a JOIN sessions s ON s.id = a.session_id "
                                  "WHERE a.token_hash = ? AND a.expires_at > ? AND s.revoked_at IS NULL"),
                   {crypto::secretHash(accessToken), now}))
        return internal();
    if (!q.next())
        return tokenInvalid();
    return SessionRef{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

bool SessionStore::revoke(qint64 sessionId, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                     {now, sessionId});
}

bool SessionStore::revokeAllOf(qint64 userId, qint64 exceptSessionId, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND id <> ? AND "
                                    "revoked_at IS NULL"),
                     {now, userId, exceptSessionId});
}

} // namespace mygas::server
