#include "models/accounts/ExtendedTypes.h"

#include "models/accounts/SectionRows.h"
#include "models/core/JsonUtil.h"

namespace mygas {

using namespace json;

QJsonObject Subscriber::toJson() const
{
    QJsonObject o = wire::objectOf(*this);
    o.insert(QStringLiteral("account_id"), accountId);
    o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("address"), address);
    return o;
}

Subscriber Subscriber::fromJson(const QJsonObject& o)
{
    Subscriber s = wire::fromObject<Subscriber>(o);
    s.accountId = str(o, "account_id");
    s.number = str(o, "number");
    s.address = str(o, "address");
    return s;
}

QJsonObject Settlement::toJson() const
{
    return sections::rowJson(*this);
}

Settlement Settlement::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<Settlement>(o);
}

QJsonObject Contract::toJson() const
{
    return sections::rowJson(*this);
}

Contract Contract::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<Contract>(o);
}

QJsonObject Act::toJson() const
{
    return sections::rowJson(*this);
}

Act Act::fromJson(const QJsonObject& o)
{
    return sections::rowFromJson<Act>(o);
}

} // namespace mygas
