#pragma once

#include "models/core/ApiTypes.h"
#include "models/core/Error.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace mygas {

class ApiClient;
class CredentialStore;

// Registration, login, password recovery, consent, logout and the
// remembered session. Holds the current user and tokens; the refresh token
// is kept in the CredentialStore and rotated with every refresh.
class AuthService : public QObject
{
    Q_OBJECT
public:
    enum class ChallengeKind
    {
        Registration,
        Recovery,
    };
    Q_ENUM(ChallengeKind)

    enum class SignInKind
    {
        Registered,
        LoggedIn,
        Recovered,
        Restored,
    };
    Q_ENUM(SignInKind)

    enum class RestoreOutcome
    {
        NoSession, // nothing remembered: show the login window
        Restored,  // signed in again
        Expired,   // the server refused the remembered session; it was forgotten
        Failed,    // the server could not be asked (network, TLS): try again later
    };
    Q_ENUM(RestoreOutcome)

    // A code was sent and waits to be typed in.
    struct PendingChallenge
    {
        ChallengeKind kind = ChallengeKind::Registration;
        QString id;
        QString login;
        QDateTime expiresAt;
        QDateTime resendAt;
        bool isValid() const { return !id.isEmpty(); }
    };

    using StatusCallback = std::function<void(const Status&)>;
    using RestoreCallback = std::function<void(RestoreOutcome, const Error&)>;

    AuthService(ApiClient* api, CredentialStore* store, QObject* parent = nullptr);

    // Names the server in the keychain (its URL, or a stable name for the demo server).
    void setServerIdentity(const QString& identity) { m_serverIdentity = identity; }
    QString serverIdentity() const { return m_serverIdentity; }

    // Callbacks run only while context is alive.
    void registerUser(const QString& login, const QString& password, QObject* context, StatusCallback callback);
    void recover(const QString& login, const QString& newPassword, QObject* context, StatusCallback callback);
    void confirmCode(const QString& code, QObject* context, StatusCallback callback);
    void resendCode(QObject* context, StatusCallback callback);
    void login(const QString& login, const QString& password, QObject* context, StatusCallback callback);
    void acceptConsent(QObject* context, StatusCallback callback);
    void fetchMe(QObject* context, StatusCallback callback);
    void logout(QObject* context, StatusCallback callback);
    void restoreSession(QObject* context, RestoreCallback callback);
    // The login of the session remembered for this server (not a secret; the
    // token itself stays in the keychain), or "" when none.
    QString rememberedLogin() const;
    // Shows who is signed in before the remembered session is confirmed.
    void assumeRememberedUser(const QString& login);

    bool isSignedIn() const;
    const User& user() const { return m_user; }
    const PendingChallenge& pendingChallenge() const { return m_challenge; }

signals:
    void challengeStarted(mygas::AuthService::ChallengeKind kind);
    void signedIn(mygas::AuthService::SignInKind kind);
    void userChanged(const mygas::User& user);
    void signedOut();
    // restoreSession found a remembered session for this login and is now
    // asking the server: the main window may be shown at once.
    void sessionRemembered(const QString& login);
    // The keychain could not keep the session: the user logs in again next start.
    void credentialsNotSaved();

private:
    void startChallenge(ChallengeKind kind, const QString& path, const QString& login, const QString& password,
                        QObject* context, StatusCallback callback);
    void acceptSession(const QJsonObject& body, SignInKind kind);
    void saveRefreshToken();
    void dropSession();

    ApiClient* m_api;
    CredentialStore* m_store;
    QString m_serverIdentity;
    User m_user;
    PendingChallenge m_challenge;
};

} // namespace mygas
