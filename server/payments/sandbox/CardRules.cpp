#include "server/payments/sandbox/CardRules.h"

#include "models/core/ErrorCatalog.h"

#include <QRegularExpression>

namespace mygas::server::sandbox {

namespace {
bool inRange(const QString& pan, int digits, int from, int to)
{
    const int prefix = pan.left(digits).toInt();
    return pan.size() >= digits && prefix >= from && prefix <= to;
}
} // namespace

CardNetwork cardNetwork(const QString& pan)
{
    if (inRange(pan, 4, 2200, 2204))
        return CardNetwork::Mir;
    if (inRange(pan, 2, 51, 55) || inRange(pan, 4, 2221, 2720))
        return CardNetwork::Mastercard;
    if (inRange(pan, 2, 34, 34) || inRange(pan, 2, 37, 37))
        return CardNetwork::AmericanExpress;
    if (inRange(pan, 2, 62, 62))
        return CardNetwork::UnionPay;
    if (inRange(pan, 2, 50, 50) || inRange(pan, 2, 56, 58) || inRange(pan, 1, 6, 6))
        return CardNetwork::Maestro;
    if (inRange(pan, 1, 4, 4))
        return CardNetwork::Visa;
    return CardNetwork::Unknown;
}

QString networkName(CardNetwork n)
{
    switch (n) {
    case CardNetwork::Visa:
        return QStringLiteral("Visa");
    case CardNetwork::Mastercard:
        return QStringLiteral("Mastercard");
    case CardNetwork::Maestro:
        return QStringLiteral("Maestro");
    case CardNetwork::Mir:
        return QStringLiteral("Mir");
    case CardNetwork::AmericanExpress:
        return QStringLiteral("American Express");
    case CardNetwork::UnionPay:
        return QStringLiteral("UnionPay");
    case CardNetwork::Unknown:
        break;
    }
    return {};
}

bool isAccepted(CardNetwork n)
{
    return n == CardNetwork::Visa || n == CardNetwork::Mastercard || n == CardNetwork::Maestro || n == CardNetwork::Mir;
}

bool luhnValid(const QString& pan)
{
    if (pan.size() < 12 || pan.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = pan.size() - 1; i >= 0; --i) {
        if (!pan[i].isDigit())
            return false;
        int d = pan[i].digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString maskPan(const QString& pan)
{
    if (pan.size() < 10)
        return QString(pan.size(), QLatin1Char('*'));
    QString masked = pan.left(6) + QString(pan.size() - 10, QLatin1Char('*')) + pan.right(4);
    for (qsizetype i = 4; i < masked.size(); i += 5)
        masked.insert(i, QLatin1Char(' '));
    return masked;
}

QString cardDigits(const QString& typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isDigit())
            out.append(QLatin1Char(char('0' + c.digitValue()))); // any script's digit, as ASCII
        else if (!c.isSpace())
            return {}; // letters or other signs: not a number
    }
    return out;
}

QString checkCardNumber(const QString& typed)
{
    const QString pan = cardDigits(typed);
    if (!luhnValid(pan))
        return QString::fromLatin1(errc::CardNumberInvalid);
    if (!isAccepted(cardNetwork(pan)))
        return QString::fromLatin1(errc::CardNetworkNotAccepted);
    return {};
}

bool cardExpiryValid(const QString& mmYy, const QDate& today)
{
    static const QRegularExpression re(QStringLiteral("^(0[1-9]|1[0-2])/([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(mmYy.trimmed());
    if (!m.hasMatch())
        return false;
    const QDate first(2000 + m.captured(2).toInt(), m.captured(1).toInt(), 1);
    return today <= first.addMonths(1).addDays(-1);
}

} // namespace mygas::server::sandbox
