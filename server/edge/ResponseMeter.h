#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace mygas::server {

// Follows the bytes of one answer as the router writes them, to know where
// it ends: the connection passes the next pipelined request on only then,
// so answers leave in the order the requests came.
class ResponseMeter
{
public:
    // A new answer begins; a HEAD request's answer goes out without its body.
    void start(bool headRequest);
    // Takes the router's next bytes; returns those the client is to receive.
    QByteArray take(QByteArrayView bytes);
    bool complete() const { return m_state == State::Complete; }
    // The answer had no length: only closing the connection ends it.
    bool unbounded() const { return m_state == State::Unbounded; }
    bool idle() const { return m_state == State::Idle; }

private:
    enum class State
    {
        Idle,
        Head,
        Body,
        Unbounded,
        Complete
    };

    State m_state = State::Idle;
    bool m_headRequest = false;
    QByteArray m_head;
    qint64 m_remaining = 0;
};

} // namespace mygas::server
