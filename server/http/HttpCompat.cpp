#include "server/http/HttpCompat.h"

#include "server/edge/EdgeServer.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslConfiguration>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace mygas::server::compat {

void addHeader(QHttpServerResponse& response, const QByteArray& name, const QByteArray& value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    response.setHeader(name, value);
#endif
}

bool hasHeader(const QHttpServerResponse& response, const QByteArray& name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return response.headers().contains(name);
#else
    return response.hasHeader(name);
#endif
}

void afterRequest(QHttpServer& server,
                  const std::function<void(QHttpServerResponse&, const QHttpServerRequest&)>& handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.addAfterRequestHandler(&server, [handler](const QHttpServerRequest& request, QHttpServerResponse& response) {
        handler(response, request);
    });
#else
    server.afterRequest([handler](QHttpServerResponse&& response, const QHttpServerRequest& request) {
        handler(response, request);
        return std::move(response);
    });
#endif
}

QByteArray header(const QHttpServerRequest& request, QByteArrayView name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray();
#else
    const auto headers = request.headers();
    for (const auto& h : headers) {
        if (h.first.size() == name.size() && qstrnicmp(h.first.constData(), name.data(), size_t(name.size())) == 0)
            return h.second;
    }
    return {};
#endif
}

void setNotFoundBody(QHttpServer& server, const QByteArray& body)
{
    const QByteArray mime = QByteArrayLiteral("application/json");
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server.setMissingHandler(&server, [body, mime](const QHttpServerRequest&, QHttpServerResponder& responder) {
        responder.write(body, mime, QHttpServerResponder::StatusCode::NotFound);
    });
#else
    server.setMissingHandler([body, mime](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        responder.write(body, mime, QHttpServerResponder::StatusCode::NotFound);
    });
#endif
}

quint16 listen(QHttpServer& server, const QHostAddress& address, quint16 port,
               const std::optional<QSslConfiguration>& tls, const EdgeLimits& limits)
{
    auto* edge = new EdgeServer(tls, limits, &server);
    if (!edge->listen(address, port)) {
        delete edge;
        return 0;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!server.bind(edge)) {
        delete edge;
        return 0;
    }
#else
    server.bind(edge);
#endif
    return edge->serverPort();
}

namespace {
LaterReply::Finisher& finisher()
{
    static LaterReply::Finisher f;
    return f;
}
} // namespace

void LaterReply::setFinisher(Finisher f)
{
    finisher() = std::move(f);
}

LaterReply::LaterReply(const QHttpServerRequest& request, QHttpServerResponder& responder)
    : m_path(request.url().path()), m_responder(std::in_place, std::move(responder))
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
      ,
      m_socket(m_responder->socket())
#endif
{
}

void LaterReply::send(QHttpServerResponse response)
{
    if (!m_responder)
        return;
    if (finisher())
        finisher()(response, m_path);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_responder->sendResponse(response);
#else
    if (m_socket && m_socket->isOpen())
        response.write(std::move(*m_responder));
#endif
    m_responder.reset();
}

} // namespace mygas::server::compat
