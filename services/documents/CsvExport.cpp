#include "services/documents/CsvExport.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/Money.h"
#include "services/core/Logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

namespace mygas::csv {

namespace {

// Column titles and values, translated like the rest of the client.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

// Excel and LibreOffice read a leading =, +, - or @ of a text cell as a
// formula; text from the server is written so it stays text.
QString textCell(const QString& value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        return QLatin1Char('\'') + value;
    return value;
}

QString quoted(const QString& cell)
{
    if (!cell.contains(QLatin1Char(';')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n')) &&
        !cell.contains(QLatin1Char('\r')))
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

class Table
{
public:
    void row(const QStringList& cells)
    {
        QStringList out;
        out.reserve(cells.size());
        for (const QString& c : cells)
            out << quoted(c);
        m_text += out.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    QByteArray bytes() const { return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8(); }

private:
    QString m_text;
};

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

QString kop(qint64 value)
{
    return money::formatPlain(value);
}

QString decimal(double value)
{
    QString s = QString::number(value, 'f', 3);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.replace(QLatin1Char('.'), QLatin1Char(','));
}

// "2024-03" → «Март 2024» in the application's language.
QString period(const QString& yyyyMm)
{
    const QDate d = QDate::fromString(yyyyMm + QStringLiteral("-01"), Qt::ISODate);
    if (!d.isValid())
        return yyyyMm;
    QString month = QLocale().standaloneMonthName(d.month());
    if (!month.isEmpty())
        month[0] = month.at(0).toUpper();
    return month + QLatin1Char(' ') + QString::number(d.year());
}

QHash<QString, QString> serviceNames(const QList<ServiceInfo>& services)
{
    QHash<QString, QString> names;
    for (const ServiceInfo& s : services)
        names.insert(s.id, s.name);
    return names;
}

QString readingSource(const QString& source)
{
    if (source == QLatin1String("abonent"))
        return Text::tr("Subscriber");
    if (source == QLatin1String("online"))
        return Text::tr("Personal cabinet");
    if (source == QLatin1String("controller"))
        return Text::tr("Inspector");
    if (source == QLatin1String("company"))
        return Text::tr("Gas company");
    return textCell(source);
}

QString readingState(const QString& state)
{
    if (state == QLatin1String("accepted"))
        return Text::tr("Accepted");
    if (state == QLatin1String("rejected"))
        return Text::tr("Rejected");
    if (state == QLatin1String("pending"))
        return Text::tr("Being checked");
    return textCell(state);
}

} // namespace

QByteArray payments(const QList<Payment>& rows, const QList<ServiceInfo>& services)
{
    const QHash<QString, QString> names = serviceNames(services);
    Table t;
    t.row({Text::tr("Date"), Text::tr("Amount, RUB"), Text::tr("Service"), Text::tr("Place of payment"),
           Text::tr("Online")});
    for (const Payment& p : rows)
        t.row({date(p.date), kop(p.amountKop), textCell(names.value(p.serviceId)), textCell(p.place),
               p.online ? Text::tr("Yes") : Text::tr("No")});
    return t.bytes();
}

QByteArray settlements(const QList<Settlement>& rows, const QList<ServiceInfo>& services)
{
    const QHash<QString, QString> names = serviceNames(services);
    Table t;
    t.row({Text::tr("Period"), Text::tr("Service"), Text::tr("Opening balance, RUB"), Text::tr("Charged, RUB"),
           Text::tr("Volume, m³"), Text::tr("Benefits, RUB"), Text::tr("Recalculation, RUB"), Text::tr("Paid, RUB"),
           Text::tr("Closing balance, RUB")});
    for (const Settlement& s : rows)
        t.row({period(s.period), textCell(names.value(s.serviceId)), kop(s.openingKop), kop(s.chargedKop),
               decimal(s.volumeM3), kop(s.benefitsKop), kop(s.recalculationKop), kop(s.paidKop),
               s.closingKop ? kop(*s.closingKop) : QString()});
    return t.bytes();
}

QByteArray readings(const QList<Reading>& rows, const Meter& meter)
{
    Table t;
    t.row({Text::tr("Meter"), Text::tr("Serial number"), Text::tr("Date"), Text::tr("Reading, m³"),
           Text::tr("Consumption, m³"), Text::tr("Source"), Text::tr("State")});
    for (const Reading& r : rows)
        t.row({textCell(meter.name), textCell(meter.serial), date(r.date), QString::number(r.value),
               QString::number(r.consumption), readingSource(r.source), readingState(r.state)});
    return t.bytes();
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcDocuments) << "cannot write" << path << file.errorString();
        Error e = makeError(errc::FileWriteFailed);
        e.message = errorMessage(e.code) + QStringLiteral(": ") + file.errorString();
        return e;
    }
    return Done{};
}

} // namespace mygas::csv
