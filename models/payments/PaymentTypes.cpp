#include "models/payments/PaymentTypes.h"

#include "models/core/ErrorCatalog.h"
#include "models/core/JsonUtil.h"

#include <QJsonArray>

namespace mygas {

QJsonObject PaymentItem::toJson() const
{
    return {{QStringLiteral("service_id"), serviceId}, {QStringLiteral("amount_kop"), amountKop}};
}

PaymentItem PaymentItem::fromJson(const QJsonObject& o)
{
    return {json::str(o, "service_id"), json::int64(o, "amount_kop")};
}

QJsonObject PaymentRequest::toJson() const
{
    QJsonArray list;
    for (const PaymentItem& i : items)
        list.append(i.toJson());
    QJsonObject body{{QStringLiteral("items"), list}};
    if (!cardId.isEmpty())
        body.insert(QStringLiteral("card_id"), cardId);
    if (readings) {
        QJsonArray sent;
        for (const ReadingItem& r : *readings)
            sent.append(r.toJson());
        body.insert(QStringLiteral("readings"), sent);
    }
    return body;
}

Result<PaymentRequest> PaymentRequest::read(const QJsonObject& body)
{
    PaymentRequest r;
    const QJsonValue items = body.value(QLatin1String("items"));
    if (!items.isArray())
        return makeError(errc::PaymentItemsInvalid, QStringLiteral("items"), 400);
    for (const QJsonValue& v : items.toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue service = o.value(QLatin1String("service_id"));
        const QJsonValue amount = o.value(QLatin1String("amount_kop"));
        // Whole kopecks only: 12.5 or "100" is not an amount.
        if (!service.isString() || !amount.isDouble() || amount.toDouble() != double(amount.toInteger()))
            return makeError(errc::PaymentItemsInvalid, QStringLiteral("items"), 400);
        r.items.append({service.toString(), amount.toInteger()});
    }
    const QJsonValue card = body.value(QLatin1String("card_id"));
    if (!card.isUndefined() && !card.isNull() && !card.isString())
        return makeError(errc::FieldType, QStringLiteral("card_id"), 400);
    r.cardId = card.toString();
    const QJsonValue readings = body.value(QLatin1String("readings"));
    if (!readings.isUndefined() && !readings.isNull()) {
        Result<QList<ReadingItem>> read = readReadingItems(body, QStringLiteral("readings"));
        if (!read.ok())
            return read.error();
        r.readings = std::move(read.value());
    }
    return r;
}

QJsonObject CardOffer::toJson() const
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("text"), text}};
}

CardOffer CardOffer::fromJson(const QJsonObject& o)
{
    return {o.value(QLatin1String("title")).toString(), o.value(QLatin1String("text")).toString()};
}

QString paymentStatusToString(PaymentOrder::Status s)
{
    switch (s) {
    case PaymentOrder::Status::Succeeded:
        return QStringLiteral("succeeded");
    case PaymentOrder::Status::Declined:
        return QStringLiteral("declined");
    case PaymentOrder::Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

PaymentOrder::Status paymentStatusFromString(const QString& s)
{
    if (s == QLatin1String("succeeded"))
        return PaymentOrder::Status::Succeeded;
    if (s == QLatin1String("declined"))
        return PaymentOrder::Status::Declined;
    return PaymentOrder::Status::Pending;
}

namespace {
QJsonValue moment(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject PaymentOrder::toJson() const
{
    QJsonArray list;
    for (const PaymentItem& i : items)
        list.append(i.toJson());
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("account_id"), accountId},
                  {QStringLiteral("status"), paymentStatusToString(status)},
                  {QStringLiteral("total_kop"), totalKop},
                  {QStringLiteral("items"), list},
                  {QStringLiteral("card_masked"), cardMasked},
                  {QStringLiteral("card_network"), cardNetwork},
                  {QStringLiteral("bank_operation"), bankOperation},
                  {QStringLiteral("created_at"), moment(createdAt)},
                  {QStringLiteral("finished_at"), moment(finishedAt)}};
    if (status == Status::Declined)
        o.insert(QStringLiteral("decline"), QJsonObject{{QStringLiteral("code"), declineCode},
                                                        {QStringLiteral("message"), errorMessage(declineCode)}});
    return o;
}

PaymentOrder PaymentOrder::fromJson(const QJsonObject& o)
{
    PaymentOrder p;
    p.id = json::str(o, "id");
    p.accountId = json::str(o, "account_id");
    p.status = paymentStatusFromString(json::str(o, "status"));
    p.totalKop = json::int64(o, "total_kop");
    for (const QJsonValue& v : o.value(QLatin1String("items")).toArray())
        p.items.append(PaymentItem::fromJson(v.toObject()));
    p.cardMasked = json::str(o, "card_masked");
    p.cardNetwork = json::str(o, "card_network");
    p.bankOperation = json::str(o, "bank_operation");
    p.createdAt = QDateTime::fromString(json::str(o, "created_at"), Qt::ISODate);
    p.finishedAt = QDateTime::fromString(json::str(o, "finished_at"), Qt::ISODate);
    p.declineCode = o.value(QLatin1String("decline")).toObject().value(QLatin1String("code")).toString();
    return p;
}

QJsonObject SavedCard::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("masked"), masked},
            {QStringLiteral("network"), network},
            {QStringLiteral("expiry"), expiry}};
}

SavedCard SavedCard::fromJson(const QJsonObject& o)
{
    return {json::str(o, "id"), json::str(o, "masked"), json::str(o, "network"), json::str(o, "expiry")};
}

} // namespace mygas
