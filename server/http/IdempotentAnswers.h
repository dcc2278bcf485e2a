#pragma once

#include "server/http/IdempotencyStore.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <optional>
#include <variant>

// The HTTP side of IdempotencyStore: the Idempotency-Key header and the
// answers sent again.
namespace mygas::server::http {

// The Idempotency-Key header: 1–100 printable ASCII characters; nothing when
// it is absent or malformed.
std::optional<QByteArray> idempotencyKey(const QHttpServerRequest& request);

// The stored answer sent again, marked with Idempotent-Replayed: true.
QHttpServerResponse replay(const StoredAnswer& answer);

// The answer to a request whose key has a stored answer: that answer again,
// or 422 idempotency_key_reused when it came with another request.
QHttpServerResponse answerAgain(const StoredAnswer& stored, const QByteArray& requestHash);

// What a request should get before it does anything: the stored answer when
// the same request came before, 422 idempotency_key_reused when the key came
// with another request, 500 when the database failed; nothing when the
// request is new.
std::optional<QHttpServerResponse> earlierAnswer(const IdempotencyStore& store, qint64 userId, const QByteArray& key,
                                                 const QByteArray& requestHash);

struct Keyed
{
    QByteArray key;  // the Idempotency-Key
    QByteArray hash; // of the route and the body
};
// The request's key; or the answer that ends it here: 400 without a key,
// the stored answer of the same request sent before, 422 for a key that
// came with another request, 500 when the database failed.
std::variant<Keyed, QHttpServerResponse> keyOf(const IdempotencyStore& store, qint64 userId, const QByteArray& route,
                                               const QHttpServerRequest& request);

} // namespace mygas::server::http
