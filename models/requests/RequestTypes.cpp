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

} // namespace mygas
