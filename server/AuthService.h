#pragma once

#include "ApiTypes.h"
#include "ChallengeStore.h"
#include "LoginThrottle.h"
#include "SessionStore.h"
#include "UserStore.h"

namespace mygas::server {

class OutboxStore;

struct SignedIn
{
    Tokens tokens;
    User user;
};

// Registration, login, refresh, logout and password recovery as the manual
// (section 3) describes them. Transport-free: errors carry their HTTP status.
class AuthService
{
public:
    AuthService(const Database& db, OutboxStore& outbox);

    Result<Challenge> startRegistration(const QString& login, const QString& password);
    Result<SignedIn> confirmRegistration(const QString& challengeId, const QString& code);
    Result<Challenge> resend(const QString& challengeId);
    Result<SignedIn> login(const QString& login, const QString& password);
    Result<Tokens> refresh(const QString& refreshToken);
    Status logout(const SessionRef& session);
    Result<Challenge> startRecovery(const QString& login, const QString& newPassword);
    Result<SignedIn> confirmRecovery(const QString& challengeId, const QString& code);
    // The session behind an Authorization header value ("Bearer …").
    Result<SessionRef> authenticate(const QString& authorizationHeader) const;
    // The token of a "Bearer …" header value; empty for anything else.
    static QString bearerToken(const QString& authorizationHeader);

    const UserStore& users() const { return m_users; }
    const SessionStore& sessions() const { return m_sessions; }

private:
    Result<Challenge> startChallenge(const QString& purpose, const QString& login, const QString& password, int ttlSec);
    Result<ChallengeRecord> checkChallenge(const QString& id, const QString& code, const QString& purpose);
    void sendCode(const ChallengeRecord& c, const QString& code, qint64 now);

    const Database& m_db;
    OutboxStore& m_outbox;
    UserStore m_users;
    SessionStore m_sessions;
    ChallengeStore m_challenges;
    LoginThrottle m_throttle;
};

} // namespace mygas::server
