#pragma once

#include "AccountTypes.h"
#include "ExtendedTypes.h"

#include <QString>

namespace mygas::rules {

// Manual 4.7.2: the extended version is unlocked by one control answer;
// wrong answers are counted per account and day.
inline constexpr int kMaxExtendedAttemptsPerDay = 5;
// Wrong control answers an account takes in a day from all users together:
// a new login brings no new guesses at the same PIN or serial.
inline constexpr int kMaxExtendedAttemptsPerAccountPerDay = 10;
inline constexpr int kMaxAliasLength = 40;

// «6****37»: the first character, four stars, the last two (manual 4.3.2.1).
QString maskSerial(const QString& serial);

// Manual 4.3.1.2: the amount to pay in a month is
// «Состояние на начало периода» − «Начисления» + «Оплата»
// (−3319,52 − 2580,43 + 0 = −5899,95). Negative: to pay.
qint64 settlementToPay(const Settlement& s);

// A settlement period as the API writes it: YYYY-MM.
bool isPeriod(const QString& period);

// Error code (ErrorCatalog.h) for an account number against a company's
// format regex, or "".
QString checkAccountNumber(const QString& number, const QString& companyRegex);
// A one-line text with a control character (NUL, a tab, a line end) or a
// direction override: refused as typed, never silently cleaned.
bool hasControlCharacters(const QString& text);
// «Too many wrong answers…» with when to try again («через 5 ч 12 мин»).
QString attemptsExceededMessage(int retryAfterSec);
QString checkAlias(const QString& alias);

// Sections the limited version shows (manual 4.3): services, meters, payments.
bool isExtendedOnly(const QString& section);

} // namespace mygas::rules
