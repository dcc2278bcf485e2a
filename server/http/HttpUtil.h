#pragma once

#include "models/core/Error.h"
#include "server/http/HttpCompat.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace mygas::server::http {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse json(const QJsonObject& body, Status status = Status::Ok);
QHttpServerResponse json(const QJsonArray& body, Status status = Status::Ok);
// Pre-serialized JSON bytes (shared, not copied).
QHttpServerResponse jsonBytes(const QByteArray& bytes, Status status = Status::Ok);
// {"error": {...}} with the error's status and a Retry-After where it has one.
QHttpServerResponse error(const Error& e);
QHttpServerResponse error(const char* code, int status, const QString& field = {});
QHttpServerResponse noContent();
// The headers every answer of this server carries, by the path asked: no
// MIME sniffing and no referrer anywhere; no-store on the API (its answers
// hold personal data, codes, PINs and payment addresses); a strict
// Content-Security-Policy on the bank's pages and the return page; HSTS
// when the server speaks TLS itself.
void addSecurityHeaders(QHttpServerResponse& response, const QString& path, bool tls);

// A request header, name matched case-insensitively.
QByteArray header(const QHttpServerRequest& request, QByteArrayView name);

// A query parameter, decoded and trimmed; empty when absent.
QString queryValue(const QHttpServerRequest& request, const char* name);
// The client's address, for limits counted per address: the connection's
// peer or, when the peer is a trusted proxy (--trusted-proxy), the nearest
// address in X-Forwarded-For that is not one. Never taken from a header an
// untrusted peer sent.
QString clientAddress(const QHttpServerRequest& request);
void setTrustedProxies(const QList<QHostAddress>& proxies);

// True when the body is over rules::kMaxBodyBytes, as declared or as received.
bool bodyTooLarge(const QHttpServerRequest& request);

// Wraps a route handler so that an oversized body is refused with 413 before
// the handler runs, whatever the method (a GET or a logout included).
template <typename Handler> auto limited(Handler handler)
{
    return [handler = std::move(handler)](const QHttpServerRequest& request) -> QHttpServerResponse {
        if (bodyTooLarge(request))
            return error("body_too_large", 413);
        return handler(request);
    };
}

// The same for routes with one or two path arguments (/accounts/<arg>/…).
template <typename Handler> auto limitedArg(Handler handler)
{
    return
        [handler = std::move(handler)](const QString& arg, const QHttpServerRequest& request) -> QHttpServerResponse {
            if (bodyTooLarge(request))
                return error("body_too_large", 413);
            return handler(arg, request);
        };
}
template <typename Handler> auto limitedArgs(Handler handler)
{
    return [handler = std::move(handler)](const QString& first, const QString& second,
                                          const QHttpServerRequest& request) -> QHttpServerResponse {
        if (bodyTooLarge(request))
            return error("body_too_large", 413);
        return handler(first, second, request);
    };
}

// A route with one path argument that answers later (compat::LaterReply):
// 413 for a body over the limit, else the handler gets the reply to send.
template <typename Handler> auto limitedLaterArg(Handler handler)
{
    return [handler = std::move(handler)](const QString& arg, const QHttpServerRequest& request,
                                          compat::ResponderArg responder) {
        compat::LaterReply reply(request, responder);
        if (bodyTooLarge(request))
            reply.send(error("body_too_large", 413));
        else
            handler(arg, request, std::move(reply));
    };
}

// The request's JSON object: 413 over rules::kMaxBodyBytes, 400 invalid_json otherwise.
Result<QJsonObject> parseBody(const QHttpServerRequest& request);

// The listed string fields of a JSON body, in order, or the response that refuses it.
struct StringFields
{
    QStringList values;
    std::optional<QHttpServerResponse> failure;
};
StringFields readStrings(const QHttpServerRequest& request, std::initializer_list<const char*> names);

// Reads an optional string field; a present non-string value is 400 field_type.
class Fields
{
public:
    explicit Fields(const QJsonObject& o) : m_object(o) {}
    QString string(const char* name);
    bool ok() const { return m_error.code.isEmpty(); }
    const Error& error() const { return m_error; }

private:
    QJsonObject m_object;
    Error m_error;
};

} // namespace mygas::server::http
