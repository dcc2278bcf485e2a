#include "server/readings/ReadingHandlers.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/http/HttpUtil.h"
#include "server/http/IdempotencyStore.h"

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

Result<QList<SubmittedItem>> parseReadingItems(const QJsonObject& body, const QString& field)
{
    const QJsonValue items = body.value(field);
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return fieldType(field);
    const QJsonArray list = items.toArray();
    if (list.isEmpty())
        return makeError(errc::ReadingsEmpty, field, 400);
    QList<SubmittedItem> out;
    QSet<QString> meters;
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(field).arg(i);
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

Status ReadingHandlers::start(const QString& databaseUrl, std::function<void()> beforeRequest)
{
    return m_writer.open(databaseUrl, std::move(beforeRequest), &m_context, [this](ReadingWriter::Answers answers) {
        for (QHttpServerResponse& answer : answers) {
            m_replies.front().send(std::move(answer));
            m_replies.pop_front();
        }
    });
}

void ReadingHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/accounts/<arg>/readings"), Method::Post,
                 [this](const QString& id, const QHttpServerRequest& request, compat::ResponderArg responder) {
                     compat::LaterReply reply(request, responder);
                     if (http::bodyTooLarge(request)) {
                         reply.send(http::error("body_too_large", 413));
                         return;
                     }
                     ReadingRequest r;
                     r.authorization = compat::header(request, "authorization");
                     r.accountId = id;
                     r.idempotencyKey = IdempotencyStore::keyOf(request);
                     r.body = request.body();
                     const Result<QJsonObject> body = http::parseBody(request);
                     Result<QList<SubmittedItem>> items =
                         body.ok() ? parseReadingItems(body.value()) : Result<QList<SubmittedItem>>(body.error());
                     if (items.ok())
                         r.items = items.value();
                     else
                         r.refused = items.error();
                     m_replies.push_back(std::move(reply));
                     m_writer.queue(std::move(r));
                 });
}

} // namespace mygas::server
