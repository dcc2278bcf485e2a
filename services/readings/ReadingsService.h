#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/core/ApiTypes.h"
#include "models/core/Error.h"
#include "models/readings/ReadingTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace mygas {

class ApiClient;
class CacheStore;
class SyncEngine;

// One submission waiting in the outbox or refused by the company.
struct OutboxEntry
{
    enum class State
    {
        Pending, // «Ожидает отправки»: stored, not yet answered (sent again with the same key)
        Rejected // answered: the items below were refused; the person corrects or removes them
    };

    QString key; // the Idempotency-Key, fixed when the person pressed «Передать»
    QString accountId;
    QList<ReadingItem> items;     // Pending: what is sent; Rejected: the refused items
    QList<ReadingResult> results; // Rejected: the verdict per refused item
    Error error;                  // Rejected as a whole (403 extended_required, 404 account_not_found…)
    QDateTime createdAt;
    State state = State::Pending;
};

// Meter readings, offline first. «Передать» checks the values with the shared
// rules against the cached meters and company, writes the submission with a
// fresh Idempotency-Key to the outbox — a SQLite file of its own next to the
// cache (synchronous=FULL), because the cache may be thrown away and rebuilt
// while a reading must never be — and then sends it. An entry leaves the
// outbox only once the server has answered it; until then every attempt
// (after a network failure, a restart, a kill) reuses the key, so the server
// records the reading once.
class ReadingsService : public QObject
{
    Q_OBJECT
public:
    ReadingsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent = nullptr);
    ~ReadingsService() override;

    // The outbox of a cache file: "<cache without .sqlite>.outbox.sqlite".
    static QString outboxPathFor(const QString& cacheFilePath);
    Status open(const QString& outboxFilePath);
    void close();
    bool isOpen() const;

    // Checks every item (rules::checkReading with rules::providerToday() of the company);
    // when one fails nothing is stored and the answer lists the refused items
    // with their messages. Otherwise the entry is stored and sent; the answer
    // is the new entry's key.
    Result<QString> submit(const QString& accountId, const QList<ReadingItem>& items,
                           QList<ReadingResult>* refused = nullptr);

    // Pending and rejected entries, oldest first (all accounts when accountId is empty).
    QList<OutboxEntry> outbox(const QString& accountId = {}) const;
    // Sends every pending entry not already in flight. Called after each
    // successful sync round and at start; harmless to call at any time.
    void flush();
    // Removes a rejected entry (the person corrected it or gave it up).
    void dismiss(const QString& key);

signals:
    // An entry waits in the outbox without an answer: the server cannot be
    // reached (known at «Передать», or the request went without a verdict).
    // It goes out again with its key after the next successful sync.
    void queued(const QString& key, const QString& accountId);
    // The server answered an entry: accepted items are gone from the outbox,
    // refused ones stay as a Rejected entry. A request refused as a whole
    // (403 extended_required, 404…) gives an answer without results and the
    // error that says why.
    void answered(const QString& key, const QString& accountId, const mygas::ReadingAnswer& answer,
                  const mygas::Error& error);
    // The outbox of an account changed (stored, sent, answered, dismissed).
    void outboxChanged(const QString& accountId);

private:
    class Private;
    Private* d;
};

} // namespace mygas
