#include "server/edge/ResponseMeter.h"

#include <QList>

namespace mygas::server {

void ResponseMeter::start(bool headRequest)
{
    m_state = State::Head;
    m_headRequest = headRequest;
    m_head.clear();
    m_remaining = 0;
}

QByteArray ResponseMeter::take(QByteArrayView bytes)
{
    switch (m_state) {
    case State::Idle:
    case State::Complete:
        // Nothing was asked: the router has no business writing.
        return {};
    case State::Unbounded:
        return bytes.toByteArray();
    case State::Body: {
        const qsizetype n = qsizetype(std::min<qint64>(m_remaining, bytes.size()));
        m_remaining -= n;
        if (m_remaining == 0)
            m_state = State::Complete;
        return m_headRequest ? QByteArray() : bytes.first(n).toByteArray();
    }
    case State::Head:
        break;
    }
    // The router writes a head in many small pieces: only the new bytes
    // (and the three before them) can complete the blank line.
    const qsizetype from = std::max<qsizetype>(0, m_head.size() - 3);
    m_head += bytes;
    const qsizetype end = m_head.indexOf("\r\n\r\n", from);
    if (end < 0)
        return {};
    QByteArray out = m_head.left(end + 4);
    const QByteArray rest = m_head.mid(end + 4);
    m_head.clear();
    qint64 length = -1;
    const QList<QByteArray> lines = out.split('\n');
    const int status = lines.first().mid(9, 3).toInt();
    for (const QByteArray& line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (status == 204 || status == 304 || (status >= 100 && status < 200))
        length = 0;
    if (length < 0) {
        m_state = State::Unbounded;
        return out + rest;
    }
    m_remaining = length;
    m_state = m_remaining == 0 ? State::Complete : State::Body;
    if (!rest.isEmpty() && m_state == State::Body)
        out += take(rest);
    return out;
}

} // namespace mygas::server
