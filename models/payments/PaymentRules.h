#pragma once

#include <QDate>
#include <QString>

// The payment rules of the manual (4.3.1.4, section 6 row 3) as pure
// functions, shared by the payment form and mygas-server. The card rules are
// the bank's (server/payments/sandbox/CardRules.h): a card is typed only on
// the bank's page.
namespace mygas::rules {

// The total of one payment: at least 10 ₽, at most 15 000 ₽.
inline constexpr qint64 kMinPaymentKop = 1000;
inline constexpr qint64 kMaxPaymentKop = 1500000;
// Error code (ErrorCatalog.h) for a payment total, or "".
QString checkPaymentTotal(qint64 totalKop);

// The «Платежи» rows of an order paid in the app are
// "<account id>-online-<order id>-<n>" (rules::rowId), n counting the order's
// services from 1; only they have a payment receipt («Детализация»). A
// payment made elsewhere, online at a bank too, has none.
QString inAppPaymentId(const QString& accountId, const QString& orderId, int n);
// The order behind such a row; "" for a payment made elsewhere.
QString orderOfPayment(const QString& paymentId);

// The name a person reads of a card's payment system as the API gives it
// (card_network): «Мир» in Russian; the others are brands.
QString networkDisplayName(const QString& network);

} // namespace mygas::rules
