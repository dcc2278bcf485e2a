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
