#pragma once

#include "HttpCompat.h"
#include "IdempotencyStore.h"
#include "ReadingStore.h"

#include <QHttpServer>
#include <QTimer>

#include <vector>

namespace mygas::server {

class RequestGate;

// POST /accounts/{id}/readings (manual 4.3.2.2): the extended version's
// submission of meter readings, judged per meter, idempotent by the
// Idempotency-Key header.
//
// Each reading must be durable before it is acknowledged, and a durable
// commit costs a disk flush. So the checked requests wait in a queue until
// the event loop has read every request that is ready; then they are written
// together in one transaction and answered after its commit.
class ReadingHandlers
{
public:
    ReadingHandlers(const Database& db, const RequestGate& gate);
    void registerRoutes(QHttpServer& server);

private:
    struct Pending
    {
        ReadingSubmission submission;
        compat::LaterReply reply;
    };
    // The checks before the queue; an answer when the request ends there.
    std::optional<QHttpServerResponse> prepare(const QString& id, const QHttpServerRequest& request,
                                               ReadingSubmission* out) const;
    void flush();
    // One submission in a transaction of its own, with the replay of an
    // earlier answer to the same key.
    QHttpServerResponse submitAlone(const ReadingSubmission& s) const;

    ReadingStore m_store;
    IdempotencyStore m_keys;
    const RequestGate& m_gate;
    std::vector<Pending> m_queue;
    QTimer m_flushTimer;
};

// The items of a readings body, or the 400 that refuses it: readings_empty,
// reading_duplicate_meter, or field_type naming items[i].value and the like.
Result<QList<SubmittedItem>> parseReadingItems(const QJsonObject& body);

} // namespace mygas::server
