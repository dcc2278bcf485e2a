#include "AccountRules.h"

#include "ErrorCatalog.h"

#include <QRegularExpression>

namespace mygas::rules {

QString maskSerial(const QString& serial)
{
    if (serial.size() <= 3)
        return QString(serial.size(), QLatin1Char('*'));
    return serial.left(1) + QStringLiteral("****") + serial.right(2);
}

bool isPeriod(const QString& period)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    return re.match(period).hasMatch();
}

qint64 settlementToPay(const Settlement& s)
{
    return s.openingKop - s.chargedKop + s.paidKop;
}

QString checkAccountNumber(const QString& number, const QString& companyRegex)
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return QString::fromLatin1(errc::AccountNumberRequired);
    if (companyRegex.isEmpty())
        return {};
    const QRegularExpression re(QRegularExpression::anchoredPattern(companyRegex));
    return re.match(n).hasMatch() ? QString() : QString::fromLatin1(errc::AccountNumberInvalid);
}

QString checkAlias(const QString& alias)
{
    return alias.trimmed().size() > kMaxAliasLength ? QString::fromLatin1(errc::AliasTooLong) : QString();
}

bool isExtendedOnly(const QString& section)
{
    static const QStringList extended{QStringLiteral("subscriber"), QStringLiteral("settlements"),
                                      QStringLiteral("contracts"), QStringLiteral("acts"), QStringLiteral("requests")};
    return extended.contains(section);
}

} // namespace mygas::rules
