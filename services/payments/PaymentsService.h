#pragma once

#include "models/core/Error.h"
#include "models/payments/PaymentTypes.h"
#include "models/readings/ReadingTypes.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

namespace mygas {

class ApiClient;
class SyncEngine;

// Card payments and bound cards through the provider (manual 4.3.1.4,
// 4.7.3). A payment is an order on the server plus the bank's page, where
// the person enters the card and the 3-D Secure code; the bank's signed
// notice alone makes the order final, so after the page the app asks the
// server for the outcome. The Idempotency-Key of one attempt is fixed by the
// caller, so a double click or a resend after a lost answer makes one order.
class PaymentsService : public QObject
{
    Q_OBJECT
public:
    PaymentsService(ApiClient* api, SyncEngine* sync, QObject* parent = nullptr);

    struct Started
    {
        PaymentOrder order;
        QUrl page;              // the bank's page to open
        ReadingAnswer readings; // the verdict on readings sent with the payment
    };
    using StartedCallback = std::function<void(const Result<Started>&)>;

    // A fresh Idempotency-Key for one attempt («К оплате» pressed once).
    static QString newKey();
    // Checks the total (rules::checkPaymentTotal) before sending; the server checks again.
    void pay(const QString& accountId, const QList<PaymentItem>& items, const QList<ReadingItem>& readings,
             const QString& cardId, const QString& key, QObject* context, StartedCallback done);
    // «Новая карта»: the bank's page in binding mode, once the offer is accepted.
    void bindCard(const QString& key, QObject* context, StartedCallback done);
    // The order as the server knows it now. A finished payment also starts a
    // sync, so «Платежи» and the balances show it at once.
    void status(const QString& paymentId, QObject* context, std::function<void(const Result<PaymentOrder>&)> done);
    void cards(QObject* context, std::function<void(const Result<QList<SavedCard>>&)> done);
    // The bank's public offer, shown before a card is bound.
    void cardOffer(QObject* context, std::function<void(const Result<CardOffer>&)> done);
    // «Удалить карту»: the bank forgets it too.
    void removeCard(const QString& cardId, QObject* context, std::function<void(const Status&)> done);

    // Where the bank sends the browser back on this server: the page dialog
    // closes itself there.
    QUrl returnUrl() const;
    // The CAs the app trusts besides the system's (--ca-file, the demo's):
    // the bank's page is checked against the same.
    QList<QSslCertificate> trustedCertificates() const;

private:
    ApiClient* m_api;
    SyncEngine* m_sync;
};

} // namespace mygas
