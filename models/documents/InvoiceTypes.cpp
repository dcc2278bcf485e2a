#include "models/documents/InvoiceTypes.h"

#include "models/core/JsonUtil.h"

#include <QJsonArray>

namespace mygas {

using namespace json;

QJsonObject InvoiceLine::toJson() const
{
    return {{QStringLiteral("service_id"), serviceId},
            {QStringLiteral("service_name"), serviceName},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("volume_m3"), volumeM3},
            {QStringLiteral("tariff_kop"), tariffKop},
            {QStringLiteral("opening_kop"), openingKop},
            {QStringLiteral("charged_kop"), chargedKop},
            {QStringLiteral("benefits_kop"), benefitsKop},
            {QStringLiteral("recalculation_kop"), recalculationKop},
            {QStringLiteral("paid_kop"), paidKop},
            {QStringLiteral("to_pay_kop"), toPayKop}};
}

InvoiceLine InvoiceLine::fromJson(const QJsonObject& o)
{
    InvoiceLine l;
    l.serviceId = str(o, "service_id");
    l.serviceName = str(o, "service_name");
    l.unit = str(o, "unit");
    l.volumeM3 = real(o, "volume_m3");
    l.tariffKop = int64(o, "tariff_kop");
    l.openingKop = int64(o, "opening_kop");
    l.chargedKop = int64(o, "charged_kop");
    l.benefitsKop = int64(o, "benefits_kop");
    l.recalculationKop = int64(o, "recalculation_kop");
    l.paidKop = int64(o, "paid_kop");
    l.toPayKop = int64(o, "to_pay_kop");
    return l;
}

QJsonObject InvoiceMeter::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("last_reading"), lastReading},
            {QStringLiteral("last_reading_date"), json::date(lastReadingDate)},
            {QStringLiteral("next_verification_date"), json::date(nextVerificationDate)}};
}

InvoiceMeter InvoiceMeter::fromJson(const QJsonObject& o)
{
    return {str(o, "name"), str(o, "serial"), int64(o, "last_reading"), json::date(o, "last_reading_date"),
            json::date(o, "next_verification_date")};
}

qint64 Invoice::totalToPayKop() const
{
    qint64 total = 0;
    for (const InvoiceLine& l : lines)
        total += l.toPayKop;
    return total;
}

QJsonObject Invoice::toJson() const
{
    QJsonArray l;
    for (const InvoiceLine& x : lines)
        l.append(x.toJson());
    QJsonArray m;
    for (const InvoiceMeter& x : meters)
        m.append(x.toJson());
    QJsonObject o{{QStringLiteral("account_id"), accountId},
                  {QStringLiteral("account_number"), accountNumber},
                  {QStringLiteral("period"), period},
                  {QStringLiteral("issued"), json::date(issued)},
                  {QStringLiteral("company_name"), companyName},
                  {QStringLiteral("payee"), payee.toJson()},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("residents"), residents},
                  {QStringLiteral("heated_area_m2"), heatedAreaM2},
                  {QStringLiteral("lines"), l},
                  {QStringLiteral("meters"), m},
                  {QStringLiteral("total_to_pay_kop"), totalToPayKop()}};
    if (!office.id.isEmpty())
        o.insert(QStringLiteral("office"), office.toJson());
    if (!pin.isEmpty())
        o.insert(QStringLiteral("pin"), pin);
    return o;
}

Invoice Invoice::fromJson(const QJsonObject& o)
{
    Invoice i;
    i.accountId = str(o, "account_id");
    i.accountNumber = str(o, "account_number");
    i.period = str(o, "period");
    i.issued = json::date(o, "issued");
    i.companyName = str(o, "company_name");
    i.payee = Payee::fromJson(o.value(QLatin1String("payee")).toObject());
    i.owner = str(o, "owner");
    i.address = str(o, "address");
    i.residents = o.value(QLatin1String("residents")).toInt();
    i.heatedAreaM2 = real(o, "heated_area_m2");
    for (const QJsonValue& v : o.value(QLatin1String("lines")).toArray())
        i.lines.append(InvoiceLine::fromJson(v.toObject()));
    for (const QJsonValue& v : o.value(QLatin1String("meters")).toArray())
        i.meters.append(InvoiceMeter::fromJson(v.toObject()));
    if (o.value(QLatin1String("office")).isObject())
        i.office = Office::fromJson(o.value(QLatin1String("office")).toObject());
    i.pin = str(o, "pin");
    return i;
}

} // namespace mygas
