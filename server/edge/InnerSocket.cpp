#include "server/edge/InnerSocket.h"

#include <cstring>

namespace mygas::server {

InnerSocket::InnerSocket(const QHostAddress& peer, quint16 peerPort, Writer writer, Closer closer, QObject* parent)
    : QTcpSocket(parent), m_writer(std::move(writer)), m_closer(std::move(closer))
{
    setPeerAddress(peer);
    setPeerPort(peerPort);
    setSocketState(ConnectedState);
    // Buffered: the router reads a request a byte at a time, which then
    // comes from QIODevice's buffer, filled by one readData() call.
    setOpenMode(QIODevice::ReadWrite);
}

InnerSocket::~InnerSocket()
{
    // Keeps QAbstractSocket's destructor from reaching for a network engine.
    setSocketState(UnconnectedState);
}

void InnerSocket::deliver(const QByteArray& request)
{
    if (m_readAt == m_input.size()) {
        m_input = request;
        m_readAt = 0;
    } else {
        m_input += request;
    }
    emit readyRead();
}

void InnerSocket::end()
{
    if (state() == UnconnectedState)
        return;
    m_closer = nullptr;
    m_writer = nullptr;
    m_input.clear();
    m_readAt = 0;
    setSocketState(UnconnectedState);
    QIODevice::close();
    emit disconnected();
}

qint64 InnerSocket::bytesAvailable() const
{
    return QIODevice::bytesAvailable() + (m_input.size() - m_readAt);
}

void InnerSocket::close()
{
    disconnectFromHost();
}

void InnerSocket::disconnectFromHost()
{
    // The router gives up on the connection (it could not read a request):
    // the edge closes it once what was written has gone out.
    if (const Closer closer = m_closer)
        closer();
    end();
}

qint64 InnerSocket::readData(char* data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_input.size() - m_readAt);
    std::memcpy(data, m_input.constData() + m_readAt, size_t(n));
    m_readAt += qsizetype(n);
    return n;
}

qint64 InnerSocket::readLineData(char* data, qint64 maxSize)
{
    const qsizetype eol = m_input.indexOf('\n', m_readAt);
    return readData(data, eol < 0 ? maxSize : std::min<qint64>(maxSize, eol + 1 - m_readAt));
}

qint64 InnerSocket::writeData(const char* data, qint64 size)
{
    if (!m_writer)
        return -1;
    m_writer(QByteArrayView(data, qsizetype(size)));
    return size;
}

} // namespace mygas::server
