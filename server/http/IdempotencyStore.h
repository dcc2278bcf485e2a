#pragma once

#include "server/db/Database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace mygas::server {

// The answer a request with an Idempotency-Key got, as sent.
struct StoredAnswer
{
    QByteArray requestHash; // hex SHA-256 of the route and the body
    int status = 0;
    QByteArray body;
};

// Answers of POSTs that create something (readings, payments), kept per user
// and key: a client that lost an answer — a dropped connection, an app killed
// while waiting — sends the same request with the same key and gets the first
// answer again while nothing new is created. The caller stores the answer in
// the transaction that makes the change, so both commit or neither does.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(const Database& db) : m_db(db) {}

    // What makes two requests "the same": the route (with its ids) and the body bytes.
    static QByteArray requestHash(const QByteArray& route, const QByteArray& body);

    // The answer stored for this user and key; nothing when there is none;
    // an error (500) when the database failed.
    Result<std::optional<StoredAnswer>> lookup(qint64 userId, const QByteArray& key) const;

    using Key = QPair<qint64, QByteArray>; // user, Idempotency-Key
    // The stored answers of many keys in one read; false when the database failed.
    bool lookup(const QList<Key>& keys, QHash<Key, StoredAnswer>* found) const;
    enum class Saved
    {
        Done,
        Taken, // another request with one of the keys committed first: roll back and ask earlierAnswer()
        Failed
    };
    struct Entry
    {
        qint64 userId = 0;
        QByteArray key;
        StoredAnswer answer;
    };
    // Inside the caller's transaction; all entries or Taken/Failed.
    Saved save(const QList<Entry>& entries, qint64 now) const;
    // Saves one answer in the caller's open transaction and commits it. When
    // the same key committed first (the request came twice at once), rolls
    // back and gives that first answer; *fresh says which. 500 when the
    // database failed.
    Result<StoredAnswer> commitWith(std::optional<Transaction>& tx, const Entry& entry, qint64 now,
                                    bool* fresh = nullptr) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
