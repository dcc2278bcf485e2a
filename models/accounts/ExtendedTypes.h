#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Wire types of the sections open only in the extended version:
// subscriber, settlements, contracts, acts.
namespace mygas {

struct Benefit
{
    QString name;
    QString document;
    QDate validUntil; // invalid: without end
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("name", x.name);
        v("document", x.document);
        v("valid_until", x.validUntil);
    }
};

struct ConsumptionRegime
{
    QString serviceName;
    QString regime;
    double normM3 = 0;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("service_name", x.serviceName);
        v("regime", x.regime);
        v("norm_m3", x.normM3);
    }
};

struct Equipment
{
    QString name; // «Плита газовая», «Котел отопительный»
    QString model;
    int count = 1;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("name", x.name);
        v("model", x.model);
        v("count", x.count);
    }
};

struct Subscriber
{
    QString accountId;
    QString number;
    QString address;
    QString ownerName;
    int residents = 0;
    double heatedAreaM2 = 0;
    double totalAreaM2 = 0;
    QList<Benefit> benefits;
    QList<ConsumptionRegime> regimes;
    QList<Equipment> equipment;
    // Besides account_id, number and address, which are the account's own.
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("owner_name", x.ownerName);
        v("residents", x.residents);
        v("heated_area_m2", x.heatedAreaM2);
        v("total_area_m2", x.totalAreaM2);
        v("benefits", x.benefits);
        v("regimes", x.regimes);
        v("equipment", x.equipment);
    }
    QJsonObject toJson() const;
    static Subscriber fromJson(const QJsonObject& o);
};

// One service in one month. closing is empty for the open current month.
struct Settlement
{
    QString id;
    QString accountId;
    QString period; // YYYY-MM
    QString serviceId;
    qint64 openingKop = 0;
    qint64 chargedKop = 0;
    double volumeM3 = 0;
    qint64 paidKop = 0;
    qint64 benefitsKop = 0;
    qint64 recalculationKop = 0; // > 0 in the abonent's favour
    std::optional<qint64> closingKop;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("period", x.period);
        v.ref("service_id", x.serviceId);
        v("opening_kop", x.openingKop);
        v("charged_kop", x.chargedKop);
        v("volume_m3", x.volumeM3);
        v("paid_kop", x.paidKop);
        v("benefits_kop", x.benefitsKop);
        v("recalculation_kop", x.recalculationKop);
        v("closing_kop", x.closingKop);
    }
    QJsonObject toJson() const;
    static Settlement fromJson(const QJsonObject& o);
};

struct Contract
{
    QString id;
    QString accountId;
    QString kind; // «Договор поставки газа», «Договор на ТО ВДГО»…
    QString number;
    QString status; // «Действует», «Расторгнут», «Завершен»
    QDate dateFrom;
    QDate dateTo; // invalid: open-ended
    bool active = true;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("kind", x.kind);
        v("number", x.number);
        v("status", x.status);
        v("date_from", x.dateFrom);
        v("date_to", x.dateTo);
        v("active", x.active);
    }
    QJsonObject toJson() const;
    static Contract fromJson(const QJsonObject& o);
};

struct ActWork
{
    QString name;
    double quantity = 1;
    QString unit;
    qint64 costKop = 0;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("name", x.name);
        v("quantity", x.quantity);
        v("unit", x.unit);
        v("cost_kop", x.costKop);
    }
};

struct Act
{
    QString id;
    QString accountId;
    QString contractId;
    QString number;
    QDate date;
    qint64 totalKop = 0;
    QList<ActWork> works;
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v.ref("contract_id", x.contractId);
        v("number", x.number);
        v("date", x.date);
        v("total_kop", x.totalKop);
        v("works", x.works);
    }
    QJsonObject toJson() const;
    static Act fromJson(const QJsonObject& o);
};

} // namespace mygas
