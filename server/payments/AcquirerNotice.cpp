#include "server/payments/AcquirerNotice.h"

#include "models/core/JsonUtil.h"

#include <QMessageAuthenticationCode>

#include <sodium.h>

namespace mygas::server {

QJsonObject AcquirerNotice::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("outcome"), succeeded ? QStringLiteral("succeeded") : QStringLiteral("declined")},
            {QStringLiteral("decline_code"), declineCode},
            {QStringLiteral("amount_kop"), amountKop},
            {QStringLiteral("card_masked"), cardMasked},
            {QStringLiteral("card_network"), cardNetwork},
            {QStringLiteral("card_expiry"), cardExpiry},
            {QStringLiteral("binding"), binding},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("sent_at"), sentAt}};
}

AcquirerNotice AcquirerNotice::fromJson(const QJsonObject& o)
{
    AcquirerNotice n;
    n.id = json::str(o, "id");
    n.orderId = json::str(o, "order_id");
    n.succeeded = json::str(o, "outcome") == QLatin1String("succeeded");
    n.declineCode = json::str(o, "decline_code");
    n.amountKop = json::int64(o, "amount_kop");
    n.cardMasked = json::str(o, "card_masked");
    n.cardNetwork = json::str(o, "card_network");
    n.cardExpiry = json::str(o, "card_expiry");
    n.binding = json::str(o, "binding");
    n.operation = json::str(o, "operation");
    n.sentAt = json::int64(o, "sent_at");
    return n;
}

QByteArray signNotice(const QByteArray& secret, const QByteArray& body)
{
    return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

bool noticeSignatureValid(const QByteArray& secret, const QByteArray& body, const QByteArray& signature)
{
    const QByteArray expected = signNotice(secret, body);
    return signature.size() == expected.size() &&
           sodium_memcmp(signature.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace mygas::server
