#include "server/auth/AuthService.h"

#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/auth/RateWindow.h"
#include "server/notifications/NotificationOutbox.h"

#include <QHostAddress>

namespace mygas::server {

namespace {
const QString kRegister = QStringLiteral("register");
const QString kRecover = QStringLiteral("recover");

qint64 nowSec()
{
    return Clock::now().toSecsSinceEpoch();
}

Error err(const char* code, const QString& field, int status)
{
    return makeError(code, field, status);
}

// 429 with how many seconds to wait (Retry-After).
Error tooSoon(const char* code, qint64 waitSec)
{
    Error e = err(code, {}, 429);
    e.retryAfterSec = int(waitSec);
    return e;
}

Error fromRule(const QString& code, const QString& field)
{
    Error e = makeError(code.toLatin1().constData(), field, 400);
    return e;
}

QString codeHash(const QString& challengeId, const QString& code)
{
    return crypto::secretHash(challengeId + QLatin1Char(':') + code);
}
} // namespace

AuthService::AuthService(const Database& db, NotificationOutbox& outbox)
    : m_db(db), m_outbox(outbox), m_users(db), m_sessions(db), m_challenges(db), m_throttle(db)
{
}

void AuthService::sendCode(const ChallengeRecord& c, const QString& code, qint64 now)
{
    const bool reg = c.purpose == kRegister;
    const QString subject =
        reg ? QStringLiteral("Код подтверждения регистрации") : QStringLiteral("Код для восстановления пароля");
    const QString body = (reg ? QStringLiteral("Код подтверждения регистрации в ЛК «Мой газ»: %1. "
                                               "Код действует %2 секунд.")
                              : QStringLiteral("Код для восстановления пароля в ЛК «Мой газ»: %1. "
                                               "Код действует %2 секунд."))
                             .arg(code)
                             .arg(c.ttlSec);
    m_outbox.enqueue(c.login, subject, body, code, now);
}

qint64 AuthService::nextCodeAllowedAt(const QString& login, qint64 now) const
{
    qint64 next = 0;
    for (const auto& [window, cap] : {std::pair{3600, rules::kMaxCodesPerHour}, {24 * 3600, rules::kMaxCodesPerDay}})
        next = std::max(next, windowFreesAt(m_outbox.codeTimesSince(login, now - window), cap, window));
    return next;
}

Result<ChallengeRequest> AuthService::challengeRequest(const QString& purpose, const QString& login, int ttlSec) const
{
    // A fresh request must not bypass resend_after: otherwise anyone could
    // flood a phone or mailbox with codes by starting over and over.
    const qint64 now = nowSec();
    const qint64 next = std::max(m_challenges.nextSendAt(login, purpose), nextCodeAllowedAt(login, now));
    if (next > now)
        return tooSoon(errc::ResendTooEarly, next - now);
    return ChallengeRequest{purpose, login, ttlSec};
}

Result<Challenge> AuthService::issueChallenge(const ChallengeRequest& request, const QString& passwordHash)
{
    if (passwordHash.isEmpty())
        return err(errc::Internal, {}, 500);
    // Checked again: another request may have sent a code while this
    // password was being hashed.
    if (const Result<ChallengeRequest> again = challengeRequest(request.purpose, request.login, request.ttlSec);
        !again.ok())
        return again.error();
    const qint64 now = nowSec();
    const QString code = crypto::randomCode();
    ChallengeRecord c;
    c.id = crypto::randomId();
    c.purpose = request.purpose;
    c.login = request.login;
    c.passwordHash = passwordHash;
    c.codeHash = codeHash(c.id, code);
    c.ttlSec = request.ttlSec;
    c.expiresAt = now + request.ttlSec;
    c.resendAt = now + request.ttlSec;
    Transaction tx(m_db);
    if (!m_challenges.create(c, now))
        return err(errc::Internal, {}, 500);
    sendCode(c, code, now);
    if (!tx.commit())
        return err(errc::Internal, {}, 500);
    qCInfo(lcAuth) << request.purpose << "code sent to" << request.login;
    return Challenge{c.id, request.ttlSec, request.ttlSec};
}

Result<ChallengeRecord> AuthService::checkChallenge(const QString& id, const QString& code, const QString& purpose)
{
    if (id.isEmpty())
        return err(errc::ChallengeNotFound, QStringLiteral("challenge_id"), 404);
    if (const QString e = rules::checkCode(code); !e.isEmpty())
        return fromRule(e, QStringLiteral("code"));
    const std::optional<ChallengeRecord> c = m_challenges.find(id);
    if (!c || c->purpose != purpose || c->used)
        return err(errc::ChallengeNotFound, QStringLiteral("challenge_id"), 404);
    if (c->wrongCodes >= rules::kMaxWrongCodes)
        return err(errc::ChallengeLocked, QStringLiteral("code"), 410);
    if (nowSec() > c->expiresAt)
        return err(errc::CodeExpired, QStringLiteral("code"), 410);
    if (!crypto::equalHashes(c->codeHash, codeHash(id, code.trimmed()))) {
        const int wrong = m_challenges.addWrongCode(id);
        qCInfo(lcAuth) << "wrong code for challenge of" << c->login << "count" << wrong;
        if (wrong >= rules::kMaxWrongCodes)
            return err(errc::ChallengeLocked, QStringLiteral("code"), 410);
        return err(errc::CodeInvalid, QStringLiteral("code"), 400);
    }
    return *c;
}

std::optional<Error> AuthService::countStart(const QString& address) const
{
    // A client on this machine, or a proxy not listed with --trusted-proxy,
    // stands for everyone behind it: it is not limited per address.
    if (address.isEmpty() || QHostAddress(address).isLoopback())
        return std::nullopt;
    const qint64 now = nowSec();
    if (const int wait = m_throttle.startRetryAfter(address, now); wait > 0)
        return tooSoon(errc::TooManyAttempts, wait);
    // Uncounted, a start would escape the limit: refused instead.
    if (!m_throttle.recordStart(address, now))
        return err(errc::Internal, {}, 500);
    return std::nullopt;
}

Result<ChallengeRequest> AuthService::beginRegistration(const QString& login, const QString& password,
                                                        const QString& address) const
{
    if (const QString e = rules::checkLogin(login); !e.isEmpty())
        return fromRule(e, QStringLiteral("login"));
    if (const QString e = rules::checkPassword(password); !e.isEmpty())
        return fromRule(e, QStringLiteral("password"));
    if (const std::optional<Error> e = countStart(address))
        return *e;
    const QString normalized = rules::normalizeLogin(login).value;
    if (m_users.exists(normalized))
        return err(errc::LoginTaken, QStringLiteral("login"), 409);
    return challengeRequest(kRegister, normalized, rules::kRegistrationCodeTtlSec);
}

Result<Challenge> AuthService::startRegistration(const QString& login, const QString& password)
{
    const Result<ChallengeRequest> r = beginRegistration(login, password);
    return r.ok() ? issueChallenge(r.value(), crypto::hashPassword(password)) : r.error();
}

Result<SignedIn> AuthService::confirmRegistration(const QString& challengeId, const QString& code)
{
    const Result<ChallengeRecord> c = checkChallenge(challengeId, code, kRegister);
    if (!c.ok())
        return c.error();
    const qint64 now = nowSec();
    Transaction tx(m_db);
    if (m_users.exists(c.value().login))
        return err(errc::LoginTaken, QStringLiteral("login"), 409);
    if (!m_challenges.markUsed(challengeId, now))
        return err(errc::ChallengeNotFound, QStringLiteral("challenge_id"), 404);
    const qint64 userId = m_users.create(c.value().login, c.value().passwordHash, now);
    if (userId == 0)
        return err(errc::Internal, {}, 500);
    Result<Tokens> tokens = m_sessions.create(userId, now);
    if (!tokens.ok() || !tx.commit())
        return err(errc::Internal, {}, 500);
    qCInfo(lcAuth) << "registered" << c.value().login;
    return SignedIn{tokens.value(), m_users.findById(userId).value_or(UserRecord{}).user};
}

Result<Challenge> AuthService::resend(const QString& challengeId)
{
    const std::optional<ChallengeRecord> c = m_challenges.find(challengeId);
    if (!c || c->used)
        return err(errc::ChallengeNotFound, QStringLiteral("challenge_id"), 404);
    // A new code does not forgive the wrong ones: the person starts again.
    if (c->wrongCodes >= rules::kMaxWrongCodes)
        return err(errc::ChallengeLocked, QStringLiteral("code"), 410);
    const qint64 now = nowSec();
    if (const qint64 next = std::max(c->resendAt, nextCodeAllowedAt(c->login, now)); now < next)
        return tooSoon(errc::ResendTooEarly, next - now);
    const QString code = crypto::randomCode();
    ChallengeRecord renewed = *c;
    renewed.expiresAt = now + c->ttlSec;
    renewed.resendAt = now + c->ttlSec;
    Transaction tx(m_db);
    if (!m_challenges.renew(c->id, codeHash(c->id, code), renewed.expiresAt, renewed.resendAt))
        return err(errc::ChallengeNotFound, QStringLiteral("challenge_id"), 404);
    sendCode(renewed, code, now);
    if (!tx.commit())
        return err(errc::Internal, {}, 500);
    return Challenge{c->id, c->ttlSec, c->ttlSec};
}

Result<LoginAttempt> AuthService::beginLogin(const QString& login, const QString& password, const QString& address)
{
    if (const QString e = rules::checkLogin(login); !e.isEmpty())
        return fromRule(e, QStringLiteral("login"));
    if (password.isEmpty())
        return err(errc::PasswordRequired, QStringLiteral("password"), 400);
    LoginAttempt a;
    a.login = rules::normalizeLogin(login).value;
    a.address = address;
    const qint64 now = nowSec();
    if (const int wait = m_throttle.retryAfter(a.login, address, now); wait > 0)
        return tooSoon(errc::TooManyAttempts, wait);
    // Counted as a failure until the password proves right: attempts made
    // at once while one is being checked see each other.
    if (!m_throttle.recordFailure(a.login, address, now))
        return err(errc::Internal, {}, 500);
    a.user = m_users.findByLogin(a.login);
    if (a.user)
        a.passwordHash = a.user->passwordHash;
    return a;
}

Result<SignedIn> AuthService::finishLogin(const LoginAttempt& attempt, bool passwordOk)
{
    if (!passwordOk || !attempt.user)
        return err(errc::InvalidCredentials, {}, 401);
    m_throttle.clear(attempt.login, attempt.address);
    const qint64 now = nowSec();
    Transaction tx(m_db);
    Result<Tokens> tokens = m_sessions.create(attempt.user->user.id, now);
    if (!tokens.ok() || !tx.commit())
        return err(errc::Internal, {}, 500);
    return SignedIn{tokens.value(), attempt.user->user};
}

Result<SignedIn> AuthService::login(const QString& login, const QString& password)
{
    const Result<LoginAttempt> a = beginLogin(login, password);
    if (!a.ok())
        return a.error();
    bool ok = false;
    if (a.value().user)
        ok = crypto::verifyPassword(a.value().passwordHash, password);
    else
        crypto::dummyVerify(password);
    return finishLogin(a.value(), ok);
}

Result<Tokens> AuthService::refresh(const QString& refreshToken)
{
    return m_sessions.rotate(refreshToken, nowSec());
}

Status AuthService::logout(const SessionRef& session)
{
    if (!m_sessions.revoke(session.sessionId, nowSec()))
        return err(errc::Internal, {}, 500);
    return Done{};
}

Result<ChallengeRequest> AuthService::beginRecovery(const QString& login, const QString& newPassword,
                                                    const QString& address) const
{
    if (const QString e = rules::checkLogin(login); !e.isEmpty())
        return fromRule(e, QStringLiteral("login"));
    if (const QString e = rules::checkPassword(newPassword); !e.isEmpty())
        return fromRule(e, QStringLiteral("new_password"));
    if (const std::optional<Error> e = countStart(address))
        return *e;
    const QString normalized = rules::normalizeLogin(login).value;
    if (!m_users.exists(normalized))
        return err(errc::UserNotFound, QStringLiteral("login"), 404);
    return challengeRequest(kRecover, normalized, rules::kRecoveryCodeTtlSec);
}

Result<Challenge> AuthService::startRecovery(const QString& login, const QString& newPassword)
{
    const Result<ChallengeRequest> r = beginRecovery(login, newPassword);
    return r.ok() ? issueChallenge(r.value(), crypto::hashPassword(newPassword)) : r.error();
}

Result<SignedIn> AuthService::confirmRecovery(const QString& challengeId, const QString& code)
{
    const Result<ChallengeRecord> c = checkChallenge(challengeId, code, kRecover);
    if (!c.ok())
        return c.error();
    const std::optional<UserRecord> user = m_users.findByLogin(c.value().login);
    if (!user)
        return err(errc::UserNotFound, QStringLiteral("login"), 404);
    const qint64 now = nowSec();
    Transaction tx(m_db);
    if (!m_challenges.markUsed(challengeId, now))
        return err(errc::ChallengeNotFound, QStringLiteral("challenge_id"), 404);
    if (!m_users.setPasswordHash(user->user.id, c.value().passwordHash) ||
        !m_sessions.revokeAllOf(user->user.id, 0, now))
        return err(errc::Internal, {}, 500);
    Result<Tokens> tokens = m_sessions.create(user->user.id, now);
    if (!tokens.ok() || !tx.commit())
        return err(errc::Internal, {}, 500);
    m_throttle.clear(user->user.login);
    qCInfo(lcAuth) << "password recovered for" << user->user.login;
    return SignedIn{tokens.value(), user->user};
}

QString AuthService::bearerToken(const QString& authorizationHeader)
{
    static const QLatin1String bearer("Bearer ");
    if (!authorizationHeader.startsWith(bearer, Qt::CaseInsensitive))
        return {};
    return authorizationHeader.mid(bearer.size()).trimmed();
}

Result<SessionRef> AuthService::authenticate(const QString& authorizationHeader) const
{
    const QString token = bearerToken(authorizationHeader);
    if (token.isEmpty())
        return err(errc::Unauthorized, {}, 401);
    return m_sessions.authenticate(token, nowSec());
}

} // namespace mygas::server
