#pragma once

#include "ApiTypes.h"
#include "Database.h"
#include "IdempotencyStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace mygas::server {

// One item of POST /accounts/{id}/readings as the request gave it.
struct SubmittedItem
{
    QString meterId;
    qint64 value = 0;
    bool integral = true; // false for a fraction or a negative number: reading_not_integer
};

struct ReadingSubmission
{
    qint64 userId = 0;
    qint64 accountId = 0;
    QList<SubmittedItem> items;
    QByteArray idempotencyKey;
    QByteArray requestHash;
};

// Judges the items of a submission with the shared reading rules against the
// account's meters and its company, as of the provider's today, and records
// the accepted ones: a readings row each (source "online", state "accepted")
// and the meter's last reading, its date and its average monthly consumption,
// all stamped with one new version of the change counter so /sync delivers
// them. The answer is stored under the request's Idempotency-Key in the same
// transaction, so an answer that was sent is on disk with everything it says.
class ReadingStore
{
public:
    explicit ReadingStore(const Database& db) : m_db(db), m_keys(db) {}

    enum class Outcome
    {
        Answered, // *answer holds the 200 body {"results": [...]}
        KeyTaken, // a request with the same key committed meanwhile: replay its answer
        Failed    // the database refused; nothing was written
    };
    Outcome submit(const ReadingSubmission& submission, QByteArray* answer) const;

private:
    bool addReading(qint64 accountId, const QString& meterId, const QString& readingId, const QDate& today,
                    qint64 value, qint64 consumption, qint64 version) const;
    // The company's rules, parsed again only when its stored text changed.
    const Company& company(const QString& data) const;

    const Database& m_db;
    IdempotencyStore m_keys;
    mutable QHash<QString, Company> m_companies; // by the stored JSON text
};

} // namespace mygas::server
