#pragma once

#include "models/documents/InvoiceTypes.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mygas::qr {

// The text of a payment QR code by GOST R 56042-2014, which Russian banking
// apps read to fill in a payment: "ST0001" (format and version), "2" (UTF-8),
// the separator, then Key=Value pairs joined by it. The five required fields
// come first and in the standard's order (Name, PersonalAcc, BankName, BIC,
// CorrespAcc); then PayeeINN, KPP, PersAcc (the abonent's account number),
// Sum in kopecks (only when something is owed), Purpose, PaymPeriod (MM.YYYY)
// and the payer's LastName, FirstName, MiddleName and PayerAddress where known.
QList<QPair<QString, QString>> invoiceFields(const Invoice& invoice);
QString payload(const QList<QPair<QString, QString>>& fields);

// The separator: '|' unless a value holds one, then the first of a few other
// characters that no value holds.
QChar separatorFor(const QList<QPair<QString, QString>>& fields);

} // namespace mygas::qr
