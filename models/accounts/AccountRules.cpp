#include "models/accounts/AccountRules.h"

#include "models/core/ErrorCatalog.h"

#include <QCoreApplication>

#include <QRegularExpression>

namespace mygas::rules {

QString rowId(const QString& accountId, const QString& localId)
{
    return localId.isEmpty() ? accountId : accountId + QLatin1Char('-') + localId;
}

QString onlineRowId(const QString& accountId, const QString& localPart)
{
    return rowId(accountId, QLatin1String(kOnlineRowPrefix) + localPart);
}

QString maskSerial(const QString& serial)
{
    if (serial.size() <= 3)
        return QString(serial.size(), QLatin1Char('*'));
    return serial.left(1) + QStringLiteral("****") + serial.right(2);
}

QString answerToken(const QString& answer)
{
    QString out;
    out.reserve(answer.size());
    for (const QChar c : answer) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            out.append(c.toUpper());
    }
    return out;
}

QString methodUnavailableMessage(const QString& method)
{
    if (method == QLatin1String("pin"))
        return QCoreApplication::translate("Errors", "No PIN code has been issued for this personal account yet. "
                                                     "Request a PIN code or answer another question");
    if (method == QLatin1String("meter_serial"))
        return QCoreApplication::translate("Errors", "The meters of this personal account have no serial number "
                                                     "long enough to confirm access. Answer another question");
    return QCoreApplication::translate("Errors", "This personal account has no closed month with charges yet. "
                                                 "Answer another question");
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

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        // Tabs and line ends included: a one-line field holds none of them;
        // nor the direction overrides that make a text read otherwise than
        // it is stored.
        const char16_t u = c.unicode();
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

QString attemptsExceededMessage(int retryAfterSec)
{
    const int minutes = qMax(1, (retryAfterSec + 59) / 60);
    return QCoreApplication::translate("Errors",
                                       "Too many wrong answers. Try again in %1 h %2 min or request a PIN code")
        .arg(minutes / 60)
        .arg(minutes % 60);
}

QString checkAlias(const QString& alias)
{
    if (hasControlCharacters(alias))
        return QString::fromLatin1(errc::ControlCharacters);
    return alias.trimmed().size() > kMaxAliasLength ? QString::fromLatin1(errc::AliasTooLong) : QString();
}

bool isExtendedOnly(const QString& section)
{
    static const QStringList extended{QStringLiteral("subscriber"), QStringLiteral("settlements"),
                                      QStringLiteral("contracts"), QStringLiteral("acts"), QStringLiteral("requests")};
    return extended.contains(section);
}

} // namespace mygas::rules
