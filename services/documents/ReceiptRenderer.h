#pragma once

#include "models/core/Error.h"
#include "models/documents/InvoiceTypes.h"

#include <QString>

class QPainter;

namespace mygas {

// Draws the receipt of a month («Квитанция», manual 4.3.1.3) as an A4 PDF on
// the PC, from the invoice data alone (so also offline): the payee and its
// bank requisites, the account number, owner and address, the period, per
// service the opening state, volume × tariff = charged, benefits,
// recalculation, paid and «К оплате», the meters (serial, last reading and its
// date, next verification), the PIN where the company prints it, and the GOST
// R 56042-2014 QR code a banking app scans to pay. The file is written
// whole or not at all.
//
// The receipt is a Russian payment document: it reads in Russian whatever
// the interface language is.
class ReceiptRenderer
{
public:
    static Status writePdf(const Invoice& invoice, const QString& path);
    // Paints the receipt on a page of any device (a PDF writer, a printer)
    // at its resolution; false when the QR code cannot be made.
    static bool paint(QPainter& painter, const Invoice& invoice);
    // «март 2026» for "2026-03".
    static QString periodTitle(const QString& period);
};

} // namespace mygas
