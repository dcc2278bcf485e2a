#pragma once

#include "models/payments/PaymentTypes.h"
#include "server/db/Database.h"
#include "server/http/IdempotencyStore.h"
#include "server/payments/Acquirer.h"
#include "server/payments/CardStore.h"
#include "server/payments/PaymentStore.h"

#include <QJsonObject>

namespace mygas::server {

// Card payments and bound cards on the provider's side (manual 4.3.1.4,
// 4.7.3): an order waits for the bank's signed notice, which alone makes it
// final; a successful payment becomes rows of «Платежи» and changes the
// services' balances at once (4.3.1.5).
class CompanyCalendar;

class PaymentService
{
public:
    PaymentService(const Database& db, Acquirer& acquirer, QByteArray secret, const CompanyCalendar& calendar);

    // The bank's public offer for bound cards.
    CardOffer cardOffer() const { return m_acquirer.offer(); }
    const Database& database() const { return m_db; }

    // The body as the client sent it (models/payments/PaymentTypes.h), and
    // who sent it under which key.
    struct Request : PaymentRequest
    {
        qint64 userId = 0;
        qint64 accountId = 0;
        QByteArray idempotencyKey;
        QByteArray requestHash;
        QUrl base; // how the client reached the server
        // The verdict on the readings sent with it (written by the readings
        // feature's writer before the order is made); empty without readings.
        QJsonObject readingsVerdict;
    };
    // What a payment request is refused for before anything is written: its
    // items (each service of the account once, a positive amount), its total,
    // its bound card. The total and the card's binding when it passes.
    struct Checked
    {
        qint64 totalKop = 0;
        QString binding;
    };
    Result<Checked> check(const Request& r) const;
    // The answer to store and send: {payment, confirmation_url, readings?},
    // status 201; or the stored answer of an earlier request with the same key.
    Result<StoredAnswer> pay(const Request& r);
    // «Новая карта»: an order that binds a card and takes no money.
    Result<StoredAnswer> bindCard(qint64 userId, const QByteArray& key, const QByteArray& requestHash,
                                  const QUrl& base);

    Result<PaymentOrder> order(qint64 userId, const QString& orderId) const;
    Result<QList<SavedCard>> cards(qint64 userId) const;
    Status removeCard(qint64 userId, const QString& cardId);

    // A notice of the bank: false when its signature or time fails. A notice
    // applied before, or one for an order already final, changes nothing.
    bool receive(const QByteArray& body, const QByteArray& signature);

private:
    Result<StoredAnswer> open(const PaymentOrder& order, qint64 userId, const QString& kind, const QString& binding,
                              const QByteArray& key, const QByteArray& requestHash, const QUrl& base,
                              const QJsonObject& readings = {});
    bool apply(const struct AcquirerNotice& notice);

    const Database& m_db;
    Acquirer& m_acquirer;
    const CompanyCalendar& m_calendar;
    IdempotencyStore m_keys;
    PaymentStore m_store;
    CardStore m_cards;
    QByteArray m_secret;
};

} // namespace mygas::server
