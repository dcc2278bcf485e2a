#include "models/accounts/AccountTypes.h"

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
    return {{QStringLiteral("id"), id},         {QStringLiteral("account_id"), accountId},
            {QStringLiteral("name"), name},     {QStringLiteral("balance_kop"), balanceKop},
            {QStringLiteral("regime"), regime}, {QStringLiteral("tariff_kop"), tariffKop},
            {QStringLiteral("unit"), unit},     {QStringLiteral("norm_m3"), normM3}};
}

ServiceInfo ServiceInfo::fromJson(const QJsonObject& o)
{
    return {str(o, "id"),     str(o, "account_id"),   str(o, "name"), int64(o, "balance_kop"),
            str(o, "regime"), int64(o, "tariff_kop"), str(o, "unit"), real(o, "norm_m3")};
}

QJsonObject Meter::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("name"), name},
            {QStringLiteral("model"), model},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("capacity_digits"), capacityDigits},
            {QStringLiteral("install_place"), installPlace},
            {QStringLiteral("last_reading"), lastReading},
            {QStringLiteral("last_reading_date"), date(lastReadingDate)},
            {QStringLiteral("next_verification_date"), date(nextVerificationDate)},
            {QStringLiteral("state"), state},
            {QStringLiteral("avg_monthly_m3"), avgMonthlyM3},
            {QStringLiteral("submission_open"), submissionOpen}};
}

Meter Meter::fromJson(const QJsonObject& o)
{
    Meter m;
    m.id = str(o, "id");
    m.accountId = str(o, "account_id");
    m.serviceId = str(o, "service_id");
    m.name = str(o, "name");
    m.model = str(o, "model");
    m.serial = str(o, "serial");
    m.capacityDigits = int(int64(o, "capacity_digits"));
    m.installPlace = str(o, "install_place");
    m.lastReading = int64(o, "last_reading");
    m.lastReadingDate = date(o, "last_reading_date");
    m.nextVerificationDate = date(o, "next_verification_date");
    m.state = str(o, "state");
    m.avgMonthlyM3 = real(o, "avg_monthly_m3");
    m.submissionOpen = flag(o, "submission_open");
    return m;
}

QJsonObject Reading::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("meter_id"), meterId},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("date"), json::date(date)},
            {QStringLiteral("value"), value},
            {QStringLiteral("consumption"), consumption},
            {QStringLiteral("source"), source},
            {QStringLiteral("state"), state}};
}

Reading Reading::fromJson(const QJsonObject& o)
{
    return {str(o, "id"),      str(o, "meter_id"),      str(o, "account_id"), json::date(o, "date"),
            int64(o, "value"), int64(o, "consumption"), str(o, "source"),     str(o, "state")};
}

QJsonObject Payment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("date"), json::date(date)},
            {QStringLiteral("amount_kop"), amountKop},
            {QStringLiteral("place"), place},
            {QStringLiteral("service_id"), serviceId},
            {QStringLiteral("online"), online}};
}

Payment Payment::fromJson(const QJsonObject& o)
{
    return {str(o, "id"),    str(o, "account_id"), json::date(o, "date"), int64(o, "amount_kop"),
            str(o, "place"), str(o, "service_id"), flag(o, "online")};
}

} // namespace mygas
