#pragma once

#include "models/core/ApiTypes.h"
#include "server/db/Database.h"

#include <optional>

namespace mygas::server {

// The signed-in principal behind an access token.
struct SessionRef
{
    qint64 sessionId = 0;
    qint64 userId = 0;
};

// Sessions with their access and refresh tokens. Tokens are kept only as
// hashes; a refresh token is used once, and a second use of it revokes the
// whole session (it was stolen or replayed) — except within
// rules::kRefreshReuseGraceSec of its first use while its successor is
// unused, when the same successor is answered again (sealed under a key
// only the old token gives).
class SessionStore
{
public:
    explicit SessionStore(const Database& db) : m_db(db) {}

    // New session for a user; call inside a transaction.
    Result<Tokens> create(qint64 userId, qint64 now) const;
    Result<Tokens> rotate(const QString& refreshToken, qint64 now) const;
    Result<SessionRef> authenticate(const QString& accessToken, qint64 now) const;
    bool revoke(qint64 sessionId, qint64 now) const;
    // Revokes every session of the user except one (0: all).
    bool revokeAllOf(qint64 userId, qint64 exceptSessionId, qint64 now) const;

private:
    Result<Tokens> issue(qint64 sessionId, qint64 now) const;
    std::optional<Tokens> successorInGrace(const QString& refreshToken, const QString& sealed, qint64 usedAt,
                                           qint64 now) const;
    const Database& m_db;
};

} // namespace mygas::server
