#include "server/edge/EdgeConnection.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/edge/InnerSocket.h"

#include <QJsonDocument>
#include <QSslSocket>

namespace mygas::server {

namespace {
// Upload parts being read now, across the connections of the serving thread
// (EdgeLimits::maxLargeBodies).
int g_largeBodies = 0;
// Answers not yet taken by a slow client; beyond it no further request is
// read until they are.
constexpr qint64 kMaxUnsentBytes = 1024 * 1024;
// After refusing a request whose bytes are still coming, the connection
// reads and drops this much more for a short while before it closes:
// closing with unread bytes resets the connection, and the client would
// lose the answer that says why.
constexpr qint64 kLingerBytes = 1024 * 1024;
constexpr int kLingerSec = 2;
constexpr qsizetype kFlushBytes = 64 * 1024;

const char* reason(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}
} // namespace

EdgeConnection::EdgeConnection(qintptr descriptor, const std::optional<QSslConfiguration>& tls,
                               const EdgeLimits& limits, Mode mode, QObject* parent)
    : QObject(parent), m_limits(limits), m_mode(mode), m_framing(limits.maxHeadBytes, limits.maxBodyBytes)
{
    if (tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*tls);
        connect(ssl, &QSslSocket::encrypted, this, &EdgeConnection::onSecured);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    // What one request may take, and some room for the next: beyond it the
    // socket leaves the bytes with the system until they are wanted.
    m_socket->setReadBufferSize(limits.maxHeadBytes + limits.maxBodyBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &EdgeConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &EdgeConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &EdgeConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    if (!m_socket->setSocketDescriptor(descriptor)) {
        QMetaObject::invokeMethod(this, &EdgeConnection::onDisconnected, Qt::QueuedConnection);
        return;
    }
    wait(Wait::Handshake, limits.requestTimeoutSec);
    if (tls)
        static_cast<QSslSocket*>(m_socket)->startServerEncryption();
    else
        QMetaObject::invokeMethod(this, &EdgeConnection::onSecured, Qt::QueuedConnection);
}

EdgeConnection::~EdgeConnection()
{
    releaseLargeSlot();
    if (m_inner)
        m_inner->end();
}

void EdgeConnection::releaseLargeSlot()
{
    if (m_largeSlot)
        --g_largeBodies;
    m_largeSlot = false;
}

void EdgeConnection::wait(Wait what, int seconds)
{
    m_waiting = what;
    m_deadline = QDeadlineTimer(seconds * 1000LL, Qt::CoarseTimer);
}

void EdgeConnection::checkDeadline()
{
    if (!m_done && m_deadline.hasExpired())
        onTimeout();
}

void EdgeConnection::onSecured()
{
    if (m_done)
        return;
    if (m_mode == Mode::RefuseBusy) {
        answerAndClose(503, errc::ServerBusy, 5);
        return;
    }
    wait(Wait::Idle, m_limits.idleTimeoutSec);
    m_inner = new InnerSocket(
        m_socket->peerAddress(), m_socket->peerPort(), [this](QByteArrayView bytes) { fromRouter(bytes); },
        [this] {
            // The router gave up on the connection.
            m_closeAfterAnswer = true;
            if (!m_inFlight)
                closeAfterWrite();
        },
        this);
    emit ready(m_inner);
    onReadyRead();
}

void EdgeConnection::onReadyRead()
{
    if (m_done)
        return;
    if (m_lingering) {
        m_discarded += m_socket->readAll().size();
        if (m_discarded > kLingerBytes)
            finishClose();
        return;
    }
    if (!m_inner)
        return;
    // The next requests wait in the socket while one is being answered.
    const qint64 room = m_limits.maxHeadBytes + m_framing.bodyLimit() - m_input.size();
    const qint64 available = std::min(room, m_socket->bytesAvailable());
    if (available > 0)
        m_input += m_socket->read(available);
    pump();
}

void EdgeConnection::pump()
{
    if (m_done || m_closing || m_inFlight || !m_inner || m_socket->bytesToWrite() > kMaxUnsentBytes)
        return;
    const bool wasStarted = m_framing.started();
    const RequestFraming::Step step = m_framing.feed(m_input);
    if (step != RequestFraming::Step::Refused && m_framing.largeBody() && !m_largeSlot) {
        if (g_largeBodies >= m_limits.maxLargeBodies) {
            answerAndClose(503, errc::ServerBusy, 1);
            return;
        }
        m_largeSlot = true;
        ++g_largeBodies;
    }
    switch (step) {
    case RequestFraming::Step::NeedMore:
        if (m_framing.started() && !wasStarted)
            wait(Wait::Request, m_limits.requestTimeoutSec);
        if (m_framing.takeContinue())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        if (m_socket->bytesAvailable() > 0)
            QMetaObject::invokeMethod(this, &EdgeConnection::onReadyRead, Qt::QueuedConnection);
        return;
    case RequestFraming::Step::Refused:
        answerAndClose(m_framing.refusalStatus(), m_framing.refusalCode());
        return;
    case RequestFraming::Step::Complete:
        break;
    }
    // The router has no time limit of its own: an answer may wait for a
    // database commit.
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    m_inFlight = true;
    m_closeAfterAnswer = !m_framing.keepAlive();
    m_meter.start(m_framing.isHead());
    const QByteArray request = m_framing.request();
    m_framing.reset();
    m_inner->deliver(request);
    releaseLargeSlot();
}

void EdgeConnection::fromRouter(QByteArrayView bytes)
{
    if (m_done)
        return;
    // The router writes an answer in many small pieces; the socket gets it
    // whole (or in large parts), one write each.
    m_unsent += m_meter.take(bytes);
    const bool complete = m_meter.complete();
    if (complete || m_meter.unbounded() || m_unsent.size() >= kFlushBytes) {
        m_socket->write(m_unsent);
        m_unsent.resize(0);
    }
    if (!complete)
        return;
    m_meter = ResponseMeter();
    m_inFlight = false;
    if (m_closeAfterAnswer) {
        closeAfterWrite();
        return;
    }
    wait(Wait::Idle, m_limits.idleTimeoutSec);
    // A pipelined request already here is handed over once this one's
    // handler has returned, not from inside the router's call.
    if (!m_input.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &EdgeConnection::onReadyRead, Qt::QueuedConnection);
}

void EdgeConnection::answerAndClose(int status, const char* code, int retryAfterSec)
{
    const QByteArray body = QJsonDocument(errorToJson(makeError(code, {}, status))).toJson(QJsonDocument::Compact);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                      "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    if (retryAfterSec > 0)
        head += "Retry-After: " + QByteArray::number(retryAfterSec) + "\r\n";
    m_socket->write(head + "\r\n" + body);
    closeAfterWrite(true);
}

void EdgeConnection::closeAfterWrite(bool linger)
{
    if (m_closing)
        return;
    m_closing = true;
    m_input.clear();
    if (linger) {
        m_lingering = true;
        wait(Wait::Lingering, kLingerSec);
        onReadyRead();
        return;
    }
    finishClose();
}

void EdgeConnection::finishClose()
{
    if (m_waiting == Wait::Closing)
        return;
    m_lingering = false;
    // A client that does not take the last answer is cut off.
    wait(Wait::Closing, m_limits.requestTimeoutSec);
    m_socket->disconnectFromHost();
}

void EdgeConnection::onTimeout()
{
    switch (m_waiting) {
    case Wait::Request:
        answerAndClose(408, errc::RequestTimeout);
        return;
    case Wait::Idle: // never while a request is with the router: no deadline then
        closeAfterWrite();
        return;
    case Wait::Lingering:
        finishClose();
        return;
    case Wait::Handshake:
    case Wait::Closing:
        break;
    }
    m_socket->abort();
    onDisconnected();
}

void EdgeConnection::onDisconnected()
{
    if (m_done)
        return;
    m_done = true;
    releaseLargeSlot();
    m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    if (m_inner)
        m_inner->end();
    emit finished();
    deleteLater();
}

} // namespace mygas::server
