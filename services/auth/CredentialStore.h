#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace mygas {

// Keeps the refresh token in the operating system's keychain (QtKeychain:
// Secret Service, Windows Credential Manager, macOS Keychain), never in a
// plain file. Entries are namespaced by server and login. The login of the
// last session per server is kept in QSettings (it is not a secret).
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Ok,
        NotFound,
        Unavailable, // no keychain backend or it refused: the user logs in again next time
    };
    Q_ENUM(Outcome)

    struct ReadResult
    {
        Outcome outcome = Outcome::NotFound;
        QString login;
        QString secret;
        QString detail;
    };

    using WriteCallback = std::function<void(Outcome, const QString& detail)>;
    using ReadCallback = std::function<void(const ReadResult&)>;

    explicit CredentialStore(QObject* parent = nullptr);

    static QString serviceName() { return QStringLiteral("mygas"); }
    static QString keyFor(const QString& server, const QString& login);

    // Callbacks run only while context (required) is alive.
    // The remembered session for a server: its login and refresh token.
    void readSession(const QString& server, QObject* context, ReadCallback callback);
    void writeSession(const QString& server, const QString& login, const QString& refreshToken, QObject* context,
                      WriteCallback callback);
    void forgetSession(const QString& server, const QString& login, QObject* context, WriteCallback callback);
    QString rememberedLogin(const QString& server) const;
    // Runs the event loop until every write and delete started here has
    // finished (or the time is up). Called before the app quits: a rotated
    // refresh token that never reached the keychain would be refused as a
    // reused one at the next start.
    bool waitForPendingWrites(int timeoutMs);
    int pendingWrites() const { return m_pendingWrites; }

signals:
    void writesSettled();

private:
    static QString settingsKey(const QString& server);
    void writeFinished();

    int m_pendingWrites = 0;
};

} // namespace mygas
