#include "server/http/HttpUtil.h"

#include "models/auth/AuthRules.h"
#include "models/core/ApiPaths.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/http/HttpCompat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace mygas::server::http {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
} // namespace

QHttpServerResponse json(const QJsonObject& body, Status status)
{
    return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse json(const QJsonArray& body, Status status)
{
    return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse jsonBytes(const QByteArray& bytes, Status status)
{
    return QHttpServerResponse(kJson, bytes, status);
}

QHttpServerResponse error(const Error& e)
{
    QHttpServerResponse r = json(errorToJson(e), Status(e.httpStatus ? e.httpStatus : 500));
    if (e.retryAfterSec > 0)
        compat::addHeader(r, QByteArrayLiteral("Retry-After"), QByteArray::number(e.retryAfterSec));
    return r;
}

QHttpServerResponse error(const char* code, int status, const QString& field)
{
    return error(makeError(code, field, status));
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(Status::NoContent);
}

void addSecurityHeaders(QHttpServerResponse& response, const QString& path, bool tls)
{
    const auto set = [&response](const QByteArray& name, const QByteArray& value) {
        if (!compat::hasHeader(response, name))
            compat::addHeader(response, name, value);
    };
    set(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    set(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    const bool page = path.startsWith(QLatin1String("/acquirer/")) || path == QLatin1String(api::kPaymentReturnPath);
    if (page || path.startsWith(QLatin1String("/api/")))
        set(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    if (page) {
        // The pages have no script, one inline style sheet, and forms that
        // post to the same server.
        set(QByteArrayLiteral("Content-Security-Policy"),
            QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                              "frame-ancestors 'none'; base-uri 'none'"));
        set(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    }
    if (tls)
        set(QByteArrayLiteral("Strict-Transport-Security"), QByteArrayLiteral("max-age=31536000"));
}

QByteArray header(const QHttpServerRequest& request, QByteArrayView name)
{
    return compat::header(request, name);
}

QString queryValue(const QHttpServerRequest& request, const char* name)
{
    return request.query().queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
}

namespace {
QList<QHostAddress>& trustedProxies()
{
    static QList<QHostAddress> proxies;
    return proxies;
}

bool trusted(const QHostAddress& a)
{
    for (const QHostAddress& p : trustedProxies()) {
        if (p.isEqual(a, QHostAddress::TolerantConversion))
            return true;
    }
    return false;
}
} // namespace

void setTrustedProxies(const QList<QHostAddress>& proxies)
{
    trustedProxies() = proxies;
}

QString clientAddress(const QHttpServerRequest& request)
{
    QHostAddress peer = request.remoteAddress();
    if (trusted(peer)) {
        // Each proxy appends the address it got the request from: read from
        // the right, past the trusted ones.
        const QList<QByteArray> hops = header(request, "x-forwarded-for").split(',');
        for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
            const QHostAddress hop(QString::fromLatin1(it->trimmed()));
            if (hop.isNull())
                break;
            peer = hop;
            if (!trusted(hop))
                break;
        }
    }
    bool ok = false;
    const QHostAddress v4(peer.toIPv4Address(&ok));
    return ok ? v4.toString() : peer.toString();
}

bool bodyTooLarge(const QHttpServerRequest& request)
{
    const QByteArray declared = header(request, "content-length");
    return request.body().size() > rules::kMaxBodyBytes ||
           (!declared.isEmpty() && declared.toLongLong() > rules::kMaxBodyBytes);
}

Result<QJsonObject> parseBody(const QHttpServerRequest& request)
{
    if (bodyTooLarge(request))
        return makeError(errc::BodyTooLarge, {}, 413);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(errc::InvalidJson, {}, 400);
    return doc.object();
}

StringFields readStrings(const QHttpServerRequest& request, std::initializer_list<const char*> names)
{
    StringFields b;
    const Result<QJsonObject> parsed = parseBody(request);
    if (!parsed.ok()) {
        b.failure.emplace(error(parsed.error()));
        return b;
    }
    Fields fields(parsed.value());
    for (const char* name : names)
        b.values.append(fields.string(name));
    if (!fields.ok())
        b.failure.emplace(error(fields.error()));
    return b;
}

QString Fields::string(const char* name)
{
    const QJsonValue v = m_object.value(QLatin1String(name));
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull() && ok())
        m_error = makeError(errc::FieldType, QString::fromLatin1(name), 400);
    return {};
}

} // namespace mygas::server::http
