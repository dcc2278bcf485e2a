#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>

#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QSslConfiguration;

// The few QtHttpServer calls whose form changed in Qt 6.8 (headers became
// QHttpHeaders; listening moved to QTcpServer/QSslServer plus bind()). The
// rest of the server calls these and builds on Qt 6.4 and on newer Qt 6.
namespace mygas::server::compat {

void addHeader(QHttpServerResponse& response, const QByteArray& name, const QByteArray& value);
// A request header, name matched case-insensitively; empty when absent.
QByteArray header(const QHttpServerRequest& request, QByteArrayView name);
// Answers every request no route matched with this JSON body and 404.
void setNotFoundBody(QHttpServer& server, const QByteArray& body);
// Listens with TLS when tls is given; returns the port, 0 on failure.
quint16 listen(QHttpServer& server, const QHostAddress& address, quint16 port,
               const std::optional<QSslConfiguration>& tls);

} // namespace mygas::server::compat
