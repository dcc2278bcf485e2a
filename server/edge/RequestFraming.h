#pragma once

#include <QByteArray>

namespace mygas::server {

// Reads one HTTP/1.1 request at a time off a connection's bytes and checks
// its framing before the router sees any of it: the head's size, one
// Content-Length, a body within the limit by its declared length (chunked
// bodies counted while they arrive), nothing that lets two parties disagree
// on where a request ends. A complete request is handed on with a plain
// Content-Length, chunked bodies decoded.
class RequestFraming
{
public:
    enum class Step
    {
        NeedMore,
        Complete,
        Refused
    };

    RequestFraming(int maxHeadBytes, qint64 maxBodyBytes);

    // Consumes what belongs to the current request from the front of input.
    Step feed(QByteArray& input);
    // True once the current request has begun (its first byte arrived).
    bool started() const { return m_state != State::Start; }
    // True once, right after a head asking "Expect: 100-continue" whose body
    // is acceptable and still to come.
    bool takeContinue();

    // After Complete.
    QByteArray request() const { return m_body.isEmpty() ? m_head : m_head + m_body; }
    bool keepAlive() const { return m_keepAlive; }
    bool isHead() const { return m_isHeadMethod; }
    // The body the current request may have: the upload route's part, or
    // the limit of every other route.
    qint64 bodyLimit() const { return m_bodyLimit; }
    // True while the current request is an upload part (its body may be large).
    bool largeBody() const { return m_largeBody; }
    // After Refused: the status and error code to answer with.
    int refusalStatus() const { return m_refusalStatus; }
    const char* refusalCode() const { return m_refusalCode; }

    // Ready for the next request on the same connection.
    void reset();

private:
    enum class State
    {
        Start,
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
        Refused
    };

    Step refuse(int status, const char* code);
    Step parseHead(const QByteArray& head);
    Step readBody(QByteArray& input);
    Step readChunks(QByteArray& input);

    const int m_maxHeadBytes;
    const qint64 m_maxBodyBytes;
    qint64 m_bodyLimit;
    bool m_largeBody = false;
    State m_state = State::Start;
    QByteArray m_head;
    QByteArray m_body;
    qint64 m_remaining = 0;
    bool m_keepAlive = true;
    bool m_isHeadMethod = false;
    bool m_continue = false;
    int m_trailerBytes = 0;
    int m_refusalStatus = 0;
    const char* m_refusalCode = "";
};

} // namespace mygas::server
