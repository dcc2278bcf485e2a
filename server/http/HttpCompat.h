#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QSslConfiguration;

// The few QtHttpServer calls whose form changed in Qt 6.8 (headers became
// QHttpHeaders; listening moved to QTcpServer/QSslServer plus bind()). The
// rest of the server calls these and builds on Qt 6.4 and on newer Qt 6.
namespace mygas::server {
struct EdgeLimits;
}

namespace mygas::server::compat {

void addHeader(QHttpServerResponse& response, const QByteArray& name, const QByteArray& value);
bool hasHeader(const QHttpServerResponse& response, const QByteArray& name);
// Runs after every route handler on the answer it returned.
void afterRequest(QHttpServer& server,
                  const std::function<void(QHttpServerResponse&, const QHttpServerRequest&)>& handler);
// A request header, name matched case-insensitively; empty when absent.
QByteArray header(const QHttpServerRequest& request, QByteArrayView name);
// Answers every request no route matched with this JSON body and 404.
void setNotFoundBody(QHttpServer& server, const QByteArray& body);
// Listens through the network edge (edge/EdgeServer), with TLS when tls is
// given; returns the port, 0 on failure.
quint16 listen(QHttpServer& server, const QHostAddress& address, quint16 port,
               const std::optional<QSslConfiguration>& tls, const EdgeLimits& limits);

// What a route handler that answers later receives: Qt 6.4 hands the
// responder over by rvalue, Qt 6.8 by reference.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using ResponderArg = QHttpServerResponder&;
#else
using ResponderArg = QHttpServerResponder&&;
#endif

// An answer given after the route handler has returned (the readings are
// answered once the transaction that holds them is committed). The client
// may have gone meanwhile: then send() writes nothing.
class LaterReply
{
public:
    using Finisher = std::function<void(QHttpServerResponse&, const QString& path)>;

    LaterReply(const QHttpServerRequest& request, QHttpServerResponder& responder);
    LaterReply(LaterReply&&) = default;
    // Adds the server's after-request headers: the router's after-request
    // handlers do not see answers given later. Set once, at start.
    static void setFinisher(Finisher finisher);
    void send(QHttpServerResponse response);

private:
    QString m_path;
    std::optional<QHttpServerResponder> m_responder;
    // Qt 6.4's responder keeps a bare socket pointer; this one notices the
    // connection being deleted before the answer is ready.
    QPointer<QTcpSocket> m_socket;
};

} // namespace mygas::server::compat
