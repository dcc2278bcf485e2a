#include "server/edge/EdgeServer.h"

#include "server/app/Logging.h"
#include "server/edge/EdgeConnection.h"
#include "server/edge/InnerSocket.h"
#include "server/platform/FileLimit.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimer>

namespace mygas::server {

namespace {
} // namespace

EdgeServer::EdgeServer(const std::optional<QSslConfiguration>& tls, const EdgeLimits& limits, QObject* parent)
    : QTcpServer(parent), m_tls(tls), m_limits(limits)
{
    // Descriptors are kept for the database, the log and the files; the
    // rest are for clients, served and refused.
    const int files = platform::raiseFileLimit();
    const int reserve = std::max(32, files / 8);
    m_limits.maxConnections = std::max(1, std::min(m_limits.maxConnections, files - reserve));
    m_maxRefusing = std::clamp(reserve / 2, 1, 64);
    if (m_limits.maxConnections < limits.maxConnections)
        qCInfo(lcEdge) << "connections capped at" << m_limits.maxConnections << "by the open files limit" << files;
    connect(this, &QTcpServer::acceptError, this, &EdgeServer::onAcceptError);
    // Timeouts are looked at four times a second: a timeout runs out up to
    // a quarter of a second late.
    m_deadlines.setInterval(250);
    connect(&m_deadlines, &QTimer::timeout, this, [this] {
        const QList<EdgeConnection*> all(m_connections.cbegin(), m_connections.cend());
        for (EdgeConnection* c : all) {
            if (m_connections.contains(c))
                c->checkDeadline();
        }
    });
    m_deadlines.start();
}

void EdgeServer::incomingConnection(qintptr descriptor)
{
    EdgeConnection::Mode mode = EdgeConnection::Mode::Serve;
    if (m_open >= m_limits.maxConnections) {
        if (m_refusing >= m_maxRefusing) {
            QTcpSocket dropped;
            dropped.setSocketDescriptor(descriptor);
            dropped.abort();
            return;
        }
        mode = EdgeConnection::Mode::RefuseBusy;
    }
    auto* connection = new EdgeConnection(descriptor, m_tls, m_limits, mode, this);
    int& count = mode == EdgeConnection::Mode::Serve ? m_open : m_refusing;
    ++count;
    m_connections.insert(connection);
    connect(connection, &EdgeConnection::finished, this, [this, &count, connection] {
        --count;
        m_connections.remove(connection);
    });
    connect(connection, &EdgeConnection::ready, this, [this](InnerSocket* socket) { addPendingConnection(socket); });
}

void EdgeServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // Out of descriptors (or another passing failure): try again shortly
    // rather than stop listening for good or retry in a busy loop.
    pauseAccepting();
    QTimer::singleShot(100, this, &QTcpServer::resumeAccepting);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now - m_lastAcceptWarning >= 60) {
        m_lastAcceptWarning = now;
        qCWarning(lcEdge) << "cannot accept connections:" << error << errorString() << "- open" << m_open;
    }
}

} // namespace mygas::server
