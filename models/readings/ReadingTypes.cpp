#include "models/readings/ReadingTypes.h"

#include "models/core/JsonUtil.h"

#include <QJsonArray>

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
