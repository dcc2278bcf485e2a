#include "server/http/IdempotentAnswers.h"

#include "models/core/ErrorCatalog.h"
#include "server/http/HttpCompat.h"
#include "server/http/HttpUtil.h"

namespace mygas::server::http {

namespace {
constexpr int kMaxKeyLength = 100;
} // namespace

std::optional<QByteArray> idempotencyKey(const QHttpServerRequest& request)
{
    const QByteArray key = header(request, "idempotency-key").trimmed();
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return std::nullopt;
    for (const char c : key) {
        if (c < 0x20 || c > 0x7e)
            return std::nullopt;
    }
    return key;
}

QHttpServerResponse replay(const StoredAnswer& answer)
{
    QHttpServerResponse r = jsonBytes(answer.body, Status(answer.status));
    compat::addHeader(r, QByteArrayLiteral("Idempotent-Replayed"), QByteArrayLiteral("true"));
    return r;
}

QHttpServerResponse answerAgain(const StoredAnswer& stored, const QByteArray& requestHash)
{
    if (stored.requestHash != requestHash)
        return error(errc::IdempotencyKeyReused, 422, QStringLiteral("Idempotency-Key"));
    return replay(stored);
}

std::optional<QHttpServerResponse> earlierAnswer(const IdempotencyStore& store, qint64 userId, const QByteArray& key,
                                                 const QByteArray& requestHash)
{
    const Result<std::optional<StoredAnswer>> stored = store.lookup(userId, key);
    if (!stored.ok())
        return error(stored.error());
    if (!stored.value())
        return std::nullopt;
    return answerAgain(*stored.value(), requestHash);
}

std::variant<Keyed, QHttpServerResponse> keyOf(const IdempotencyStore& store, qint64 userId, const QByteArray& route,
                                               const QHttpServerRequest& request)
{
    const std::optional<QByteArray> key = idempotencyKey(request);
    if (!key)
        return error(errc::IdempotencyKeyRequired, 400, QStringLiteral("Idempotency-Key"));
    Keyed keyed{*key, IdempotencyStore::requestHash(route, request.body())};
    if (std::optional<QHttpServerResponse> earlier = earlierAnswer(store, userId, keyed.key, keyed.hash))
        return std::move(*earlier);
    return keyed;
}

} // namespace mygas::server::http
