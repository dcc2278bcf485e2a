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
    QJsonObject toJson() const;
    static ReadingItem fromJson(const QJsonObject& o);
};

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
