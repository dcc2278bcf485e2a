#pragma once

#include "server/http/HttpCompat.h"
#include "server/readings/ReadingStore.h"
#include "server/readings/ReadingWriter.h"

#include <QHttpServer>

#include <deque>
#include <functional>
#include <optional>

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
    // Readings of another request (those sent with a payment) through the
    // same writer and commits; done gets the answer on the serving thread.
    void submit(ReadingRequest request, std::function<void(QHttpServerResponse)> done);

private:
    // One request with the writer: its reply, or what to do with its answer.
    struct Waiting
    {
        std::optional<compat::LaterReply> reply;
        std::function<void(QHttpServerResponse)> done;
    };
    std::deque<Waiting> m_waiting; // of the requests with the writer, in their order
    QObject m_context;             // where the answers arrive
    ReadingWriter m_writer;        // destroyed first: waits for the batch being written
};

} // namespace mygas::server
