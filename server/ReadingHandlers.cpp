#include "ReadingHandlers.h"

#include "ApiTypes.h"
#include "ErrorCatalog.h"
#include "HttpUtil.h"
#include "Logging.h"
#include "RequestGate.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace mygas::server {

namespace {
using Method = QHttpServerRequest::Method;

// Above any meter's capacity (the rules allow at most 15 digits), so a huge
// number is refused as reading_exceeds_capacity instead of overflowing.
constexpr double kValueCeiling = 1e18;

Error fieldType(const QString& field)
{
    return makeError(errc::FieldType, field, 400);
}
} // namespace

Result<QList<SubmittedItem>> parseReadingItems(const QJsonObject& body)
{
    const QJsonValue items = body.value(QLatin1String("items"));
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return fieldType(QStringLiteral("items"));
    const QJsonArray list = items.toArray();
    if (list.isEmpty())
        return makeError(errc::ReadingsEmpty, QStringLiteral("items"), 400);
    QList<SubmittedItem> out;
    QSet<QString> meters;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!list[i].isObject())
            return fieldType(path);
        const QJsonObject o = list[i].toObject();
        const QJsonValue meter = o.value(QLatin1String("meter_id"));
        if (!meter.isString())
            return fieldType(path + QStringLiteral(".meter_id"));
        const QJsonValue value = o.value(QLatin1String("value"));
        if (!value.isDouble())
            return fieldType(path + QStringLiteral(".value"));
        SubmittedItem item;
        item.meterId = meter.toString();
        const double v = value.toDouble();
        item.integral = std::isfinite(v) && v >= 0 && std::floor(v) == v;
        if (item.integral)
            item.value = v >= kValueCeiling ? qint64(kValueCeiling) : value.toInteger(qint64(v));
        if (meters.contains(item.meterId))
            return makeError(errc::ReadingDuplicateMeter, path + QStringLiteral(".meter_id"), 400);
        meters.insert(item.meterId);
        out.append(item);
    }
    return out;
}

ReadingHandlers::ReadingHandlers(const Database& db, const RequestGate& gate) : m_store(db), m_keys(db), m_gate(gate)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    m_flushTimer.callOnTimeout([this] { flush(); });
}

void ReadingHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/accounts/<arg>/readings"), Method::Post,
                 [this](const QString& id, const QHttpServerRequest& request, compat::ResponderArg responder) {
                     compat::LaterReply reply(responder);
                     if (http::bodyTooLarge(request)) {
                         reply.send(http::error("body_too_large", 413));
                         return;
                     }
                     Pending pending{{}, std::move(reply)};
                     if (std::optional<QHttpServerResponse> now = prepare(id, request, &pending.submission)) {
                         pending.reply.send(*now);
                         return;
                     }
                     m_queue.push_back(std::move(pending));
                     if (!m_flushTimer.isActive())
                         m_flushTimer.start();
                 });
}

std::optional<QHttpServerResponse> ReadingHandlers::prepare(const QString& id, const QHttpServerRequest& request,
                                                            ReadingSubmission* s) const
{
    const Result<AccountCaller> caller = m_gate.extendedAccount(request, id);
    if (!caller.ok())
        return http::error(caller.error());
    const std::optional<QByteArray> key = IdempotencyStore::keyOf(request);
    if (!key)
        return http::error(errc::IdempotencyKeyRequired, 400, QStringLiteral("Idempotency-Key"));
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const Result<QList<SubmittedItem>> items = parseReadingItems(body.value());
    if (!items.ok())
        return http::error(items.error());

    s->userId = caller.value().userId;
    s->accountId = caller.value().account.id.toLongLong();
    s->items = items.value();
    s->idempotencyKey = *key;
    s->requestHash = IdempotencyStore::requestHash(QByteArrayLiteral("POST /api/v1/accounts/") +
                                                       caller.value().account.id.toLatin1() + "/readings",
                                                   request.body());
    return std::nullopt; // a key answered before is looked up with the rest of the batch
}

void ReadingHandlers::flush()
{
    // Enough to share a commit, few enough to keep every answer's wait short.
    constexpr int kMaxBatch = 256;
    std::vector<Pending> queue = std::move(m_queue);
    m_queue.clear();
    // Keys that were answered before get that answer again, read for all at once.
    QList<IdempotencyStore::Key> keys;
    for (const Pending& p : queue)
        keys.append({p.submission.userId, p.submission.idempotencyKey});
    QHash<IdempotencyStore::Key, StoredAnswer> answered;
    if (!m_keys.lookup(keys, &answered)) {
        for (Pending& p : queue)
            p.reply.send(http::error(errc::Internal, 500));
        return;
    }
    for (size_t next = 0; next < queue.size();) {
        QList<const ReadingSubmission*> batch;
        std::vector<Pending*> members;
        std::vector<Pending*> repeats; // a key already in this batch: answered after it, from its stored answer
        QSet<IdempotencyStore::Key> inBatch;
        for (; next < queue.size() && batch.size() < kMaxBatch; ++next) {
            Pending& p = queue[next];
            const IdempotencyStore::Key key(p.submission.userId, p.submission.idempotencyKey);
            if (const auto stored = answered.constFind(key); stored != answered.constEnd()) {
                p.reply.send(IdempotencyStore::answerAgain(*stored, p.submission.requestHash));
                continue;
            }
            if (inBatch.contains(key)) {
                repeats.push_back(&p);
                continue;
            }
            inBatch.insert(key);
            batch.append(&p.submission);
            members.push_back(&p);
        }
        qCDebug(lcReadings) << batch.size() << "submissions in one commit";
        QList<QByteArray> answers;
        if (m_store.submit(batch, &answers) == ReadingStore::Outcome::Answered) {
            for (size_t i = 0; i < members.size(); ++i)
                members[i]->reply.send(http::jsonBytes(answers[int(i)]));
        } else {
            // A key taken by another server process, or a failed write: nothing
            // of the batch was written; each request is tried on its own.
            for (Pending* p : members)
                p->reply.send(submitAlone(p->submission));
        }
        for (Pending* p : repeats)
            p->reply.send(submitAlone(p->submission));
    }
}

QHttpServerResponse ReadingHandlers::submitAlone(const ReadingSubmission& s) const
{
    if (std::optional<QHttpServerResponse> earlier = m_keys.earlierAnswer(s.userId, s.idempotencyKey, s.requestHash))
        return std::move(*earlier);
    QByteArray answer;
    switch (m_store.submit(s, &answer)) {
    case ReadingStore::Outcome::Answered:
        return http::jsonBytes(answer);
    case ReadingStore::Outcome::KeyTaken:
        qCInfo(lcServer) << "a request with the same Idempotency-Key committed first; its answer is sent again";
        if (std::optional<QHttpServerResponse> earlier =
                m_keys.earlierAnswer(s.userId, s.idempotencyKey, s.requestHash))
            return std::move(*earlier);
        break;
    case ReadingStore::Outcome::Failed:
        break;
    }
    return http::error(errc::Internal, 500);
}

} // namespace mygas::server
