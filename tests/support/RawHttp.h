#pragma once

#include <QByteArray>
#include <QMap>
#include <QSslSocket>
#include <QUrl>

#include <memory>

// One client connection speaking HTTP/1.1 by hand, for what a library client
// would never send: pipelined requests, broken framing, slow or unfinished
// heads. TLS when the URL is https (trusting the given CA).
class RawHttp
{
public:
    struct Answer
    {
        int status = 0;                       // 0: none arrived
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    RawHttp(const QUrl& base, const QString& caFile);
    // Connects and, over TLS, finishes the handshake.
    bool open(int timeoutMs = 5000);
    // Connects without starting TLS: a half-open connection.
    bool openTcpOnly(int timeoutMs = 5000);
    bool send(const QByteArray& bytes);
    // The next answer on the connection (1xx answers included); the answer
    // to a HEAD request has no body whatever its length says.
    Answer read(int timeoutMs = 5000, bool toHead = false);
    // True when the server closes the connection within the time.
    bool waitClosed(int timeoutMs);
    bool isOpen() const;
    void close();

private:
    bool fill(int timeoutMs);

    QUrl m_base;
    QString m_caFile;
    std::unique_ptr<QSslSocket> m_socket;
    QByteArray m_buffer;
};
