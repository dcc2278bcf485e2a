#include "models/core/Money.h"

#include <QRegularExpression>

namespace mygas::money {

namespace {
QString digits(qint64 kop, const QString& groupSeparator)
{
    const quint64 abs = kop < 0 ? quint64(-(kop + 1)) + 1 : quint64(kop);
    QString rubles = QString::number(abs / 100);
    if (!groupSeparator.isEmpty()) {
        for (int i = rubles.size() - 3; i > 0; i -= 3)
            rubles.insert(i, groupSeparator);
    }
    return rubles + QLatin1Char(',') + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

QString format(qint64 kop)
{
    return (kop < 0 ? QStringLiteral("\u2212") : QString()) + digits(kop, QStringLiteral("\u00a0"));
}

QString formatRub(qint64 kop)
{
    return format(kop) + QStringLiteral("\u00a0\u20bd");
}

QString formatPlain(qint64 kop)
{
    return (kop < 0 ? QStringLiteral("-") : QString()) + digits(kop, QString());
}

std::optional<qint64> parse(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QChar(0x00a0));
    t.remove(QChar(0x2009));
    t.remove(QLatin1Char(' '));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("(-?)([0-9]{1,13})(?:[.,]([0-9]{1,2}))?")));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 kop = m.captured(2).toLongLong() * 100;
    const QString frac = m.captured(3);
    if (!frac.isEmpty())
        kop += frac.size() == 1 ? frac.toLongLong() * 10 : frac.toLongLong();
    return m.captured(1).isEmpty() ? kop : -kop;
}

} // namespace mygas::money
