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
};

struct ConsumptionRegime
{
    QString serviceName;
    QString regime;
    double normM3 = 0;
};

struct Equipment
{
    QString name; // «Плита газовая», «Котел отопительный»
    QString model;
    int count = 1;
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
    QJsonObject toJson() const;
    static Contract fromJson(const QJsonObject& o);
};

struct ActWork
{
    QString name;
    double quantity = 1;
    QString unit;
    qint64 costKop = 0;
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
    QJsonObject toJson() const;
    static Act fromJson(const QJsonObject& o);
};

} // namespace mygas
