#include "models/core/ErrorCatalog.h"

#include <QCoreApplication>
#include <QHash>

namespace mygas {

namespace {
// QT_TRANSLATE_NOOP keeps the English source in lupdate's reach; the text is
// translated at lookup time so a language switch takes effect at once.
struct Entry
{
    const char* code;
    const char* text;
};

const Entry kEntries[] = {
    {errc::LoginRequired, QT_TRANSLATE_NOOP("Errors", "Enter your mobile phone number or e-mail address")},
    {errc::LoginInvalid,
     QT_TRANSLATE_NOOP("Errors", "Enter a mobile phone number (+7XXXXXXXXXX) or an e-mail address")},
    {errc::PasswordRequired, QT_TRANSLATE_NOOP("Errors", "Enter the password")},
    {errc::PasswordInvalid, QT_TRANSLATE_NOOP("Errors", "The password must be 5 to 10 Latin letters or digits")},
    {errc::PasswordCommon,
     QT_TRANSLATE_NOOP("Errors", "This password is among the most common and easy to guess: choose another one")},
    {errc::PasswordMismatch, QT_TRANSLATE_NOOP("Errors", "The passwords do not match")},
    {errc::LoginTaken, QT_TRANSLATE_NOOP("Errors", "A user with this login is already registered")},
    {errc::UserNotFound, QT_TRANSLATE_NOOP("Errors", "No user with this login is registered")},
    {errc::InvalidCredentials, QT_TRANSLATE_NOOP("Errors", "Wrong login or password")},
    {errc::TooManyAttempts, QT_TRANSLATE_NOOP("Errors", "Too many attempts. Try again later")},
    {errc::CodeFormat, QT_TRANSLATE_NOOP("Errors", "The confirmation code is 6 digits")},
    {errc::CodeInvalid, QT_TRANSLATE_NOOP("Errors", "Wrong confirmation code")},
    {errc::CodeExpired, QT_TRANSLATE_NOOP("Errors", "The confirmation code has expired. Request a new code")},
    {errc::ChallengeNotFound, QT_TRANSLATE_NOOP("Errors", "The confirmation request was not found. Start again")},
    {errc::ChallengeLocked, QT_TRANSLATE_NOOP("Errors", "Too many wrong codes. Start again")},
    {errc::ResendTooEarly, QT_TRANSLATE_NOOP("Errors", "A new code can be requested a little later")},
    {errc::Unauthorized, QT_TRANSLATE_NOOP("Errors", "Please log in")},
    {errc::TokenInvalid, QT_TRANSLATE_NOOP("Errors", "The session has ended. Please log in again")},
    {errc::ConsentRequired, QT_TRANSLATE_NOOP("Errors", "Consent to the processing of personal data is required")},
    {errc::ConsentVersionInvalid, QT_TRANSLATE_NOOP("Errors", "This version of the consent text is not current")},
    {errc::BodyTooLarge, QT_TRANSLATE_NOOP("Errors", "The request is too large")},
    {errc::RequestMalformed, QT_TRANSLATE_NOOP("Errors", "The request does not follow the HTTP protocol")},
    {errc::HeadersTooLarge, QT_TRANSLATE_NOOP("Errors", "The request headers are too large")},
    {errc::RequestTimeout, QT_TRANSLATE_NOOP("Errors", "The request was not received in time. Press Retry")},
    {errc::ServerBusy, QT_TRANSLATE_NOOP("Errors", "The server is busy. Please try again in a minute")},
    {errc::InvalidJson, QT_TRANSLATE_NOOP("Errors", "The request is malformed")},
    {errc::FieldType, QT_TRANSLATE_NOOP("Errors", "A field has the wrong type")},
    {errc::NotFound, QT_TRANSLATE_NOOP("Errors", "Not found")},
    {errc::Internal, QT_TRANSLATE_NOOP("Errors", "Server error. Please try again later")},
    {errc::NetworkUnreachable,
     QT_TRANSLATE_NOOP("Errors", "No connection to the server. Check the Internet connection and press Retry")},
    {errc::Timeout, QT_TRANSLATE_NOOP("Errors", "The server did not answer in time. Press Retry")},
    {errc::TlsError,
     QT_TRANSLATE_NOOP("Errors",
                       "A secure connection could not be established: the server certificate is not trusted")},
    {errc::BadResponse, QT_TRANSLATE_NOOP("Errors", "The server sent an unexpected answer")},
    {errc::CompanyNotFound, QT_TRANSLATE_NOOP("Errors", "Choose a regional gas company from the list")},
    {errc::AccountNumberRequired, QT_TRANSLATE_NOOP("Errors", "Enter the personal account number")},
    {errc::AccountNumberInvalid,
     QT_TRANSLATE_NOOP("Errors", "The personal account number does not match this company's format")},
    {errc::AccountNumberUnknown,
     QT_TRANSLATE_NOOP("Errors", "The personal account cannot be connected: no account with this number was found. "
                                 "Check the number or contact the regional gas company")},
    {errc::AccountNotFound, QT_TRANSLATE_NOOP("Errors", "This personal account is not connected to your sign-in")},
    {errc::AccountLimit, QT_TRANSLATE_NOOP("Errors", "No more than 3 personal accounts can be connected")},
    {errc::AccountAlreadyLinked, QT_TRANSLATE_NOOP("Errors", "This personal account is already connected")},
    {errc::AliasTooLong, QT_TRANSLATE_NOOP("Errors", "The name is too long (at most 40 characters)")},
    {errc::FieldRequired, QT_TRANSLATE_NOOP("Errors", "A required field is missing")},
    {errc::ControlCharacters, QT_TRANSLATE_NOOP("Errors", "The text contains characters that cannot be typed")},
    {errc::ExtendedRequired, QT_TRANSLATE_NOOP("Errors", "This section is available in the extended version only")},
    {errc::ExtendedMethodInvalid, QT_TRANSLATE_NOOP("Errors", "Choose a control question")},
    {errc::ExtendedAnswerWrong, QT_TRANSLATE_NOOP("Errors", "The answer to the control question is wrong")},
    {errc::ExtendedAttemptsExceeded,
     QT_TRANSLATE_NOOP("Errors", "Too many wrong answers today. Try again tomorrow or request a PIN code")},
    {errc::ExtendedMethodUnavailable,
     QT_TRANSLATE_NOOP("Errors", "This question cannot be answered for this personal account. Answer another one")},
    {errc::ExtendedAnswerVisible,
     QT_TRANSLATE_NOOP("Errors", "This value can be seen without the extended version, so it does not confirm "
                                 "access. Check the answer or answer another question")},
    {errc::PinRequestInvalid, QT_TRANSLATE_NOOP("Errors", "Enter your full name, e-mail address and phone number")},
    {errc::PeriodInvalid, QT_TRANSLATE_NOOP("Errors", "The period is not valid")},
    {errc::InvoiceNotFound, QT_TRANSLATE_NOOP("Errors", "There are no charges for this period yet")},
    {errc::CursorInvalid, QT_TRANSLATE_NOOP("Errors", "The data must be loaded again")},
    {errc::CacheFailed, QT_TRANSLATE_NOOP("Errors", "The data saved on this computer could not be read or written")},
    {errc::FileWriteFailed, QT_TRANSLATE_NOOP("Errors", "The file could not be saved")},
    // The reading rules' messages carry the meter's figures; ReadingRules.cpp
    // fills them in. These are the plain forms for a bare code.
    {errc::ReadingNotInteger, QT_TRANSLATE_NOOP("Errors", "The reading must be a whole number")},
    {errc::ReadingBelowPrevious,
     QT_TRANSLATE_NOOP("Errors", "The current reading must not be less than the previous one")},
    {errc::ReadingExceedsCapacity, QT_TRANSLATE_NOOP("Errors", "The reading has more digits than the meter can show")},
    {errc::ConsumptionOverLimit,
     QT_TRANSLATE_NOOP("Errors", "The consumption exceeds the maximum allowed by the gas company")},
    {errc::ZeroConsumption,
     QT_TRANSLATE_NOOP("Errors", "The gas company does not accept a reading equal to the previous one")},
    {errc::VerificationExpired,
     QT_TRANSLATE_NOOP("Errors", "The meter's verification date has passed: readings are not accepted")},
    {errc::OutsideWindow, QT_TRANSLATE_NOOP("Errors", "Readings are not accepted on this day of the month")},
    {errc::MeterNotFound, QT_TRANSLATE_NOOP("Errors", "The meter was not found on this personal account")},
    {errc::MeterInactive, QT_TRANSLATE_NOOP("Errors", "The meter is not in service: readings are not accepted")},
    {errc::ReadingsEmpty, QT_TRANSLATE_NOOP("Errors", "Tick at least one meter and enter its reading")},
    {errc::ReadingDuplicateMeter, QT_TRANSLATE_NOOP("Errors", "A meter is listed twice")},
    {errc::RequestKindInvalid, QT_TRANSLATE_NOOP("Errors", "Choose the kind of request")},
    {errc::WorkKindInvalid, QT_TRANSLATE_NOOP("Errors", "Choose the kind of work from the gas company's list")},
    {errc::DescriptionRequired, QT_TRANSLATE_NOOP("Errors", "Describe the work briefly")},
    {errc::DescriptionTooLong, QT_TRANSLATE_NOOP("Errors", "The description is too long (at most 1000 characters)")},
    {errc::DesiredDatePast, QT_TRANSLATE_NOOP("Errors", "The desired date cannot be in the past")},
    {errc::DateTooFar,
     QT_TRANSLATE_NOOP("Errors", "The gas company does not accept requests that far ahead: choose an earlier date")},
    {errc::RecalculationReasonInvalid, QT_TRANSLATE_NOOP("Errors", "Choose the reason for the recalculation")},
    {errc::RecalculationDateRequired,
     QT_TRANSLATE_NOOP("Errors", "Enter the date from which the charges are to be recalculated")},
    {errc::AbsenceTooShort,
     QT_TRANSLATE_NOOP("Errors", "Charges are recalculated for an absence of more than 5 days: enter its last day")},
    {errc::ResidentsInvalid, QT_TRANSLATE_NOOP("Errors", "The number of residents is a whole number from 0 to 99")},
    {errc::HeatedAreaInvalid,
     QT_TRANSLATE_NOOP("Errors", "The heated area is a number of square metres above 0 and at most 10 000")},
    {errc::RequestNotFound, QT_TRANSLATE_NOOP("Errors", "The request was not found")},
    {errc::RequestStatusInvalid,
     QT_TRANSLATE_NOOP("Errors", "Choose the new status: needs clarification, rejected or completed")},
    {errc::RequestClosed, QT_TRANSLATE_NOOP("Errors", "The request is already closed: completed or rejected")},
    {errc::StatusChangeNotAllowed,
     QT_TRANSLATE_NOOP("Errors", "The abonent has not yet answered the previous question on this request")},
    {errc::RequestChanged,
     QT_TRANSLATE_NOOP("Errors", "The request was changed meanwhile: open it again and repeat the step")},
    {errc::CommentRequired, QT_TRANSLATE_NOOP("Errors", "Write the text of the message")},
    {errc::CommentTooLong, QT_TRANSLATE_NOOP("Errors", "The message is too long (at most 1000 characters)")},
    {errc::ReplyNotExpected,
     QT_TRANSLATE_NOOP("Errors", "The gas company is not waiting for an answer on this request")},
    {errc::ApplicationTypeInvalid, QT_TRANSLATE_NOOP("Errors", "Choose the type of contract")},
    {errc::ApplicationNotFound, QT_TRANSLATE_NOOP("Errors", "The application was not found")},
    {errc::ApplicationNotDraft,
     QT_TRANSLATE_NOOP("Errors", "The application has been sent for consideration: only a draft can be changed or "
                                 "deleted")},
    {errc::ApplicationChanged,
     QT_TRANSLATE_NOOP("Errors", "The draft was changed on another computer meanwhile: it has been loaded again")},
    {errc::ApplicationLimit, QT_TRANSLATE_NOOP("Errors", "You have too many applications: delete unneeded drafts")},
    {errc::ConnectionNotAccepted,
     QT_TRANSLATE_NOOP("Errors", "This gas company does not accept connection applications through the personal "
                                 "account")},
    {errc::SurveyIncomplete,
     QT_TRANSLATE_NOOP("Errors", "The answers do not follow the gas company's survey: go through the survey again")},
    {errc::FieldTooLong, QT_TRANSLATE_NOOP("Errors", "The text is too long")},
    {errc::TooManyItems, QT_TRANSLATE_NOOP("Errors", "The list is too long (at most 20 entries)")},
    {errc::DateInPast, QT_TRANSLATE_NOOP("Errors", "The date cannot be in the past")},
    {errc::DateInFuture, QT_TRANSLATE_NOOP("Errors", "The date cannot be in the future")},
    {errc::NumberInvalid, QT_TRANSLATE_NOOP("Errors", "Enter a number within the allowed range")},
    {errc::ChoiceInvalid, QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values")},
    {errc::EmailInvalid, QT_TRANSLATE_NOOP("Errors", "Enter an e-mail address such as name@example.ru")},
    {errc::PhoneInvalid, QT_TRANSLATE_NOOP("Errors", "Enter a phone number such as +7 912 345-67-89")},
    {errc::FileNameInvalid,
     QT_TRANSLATE_NOOP("Errors", "The file name is too long or has characters a file name cannot have")},
    {errc::FileReadFailed, QT_TRANSLATE_NOOP("Errors", "The file could not be read")},
    {errc::FileTypeInvalid, QT_TRANSLATE_NOOP("Errors", "Only PDF, JPEG and PNG files can be attached")},
    {errc::FileTypeMismatch,
     QT_TRANSLATE_NOOP("Errors",
                       "The file's content does not match its name: it is not the kind of file its name says")},
    {errc::FileEmpty, QT_TRANSLATE_NOOP("Errors", "The file is empty")},
    {errc::FileTooLarge, QT_TRANSLATE_NOOP("Errors", "The file is too large (at most 10 MB)")},
    {errc::UploadNotFound, QT_TRANSLATE_NOOP("Errors", "The file was not found: attach it again")},
    {errc::UploadOffsetMismatch,
     QT_TRANSLATE_NOOP("Errors", "The server has another part of the file: continue from the part it has")},
    {errc::PartLengthInvalid, QT_TRANSLATE_NOOP("Errors", "A part of the file has the wrong length")},
    {errc::TooManyUploads, QT_TRANSLATE_NOOP("Errors", "Too many files are being sent at once. Try again later")},
    {errc::FileNotReady, QT_TRANSLATE_NOOP("Errors", "A file has not been sent completely yet")},
    {errc::TooManyFiles, QT_TRANSLATE_NOOP("Errors", "At most 5 files can be attached")},
    {errc::FilesTooLarge, QT_TRANSLATE_NOOP("Errors", "The attached files are too large together (at most 20 MB)")},
    {errc::OperatorRequired, QT_TRANSLATE_NOOP("Errors", "Only the gas company's operators can do this")},
    {errc::IdempotencyKeyRequired, QT_TRANSLATE_NOOP("Errors", "The request has no Idempotency-Key")},
    {errc::IdempotencyKeyReused,
     QT_TRANSLATE_NOOP("Errors", "This Idempotency-Key was already used for a different request")},
    {errc::PaymentTooSmall, QT_TRANSLATE_NOOP("Errors", "The amount to pay is less than the minimum (10 rubles)")},
    {errc::PaymentTooLarge,
     QT_TRANSLATE_NOOP("Errors", "The amount to pay is more than the maximum available (15 000 rubles)")},
    {errc::CardNumberInvalid, QT_TRANSLATE_NOOP("Errors", "Check the card number")},
    {errc::CardNetworkNotAccepted,
     QT_TRANSLATE_NOOP("Errors",
                       "Cards of this payment system are not accepted: use Visa, Mastercard, Maestro or Mir")},
    {errc::CardExpired, QT_TRANSLATE_NOOP("Errors", "The card has expired")},
    {errc::CardCvcInvalid, QT_TRANSLATE_NOOP("Errors", "Enter the three digits from the back of the card")},
    {errc::CardHolderInvalid, QT_TRANSLATE_NOOP("Errors", "Enter the card holder's name in Latin letters")},
    {errc::PaymentItemsInvalid,
     QT_TRANSLATE_NOOP("Errors", "Choose the services to pay for and enter a positive amount for each")},
    {errc::ServiceNotFound, QT_TRANSLATE_NOOP("Errors", "There is no such service on this account")},
    {errc::PaymentNotFound, QT_TRANSLATE_NOOP("Errors", "The payment was not found")},
    {errc::CardNotFound, QT_TRANSLATE_NOOP("Errors", "The card was not found")},
    {errc::OfferNotAccepted, QT_TRANSLATE_NOOP("Errors", "Accept the terms of the bank's public offer")},
    {errc::InsufficientFunds, QT_TRANSLATE_NOOP("Errors", "There are not enough funds on the card")},
    {errc::CardBlocked, QT_TRANSLATE_NOOP("Errors", "The card is blocked")},
    {errc::CardForeign, QT_TRANSLATE_NOOP("Errors", "Only cards issued in Russia are accepted")},
    {errc::SecureCodeWrong, QT_TRANSLATE_NOOP("Errors", "The confirmation code is wrong: the payment was declined")},
    {errc::NotificationInvalid, QT_TRANSLATE_NOOP("Errors", "The bank's notification failed its check")},
};
} // namespace

QString messageFor(const Error& error)
{
    if (!error.message.isEmpty())
        return error.message;
    const QString text = errorMessage(error.code);
    return text.isEmpty() ? error.code : text;
}

QString errorMessage(const QString& code)
{
    for (const Entry& e : kEntries) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Errors", e.text);
    }
    return {};
}

} // namespace mygas
