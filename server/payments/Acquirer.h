#pragma once

#include "models/core/Error.h"
#include "models/payments/PaymentTypes.h"

#include <QString>
#include <QUrl>

namespace mygas::server {

// The bank that takes card payments for the provider. It shows its own page,
// where the person enters the card and the 3-D Secure code, then sends the
// provider a signed notification of the outcome (PaymentService::receive) and
// returns the browser to the order's return URL. SandboxAcquirer is the test
// bank served by mygas-server itself; a real bank's adapter implements the same.
class Acquirer
{
public:
    struct Order
    {
        QString orderId;
        qint64 amountKop = 0;  // 0 for a card binding
        bool bindOnly = false; // «Новая карта»: bind the card, take no money
        QString binding;       // a card bound before: its details are filled in
        QUrl returnUrl;
    };
    virtual ~Acquirer() = default;
    // Opens the bank's page for the order; base is the URL the client reached
    // mygas-server by.
    virtual Result<QUrl> start(const Order& order, const QUrl& base) = 0;
    // Forgets a bound card at the bank («Удалить карту»).
    virtual Status unbind(const QString& binding) = 0;
    // The bank's public offer a person accepts before binding a card.
    virtual CardOffer offer() const = 0;
};

} // namespace mygas::server
