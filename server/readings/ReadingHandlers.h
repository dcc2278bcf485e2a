#pragma once

#include "server/http/HttpCompat.h"
#include "server/readings/ReadingStore.h"
#include "server/readings/ReadingWriter.h"

#include <QHttpServer>

#include <deque>

namespace mygas::server {

// POST /accounts/{id}/readings (manual 4.3.2.2): the extended version's
// submission of meter readings, judged per meter, idempotent by the
// Idempotency-Key header. The caller is checked as on every account route
// (RequestGate), by the writer's connection.
//
// Each reading must be durable before it is acknowledged, and a durable
// commit costs a disk flush. So the requests go to the writer thread, which
// writes all that wait in one transaction and has them answered after its
// commit; those that come meanwhile share the next one.
class ReadingHandlers
{
public:
    // Opens the writer's own connection to the database; beforeRequest runs
    // before each caller check.
    Status start(const QString& databaseUrl, std::function<void()> beforeRequest);
    void registerRoutes(QHttpServer& server);

private:
    std::deque<compat::LaterReply> m_replies; // of the requests with the writer, in their order
    QObject m_context;                        // where the answers arrive
    ReadingWriter m_writer;                   // destroyed first: waits for the batch being written
};

} // namespace mygas::server
