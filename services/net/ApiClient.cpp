#include "services/net/ApiClient.h"

#include "models/core/ErrorCatalog.h"
#include "services/core/Logging.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <memory>
#include <utility>

namespace mygas {

namespace {

Error localError(const char* code)
{
    Error e;
    e.code = QString::fromLatin1(code);
    e.message = errorMessage(e.code);
    return e;
}

const char* networkErrorCode(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return errc::TlsError;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return errc::Timeout;
    default:
        return errc::NetworkUnreachable;
    }
}

} // namespace

ApiClient::ApiClient(QObject* parent) : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void ApiClient::setBaseUrl(const QUrl& serverUrl)
{
    m_baseUrl = serverUrl;
    m_baseUrl.setPath(QString());
}

QUrl ApiClient::apiUrl(const QString& path) const
{
    QUrl u = m_baseUrl;
    const int query = path.indexOf(QLatin1Char('?'));
    u.setPath(QStringLiteral("/api/v1") + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        u.setQuery(path.mid(query + 1));
    return u;
}

bool ApiClient::addCaFile(const QString& pemFile)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (certs.isEmpty()) {
        qCWarning(lcNet) << "no CA certificate could be read from" << pemFile;
        return false;
    }
    m_extraCa += certs;
    return true;
}

void ApiClient::get(const QString& path, QObject* context, Callback callback)
{
    send({"GET", path, {}, true, false, context, context != nullptr, std::move(callback)});
}

void ApiClient::post(const QString& path, const QJsonObject& body, QObject* context, Callback callback)
{
    send({"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, false, context, context != nullptr,
          std::move(callback)});
}

void ApiClient::postIdempotent(const QString& path, const QJsonObject& body, const QString& idempotencyKey,
                               QObject* context, Callback callback)
{
    Call call{"POST",
              path,
              QJsonDocument(body).toJson(QJsonDocument::Compact),
              true,
              false,
              context,
              context != nullptr,
              std::move(callback)};
    call.idempotencyKey = idempotencyKey.toUtf8();
    send(std::move(call));
}

void ApiClient::patch(const QString& path, const QJsonObject& body, QObject* context, Callback callback)
{
    send({"PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, false, context, context != nullptr,
          std::move(callback)});
}

void ApiClient::put(const QString& path, const QJsonObject& body, QObject* context, Callback callback)
{
    send({"PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, false, context, context != nullptr,
          std::move(callback)});
}

void ApiClient::putBytes(const QString& path, const QByteArray& bytes, QObject* context, Callback callback)
{
    Call call{"PUT", path, bytes, true, false, context, context != nullptr, std::move(callback)};
    call.contentType = QByteArrayLiteral("application/octet-stream");
    send(std::move(call));
}

void ApiClient::getBytes(const QString& path, QObject* context, BytesCallback callback)
{
    Call call{"GET", path, {}, true, false, context, context != nullptr, {}};
    call.bytesCallback = std::move(callback);
    send(std::move(call));
}

void ApiClient::remove(const QString& path, QObject* context, Callback callback)
{
    send({"DELETE", path, {}, true, false, context, context != nullptr, std::move(callback)});
}

void ApiClient::postPublic(const QString& path, const QJsonObject& body, QObject* context, Callback callback)
{
    send({"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), false, true, context, context != nullptr,
          std::move(callback)});
}

void ApiClient::send(Call call)
{
    if (!hasBaseUrl()) {
        finish(call, Result<QJsonDocument>(localError(errc::NetworkUnreachable)));
        return;
    }
    QNetworkRequest request(apiUrl(call.path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCa.isEmpty())
        tls.addCaCertificates(m_extraCa);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!call.body.isEmpty() || call.verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    call.accessToken = call.authenticated ? m_tokens.accessToken : QString();
    if (!call.accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + call.accessToken.toUtf8());
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey);

    QNetworkReply* reply = m_nam.sendCustomRequest(request, call.verb, call.body);
    auto tlsFailed = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::sslErrors, this, [tlsFailed](const QList<QSslError>& errors) {
        *tlsFailed = true;
        for (const QSslError& e : errors)
            qCWarning(lcNet) << "TLS error:" << e.errorString();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call, tlsFailed]() { onFinished(reply, call, *tlsFailed); });
}

void ApiClient::onFinished(QNetworkReply* reply, Call call, bool tlsFailed)
{
    reply->deleteLater();
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray data = reply->readAll();
    if (tlsFailed || !statusAttr.isValid()) {
        const char* code = tlsFailed ? errc::TlsError : networkErrorCode(reply->error());
        qCInfo(lcNet) << call.verb << call.path << "failed:" << code << reply->errorString();
        finish(call, Result<QJsonDocument>(localError(code)));
        return;
    }
    const int status = statusAttr.toInt();
    QJsonParseError parseError{};
    const QJsonDocument doc = data.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(data, &parseError);
    qCDebug(lcNet) << call.verb << call.path << status;
    if (status >= 200 && status < 300 && call.bytesCallback) {
        if (!call.hasContext || call.context)
            call.bytesCallback(data);
        return;
    }
    if (status >= 200 && status < 300) {
        if (!data.isEmpty() && parseError.error != QJsonParseError::NoError) {
            finish(call, Result<QJsonDocument>(localError(errc::BadResponse)));
            return;
        }
        finish(call, Result<QJsonDocument>(doc));
        return;
    }
    Error error = errorFromJson(doc.object(), status);
    if (error.code.isEmpty()) {
        error = localError(status >= 500 ? errc::Internal : errc::BadResponse);
        error.httpStatus = status;
    }
    error.message = messageFor(error);
    error.retryAfterSec = reply->rawHeader("Retry-After").toInt();
    if (status == 401 && call.authenticated && !call.retried && !m_tokens.refreshToken.isEmpty()) {
        // Sent before the pair was refreshed: the new access token is enough.
        if (!m_refreshing && call.accessToken != m_tokens.accessToken) {
            call.retried = true;
            send(std::move(call));
            return;
        }
        refreshAndRetry(std::move(call), error);
        return;
    }
    finish(call, Result<QJsonDocument>(error));
}

void ApiClient::refreshAndRetry(Call call, const Error& original)
{
    call.retried = true;
    m_waitingForRefresh.append(std::move(call));
    if (m_refreshing)
        return;
    m_refreshing = true;
    qCInfo(lcNet) << "access token refused; refreshing the session";
    exchangeRefreshToken(m_tokens.refreshToken, nullptr, [this, original](const Result<QJsonDocument>& r) {
        m_refreshing = false;
        const QList<Call> waiting = std::exchange(m_waitingForRefresh, {});
        if (!r.ok()) {
            if (!r.error().isNetwork() && r.error().code != QLatin1String(errc::TlsError)) {
                m_tokens = Tokens{};
                emit sessionExpired(r.error());
            }
            for (const Call& c : waiting)
                finish(c, Result<QJsonDocument>(r.error().isNetwork() ? r.error() : original));
            return;
        }
        m_tokens = Tokens::fromJson(r.value().object());
        emit tokensRefreshed(m_tokens);
        for (const Call& c : waiting)
            send(c);
    });
}

void ApiClient::exchangeRefreshToken(const QString& refreshToken, QObject* context, Callback callback)
{
    Call waiter;
    waiter.context = context;
    waiter.hasContext = context != nullptr;
    waiter.callback = std::move(callback);
    const bool underWay = m_exchanges.contains(refreshToken);
    m_exchanges[refreshToken].append(std::move(waiter));
    if (underWay)
        return;
    const QJsonObject body{{QStringLiteral("refresh_token"), refreshToken}};
    postPublic(QStringLiteral("/auth/refresh"), body, nullptr, [this, refreshToken](const Result<QJsonDocument>& r) {
        for (const Call& c : m_exchanges.take(refreshToken))
            finish(c, r);
    });
}

void ApiClient::finish(const Call& call, const Result<QJsonDocument>& result)
{
    if (call.hasContext && !call.context)
        return;
    if (call.callback)
        call.callback(result);
    if (call.bytesCallback && !result.ok())
        call.bytesCallback(result.error());
}

} // namespace mygas
