#include "server/auth/AuthHandlers.h"

#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "server/auth/AuthService.h"
#include "server/auth/PasswordHasher.h"
#include "server/http/HttpCompat.h"
#include "server/http/HttpUtil.h"

namespace mygas::server {

namespace {
using Method = QHttpServerRequest::Method;

QHttpServerResponse signedIn(const SignedIn& s, http::Status status)
{
    QJsonObject o = s.tokens.toJson();
    o.insert(QStringLiteral("user"), s.user.toJson());
    QHttpServerResponse r = http::json(o, status);
    compat::addHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse challenge(const Result<Challenge>& c)
{
    return c.ok() ? http::json(c.value().toJson(), http::Status::Accepted) : http::error(c.error());
}

// The hashing queue is full: the client tries again in a moment.
QHttpServerResponse busy()
{
    Error e = makeError(errc::ServerBusy, {}, 503);
    e.retryAfterSec = 1;
    return http::error(e);
}

} // namespace

AuthHandlers::AuthHandlers(AuthService& auth, PasswordHasher& hasher, std::function<void()> beforeRequest)
    : m_auth(auth), m_hasher(hasher), m_beforeRequest(std::move(beforeRequest))
{
}

void AuthHandlers::registerRoutes(QHttpServer& server)
{
    auto post = [&](const char* path, QHttpServerResponse (AuthHandlers::*fn)(const QHttpServerRequest&)) {
        server.route(QString::fromLatin1(path), Method::Post,
                     http::limited([this, fn](const QHttpServerRequest& request) {
                         m_beforeRequest();
                         return (this->*fn)(request);
                     }));
    };
    auto get = [&](const char* path, QHttpServerResponse (AuthHandlers::*fn)(const QHttpServerRequest&)) {
        server.route(QString::fromLatin1(path), Method::Get,
                     http::limited([this, fn](const QHttpServerRequest& request) {
                         m_beforeRequest();
                         return (this->*fn)(request);
                     }));
    };
    auto postLater = [&](const char* path, void (AuthHandlers::*fn)(const QHttpServerRequest&, const Reply&)) {
        server.route(QString::fromLatin1(path), Method::Post,
                     [this, fn](const QHttpServerRequest& request, compat::ResponderArg responder) {
                         const Reply reply = std::make_shared<compat::LaterReply>(request, responder);
                         if (http::bodyTooLarge(request)) {
                             reply->send(http::error(errc::BodyTooLarge, 413));
                             return;
                         }
                         m_beforeRequest();
                         (this->*fn)(request, reply);
                     });
    };
    postLater("/api/v1/auth/register", &AuthHandlers::registerStart);
    post("/api/v1/auth/register/confirm", &AuthHandlers::registerConfirm);
    postLater("/api/v1/auth/login", &AuthHandlers::login);
    post("/api/v1/auth/refresh", &AuthHandlers::refresh);
    post("/api/v1/auth/logout", &AuthHandlers::logout);
    postLater("/api/v1/auth/recover", &AuthHandlers::recoverStart);
    post("/api/v1/auth/recover/confirm", &AuthHandlers::recoverConfirm);
    post("/api/v1/me/consent", &AuthHandlers::consent);
    get("/api/v1/me", &AuthHandlers::me);
    server.route(QStringLiteral("/api/v1/auth/challenges/<arg>/resend"), Method::Post,
                 [this](const QString& id, const QHttpServerRequest& request) {
                     if (http::bodyTooLarge(request))
                         return http::error(errc::BodyTooLarge, 413);
                     m_beforeRequest();
                     return resend(id);
                 });
}

void AuthHandlers::issueChallenge(const ChallengeRequest& request, const QString& password, const Reply& reply)
{
    const bool queued = m_hasher.hash(password, [this, request, reply](const QString& hash) {
        m_beforeRequest();
        reply->send(challenge(m_auth.issueChallenge(request, hash)));
    });
    if (!queued)
        reply->send(busy());
}

void AuthHandlers::registerStart(const QHttpServerRequest& request, const Reply& reply)
{
    http::StringFields b = http::readStrings(request, {"login", "password"});
    if (b.failure)
        return reply->send(std::move(*b.failure));
    const Result<ChallengeRequest> r = m_auth.beginRegistration(b.values[0], b.values[1], http::clientAddress(request));
    if (!r.ok())
        return reply->send(http::error(r.error()));
    issueChallenge(r.value(), b.values[1], reply);
}

QHttpServerResponse AuthHandlers::registerConfirm(const QHttpServerRequest& request)
{
    http::StringFields b = http::readStrings(request, {"challenge_id", "code"});
    if (b.failure)
        return std::move(*b.failure);
    const Result<SignedIn> s = m_auth.confirmRegistration(b.values[0], b.values[1]);
    return s.ok() ? signedIn(s.value(), http::Status::Created) : http::error(s.error());
}

QHttpServerResponse AuthHandlers::resend(const QString& challengeId)
{
    return challenge(m_auth.resend(challengeId));
}

void AuthHandlers::login(const QHttpServerRequest& request, const Reply& reply)
{
    http::StringFields b = http::readStrings(request, {"login", "password"});
    if (b.failure)
        return reply->send(std::move(*b.failure));
    const Result<LoginAttempt> attempt = m_auth.beginLogin(b.values[0], b.values[1], http::clientAddress(request));
    if (!attempt.ok())
        return reply->send(http::error(attempt.error()));
    const LoginAttempt a = attempt.value();
    const bool queued = m_hasher.verify(a.passwordHash, b.values[1], [this, a, reply](bool ok) {
        m_beforeRequest();
        const Result<SignedIn> s = m_auth.finishLogin(a, ok);
        reply->send(s.ok() ? signedIn(s.value(), http::Status::Ok) : http::error(s.error()));
    });
    if (!queued)
        reply->send(busy());
}

QHttpServerResponse AuthHandlers::refresh(const QHttpServerRequest& request)
{
    http::StringFields b = http::readStrings(request, {"refresh_token"});
    if (b.failure)
        return std::move(*b.failure);
    const Result<Tokens> t = m_auth.refresh(b.values[0]);
    if (!t.ok())
        return http::error(t.error());
    QHttpServerResponse r = http::json(t.value().toJson());
    compat::addHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse AuthHandlers::logout(const QHttpServerRequest& request)
{
    const Result<SessionRef> s = m_auth.authenticate(QString::fromLatin1(http::header(request, "authorization")));
    if (!s.ok())
        return http::error(s.error());
    const Status done = m_auth.logout(s.value());
    return done.ok() ? http::noContent() : http::error(done.error());
}

void AuthHandlers::recoverStart(const QHttpServerRequest& request, const Reply& reply)
{
    http::StringFields b = http::readStrings(request, {"login", "new_password"});
    if (b.failure)
        return reply->send(std::move(*b.failure));
    const Result<ChallengeRequest> r = m_auth.beginRecovery(b.values[0], b.values[1], http::clientAddress(request));
    if (!r.ok())
        return reply->send(http::error(r.error()));
    issueChallenge(r.value(), b.values[1], reply);
}

QHttpServerResponse AuthHandlers::recoverConfirm(const QHttpServerRequest& request)
{
    http::StringFields b = http::readStrings(request, {"challenge_id", "code"});
    if (b.failure)
        return std::move(*b.failure);
    const Result<SignedIn> s = m_auth.confirmRecovery(b.values[0], b.values[1]);
    return s.ok() ? signedIn(s.value(), http::Status::Ok) : http::error(s.error());
}

QHttpServerResponse AuthHandlers::me(const QHttpServerRequest& request)
{
    const Result<SessionRef> s = m_auth.authenticate(QString::fromLatin1(http::header(request, "authorization")));
    if (!s.ok())
        return http::error(s.error());
    const std::optional<UserRecord> user = m_auth.users().findById(s.value().userId);
    if (!user)
        return http::error(errc::TokenInvalid, 401);
    return http::json(user->user.toJson());
}

QHttpServerResponse AuthHandlers::consent(const QHttpServerRequest& request)
{
    const Result<SessionRef> s = m_auth.authenticate(QString::fromLatin1(http::header(request, "authorization")));
    if (!s.ok())
        return http::error(s.error());
    http::StringFields b = http::readStrings(request, {"version"});
    if (b.failure)
        return std::move(*b.failure);
    if (b.values[0] != QLatin1String(rules::kConsentVersion))
        return http::error(errc::ConsentVersionInvalid, 400, QStringLiteral("version"));
    if (!m_auth.users().setConsent(s.value().userId, b.values[0], Clock::now().toSecsSinceEpoch()))
        return http::error(errc::Internal, 500);
    return http::noContent();
}

} // namespace mygas::server
