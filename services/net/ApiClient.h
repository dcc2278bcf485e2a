#pragma once

#include "models/core/ApiTypes.h"
#include "models/core/Error.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace mygas {

// JSON over HTTPS to the provider API. Trusts the system CAs plus an extra CA
// file; a certificate error fails the request (never ignored). Maps the error
// envelope, network failures and TLS failures to mygas::Error. Requests made
// with a bearer token that answer 401 refresh the token pair once and retry.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QJsonDocument>&)>;

    explicit ApiClient(QObject* parent = nullptr);

    void setBaseUrl(const QUrl& serverUrl); // https://host:port, without /api/v1
    QUrl baseUrl() const { return m_baseUrl; }
    bool hasBaseUrl() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    QUrl apiUrl(const QString& path) const;

    // Adds the certificates of a PEM file to the trusted CAs; false if none could be read.
    bool addCaFile(const QString& pemFile);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCa; }
    void setTransferTimeout(int msec) { m_timeoutMs = msec; }

    void setTokens(const Tokens& tokens) { m_tokens = tokens; }
    const Tokens& tokens() const { return m_tokens; }
    void clearTokens() { m_tokens = Tokens{}; }

    // The callback runs only while context is alive.
    void get(const QString& path, QObject* context, Callback callback);
    void post(const QString& path, const QJsonObject& body, QObject* context, Callback callback);
    // A POST that creates something: the same key and body make the server
    // answer as it did the first time instead of creating it again, so a
    // resend after a lost answer is safe.
    void postIdempotent(const QString& path, const QJsonObject& body, const QString& idempotencyKey, QObject* context,
                        Callback callback);
    void patch(const QString& path, const QJsonObject& body, QObject* context, Callback callback);
    void put(const QString& path, const QJsonObject& body, QObject* context, Callback callback);
    // PUT of raw bytes (application/octet-stream): a part of an uploaded file.
    void putBytes(const QString& path, const QByteArray& bytes, QObject* context, Callback callback);
    void remove(const QString& path, QObject* context, Callback callback); // DELETE
    // GET of raw bytes (a part of a downloaded file).
    using BytesCallback = std::function<void(const Result<QByteArray>&)>;
    void getBytes(const QString& path, QObject* context, BytesCallback callback);
    // Without the bearer token, and never retried after a refresh (auth endpoints).
    void postPublic(const QString& path, const QJsonObject& body, QObject* context, Callback callback);
    // POST /auth/refresh with this refresh token, once at a time: a caller
    // asking while the same token is already being exchanged gets that
    // exchange's answer, since sending a refresh token twice reads to the
    // server as a replay. The caller keeps the tokens it gets.
    void exchangeRefreshToken(const QString& refreshToken, QObject* context, Callback callback);

signals:
    // The server rotated the token pair (the new refresh token must be kept).
    void tokensRefreshed(const mygas::Tokens& tokens);
    // A refresh was refused: the session is over.
    void sessionExpired(const mygas::Error& error);

private:
    struct Call
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        bool authenticated = true;
        bool retried = false;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        QByteArray idempotencyKey;
        QString accessToken; // the one it was sent with
        QByteArray contentType = QByteArrayLiteral("application/json");
        BytesCallback bytesCallback = {}; // a raw answer: given as it came
    };

    void send(Call call);
    void onFinished(QNetworkReply* reply, Call call, bool tlsFailed);
    void refreshAndRetry(Call call, const Error& original);
    void finish(const Call& call, const Result<QJsonDocument>& result);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_extraCa;
    Tokens m_tokens;
    int m_timeoutMs = 30000;
    bool m_refreshing = false;
    QList<Call> m_waitingForRefresh;
    // Exchanges under way, by refresh token: the callers waiting for each.
    QHash<QString, QList<Call>> m_exchanges;
};

} // namespace mygas
