#pragma once

#include "models/core/ApiTypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mygas {

// Russia's single number of the gas emergency service, from any phone,
// printed on every receipt.
inline constexpr const char* kGasEmergencyNotice = "Аварийная газовая служба: 04, с мобильного 104 (круглосуточно)";

// One service on a receipt (manual 4.3.1.3): the month's settlement with the
// tariff it was charged at.
struct InvoiceLine
{
    QString serviceId;
    QString serviceName;
    QString unit;          // «м³»
    double volumeM3 = 0;   // charged volume
    qint64 tariffKop = 0;  // per unit
    qint64 openingKop = 0; // state at the start of the period (negative: debt)
    qint64 chargedKop = 0;
    qint64 benefitsKop = 0;
    qint64 recalculationKop = 0; // > 0 in the abonent's favour
    qint64 paidKop = 0;
    qint64 toPayKop = 0; // what the receipt asks for: 0 when nothing is owed
    QJsonObject toJson() const;
    static InvoiceLine fromJson(const QJsonObject& o);
};

struct InvoiceMeter
{
    QString name;
    QString serial; // masked in the limited version
    qint64 lastReading = 0;
    QDate lastReadingDate;
    QDate nextVerificationDate;
    QJsonObject toJson() const;
    static InvoiceMeter fromJson(const QJsonObject& o);
};

// GET /accounts/{id}/invoice?period=YYYY-MM: everything a receipt is drawn
// from, so that the client can draw it again without a network.
struct Invoice
{
    QString accountId;
    QString accountNumber;
    QString period; // YYYY-MM
    QDate issued;   // the provider's date the data is of
    QString companyName;
    Payee payee;
    QString owner; // empty in the limited version
    QString address;
    int residents = 0;       // extended version; 0 when not known
    double heatedAreaM2 = 0; // extended version; 0 when not known
    QList<InvoiceLine> lines;
    QList<InvoiceMeter> meters;
    // Where the abonent goes with questions: the company's first office in
    // the directory's order; empty id when the directory has none.
    Office office;
    QString pin; // where the company prints it and the version is extended
    qint64 totalToPayKop() const;
    QJsonObject toJson() const;
    static Invoice fromJson(const QJsonObject& o);
};

} // namespace mygas
