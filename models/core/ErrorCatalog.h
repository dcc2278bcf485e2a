#pragma once

#include "models/core/Error.h"

#include <QString>

namespace mygas {

// Stable error codes of the API and of the shared rules. The code never
// changes; the message is translated (Russian is the users' language and the
// language of API messages).
namespace errc {
inline constexpr const char* LoginRequired = "login_required";
inline constexpr const char* LoginInvalid = "login_invalid";
inline constexpr const char* PasswordRequired = "password_required";
inline constexpr const char* PasswordInvalid = "password_invalid";
inline constexpr const char* PasswordCommon = "password_common";
inline constexpr const char* PasswordMismatch = "password_mismatch";
inline constexpr const char* LoginTaken = "login_taken";
inline constexpr const char* UserNotFound = "user_not_found";
inline constexpr const char* InvalidCredentials = "invalid_credentials";
inline constexpr const char* TooManyAttempts = "too_many_attempts";
inline constexpr const char* CodeFormat = "code_format";
inline constexpr const char* CodeInvalid = "code_invalid";
inline constexpr const char* CodeExpired = "code_expired";
inline constexpr const char* ChallengeNotFound = "challenge_not_found";
inline constexpr const char* ChallengeLocked = "challenge_locked";
inline constexpr const char* ResendTooEarly = "resend_too_early";
inline constexpr const char* Unauthorized = "unauthorized";
inline constexpr const char* TokenInvalid = "token_invalid";
inline constexpr const char* ConsentRequired = "consent_required";
inline constexpr const char* ConsentVersionInvalid = "consent_version_invalid";
inline constexpr const char* BodyTooLarge = "body_too_large";
// Refused by the server's network edge before any handler ran.
inline constexpr const char* RequestMalformed = "request_malformed";
inline constexpr const char* HeadersTooLarge = "headers_too_large";
inline constexpr const char* RequestTimeout = "request_timeout";
inline constexpr const char* ServerBusy = "server_busy";
inline constexpr const char* InvalidJson = "invalid_json";
inline constexpr const char* FieldType = "field_type";
inline constexpr const char* NotFound = "not_found";
inline constexpr const char* Internal = "internal";
inline constexpr const char* NetworkUnreachable = "network_unreachable";
inline constexpr const char* Timeout = "timeout";
inline constexpr const char* TlsError = "tls_error";
inline constexpr const char* BadResponse = "bad_response";
inline constexpr const char* CompanyNotFound = "company_not_found";
inline constexpr const char* AccountNumberRequired = "account_number_required";
inline constexpr const char* AccountNumberInvalid = "account_number_invalid";
inline constexpr const char* AccountNotFound = "account_not_found";
inline constexpr const char* AccountLimit = "account_limit";
inline constexpr const char* AccountAlreadyLinked = "account_already_linked";
inline constexpr const char* AliasTooLong = "alias_too_long";
inline constexpr const char* FieldRequired = "field_required";
inline constexpr const char* AccountNumberUnknown = "account_number_unknown";
inline constexpr const char* ControlCharacters = "control_characters";
inline constexpr const char* ExtendedRequired = "extended_required";
inline constexpr const char* ExtendedMethodInvalid = "extended_method_invalid";
inline constexpr const char* ExtendedAnswerWrong = "extended_answer_wrong";
inline constexpr const char* ExtendedAttemptsExceeded = "extended_attempts_exceeded";
inline constexpr const char* ExtendedMethodUnavailable = "extended_method_unavailable";
inline constexpr const char* ExtendedAnswerVisible = "extended_answer_visible";
inline constexpr const char* PinRequestInvalid = "pin_request_invalid";
inline constexpr const char* PeriodInvalid = "period_invalid";
inline constexpr const char* InvoiceNotFound = "invoice_not_found";
inline constexpr const char* CursorInvalid = "cursor_invalid";
inline constexpr const char* CacheFailed = "cache_failed";
inline constexpr const char* FileWriteFailed = "file_write_failed";
// Meter readings (manual 4.3.2.2, section 6 row 6).
inline constexpr const char* ReadingNotInteger = "reading_not_integer";
inline constexpr const char* ReadingBelowPrevious = "reading_below_previous";
inline constexpr const char* ReadingExceedsCapacity = "reading_exceeds_capacity";
inline constexpr const char* ConsumptionOverLimit = "consumption_over_limit";
inline constexpr const char* ZeroConsumption = "zero_consumption";
inline constexpr const char* VerificationExpired = "verification_expired";
inline constexpr const char* OutsideWindow = "outside_window";
inline constexpr const char* MeterNotFound = "meter_not_found";
inline constexpr const char* MeterInactive = "meter_inactive";
inline constexpr const char* ReadingsEmpty = "readings_empty";
inline constexpr const char* ReadingDuplicateMeter = "reading_duplicate_meter";
// «Заявки» (manual 4.4).
inline constexpr const char* RequestKindInvalid = "request_kind_invalid";
inline constexpr const char* WorkKindInvalid = "work_kind_invalid";
inline constexpr const char* DescriptionRequired = "description_required";
inline constexpr const char* DescriptionTooLong = "description_too_long";
inline constexpr const char* DesiredDatePast = "desired_date_past";
inline constexpr const char* DateTooFar = "date_too_far";
inline constexpr const char* RecalculationReasonInvalid = "recalculation_reason_invalid";
inline constexpr const char* RecalculationDateRequired = "recalculation_date_required";
inline constexpr const char* AbsenceTooShort = "absence_too_short";
inline constexpr const char* ResidentsInvalid = "residents_invalid";
inline constexpr const char* HeatedAreaInvalid = "heated_area_invalid";
inline constexpr const char* RequestNotFound = "request_not_found";
inline constexpr const char* RequestStatusInvalid = "request_status_invalid";
inline constexpr const char* RequestClosed = "request_closed";
inline constexpr const char* StatusChangeNotAllowed = "status_change_not_allowed";
inline constexpr const char* RequestChanged = "request_changed";
inline constexpr const char* CommentRequired = "comment_required";
inline constexpr const char* CommentTooLong = "comment_too_long";
inline constexpr const char* ReplyNotExpected = "reply_not_expected";
// Attached files.
inline constexpr const char* FileNameInvalid = "file_name_invalid";
inline constexpr const char* FileReadFailed = "file_read_failed"; // the PC's file, before it is sent
inline constexpr const char* FileTypeInvalid = "file_type_invalid";
inline constexpr const char* FileTypeMismatch = "file_type_mismatch";
inline constexpr const char* FileEmpty = "file_empty";
inline constexpr const char* FileTooLarge = "file_too_large";
inline constexpr const char* UploadNotFound = "upload_not_found";
inline constexpr const char* UploadOffsetMismatch = "upload_offset_mismatch";
inline constexpr const char* PartLengthInvalid = "part_length_invalid";
inline constexpr const char* TooManyUploads = "too_many_uploads";
inline constexpr const char* FileNotReady = "file_not_ready";
inline constexpr const char* TooManyFiles = "too_many_files";
inline constexpr const char* FilesTooLarge = "files_too_large";
// «Договоры»: contract applications (manual 4.5).
inline constexpr const char* ApplicationTypeInvalid = "application_type_invalid";
inline constexpr const char* ApplicationNotFound = "application_not_found";
inline constexpr const char* ApplicationNotDraft = "application_not_draft";
inline constexpr const char* ApplicationChanged = "application_changed";
inline constexpr const char* ApplicationLimit = "application_limit";
inline constexpr const char* ConnectionNotAccepted = "connection_not_accepted";
inline constexpr const char* SurveyIncomplete = "survey_incomplete";
inline constexpr const char* FieldTooLong = "field_too_long";
inline constexpr const char* TooManyItems = "too_many_items";
inline constexpr const char* DateInPast = "date_in_past";
inline constexpr const char* DateInFuture = "date_in_future";
inline constexpr const char* NumberInvalid = "number_invalid";
inline constexpr const char* ChoiceInvalid = "choice_invalid";
inline constexpr const char* EmailInvalid = "email_invalid";
inline constexpr const char* PhoneInvalid = "phone_invalid";
// The company's operators.
inline constexpr const char* OperatorRequired = "operator_required";
inline constexpr const char* IdempotencyKeyRequired = "idempotency_key_required";
inline constexpr const char* IdempotencyKeyReused = "idempotency_key_reused";
// Payments (manual 4.3.1.4, section 6 row 3).
inline constexpr const char* PaymentTooSmall = "payment_too_small";
inline constexpr const char* PaymentTooLarge = "payment_too_large";
inline constexpr const char* CardNumberInvalid = "card_number_invalid";
inline constexpr const char* CardNetworkNotAccepted = "card_network_not_accepted";
inline constexpr const char* CardExpired = "card_expired";
inline constexpr const char* CardCvcInvalid = "card_cvc_invalid";
inline constexpr const char* CardHolderInvalid = "card_holder_invalid";
inline constexpr const char* PaymentItemsInvalid = "payment_items_invalid";
inline constexpr const char* ServiceNotFound = "service_not_found";
inline constexpr const char* PaymentNotFound = "payment_not_found";
inline constexpr const char* CardNotFound = "card_not_found";
inline constexpr const char* OfferNotAccepted = "offer_not_accepted";
inline constexpr const char* InsufficientFunds = "insufficient_funds";
inline constexpr const char* CardBlocked = "card_blocked";
inline constexpr const char* CardForeign = "card_foreign";
inline constexpr const char* SecureCodeWrong = "secure_code_wrong";
inline constexpr const char* NotificationInvalid = "notification_invalid";
} // namespace errc

// The person-facing text for an error code; empty for an unknown code.
QString errorMessage(const QString& code);
// The text of an error for the person: the message it came with (the
// server's or a local one naming the file, the field…), else the catalog's
// text for its code, else the code itself. Every screen shows errors by it.
QString messageFor(const Error& error);

} // namespace mygas
