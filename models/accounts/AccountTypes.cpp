#include "models/accounts/AccountTypes.h"

#include "models/accounts/SectionRows.h"
#include "models/core/JsonUtil.h"

namespace mygas {

using namespace json;

QString accessToString(Access a)
{
    return a == Access::Extended ? QStringLiteral("extended") : QStringLiteral("limited");
}

Access accessFromString(const QString& s)
{
    return s == QLatin1String("extended") ? Access::Extended : Access::Limited;
}

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("id"), id},           {QStringLiteral("company_id"), companyId},
            {QStringLiteral("number"), number},   {QStringLiteral("alias"), alias},
            {QStringLiteral("address"), address}, {QStringLiteral("access"), accessToString(access)}};
}

Account Account::fromJson(const QJsonObject& o)
{
    return {str(o, "id"),    str(o, "company_id"), str(o, "number"),
            str(o, "alias"), str(o, "address"),    accessFromString(str(o, "access"))};
}

QJsonObject ServiceInfo::toJson() const
{
    return sections::rowJson(*this);
}

ServiceInfo ServiceInfo::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<ServiceInfo>(o);
}

QJsonObject Meter::toJson() const
{
    return sections::rowJson(*this);
}

Meter Meter::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<Meter>(o);
}

QJsonObject Reading::toJson() const
{
    return sections::rowJson(*this);
}

Reading Reading::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<Reading>(o);
}

QJsonObject Payment::toJson() const
{
    return sections::rowJson(*this);
}

Payment Payment::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<Payment>(o);
}

} // namespace mygas
