#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"

#include <QString>

namespace mygas::rules {

// Manual 4.7.2: the extended version is unlocked by one control answer;
// wrong answers are counted per account and day.
inline constexpr int kMaxExtendedAttemptsPerDay = 5;
// Wrong control answers an account takes in a day from all users together:
// a new login brings no new guesses at the same PIN or serial.
inline constexpr int kMaxExtendedAttemptsPerAccountPerDay = 10;
inline constexpr int kMaxAliasLength = 40;

// Every row of an account's sections is "<account id>-<id>": the company's
// own id for imported rows (docs/import-format.md), "online-…" for rows made
// through the API (readings, payments paid in the app), an id that an
// import may not use.
QString rowId(const QString& accountId, const QString& localId);
inline constexpr const char* kOnlineRowPrefix = "online-";
// "<account id>-online-<localPart>".
QString onlineRowId(const QString& accountId, const QString& localPart);

// «6****37»: the first character, four stars, the last two (manual 4.3.2.1).
QString maskSerial(const QString& serial);

// Control answers (manual 4.7.2.2), defined precisely:
// - meter_serial: the whole serial of one of the account's meters, of at least
//   kMinSerialAnswerLength letters (a shorter one is mostly shown by its mask);
// - last_charge: the total «Начислено» of all services in the account's
//   latest closed month, in kopecks (314 руб. 72 коп. → 31472);
// - pin: the account's PIN.
// Answers are compared as answerToken() writes them. Anything the limited
// version shows of the account (an amount, a reading, its number…) proves
// nothing and is never taken as an answer.
inline constexpr int kMinSerialAnswerLength = 7;
// Case, spaces and hyphens aside, as a person copies a serial off a meter.
QString answerToken(const QString& answer);
// «That question cannot be answered for this account», with what to do instead.
QString methodUnavailableMessage(const QString& method);

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
