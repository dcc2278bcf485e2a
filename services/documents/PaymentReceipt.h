#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/core/ApiTypes.h"
#include "models/core/Error.h"

class QPainter;

namespace mygas {

// «Квитанция об оплате» of a payment made in the app (manual 4.3.1.5,
// «Детализация»): one document per payment, listing every service it paid,
// with the payee's requisites, the account, the card (masked) and its payment
// system, the date and time and the operation's number. The card and the
// time come from the server's order; offline the document is made from the
// cached rows and says the card is not known.
struct PaymentReceiptData
{
    struct Line
    {
        QString serviceName;
        qint64 amountKop = 0;
    };
    QString orderId;
    QDate date;
    QDateTime paidAt; // invalid when not known (offline)
    QString cardMasked;
    QString cardNetwork;
    QString bankOperation; // empty when not known (offline)
    QString place;
    QList<Line> lines;
    Account account;
    Company company;
    qint64 totalKop() const;
};

namespace paymentreceipt {
bool paint(QPainter& painter, const PaymentReceiptData& data);
Status writePdf(const PaymentReceiptData& data, const QString& path);
// The title of the document and of its file.
QString title(const PaymentReceiptData& data);
// A number as a person reads it out: groups of four.
QString operationNumber(const QString& number);
} // namespace paymentreceipt

} // namespace mygas
