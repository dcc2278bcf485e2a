#pragma once

#include "models/core/Error.h"
#include "server/db/WorkerThread.h"
#include "server/readings/ReadingStore.h"

#include <QHttpServerResponse>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace mygas::server {

// A readings request as the serving thread read it. The caller is checked
// on the writer thread, before anything the body says.
struct ReadingRequest
{
    QByteArray authorization; // the Authorization header
    QString accountId;        // as the URL gave it
    std::optional<QByteArray> idempotencyKey;
    QByteArray body;
    std::optional<Error> refused; // what refuses the body, answered once the caller passed
    QList<ReadingItem> items;
    // Readings sent with another request (a payment): that request's hash,
    // so a second one with the same key but another body is told so.
    std::optional<QByteArray> requestHash;
};

// Checks the callers of readings requests and writes their submissions on a
// thread of its own, with a database connection of its own. The thread takes
// every request queued so far, writes them in one transaction and, while it
// waits for that commit, the serving thread goes on reading and queueing the
// next requests, which then share the following commit.
class ReadingWriter
{
public:
    using Answers = std::vector<QHttpServerResponse>;

    ReadingWriter();
    // Waits for the batch being written.
    ~ReadingWriter();

    // Starts the thread and opens its connection (sqlite:PATH or
    // postgresql://…). beforeRequest runs before each caller check; answered
    // runs on context's thread with the answers to the requests written
    // together, in the order they were queued.
    Status open(const QString& databaseUrl, std::function<void()> beforeRequest, QObject* context,
                std::function<void(Answers)> answered);
    // From the serving thread.
    void queue(ReadingRequest request);

private:
    class Worker;
    WorkerThread<Worker> m_worker;
};

} // namespace mygas::server
