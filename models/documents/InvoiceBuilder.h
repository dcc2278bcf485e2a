#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/core/ApiTypes.h"
#include "models/documents/InvoiceTypes.h"

#include <QList>
#include <QString>

namespace mygas::rules {

// What a receipt is made of, as the server's tables or the client's offline
// cache hold it.
struct InvoiceSource
{
    Company company;
    QString accountId;
    QString accountNumber;
    QString address;
    bool extended = false;
    QString owner;           // the subscriber's name; used in the extended version only
    int residents = 0;       // the subscriber's; extended version only
    double heatedAreaM2 = 0; // the subscriber's; extended version only
    QList<ServiceInfo> services;
    QList<Settlement> settlements; // of the period
    QList<Meter> meters;           // serials as the access level shows them
    // Accepted readings dated up to the period's last day, any order: each
    // meter shows the last of them, the month's own reading (a past month's
    // receipt does not show a reading taken after it).
    QList<Reading> readings;
    Office office; // the company's office the receipt names; empty id: none
};

// The last day of a period "YYYY-MM".
QDate lastDayOf(const QString& period);

// The receipt of a month (manual 4.3.1.3), shaped by the access level: the
// extended version takes the month's settlement per service with «К оплате»
// by the manual's formula (4.3.1.2) and the owner's name; the limited version
// each service's current debt, as «Услуги» shows it. Removed meters are left
// out. An invoice without lines means the month has no charges.
Invoice buildInvoice(const InvoiceSource& source, const QString& period, const QDate& today);

} // namespace mygas::rules
