#pragma once

#include "server/edge/EdgeLimits.h"
#include "server/edge/RequestFraming.h"
#include "server/edge/ResponseMeter.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

class QTcpSocket;

namespace mygas::server {

class InnerSocket;

// One client connection, from the TLS handshake to the close. It reads the
// client's bytes, lets one checked request at a time through to the router
// and sends its answer back before the next, and closes connections that
// stall, idle too long or break the rules of HTTP framing.
class EdgeConnection : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Serve,
        RefuseBusy
    };

    EdgeConnection(qintptr descriptor, const std::optional<QSslConfiguration>& tls, const EdgeLimits& limits, Mode mode,
                   QObject* parent);
    ~EdgeConnection() override;
    // Acts on a timeout that has run out (the server calls this for every
    // connection a few times a second: cheaper than a timer per request).
    void checkDeadline();

signals:
    // The connection is ready for requests: the router reads them here.
    void ready(InnerSocket* socket);
    // The client is gone; the object deletes itself next.
    void finished();

private:
    enum class Wait
    {
        Handshake,
        Idle,
        Request,
        Lingering,
        Closing
    };

    void onSecured();
    void onReadyRead();
    void pump();
    void fromRouter(QByteArrayView bytes);
    void answerAndClose(int status, const char* code, int retryAfterSec = 0);
    void closeAfterWrite(bool linger = false);
    void finishClose();
    void releaseLargeSlot();
    void onTimeout();
    void onDisconnected();
    void wait(Wait what, int seconds);

    const EdgeLimits m_limits;
    const Mode m_mode;
    QTcpSocket* m_socket = nullptr;
    QPointer<InnerSocket> m_inner;
    RequestFraming m_framing;
    ResponseMeter m_meter;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    Wait m_waiting = Wait::Handshake;
    QByteArray m_input;
    QByteArray m_unsent; // the answer being written by the router
    bool m_inFlight = false;
    bool m_closeAfterAnswer = false;
    bool m_closing = false;
    bool m_lingering = false;
    qint64 m_discarded = 0;
    bool m_done = false;
    bool m_largeSlot = false; // this connection reads an upload part (EdgeLimits::maxLargeBodies)
};

} // namespace mygas::server
