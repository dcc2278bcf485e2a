#pragma once

#include "server/http/HttpCompat.h"

#include <QHttpServer>

#include <functional>
#include <memory>

namespace mygas::server {

class AuthService;
class PasswordHasher;
struct ChallengeRequest;

// Routes under /api/v1/auth and /api/v1/me: registration, login, tokens,
// recovery, profile and consent.
class AuthHandlers
{
public:
    // beforeRequest runs first in every handler (the --clock-file refresh).
    AuthHandlers(AuthService& auth, PasswordHasher& hasher, std::function<void()> beforeRequest);
    void registerRoutes(QHttpServer& server);

private:
    // Answered once the password is hashed or checked off the serving thread.
    using Reply = std::shared_ptr<compat::LaterReply>;
    void registerStart(const QHttpServerRequest& request, const Reply& reply);
    void login(const QHttpServerRequest& request, const Reply& reply);
    void recoverStart(const QHttpServerRequest& request, const Reply& reply);
    void issueChallenge(const ChallengeRequest& request, const QString& password, const Reply& reply);
    QHttpServerResponse registerConfirm(const QHttpServerRequest& request);
    QHttpServerResponse resend(const QString& challengeId);
    QHttpServerResponse refresh(const QHttpServerRequest& request);
    QHttpServerResponse logout(const QHttpServerRequest& request);
    QHttpServerResponse recoverConfirm(const QHttpServerRequest& request);
    QHttpServerResponse me(const QHttpServerRequest& request);
    QHttpServerResponse consent(const QHttpServerRequest& request);

    AuthService& m_auth;
    PasswordHasher& m_hasher;
    std::function<void()> m_beforeRequest;
};

} // namespace mygas::server
