#include "models/core/DisplayFormat.h"

#include "models/core/ApiTypes.h"

#include <QRegularExpression>

namespace mygas::display {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("\u2014");
}

QString dateTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QStringLiteral("\u2014");
}

QString period(const QString& yyyyMm)
{
    const QDate d = QDate::fromString(yyyyMm + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("MM.yyyy")) : yyyyMm;
}

QString number(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    s.replace(QLatin1Char('.'), QLatin1Char(','));
    if (s.startsWith(QLatin1Char('-')))
        s.replace(0, 1, QChar(0x2212));
    return s;
}

QString fileName(const QString& title)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|.\x00-\x1f])"));
    return QString(title).replace(unsafe, QStringLiteral("-")).trimmed();
}

QString afterColon(const QString& sentence)
{
    if (sentence.size() < 2 || !sentence.at(0).isUpper() || sentence.at(1).isUpper())
        return sentence;
    return sentence.at(0).toLower() + sentence.mid(1);
}

QString companyTitle(const Company& c)
{
    return c.region.isEmpty() ? c.name : c.name + QStringLiteral(" — ") + c.region;
}

} // namespace mygas::display
