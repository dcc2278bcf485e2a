#pragma once

#include <QHttpServer>

namespace mygas::server {

class NotificationOutbox;

// GET /api/v1/demo/outbox?to=LOGIN: the demo mailbox, newest first.
// Registered only when the server runs with --demo.
class DemoHandlers
{
public:
    explicit DemoHandlers(NotificationOutbox& outbox) : m_outbox(outbox) {}
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse outbox(const QHttpServerRequest& request) const;
    NotificationOutbox& m_outbox;
};

} // namespace mygas::server
