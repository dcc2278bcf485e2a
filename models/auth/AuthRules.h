#pragma once

#include <QString>

namespace mygas::rules {

// Numbers from the user manual, section 3.
inline constexpr int kPasswordMinLength = 5;
inline constexpr int kPasswordMaxLength = 10;
inline constexpr int kRegistrationCodeTtlSec = 160;
inline constexpr int kRecoveryCodeTtlSec = 70;
inline constexpr int kLoginChangeCodeTtlSec = 160;
inline constexpr int kCodeLength = 6;
inline constexpr int kMaxWrongCodes = 5; // a challenge dies after this many wrong codes, resends included
// Codes sent to one login (registration and recovery together): a person
// needs a few; more is someone flooding a phone or guessing at codes.
inline constexpr int kMaxCodesPerHour = 6;
inline constexpr int kMaxCodesPerDay = 12;
inline constexpr int kMaxLoginFailures = 5; // the next attempt within the window gets 429
inline constexpr int kLoginFailureWindowSec = 15 * 60;
// kMaxLoginFailures counts per login and client address, so a stranger's
// guesses do not lock the owner out; across all addresses a login takes at
// most this many failures an hour (many addresses guessing at one login).
inline constexpr int kMaxLoginFailuresPerLogin = 20;
inline constexpr int kLoginFailureLongWindowSec = 60 * 60;
// Registration and recovery starts from one client address an hour: each
// tells whether a login exists (409, 404) or sends a code.
inline constexpr int kMaxStartsPerAddress = 20;
inline constexpr int kStartWindowSec = 60 * 60;
inline constexpr int kAccessTokenTtlSec = 15 * 60;
inline constexpr int kRefreshTokenTtlSec = 60 * 24 * 3600;
// The refresh token just replaced still gets the same successor for this
// long (two requests of one app that raced, an answer lost on the way);
// used again later, it revokes the session as a stolen token.
inline constexpr int kRefreshReuseGraceSec = 30;
inline constexpr int kMaxBodyBytes = 64 * 1024;
inline constexpr int kMaxAccounts = 3;
inline constexpr const char* kConsentVersion = "2024-01";

enum class LoginKind
{
    Invalid,
    Phone,
    Email
};

struct Login
{
    LoginKind kind = LoginKind::Invalid;
    QString value; // normalised: +7XXXXXXXXXX or a lower-case e-mail address
    bool valid() const { return kind != LoginKind::Invalid; }
};

// Accepts «8 (912) 345-67-89», «+7 912 345 67 89», «9123456789» or an
// e-mail address; anything else is Invalid.
Login normalizeLogin(const QString& input);

// Error code (see ErrorCatalog.h) for a login as typed, or an empty string.
QString checkLogin(const QString& input);
// A password as it may be typed to log in: 5–10 Latin letters or digits.
QString checkPasswordFormat(const QString& password);
// A new password (registration, recovery): the format, and not one of the
// most common (models/data/common-passwords.txt) nor a run like «12345».
QString checkPassword(const QString& password);
QString checkPasswordConfirmation(const QString& password, const QString& confirmation);
// Exactly kCodeLength digits.
QString checkCode(const QString& code);

} // namespace mygas::rules
