#include "models/auth/AuthRules.h"

#include "models/core/ErrorCatalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace mygas::rules {

Login normalizeLogin(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.contains(QLatin1Char('@'))) {
        // Deliberately simple: one @, a dot in the domain, no spaces.
        static const QRegularExpression email(QRegularExpression::anchoredPattern(
            QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}")));
        if (trimmed.size() <= 254 && email.match(trimmed).hasMatch())
            return {LoginKind::Email, trimmed.toLower()};
        return {};
    }
    static const QRegularExpression phoneChars(QRegularExpression::anchoredPattern(QStringLiteral("\\+?[0-9 ()\\-]+")));
    if (!phoneChars.match(trimmed).hasMatch())
        return {};
    QString digits;
    for (QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    const bool plus = trimmed.startsWith(QLatin1Char('+'));
    if (plus && !(digits.size() == 11 && digits.startsWith(QLatin1Char('7'))))
        return {};
    if (digits.size() == 11 && (digits.startsWith(QLatin1Char('7')) || digits.startsWith(QLatin1Char('8'))))
        digits = digits.mid(1);
    // A Russian mobile number: ten digits starting with 9.
    if (digits.size() != 10 || !digits.startsWith(QLatin1Char('9')))
        return {};
    return {LoginKind::Phone, QStringLiteral("+7") + digits};
}

QString checkLogin(const QString& input)
{
    if (input.trimmed().isEmpty())
        return QString::fromLatin1(errc::LoginRequired);
    return normalizeLogin(input).valid() ? QString() : QString::fromLatin1(errc::LoginInvalid);
}

namespace {
// models/data/common-passwords.txt, lower-case.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> out;
        QFile f(QStringLiteral(":/mygas/common-passwords.txt"));
        if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            for (const QByteArray& line : f.readAll().split('\n')) {
                const QString word = QString::fromUtf8(line).trimmed().toLower();
                if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
                    out.insert(word);
            }
        }
        return out;
    }();
    return list;
}

// «aaaaa», «12345», «98765», «abcdef»: one character, or each the next
// (or the previous) of the one before.
bool isRun(const QString& password)
{
    const QString p = password.toLower();
    for (const int step : {0, 1, -1}) {
        bool run = true;
        for (qsizetype i = 1; i < p.size() && run; ++i)
            run = p[i].unicode() - p[i - 1].unicode() == step;
        if (run)
            return true;
    }
    return false;
}
} // namespace

QString checkPasswordFormat(const QString& password)
{
    if (password.isEmpty())
        return QString::fromLatin1(errc::PasswordRequired);
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[A-Za-z0-9]{%1,%2}").arg(kPasswordMinLength).arg(kPasswordMaxLength)));
    return re.match(password).hasMatch() ? QString() : QString::fromLatin1(errc::PasswordInvalid);
}

QString checkPassword(const QString& password)
{
    if (const QString format = checkPasswordFormat(password); !format.isEmpty())
        return format;
    if (isRun(password) || commonPasswords().contains(password.toLower()))
        return QString::fromLatin1(errc::PasswordCommon);
    return {};
}

QString checkPasswordConfirmation(const QString& password, const QString& confirmation)
{
    return password == confirmation ? QString() : QString::fromLatin1(errc::PasswordMismatch);
}

QString checkCode(const QString& code)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{%1}").arg(kCodeLength)));
    return re.match(code.trimmed()).hasMatch() ? QString() : QString::fromLatin1(errc::CodeFormat);
}

} // namespace mygas::rules
