#include "models/requests/RequestTypes.h"

#include "models/accounts/SectionRows.h"

namespace mygas {

QJsonObject ServiceRequest::toJson() const
{
    return sections::rowJson(*this);
}

ServiceRequest ServiceRequest::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<ServiceRequest>(o);
}

QJsonObject IncomingRequest::toJson() const
{
    QJsonObject o = request.toJson();
    o.insert(QStringLiteral("company_id"), companyId);
    o.insert(QStringLiteral("account_number"), accountNumber);
    o.insert(QStringLiteral("account_address"), accountAddress);
    return o;
}

IncomingRequest IncomingRequest::fromJson(const QJsonObject& o)
{
    return {ServiceRequest::fromJson(o), o.value(QLatin1String("company_id")).toString(),
            o.value(QLatin1String("account_number")).toString(), o.value(QLatin1String("account_address")).toString()};
}

} // namespace mygas
