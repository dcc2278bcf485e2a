#pragma once

#include <QHttpServer>

#include <functional>

namespace mygas::server {

class AuthService;

// Routes under /api/v1/auth and /api/v1/me: registration, login, tokens,
// recovery, profile and consent.
class AuthHandlers
{
public:
    // beforeRequest runs first in every handler (the --clock-file refresh).
    AuthHandlers(AuthService& auth, std::function<void()> beforeRequest);
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse registerStart(const QHttpServerRequest& request);
    QHttpServerResponse registerConfirm(const QHttpServerRequest& request);
    QHttpServerResponse resend(const QString& challengeId);
    QHttpServerResponse login(const QHttpServerRequest& request);
    QHttpServerResponse refresh(const QHttpServerRequest& request);
    QHttpServerResponse logout(const QHttpServerRequest& request);
    QHttpServerResponse recoverStart(const QHttpServerRequest& request);
    QHttpServerResponse recoverConfirm(const QHttpServerRequest& request);
    QHttpServerResponse me(const QHttpServerRequest& request);
    QHttpServerResponse consent(const QHttpServerRequest& request);

    AuthService& m_auth;
    std::function<void()> m_beforeRequest;
};

} // namespace mygas::server
