#pragma once

#include "server/sync/SyncBuilder.h"

#include <QHttpServer>

namespace mygas::server {

class RequestGate;

// GET /api/v1/sync?cursor=…
class SyncHandlers
{
public:
    SyncHandlers(const Database& db, const RequestGate& gate) : m_builder(db), m_gate(gate) {}
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse sync(const QHttpServerRequest& request) const;

    SyncBuilder m_builder;
    const RequestGate& m_gate;
};

} // namespace mygas::server
