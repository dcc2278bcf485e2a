#pragma once

#include "IdempotencyStore.h"
#include "ReadingStore.h"

#include <QHttpServer>

namespace mygas::server {

class RequestGate;

// POST /accounts/{id}/readings (manual 4.3.2.2): the extended version's
// submission of meter readings, judged per meter, idempotent by the
// Idempotency-Key header.
class ReadingHandlers
{
public:
    ReadingHandlers(const Database& db, const RequestGate& gate) : m_store(db), m_keys(db), m_gate(gate) {}
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse submit(const QString& id, const QHttpServerRequest& request) const;

    ReadingStore m_store;
    IdempotencyStore m_keys;
    const RequestGate& m_gate;
};

// The items of a readings body, or the 400 that refuses it: readings_empty,
// reading_duplicate_meter, or field_type naming items[i].value and the like.
Result<QList<SubmittedItem>> parseReadingItems(const QJsonObject& body);

} // namespace mygas::server
