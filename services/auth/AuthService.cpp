#include "services/auth/AuthService.h"

#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "services/auth/CredentialStore.h"
#include "services/core/Logging.h"
#include "services/net/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace mygas {

namespace {

using StatusCallback = AuthService::StatusCallback;

// Runs callback only while context is alive.
StatusCallback guarded(QObject* context, StatusCallback callback)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    return [hasContext, guard, callback](const Status& s) {
        if ((hasContext && !guard) || !callback)
            return;
        callback(s);
    };
}

Status failure(const Error& e)
{
    return Status(e);
}

Status ok()
{
    return Status(Done{});
}

} // namespace

AuthService::AuthService(ApiClient* api, CredentialStore* store, QObject* parent)
    : QObject(parent), m_api(api), m_store(store)
{
    connect(m_api, &ApiClient::tokensRefreshed, this, [this](const Tokens&) { saveRefreshToken(); });
    connect(m_api, &ApiClient::sessionExpired, this, [this](const Error& e) {
        qCInfo(lcAuth) << "session expired:" << e.code;
        dropSession();
    });
}

bool AuthService::isSignedIn() const
{
    return !m_api->tokens().refreshToken.isEmpty();
}

void AuthService::registerUser(const QString& login, const QString& password, QObject* context, StatusCallback callback)
{
    startChallenge(ChallengeKind::Registration, QStringLiteral("/auth/register"), login, password, context,
                   std::move(callback));
}

void AuthService::recover(const QString& login, const QString& newPassword, QObject* context, StatusCallback callback)
{
    startChallenge(ChallengeKind::Recovery, QStringLiteral("/auth/recover"), login, newPassword, context,
                   std::move(callback));
}

void AuthService::startChallenge(ChallengeKind kind, const QString& path, const QString& login, const QString& password,
                                 QObject* context, StatusCallback callback)
{
    const auto done = guarded(context, std::move(callback));
    const rules::Login normalized = rules::normalizeLogin(login);
    const QString loginValue = normalized.valid() ? normalized.value : login.trimmed();
    const QString passwordKey =
        kind == ChallengeKind::Registration ? QStringLiteral("password") : QStringLiteral("new_password");
    const QJsonObject body{{QStringLiteral("login"), loginValue}, {passwordKey, password}};
    m_api->postPublic(path, body, this, [this, kind, loginValue, done](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(failure(r.error()));
            return;
        }
        const Challenge c = Challenge::fromJson(r.value().object());
        const QDateTime now = Clock::now();
        m_challenge = PendingChallenge{kind, c.id, loginValue, now.addSecs(c.expiresIn), now.addSecs(c.resendAfter)};
        qCInfo(lcAuth) << "code sent for" << kind << "expires in" << c.expiresIn << "s";
        emit challengeStarted(kind);
        done(ok());
    });
}

void AuthService::resendCode(QObject* context, StatusCallback callback)
{
    const auto done = guarded(context, std::move(callback));
    if (!m_challenge.isValid()) {
        done(failure(makeError(errc::ChallengeNotFound)));
        return;
    }
    const QString path = QStringLiteral("/auth/challenges/%1/resend").arg(m_challenge.id);
    m_api->postPublic(path, {}, this, [this, done](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(failure(r.error()));
            return;
        }
        const Challenge c = Challenge::fromJson(r.value().object());
        const QDateTime now = Clock::now();
        if (!c.id.isEmpty())
            m_challenge.id = c.id;
        m_challenge.expiresAt = now.addSecs(c.expiresIn);
        m_challenge.resendAt = now.addSecs(c.resendAfter);
        emit challengeStarted(m_challenge.kind);
        done(ok());
    });
}

void AuthService::confirmCode(const QString& code, QObject* context, StatusCallback callback)
{
    const auto done = guarded(context, std::move(callback));
    if (!m_challenge.isValid()) {
        done(failure(makeError(errc::ChallengeNotFound)));
        return;
    }
    const bool registration = m_challenge.kind == ChallengeKind::Registration;
    const QString path =
        registration ? QStringLiteral("/auth/register/confirm") : QStringLiteral("/auth/recover/confirm");
    const QJsonObject body{{QStringLiteral("challenge_id"), m_challenge.id}, {QStringLiteral("code"), code.trimmed()}};
    m_api->postPublic(path, body, this, [this, registration, done](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(failure(r.error()));
            return;
        }
        m_challenge = PendingChallenge{};
        acceptSession(r.value().object(), registration ? SignInKind::Registered : SignInKind::Recovered);
        done(ok());
    });
}

void AuthService::login(const QString& login, const QString& password, QObject* context, StatusCallback callback)
{
    const auto done = guarded(context, std::move(callback));
    const rules::Login normalized = rules::normalizeLogin(login);
    const QJsonObject body{{QStringLiteral("login"), normalized.valid() ? normalized.value : login.trimmed()},
                           {QStringLiteral("password"), password}};
    m_api->postPublic(QStringLiteral("/auth/login"), body, this, [this, done](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(failure(r.error()));
            return;
        }
        acceptSession(r.value().object(), SignInKind::LoggedIn);
        done(ok());
    });
}

void AuthService::acceptSession(const QJsonObject& body, SignInKind kind)
{
    m_api->setTokens(Tokens::fromJson(body));
    m_user = User::fromJson(body.value(QStringLiteral("user")).toObject());
    qCInfo(lcAuth) << "signed in:" << kind;
    saveRefreshToken();
    emit userChanged(m_user);
    emit signedIn(kind);
}

void AuthService::saveRefreshToken()
{
    if (m_user.login.isEmpty() || m_api->tokens().refreshToken.isEmpty())
        return;
    m_store->writeSession(m_serverIdentity, m_user.login, m_api->tokens().refreshToken, this,
                          [this](CredentialStore::Outcome outcome, const QString&) {
                              if (outcome != CredentialStore::Outcome::Ok)
                                  emit credentialsNotSaved();
                          });
}

void AuthService::acceptConsent(QObject* context, StatusCallback callback)
{
    const auto done = guarded(context, std::move(callback));
    const QJsonObject body{{QStringLiteral("version"), QString::fromLatin1(rules::kConsentVersion)}};
    m_api->post(QStringLiteral("/me/consent"), body, this, [this, done](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(failure(r.error()));
            return;
        }
        m_user.consentVersion = QString::fromLatin1(rules::kConsentVersion);
        emit userChanged(m_user);
        done(ok());
    });
}

void AuthService::fetchMe(QObject* context, StatusCallback callback)
{
    const auto done = guarded(context, std::move(callback));
    m_api->get(QStringLiteral("/me"), this, [this, done](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            done(failure(r.error()));
            return;
        }
        m_user = User::fromJson(r.value().object());
        emit userChanged(m_user);
        done(ok());
    });
}

void AuthService::logout(QObject* context, StatusCallback callback)
{
    const auto done = guarded(context, std::move(callback));
    m_api->post(QStringLiteral("/auth/logout"), {}, this, [this, done](const Result<QJsonDocument>& r) {
        // The local session ends even when the server could not be told.
        if (!r.ok())
            qCWarning(lcAuth) << "logout not confirmed by the server:" << r.error().code;
        dropSession();
        done(r.ok() ? ok() : failure(r.error()));
    });
}

void AuthService::dropSession()
{
    const QString login = m_user.login;
    m_api->clearTokens();
    m_user = User{};
    if (!login.isEmpty())
        m_store->forgetSession(m_serverIdentity, login, this, {});
    emit signedOut();
}

QString AuthService::rememberedLogin() const
{
    return m_store->rememberedLogin(m_serverIdentity);
}

void AuthService::assumeRememberedUser(const QString& login)
{
    m_user = User{};
    m_user.login = login;
    emit userChanged(m_user);
}

void AuthService::restoreSession(QObject* context, RestoreCallback callback)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    auto done = [hasContext, guard, callback](RestoreOutcome o, const Error& e) {
        if ((hasContext && !guard) || !callback)
            return;
        callback(o, e);
    };
    m_store->readSession(m_serverIdentity, this, [this, done](const CredentialStore::ReadResult& stored) {
        if (stored.outcome != CredentialStore::Outcome::Ok) {
            done(RestoreOutcome::NoSession, Error{});
            return;
        }
        // A pair this process holds already is newer than the stored one
        // (whose rotated successor may still be on its way to the keychain).
        const QString refreshToken = m_api->tokens().refreshToken.isEmpty() || m_user.login != stored.login
                                         ? stored.secret
                                         : m_api->tokens().refreshToken;
        m_user.login = stored.login;
        emit userChanged(m_user);
        emit sessionRemembered(stored.login);
        m_api->exchangeRefreshToken(refreshToken, this, [this, stored, done](const Result<QJsonDocument>& r) {
            if (!r.ok()) {
                if (r.error().isNetwork() || r.error().code == QLatin1String(errc::TlsError)) {
                    done(RestoreOutcome::Failed, r.error());
                    return;
                }
                m_store->forgetSession(m_serverIdentity, stored.login, this, {});
                done(RestoreOutcome::Expired, r.error());
                return;
            }
            m_api->setTokens(Tokens::fromJson(r.value().object()));
            m_user.login = stored.login;
            saveRefreshToken();
            fetchMe(this, [this, done](const Status& s) {
                if (!s.ok()) {
                    done(RestoreOutcome::Failed, s.error());
                    return;
                }
                emit signedIn(SignInKind::Restored);
                done(RestoreOutcome::Restored, Error{});
            });
        });
    });
}

} // namespace mygas
