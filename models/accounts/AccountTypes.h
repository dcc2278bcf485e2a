#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Wire types of a personal account (лицевой счет) and of the sections open
// in the limited version: services, meters with their readings, payments.
// Money is integer kopecks; negative balances are debts. Ids are strings.
namespace mygas {

enum class Access
{
    Limited,
    Extended
};
QString accessToString(Access a);
Access accessFromString(const QString& s); // anything but "extended" is Limited

struct Account
{
    QString id;
    QString companyId;
    QString number;
    QString alias; // the user's own name for it; may be empty
    QString address;
    Access access = Access::Limited;
    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject& o);
};

// A service of the account (gas supply, ТО ВДГО, penalties…) and its state.
struct ServiceInfo
{
    QString id;
    QString accountId;
    QString name;
    qint64 balanceKop = 0; // < 0: debt (red, with a minus); >= 0: overpayment or zero (green)
    QString regime; // consumption regime, e.g. «Приготовление пищи и подогрев воды»
    qint64 tariffKop = 0; // kopecks per unit
    QString unit;         // «м³», «шт.», «₽»
    double normM3 = 0;    // monthly norm where no meter is used
    // Besides id and account_id (models/core/WireFields.h).
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("name", x.name);
        v("balance_kop", x.balanceKop);
        v("regime", x.regime);
        v("tariff_kop", x.tariffKop);
        v("unit", x.unit);
        v("norm_m3", x.normM3);
    }
    QJsonObject toJson() const;
    static ServiceInfo fromJson(const QJsonObject& o);
};

struct Meter
{
    QString id;
    QString accountId;
    QString serviceId;
    QString name;
    QString model;
    QString serial; // masked as «6****37» in the limited version
    int capacityDigits = 5;
    QString installPlace;
    qint64 lastReading = 0; // readings are whole m³
    QDate lastReadingDate;
    QDate nextVerificationDate;
    QString state; // "working", "verification_expired", "removed"
    double avgMonthlyM3 = 0;
    bool submissionOpen = false;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v.ref("service_id", x.serviceId);
        v("name", x.name);
        v("model", x.model);
        v("serial", x.serial);
        v("capacity_digits", x.capacityDigits);
        v("install_place", x.installPlace);
        v("last_reading", x.lastReading);
        v("last_reading_date", x.lastReadingDate);
        v("next_verification_date", x.nextVerificationDate);
        v("state", x.state);
        v("avg_monthly_m3", x.avgMonthlyM3);
        v("submission_open", x.submissionOpen);
    }
    QJsonObject toJson() const;
    static Meter fromJson(const QJsonObject& o);
};

struct Reading
{
    QString id;
    QString meterId;
    QString accountId;
    QDate date;
    qint64 value = 0;
    qint64 consumption = 0;
    QString source; // "abonent", "online", "controller", "company"
    QString state;  // "accepted", "rejected", "pending"
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v.ref("meter_id", x.meterId);
        v("date", x.date);
        v("value", x.value);
        v("consumption", x.consumption);
        v("source", x.source);
        v("state", x.state);
    }
    QJsonObject toJson() const;
    static Reading fromJson(const QJsonObject& o);
};

struct Payment
{
    QString id;
    QString accountId;
    QDate date;
    qint64 amountKop = 0;
    QString place; // where it was paid: bank, agent, «ЛК «Мой газ»»
    QString serviceId;
    bool online = false;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("date", x.date);
        v("amount_kop", x.amountKop);
        v("place", x.place);
        v.ref("service_id", x.serviceId);
        v("online", x.online);
    }
    QJsonObject toJson() const;
    static Payment fromJson(const QJsonObject& o);
};

} // namespace mygas
