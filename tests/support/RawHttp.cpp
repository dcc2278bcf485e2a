#include "tests/support/RawHttp.h"

#include <QDeadlineTimer>
#include <QList>
#include <QSslConfiguration>

RawHttp::RawHttp(const QUrl& base, const QString& caFile) : m_base(base), m_caFile(caFile) {}

bool RawHttp::openTcpOnly(int timeoutMs)
{
    m_socket = std::make_unique<QSslSocket>();
    m_buffer.clear();
    m_socket->connectToHost(m_base.host(), quint16(m_base.port()));
    return m_socket->waitForConnected(timeoutMs);
}

bool RawHttp::open(int timeoutMs)
{
    m_socket = std::make_unique<QSslSocket>();
    m_buffer.clear();
    if (m_base.scheme() != QLatin1String("https")) {
        m_socket->connectToHost(m_base.host(), quint16(m_base.port()));
        return m_socket->waitForConnected(timeoutMs);
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(m_caFile));
    m_socket->setSslConfiguration(ssl);
    m_socket->connectToHostEncrypted(m_base.host(), quint16(m_base.port()));
    return m_socket->waitForEncrypted(timeoutMs);
}

bool RawHttp::send(const QByteArray& bytes)
{
    if (!isOpen() || m_socket->write(bytes) != bytes.size())
        return false;
    // Pushes it out; the server may close meanwhile, which is no error here.
    m_socket->waitForBytesWritten(5000);
    return true;
}

bool RawHttp::fill(int timeoutMs)
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket->readAll();
    return true;
}

RawHttp::Answer RawHttp::read(int timeoutMs, bool toHead)
{
    Answer a;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype end = -1;
    while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!m_socket || deadline.hasExpired() || !fill(int(deadline.remainingTime())))
            return a;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    a.status = lines.first().mid(9, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        a.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    m_buffer.remove(0, end + 4);
    const qsizetype length = toHead ? 0 : a.headers.value("content-length", "0").toLongLong();
    while (m_buffer.size() < length) {
        if (deadline.hasExpired() || !fill(int(deadline.remainingTime())))
            break;
    }
    a.body = m_buffer.left(length);
    m_buffer.remove(0, a.body.size());
    return a;
}

bool RawHttp::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        if (deadline.hasExpired())
            return false;
        if (m_socket->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket->readAll();
    }
    return true;
}

bool RawHttp::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void RawHttp::close()
{
    if (m_socket)
        m_socket->abort();
}
