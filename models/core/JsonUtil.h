#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small readers and writers shared by the JSON codecs of models/.
namespace mygas::json {

inline QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
inline qint64 int64(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger();
}
inline double real(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toDouble();
}
inline bool flag(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toBool();
}
// Dates travel as YYYY-MM-DD; an invalid date is null.
inline QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
inline QDate date(const QJsonObject& o, const char* key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}
inline QJsonValue optionalInt(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
inline std::optional<qint64> optionalInt(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return v.toInteger();
}

} // namespace mygas::json
