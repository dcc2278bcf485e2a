#include "models/accounts/ExtendedTypes.h"

#include "models/core/JsonUtil.h"

#include <QJsonArray>

namespace mygas {

using namespace json;

QJsonObject Subscriber::toJson() const
{
    QJsonArray b;
    for (const Benefit& x : benefits)
        b.append(QJsonObject{{QStringLiteral("name"), x.name},
                             {QStringLiteral("document"), x.document},
                             {QStringLiteral("valid_until"), json::date(x.validUntil)}});
    QJsonArray r;
    for (const ConsumptionRegime& x : regimes)
        r.append(QJsonObject{{QStringLiteral("service_name"), x.serviceName},
                             {QStringLiteral("regime"), x.regime},
                             {QStringLiteral("norm_m3"), x.normM3}});
    QJsonArray e;
    for (const Equipment& x : equipment)
        e.append(QJsonObject{
            {QStringLiteral("name"), x.name}, {QStringLiteral("model"), x.model}, {QStringLiteral("count"), x.count}});
    return {{QStringLiteral("account_id"), accountId},
            {QStringLiteral("number"), number},
            {QStringLiteral("address"), address},
            {QStringLiteral("owner_name"), ownerName},
            {QStringLiteral("residents"), residents},
            {QStringLiteral("heated_area_m2"), heatedAreaM2},
            {QStringLiteral("total_area_m2"), totalAreaM2},
            {QStringLiteral("benefits"), b},
            {QStringLiteral("regimes"), r},
            {QStringLiteral("equipment"), e}};
}

Subscriber Subscriber::fromJson(const QJsonObject& o)
{
    Subscriber s;
    s.accountId = str(o, "account_id");
    s.number = str(o, "number");
    s.address = str(o, "address");
    s.ownerName = str(o, "owner_name");
    s.residents = int(int64(o, "residents"));
    s.heatedAreaM2 = real(o, "heated_area_m2");
    s.totalAreaM2 = real(o, "total_area_m2");
    for (const QJsonValue& v : o.value(QLatin1String("benefits")).toArray()) {
        const QJsonObject x = v.toObject();
        s.benefits.append({str(x, "name"), str(x, "document"), json::date(x, "valid_until")});
    }
    for (const QJsonValue& v : o.value(QLatin1String("regimes")).toArray()) {
        const QJsonObject x = v.toObject();
        s.regimes.append({str(x, "service_name"), str(x, "regime"), real(x, "norm_m3")});
    }
    for (const QJsonValue& v : o.value(QLatin1String("equipment")).toArray()) {
        const QJsonObject x = v.toObject();
        s.equipment.append({str(x, "name"), str(x, "model"), int(int64(x, "count"))});
    }
    return s;
}

QJsonObject Settlement::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("period"), period},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("opening_kop"), openingKop},
            {QStringLiteral("charged_kop"), chargedKop},
            {QStringLiteral("volume_m3"), volumeM3},
            {QStringLiteral("paid_kop"), paidKop},
            {QStringLiteral("benefits_kop"), benefitsKop},
            {QStringLiteral("recalculation_kop"), recalculationKop},
            {QStringLiteral("closing_kop"), optionalInt(closingKop)}};
}

Settlement Settlement::fromJson(const QJsonObject& o)
{
    Settlement s;
    s.id = str(o, "id");
    s.accountId = str(o, "account_id");
    s.period = str(o, "period");
    s.serviceId = str(o, "service_id");
    s.openingKop = int64(o, "opening_kop");
    s.chargedKop = int64(o, "charged_kop");
    s.volumeM3 = real(o, "volume_m3");
    s.paidKop = int64(o, "paid_kop");
    s.benefitsKop = int64(o, "benefits_kop");
    s.recalculationKop = int64(o, "recalculation_kop");
    s.closingKop = optionalInt(o, "closing_kop");
    return s;
}

QJsonObject Contract::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("number"), number},
            {QStringLiteral("status"), status},
            {QStringLiteral("date_from"), json::date(dateFrom)},
            {QStringLiteral("date_to"), json::date(dateTo)},
            {QStringLiteral("active"), active}};
}

Contract Contract::fromJson(const QJsonObject& o)
{
    return {str(o, "id"),     str(o, "account_id"),       str(o, "kind"),           str(o, "number"),
            str(o, "status"), json::date(o, "date_from"), json::date(o, "date_to"), flag(o, "active")};
}

QJsonObject Act::toJson() const
{
    QJsonArray w;
    for (const ActWork& x : works)
        w.append(QJsonObject{{QStringLiteral("name"), x.name},
                             {QStringLiteral("quantity"), x.quantity},
                             {QStringLiteral("unit"), x.unit},
                             {QStringLiteral("cost_kop"), x.costKop}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("contract_id"), contractId},
            {QStringLiteral("number"), number},
            {QStringLiteral("date"), json::date(date)},
            {QStringLiteral("total_kop"), totalKop},
            {QStringLiteral("works"), w}};
}

Act Act::fromJson(const QJsonObject& o)
{
    Act a;
    a.id = str(o, "id");
    a.accountId = str(o, "account_id");
    a.contractId = str(o, "contract_id");
    a.number = str(o, "number");
    a.date = json::date(o, "date");
    a.totalKop = int64(o, "total_kop");
    for (const QJsonValue& v : o.value(QLatin1String("works")).toArray()) {
        const QJsonObject x = v.toObject();
        a.works.append({str(x, "name"), real(x, "quantity"), str(x, "unit"), int64(x, "cost_kop")});
    }
    return a;
}

} // namespace mygas
