#pragma once

#include <QByteArray>
#include <QTcpSocket>

#include <functional>

namespace mygas::server {

// The socket the router (QHttpServer) reads requests from and writes
// answers to. It holds no network connection: the edge connection in front
// of it hands it one checked request at a time and takes the answer's bytes
// as they are written.
class InnerSocket : public QTcpSocket
{
    Q_OBJECT

public:
    using Writer = std::function<void(QByteArrayView)>;
    using Closer = std::function<void()>;

    InnerSocket(const QHostAddress& peer, quint16 peerPort, Writer writer, Closer closer, QObject* parent);
    ~InnerSocket() override;

    // One complete request for the router.
    void deliver(const QByteArray& request);
    // The client is gone: the router lets go of this socket.
    void end();

    qint64 bytesAvailable() const override;
    void close() override;
    void disconnectFromHost() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 readLineData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QByteArray m_input;
    qsizetype m_readAt = 0; // what the router has read of m_input
    Writer m_writer;
    Closer m_closer;
};

} // namespace mygas::server
