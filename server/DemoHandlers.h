#pragma once

#include <QHttpServer>

namespace mygas::server {

class OutboxStore;

// GET /api/v1/demo/outbox?to=LOGIN: the demo mailbox, newest first.
// Registered only when the server runs with --demo.
class DemoHandlers
{
public:
    explicit DemoHandlers(OutboxStore& outbox) : m_outbox(outbox) {}
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse outbox(const QHttpServerRequest& request) const;
    OutboxStore& m_outbox;
};

} // namespace mygas::server
