#pragma once

#include "models/core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mygas {

// POST /accounts/{id}/readings: {items: [{meter_id, value}]} with an
// Idempotency-Key header.
struct ReadingItem
{
    QString meterId;
    qint64 value = 0;
    // False when a request gave a fraction or a negative number: the server
    // answers reading_not_integer for it. The client never sends one.
    bool integral = true;
    QJsonObject toJson() const;
    static ReadingItem fromJson(const QJsonObject& o);
};

// The items of a readings body (its array `field`: "items", or "readings" of
// a payment), read strictly as the server must: every item an object with a
// string meter_id and a number value, each meter once. Errors (HTTP 400):
// readings_empty, reading_duplicate_meter, or field_type naming
// items[i].value and the like.
Result<QList<ReadingItem>> readReadingItems(const QJsonObject& body, const QString& field = QStringLiteral("items"));

struct ReadingSubmission
{
    QList<ReadingItem> items;
    QJsonObject toJson() const;
    static ReadingSubmission fromJson(const QJsonObject& o);
};

// The answer per meter, in the order of the request:
// {meter_id, accepted, consumption, reading_id?, error?: {code, message}}.
struct ReadingResult
{
    QString meterId;
    bool accepted = false;
    qint64 consumption = 0;
    QString readingId; // the new row of /readings and /sync when accepted
    Error error;       // code and message when refused
    QJsonObject toJson() const;
    static ReadingResult fromJson(const QJsonObject& o);
};

// 200 {results: [...]}: some meters may be accepted while others are refused.
struct ReadingAnswer
{
    QList<ReadingResult> results;
    QJsonObject toJson() const;
    static ReadingAnswer fromJson(const QJsonObject& o);
    int acceptedCount() const;
};

} // namespace mygas
