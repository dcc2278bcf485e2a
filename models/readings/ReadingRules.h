#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/core/ApiTypes.h"
#include "models/core/Error.h"

#include <QDate>
#include <QList>
#include <QString>

// The meter-reading rules of the manual (4.3.1.4 point 3, 4.3.2.2, section 6
// row 6) as pure functions. The client checks a form with them before sending
// and mygas-server enforces the very same functions on every POST.
namespace mygas::rules {

// The day a company's rules use: the date in the company's own time zone
// (Company::timeZone), so client and server agree on «today» whatever zone
// the PC or the server machine is set to.
QDate providerToday(const Company& company);
// The date now in an IANA time zone; Moscow time for an unknown zone.
QDate todayIn(const QString& timeZone);

// The company's submission window in a month: from_day … to_day, the last
// day clamped to the month's length (a 31 in February means the 28th/29th).
struct ReadingWindow
{
    QDate first; // window of the current month (or the month of `today`)
    QDate last;
    bool open = false;
    int daysLeft = 0; // including today; 0 when closed
    QDate nextFirst;  // the next window that has not ended yet: this one when open or ahead
    QDate nextLast;
};
ReadingWindow readingWindow(const Company& company, const QDate& today);

// Parses the text of a form field: digits only (spaces trimmed); a sign, a
// fraction or letters → reading_not_integer.
Result<qint64> parseReading(const QString& text);

// The verdict for one value. code is "" when accepted; consumption is what
// the value adds to the previous accepted reading (with roll-over past the
// meter's capacity where the company allows it).
struct ReadingCheck
{
    QString code;
    qint64 consumption = 0;
    bool rolledOver = false;
    bool ok() const { return code.isEmpty(); }
};

// Checks, in this order: meter in service (meter_inactive), verification
// date not passed (verification_expired; the date itself still accepts),
// today inside the window (outside_window), value ≥ 0 and fits the meter's
// digits (reading_not_integer / reading_exceeds_capacity: capacity 5 accepts
// 99999 and refuses 100000), not below the previous reading unless it
// rolled over (reading_below_previous), zero consumption only where allowed
// (zero_consumption), consumption ≤ max_consumption when the company sets one
// (consumption_over_limit).
ReadingCheck checkReading(const Meter& meter, const Company& company, qint64 value, const QDate& today);

// A reading as a person typed it into a form, judged the same way wherever
// it is typed («Передать показания», the meters block of «Оплатить»): the
// text is read by parseReading and never changed (a fraction or a letter is
// reading_not_integer, not a shorter number); an empty text stands for the
// previous reading again (the manual's warning). The rules are checked in
// checkReading's order, so an unreadable text outside the window is told
// about the window first.
struct TypedReading
{
    bool readable = false; // the text is a whole number (or empty)
    qint64 value = -1;
    ReadingCheck check;
    bool ok() const { return readable && check.ok(); }
};
TypedReading judgeTypedReading(const QString& text, const Meter& meter, const Company& company, const QDate& today);

// The person-facing text of a failed check with the meter's figures: the
// previous reading, the capacity, the company's maximum, the verification
// date, the next window (translated in the "Errors" context).
QString readingMessage(const QString& code, const Meter& meter, const Company& company, const QDate& today);
Error readingError(const QString& code, const Meter& meter, const Company& company, const QDate& today);

// A meter counts as «read this period» when its last accepted reading is
// dated inside the current window (or, outside a window, in this month).
bool hasReadingThisPeriod(const Meter& meter, const Company& company, const QDate& today);

// Average monthly consumption from accepted readings (oldest first) over the
// twelve months before `today`: their total consumption divided by the months
// they span (at least one). 0 without readings.
double averageMonthlyConsumption(const QList<Reading>& readings, const QDate& today);

// Consumption per calendar month from accepted readings: each reading's
// consumption counts in the month of its date.
struct MonthConsumption
{
    QDate month; // the first day of the month
    qint64 m3 = 0;
    qint64 yearEarlierM3 = 0; // the same month a year earlier
    bool hasReading = false;
    bool yearEarlierHasReading = false;
};
// `months` months ending with the month of `lastMonth`, oldest first.
QList<MonthConsumption> monthlyConsumption(const QList<Reading>& readings, const QDate& lastMonth, int months);

// Reminders (issue: tray notifications). What a company's window asks of a
// person today for the given meters of one account.
enum class ReminderKind
{
    None,
    WindowOpened, // the window is open (shown once per window)
    ClosingSoon   // two days or fewer before the window closes (shown once per window)
};
struct ReminderDue
{
    ReminderKind kind = ReminderKind::None;
    QDate windowFirst; // identifies the window, so each reminder shows once
    QDate windowLast;
    QList<Meter> unread; // working meters without a reading this period
};
inline constexpr int kClosingReminderDays = 2;
ReminderDue reminderDue(const Company& company, const QList<Meter>& meters, const QDate& today);

} // namespace mygas::rules
