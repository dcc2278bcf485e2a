#include "models/payments/PaymentRules.h"

#include "models/accounts/AccountRules.h"

#include "models/core/ErrorCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mygas::rules {

QString checkPaymentTotal(qint64 totalKop)
{
    if (totalKop < kMinPaymentKop)
        return QString::fromLatin1(errc::PaymentTooSmall);
    if (totalKop > kMaxPaymentKop)
        return QString::fromLatin1(errc::PaymentTooLarge);
    return {};
}

QString networkDisplayName(const QString& network)
{
    if (network == QLatin1String("Mir"))
        return QCoreApplication::translate("PaymentRules", "Mir");
    return network;
}

QString inAppPaymentId(const QString& accountId, const QString& orderId, int n)
{
    return onlineRowId(accountId, orderId + QLatin1Char('-') + QString::number(n));
}

QString orderOfPayment(const QString& paymentId)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+-online-(.+)-[1-9][0-9]*$"));
    const QRegularExpressionMatch m = pattern.match(paymentId);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace mygas::rules
