#pragma once

#include "server/edge/EdgeLimits.h"

#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

namespace mygas::server {

// The listening socket the router is bound to. Every accepted connection is
// an EdgeConnection; the router sees it only once its TLS handshake is done,
// so a client that never finishes one costs a timer, not the listener.
// Beyond the connection cap clients are told 503 and closed; when the
// system runs out of descriptors accepting pauses briefly instead of
// spinning or stopping.
class EdgeConnection;

class EdgeServer : public QTcpServer
{
    Q_OBJECT

public:
    EdgeServer(const std::optional<QSslConfiguration>& tls, const EdgeLimits& limits, QObject* parent);

    int openConnections() const { return m_open; }
    const EdgeLimits& limits() const { return m_limits; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onAcceptError(QAbstractSocket::SocketError error);

    const std::optional<QSslConfiguration> m_tls;
    EdgeLimits m_limits;
    int m_maxRefusing = 0;
    int m_open = 0;
    int m_refusing = 0;
    QSet<EdgeConnection*> m_connections;
    QTimer m_deadlines;
    qint64 m_lastAcceptWarning = 0;
};

} // namespace mygas::server
