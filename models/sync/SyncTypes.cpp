#include "models/sync/SyncTypes.h"

#include <QJsonArray>

namespace mygas {

namespace {
template <typename T> QJsonArray toArray(const QList<T>& items)
{
    QJsonArray a;
    for (const T& item : items)
        a.append(item.toJson());
    return a;
}

template <typename T> QList<T> fromArray(const QJsonValue& v)
{
    QList<T> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue& item : a)
        out.append(T::fromJson(item.toObject()));
    return out;
}
} // namespace

bool SyncPayload::hasChanges() const
{
    if (full)
        return true;
    for (const QStringList& ids : removed) {
        if (!ids.isEmpty())
            return true;
    }
    return !(services.isEmpty() && meters.isEmpty() && readings.isEmpty() && payments.isEmpty() &&
             subscribers.isEmpty() && settlements.isEmpty() && contracts.isEmpty() && acts.isEmpty() &&
             requests.isEmpty());
}

QJsonObject SyncPayload::toJson() const
{
    QJsonObject changes{
        {QStringLiteral("services"), toArray(services)},       {QStringLiteral("meters"), toArray(meters)},
        {QStringLiteral("readings"), toArray(readings)},       {QStringLiteral("payments"), toArray(payments)},
        {QStringLiteral("subscribers"), toArray(subscribers)}, {QStringLiteral("settlements"), toArray(settlements)},
        {QStringLiteral("contracts"), toArray(contracts)},     {QStringLiteral("acts"), toArray(acts)},
        {QStringLiteral("requests"), toArray(requests)}};
    QJsonObject gone;
    for (auto it = removed.begin(); it != removed.end(); ++it) {
        if (!it.value().isEmpty())
            gone.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    return {{QStringLiteral("cursor"), cursor},
            {QStringLiteral("full"), full},
            {QStringLiteral("accounts"), toArray(accounts)},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("removed"), gone}};
}

SyncPayload SyncPayload::fromJson(const QJsonObject& o)
{
    SyncPayload p;
    p.cursor = o.value(QLatin1String("cursor")).toString();
    p.full = o.value(QLatin1String("full")).toBool();
    p.accounts = fromArray<Account>(o.value(QLatin1String("accounts")));
    const QJsonObject c = o.value(QLatin1String("changes")).toObject();
    p.services = fromArray<ServiceInfo>(c.value(QLatin1String("services")));
    p.meters = fromArray<Meter>(c.value(QLatin1String("meters")));
    p.readings = fromArray<Reading>(c.value(QLatin1String("readings")));
    p.payments = fromArray<Payment>(c.value(QLatin1String("payments")));
    p.subscribers = fromArray<Subscriber>(c.value(QLatin1String("subscribers")));
    p.settlements = fromArray<Settlement>(c.value(QLatin1String("settlements")));
    p.contracts = fromArray<Contract>(c.value(QLatin1String("contracts")));
    p.acts = fromArray<Act>(c.value(QLatin1String("acts")));
    p.requests = fromArray<ServiceRequest>(c.value(QLatin1String("requests")));
    const QJsonObject r = o.value(QLatin1String("removed")).toObject();
    for (auto it = r.begin(); it != r.end(); ++it) {
        QStringList ids;
        for (const QJsonValue& v : it.value().toArray())
            ids.append(v.toString());
        p.removed.insert(it.key(), ids);
    }
    return p;
}

} // namespace mygas
