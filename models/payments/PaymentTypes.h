#pragma once

#include "models/core/ApiTypes.h"
#include "models/readings/ReadingTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mygas {

// One service of a payment and the amount paid for it (manual 4.3.1.4, 2.1–2.2).
struct PaymentItem
{
    QString serviceId;
    qint64 amountKop = 0;
    QJsonObject toJson() const;
    static PaymentItem fromJson(const QJsonObject& o);
};

// POST /accounts/{id}/payments with an Idempotency-Key header:
// {items: [{service_id, amount_kop}], card_id?, readings?: [{meter_id, value}]}.
struct PaymentRequest
{
    QList<PaymentItem> items;
    QString cardId; // a bound card, or "" for the bank's page
    // Meter readings sent with the payment (manual 4.3.1.4, point 3), judged
    // as a readings request of their own; nothing when none were sent.
    std::optional<QList<ReadingItem>> readings;
    QJsonObject toJson() const;
    // Read strictly as the server must, in this order: items
    // (payment_items_invalid: not an array, or an item without a string
    // service_id and a whole number of kopecks), card_id (field_type), then
    // the readings as readReadingItems() reads them (errors name "readings…").
    static Result<PaymentRequest> read(const QJsonObject& body);
};

// A card payment as the provider keeps it: pending until the bank answers,
// then succeeded or declined with the bank's reason.
struct PaymentOrder
{
    enum class Status
    {
        Pending,
        Succeeded,
        Declined,
    };
    QString id;
    QString accountId;
    Status status = Status::Pending;
    QString declineCode; // errc code when declined
    qint64 totalKop = 0;
    QList<PaymentItem> items;
    QString cardMasked; // «4111 11** **** 1111», once the bank knows the card
    QString cardNetwork;
    QString bankOperation; // the bank's operation number (RRN) once paid
    QDateTime createdAt;
    QDateTime finishedAt;
    QJsonObject toJson() const;
    static PaymentOrder fromJson(const QJsonObject& o);
};

// The bank's public offer for bound cards (manual 4.7.3.1), which the person
// reads and accepts before «Зарегистрировать»: GET /cards/offer.
struct CardOffer
{
    QString title;
    QString text; // paragraphs separated by empty lines
    QJsonObject toJson() const;
    static CardOffer fromJson(const QJsonObject& o);
};

QString paymentStatusToString(PaymentOrder::Status s);
PaymentOrder::Status paymentStatusFromString(const QString& s);

// A card bound to the user's sign-in at the bank (manual 4.7.3): only what
// may be shown, never the number.
struct SavedCard
{
    QString id;
    QString masked;
    QString network; // «Visa», «Mir»…
    QString expiry;  // MM/YY
    QJsonObject toJson() const;
    static SavedCard fromJson(const QJsonObject& o);
};

} // namespace mygas
