#pragma once

#include "models/core/ApiTypes.h"
#include "server/auth/ChallengeStore.h"
#include "server/auth/LoginThrottle.h"
#include "server/auth/SessionStore.h"
#include "server/auth/UserStore.h"

namespace mygas::server {

class NotificationOutbox;

struct SignedIn
{
    Tokens tokens;
    User user;
};

// A login found and allowed to try, its password still to be checked
// (Argon2id, on the PasswordHasher's threads).
struct LoginAttempt
{
    QString login;
    QString address;      // the client's, for the failure count
    QString passwordHash; // empty for an unknown login
    std::optional<UserRecord> user;
};

// A registration or recovery allowed to send a code, its new password still
// to be hashed.
struct ChallengeRequest
{
    QString purpose;
    QString login;
    int ttlSec = 0;
};

// Registration, login, refresh, logout and password recovery as the manual
// (section 3) describes them. Transport-free: errors carry their HTTP status.
class AuthService
{
public:
    AuthService(const Database& db, NotificationOutbox& outbox);

    // Each Argon2id step in two halves around the hashing, for callers that
    // hash elsewhere; the one-call forms below hash on the calling thread.
    // address: the client's (http::clientAddress); failures and starts are
    // counted by it (LoginThrottle).
    Result<LoginAttempt> beginLogin(const QString& login, const QString& password, const QString& address = {});
    Result<SignedIn> finishLogin(const LoginAttempt& attempt, bool passwordOk);
    Result<ChallengeRequest> beginRegistration(const QString& login, const QString& password,
                                               const QString& address = {}) const;
    Result<ChallengeRequest> beginRecovery(const QString& login, const QString& newPassword,
                                           const QString& address = {}) const;
    Result<Challenge> issueChallenge(const ChallengeRequest& request, const QString& passwordHash);

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
    Result<ChallengeRequest> challengeRequest(const QString& purpose, const QString& login, int ttlSec) const;
    // 429 when the address has started too many registrations and recoveries.
    std::optional<Error> countStart(const QString& address) const;
    // When the per-login caps on codes (rules::kMaxCodesPerHour, …PerDay)
    // let the next code go; 0 or a past time when they do now.
    qint64 nextCodeAllowedAt(const QString& login, qint64 now) const;
    Result<ChallengeRecord> checkChallenge(const QString& id, const QString& code, const QString& purpose);
    void sendCode(const ChallengeRecord& c, const QString& code, qint64 now);

    const Database& m_db;
    NotificationOutbox& m_outbox;
    UserStore m_users;
    SessionStore m_sessions;
    ChallengeStore m_challenges;
    LoginThrottle m_throttle;
};

} // namespace mygas::server
