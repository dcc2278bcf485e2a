#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/core/ApiTypes.h"
#include "models/readings/ReadingTypes.h"
#include "server/db/Database.h"
#include "server/http/IdempotencyStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace mygas::server {

// The readings of one request as the store writes them: whose, for which
// account, under which Idempotency-Key.
struct KeyedSubmission
{
    qint64 userId = 0;
    qint64 accountId = 0;
    QList<ReadingItem> items;
    QByteArray idempotencyKey;
    QByteArray requestHash;
};

// Judges the items of submissions with the shared reading rules against the
// accounts' meters and their companies, as of the provider's today, and
// records the accepted ones: a readings row each (source "online", state
// "accepted") and the meter's last reading, its date and its average monthly
// consumption, all stamped with one new version of the change counter so
// /sync delivers them. The answers are stored under the requests'
// Idempotency-Keys in the same transaction, so an answer that was sent is on
// disk with everything it says.
//
// Submissions that arrive together are written in one transaction with one
// durable commit (group commit): judged one after the other, a later one sees
// what an earlier one accepted, exactly as if each had been committed alone.
class ReadingStore
{
public:
    explicit ReadingStore(const Database& db) : m_db(db), m_keys(db) {}

    enum class Outcome
    {
        Answered, // answers hold the 200 bodies {"results": [...]}, one per submission
        KeyTaken, // a request with one of the keys committed meanwhile: nothing was written
        Failed    // the database refused; nothing was written
    };
    // The submissions must carry distinct (user, Idempotency-Key) pairs.
    Outcome submit(const QList<const KeyedSubmission*>& batch, QList<QByteArray>* answers) const;
    Outcome submit(const KeyedSubmission& submission, QByteArray* answer) const;

private:
    struct AccountMeters
    {
        QString companyData;
        QHash<QString, Meter> meters;
    };
    bool loadMeters(const QList<const KeyedSubmission*>& batch, QHash<qint64, AccountMeters>* out) const;
    // Inserts the accepted readings and moves their meters on (last reading,
    // its date, the average over the year up to today).
    struct MeterMove
    {
        qint64 value = 0;
        QDate today; // in the time zone of the meter's company
    };
    bool record(const QVariantList& readingRows, const QHash<QString, MeterMove>& moves, qint64 version) const;
    bool saveAnswers(const QList<const KeyedSubmission*>& batch, const QList<QByteArray>& answers,
                     bool* allSaved) const;
    // The company's rules, parsed again only when its stored text changed.
    const Company& company(const QString& data) const;

    const Database& m_db;
    IdempotencyStore m_keys;
    mutable QHash<QString, Company> m_companies; // by the stored JSON text
};

} // namespace mygas::server
