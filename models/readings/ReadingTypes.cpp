#include "models/readings/ReadingTypes.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/JsonUtil.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace mygas {

using namespace json;

QJsonObject ReadingItem::toJson() const
{
    return {{QStringLiteral("meter_id"), meterId}, {QStringLiteral("value"), value}};
}

ReadingItem ReadingItem::fromJson(const QJsonObject& o)
{
    return {str(o, "meter_id"), int64(o, "value")};
}

QJsonObject ReadingSubmission::toJson() const
{
    QJsonArray list;
    for (const ReadingItem& i : items)
        list.append(i.toJson());
    return {{QStringLiteral("items"), list}};
}

ReadingSubmission ReadingSubmission::fromJson(const QJsonObject& o)
{
    ReadingSubmission s;
    for (const QJsonValue& v : o.value(QLatin1String("items")).toArray())
        s.items.append(ReadingItem::fromJson(v.toObject()));
    return s;
}

namespace {
// Above any meter's capacity (the rules allow at most 15 digits), so a huge
// number is refused as reading_exceeds_capacity instead of overflowing.
constexpr double kValueCeiling = 1e18;

Error fieldType(const QString& field)
{
    return makeError(errc::FieldType, field, 400);
}
} // namespace

Result<QList<ReadingItem>> readReadingItems(const QJsonObject& body, const QString& field)
{
    const QJsonValue items = body.value(field);
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        return fieldType(field);
    const QJsonArray list = items.toArray();
    if (list.isEmpty())
        return makeError(errc::ReadingsEmpty, field, 400);
    QList<ReadingItem> out;
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
        ReadingItem item;
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

QJsonObject ReadingResult::toJson() const
{
    QJsonObject o{{QStringLiteral("meter_id"), meterId},
                  {QStringLiteral("accepted"), accepted},
                  {QStringLiteral("consumption"), consumption}};
    if (!readingId.isEmpty())
        o.insert(QStringLiteral("reading_id"), readingId);
    if (!error.code.isEmpty())
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
    return o;
}

ReadingResult ReadingResult::fromJson(const QJsonObject& o)
{
    ReadingResult r;
    r.meterId = str(o, "meter_id");
    r.accepted = flag(o, "accepted");
    r.consumption = int64(o, "consumption");
    r.readingId = str(o, "reading_id");
    const QJsonObject e = o.value(QLatin1String("error")).toObject();
    r.error.code = str(e, "code");
    r.error.message = str(e, "message");
    return r;
}

QJsonObject ReadingAnswer::toJson() const
{
    QJsonArray list;
    for (const ReadingResult& r : results)
        list.append(r.toJson());
    return {{QStringLiteral("results"), list}};
}

ReadingAnswer ReadingAnswer::fromJson(const QJsonObject& o)
{
    ReadingAnswer a;
    for (const QJsonValue& v : o.value(QLatin1String("results")).toArray())
        a.results.append(ReadingResult::fromJson(v.toObject()));
    return a;
}

int ReadingAnswer::acceptedCount() const
{
    int n = 0;
    for (const ReadingResult& r : results)
        n += r.accepted ? 1 : 0;
    return n;
}

} // namespace mygas
