#pragma once

#include <QDate>
#include <QString>

// The payment rules of the manual (4.3.1.4, section 6 row 3) as pure
// functions, shared by the payment form, mygas-server and its sandbox
// acquirer.
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

// Card payment systems; only Visa, Mastercard, Maestro and Mir are accepted.
enum class CardNetwork
{
    Unknown,
    Visa,
    Mastercard,
    Maestro,
    Mir,
    AmericanExpress,
    UnionPay,
};
CardNetwork cardNetwork(const QString& pan); // by the number's first digits
QString networkName(CardNetwork n);          // «Visa», «Mir»…: as the API and the bank name it
// The name a person reads: «Мир» in Russian; the others are brands.
QString networkDisplayName(const QString& network);
bool isAccepted(CardNetwork n);

// The Luhn check digit of a 12–19 digit card number.
bool luhnValid(const QString& pan);
// «2202 20** **** 1234»: the first six and the last four digits, as a card
// may be shown and kept; never the whole number.
QString maskPan(const QString& pan);
// Error code for a card number typed on the payment page (digits and spaces),
// or "": card_number_invalid, card_network_not_accepted.
QString checkCardNumber(const QString& typed);
// The digits of a typed card number with every kind of space (tabs, no-break
// and thin spaces) dropped; "" when anything else is in it.
QString cardDigits(const QString& typed);
// MM/YY valid through the end of that month; false for a malformed text.
bool cardExpiryValid(const QString& mmYy, const QDate& today);

} // namespace mygas::rules
