#pragma once

#include <QDate>
#include <QString>

// The card rules of the sandbox bank (docs/payments.md): the card's payment
// system by its first digits, the Luhn digit, the expiry, the masked number.
// A card number is typed only on the bank's page, never in the app.
namespace mygas::server::sandbox {

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

} // namespace mygas::server::sandbox
