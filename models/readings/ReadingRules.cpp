#include "models/readings/ReadingRules.h"

#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace mygas::rules {

namespace {
constexpr int kMoscowOffsetSec = 3 * 3600;

QDate windowDay(int year, int month, int day)
{
    const QDate firstOfMonth(year, month, 1);
    return QDate(year, month, qBound(1, day, firstOfMonth.daysInMonth()));
}

// The window [first, last] that opens in the month of `inMonth`; when the
// last day comes before the first (the 25th to the 5th) it closes in the
// next month.
std::pair<QDate, QDate> windowOfMonth(const Company& c, const QDate& inMonth)
{
    const int from = qBound(1, c.readingFromDay, 31);
    const int to = qBound(1, c.readingToDay, 31);
    const QDate first = windowDay(inMonth.year(), inMonth.month(), from);
    if (to >= from)
        return {first, windowDay(inMonth.year(), inMonth.month(), to)};
    const QDate next = QDate(inMonth.year(), inMonth.month(), 1).addMonths(1);
    return {first, windowDay(next.year(), next.month(), to)};
}

qint64 capacityMax(const Meter& m)
{
    qint64 max = 1;
    for (int i = 0; i < qBound(1, m.capacityDigits, 15); ++i)
        max *= 10;
    return max - 1; // 5 digits: 99999
}

// A lower value is taken for a wrap past the capacity only when the wrapped
// consumption is plausible: within the company's maximum, or a tenth of the
// meter's range when the company sets no maximum.
bool plausibleWrap(qint64 wrapped, const Meter& m, const Company& c)
{
    const qint64 bound = c.maxConsumption > 0 ? c.maxConsumption : (capacityMax(m) + 1) / 10;
    return wrapped <= bound;
}

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

int monthIndex(const QDate& d)
{
    return d.year() * 12 + d.month() - 1;
}
} // namespace

QDate todayIn(const QString& timeZone)
{
    const QTimeZone zone(timeZone.toLatin1());
    const QDateTime now = Clock::now();
    return zone.isValid() ? now.toTimeZone(zone).date() : now.toOffsetFromUtc(kMoscowOffsetSec).date();
}

QDate providerToday(const Company& company)
{
    return todayIn(company.timeZone);
}

ReadingWindow readingWindow(const Company& company, const QDate& today)
{
    ReadingWindow w;
    std::tie(w.first, w.last) = windowOfMonth(company, today);
    // Early in a month, a window that opened the month before may still run.
    const auto previous = windowOfMonth(company, QDate(today.year(), today.month(), 1).addMonths(-1));
    if (today <= previous.second)
        std::tie(w.first, w.last) = previous;
    w.open = today >= w.first && today <= w.last;
    w.daysLeft = w.open ? int(today.daysTo(w.last)) + 1 : 0;
    if (today <= w.last)
        std::tie(w.nextFirst, w.nextLast) = std::make_pair(w.first, w.last);
    else
        std::tie(w.nextFirst, w.nextLast) = windowOfMonth(company, QDate(today.year(), today.month(), 1).addMonths(1));
    return w;
}

Result<qint64> parseReading(const QString& text)
{
    const QString t = text.trimmed();
    bool digitsOnly = !t.isEmpty() && t.size() <= 18;
    for (const QChar ch : t)
        digitsOnly = digitsOnly && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
    if (!digitsOnly) {
        Error e{QString::fromLatin1(errc::ReadingNotInteger),
                errorMessage(QString::fromLatin1(errc::ReadingNotInteger)), QStringLiteral("value")};
        return e;
    }
    return t.toLongLong();
}

TypedReading judgeTypedReading(const QString& text, const Meter& meter, const Company& company, const QDate& today)
{
    TypedReading t;
    if (text.trimmed().isEmpty()) {
        t.readable = true;
        t.value = meter.lastReading;
    } else if (const Result<qint64> parsed = parseReading(text); parsed.ok()) {
        t.readable = true;
        t.value = parsed.value();
    }
    // -1 is refused as reading_not_integer after the rules that come first.
    t.check = checkReading(meter, company, t.readable ? t.value : -1, today);
    return t;
}

ReadingCheck checkReading(const Meter& meter, const Company& company, qint64 value, const QDate& today)
{
    ReadingCheck r;
    auto refuse = [&r](const char* code) {
        r.code = QString::fromLatin1(code);
        return r;
    };
    if (meter.state == QLatin1String("removed"))
        return refuse(errc::MeterInactive);
    if (meter.state == QLatin1String("verification_expired") ||
        (meter.nextVerificationDate.isValid() && today > meter.nextVerificationDate))
        return refuse(errc::VerificationExpired);
    if (!readingWindow(company, today).open)
        return refuse(errc::OutsideWindow);
    if (value < 0)
        return refuse(errc::ReadingNotInteger);
    if (value > capacityMax(meter))
        return refuse(errc::ReadingExceedsCapacity);
    if (value < meter.lastReading) {
        const qint64 wrapped = value + capacityMax(meter) + 1 - meter.lastReading;
        if (!company.allowRollover || !plausibleWrap(wrapped, meter, company))
            return refuse(errc::ReadingBelowPrevious);
        r.consumption = wrapped;
        r.rolledOver = true;
    } else {
        r.consumption = value - meter.lastReading;
    }
    if (r.consumption == 0 && !company.allowZeroReading)
        return refuse(errc::ZeroConsumption);
    if (company.maxConsumption > 0 && r.consumption > company.maxConsumption)
        return refuse(errc::ConsumptionOverLimit);
    return r;
}

QString readingMessage(const QString& code, const Meter& meter, const Company& company, const QDate& today)
{
    // In the "Errors" context like the catalogue's messages; lupdate reads it from each call.
    if (code == QLatin1String(errc::ReadingBelowPrevious))
        return QCoreApplication::translate("Errors",
                                           "The reading must not be less than the previous accepted reading, %1")
            .arg(meter.lastReading);
    if (code == QLatin1String(errc::ReadingExceedsCapacity))
        return QCoreApplication::translate("Errors", "The meter has %1 digits: the reading must not exceed %2")
            .arg(meter.capacityDigits)
            .arg(capacityMax(meter));
    if (code == QLatin1String(errc::ConsumptionOverLimit))
        return QCoreApplication::translate("Errors",
                                           "The consumption exceeds the maximum set by the gas company, %1 m³")
            .arg(company.maxConsumption);
    if (code == QLatin1String(errc::ZeroConsumption))
        return QCoreApplication::translate(
                   "Errors",
                   "The reading equals the previous one, %1: the gas company does not accept zero consumption. "
                   "Untick the meter if you are not sending its reading")
            .arg(meter.lastReading);
    if (code == QLatin1String(errc::VerificationExpired))
        return meter.nextVerificationDate.isValid()
                   ? QCoreApplication::translate(
                         "Errors", "The meter's verification date, %1, has passed: readings are not accepted. "
                                   "Contact the gas company")
                         .arg(day(meter.nextVerificationDate))
                   : errorMessage(code);
    if (code == QLatin1String(errc::OutsideWindow)) {
        const ReadingWindow w = readingWindow(company, today);
        const char* const text =
            company.readingToDay < company.readingFromDay
                ? QT_TRANSLATE_NOOP("Errors", "Readings are accepted from day %1 of the month to day %2 of the next "
                                              "month. The next period is %3 – %4")
                : QT_TRANSLATE_NOOP(
                      "Errors", "Readings are accepted from day %1 to day %2 of the month. The next period is %3 – %4");
        return QCoreApplication::translate("Errors", text)
            .arg(company.readingFromDay)
            .arg(company.readingToDay)
            .arg(day(w.nextFirst), day(w.nextLast));
    }
    return errorMessage(code);
}

Error readingError(const QString& code, const Meter& meter, const Company& company, const QDate& today)
{
    return Error{code, readingMessage(code, meter, company, today), QStringLiteral("value")};
}

bool hasReadingThisPeriod(const Meter& meter, const Company& company, const QDate& today)
{
    if (!meter.lastReadingDate.isValid())
        return false;
    const ReadingWindow w = readingWindow(company, today);
    const QDate since = today >= w.first ? w.first : QDate(today.year(), today.month(), 1);
    return meter.lastReadingDate >= since;
}

double averageMonthlyConsumption(const QList<Reading>& readings, const QDate& today)
{
    const QDate since = today.addYears(-1);
    qint64 total = 0;
    QDate earliest;
    for (const Reading& r : readings) {
        if (r.state != QLatin1String("accepted") || r.date <= since || r.date > today)
            continue;
        total += r.consumption;
        if (!earliest.isValid() || r.date < earliest)
            earliest = r.date;
    }
    if (!earliest.isValid())
        return 0;
    const int months = qBound(1, monthIndex(today) - monthIndex(earliest) + 1, 12);
    return double(total) / months;
}

QList<MonthConsumption> monthlyConsumption(const QList<Reading>& readings, const QDate& lastMonth, int months)
{
    QHash<int, qint64> perMonth;
    for (const Reading& r : readings) {
        if (r.state == QLatin1String("accepted") && r.date.isValid())
            perMonth[monthIndex(r.date)] += r.consumption;
    }
    QList<MonthConsumption> out;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    for (int i = months - 1; i >= 0; --i) {
        MonthConsumption m;
        m.month = last.addMonths(-i);
        const int key = monthIndex(m.month);
        m.hasReading = perMonth.contains(key);
        m.m3 = perMonth.value(key);
        m.yearEarlierHasReading = perMonth.contains(key - 12);
        m.yearEarlierM3 = perMonth.value(key - 12);
        out.append(m);
    }
    return out;
}

ReminderDue reminderDue(const Company& company, const QList<Meter>& meters, const QDate& today)
{
    ReminderDue due;
    const ReadingWindow w = readingWindow(company, today);
    if (!w.open)
        return due;
    for (const Meter& m : meters) {
        const QString blocked = checkReading(m, company, m.lastReading, today).code;
        if (blocked == QLatin1String(errc::MeterInactive) || blocked == QLatin1String(errc::VerificationExpired))
            continue;
        if (!hasReadingThisPeriod(m, company, today))
            due.unread.append(m);
    }
    if (due.unread.isEmpty())
        return due;
    due.windowFirst = w.first;
    due.windowLast = w.last;
    due.kind = w.daysLeft <= kClosingReminderDays + 1 ? ReminderKind::ClosingSoon : ReminderKind::WindowOpened;
    return due;
}

} // namespace mygas::rules
