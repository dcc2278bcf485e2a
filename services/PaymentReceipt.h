#pragma once

#include "AccountTypes.h"
#include "ApiTypes.h"
#include "Error.h"

class QPainter;

namespace mygas {

// «Квитанция об оплате» of a payment made in the app (manual 4.3.1.5,
// «Детализация»): the payee, the account, the service, the amount, the date
// and the operation's number, drawn from the cached data (offline too).
struct PaymentReceiptData
{
    Payment payment;
    QString serviceName;
    Account account;
    Company company;
};

namespace paymentreceipt {
bool paint(QPainter& painter, const PaymentReceiptData& data);
Status writePdf(const PaymentReceiptData& data, const QString& path);
// The title of the document and of its file.
QString title(const PaymentReceiptData& data);
} // namespace paymentreceipt

} // namespace mygas
