#pragma once

#include "models/core/Error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Wire types of the provider API (docs/openapi.yaml), shared by client and
// server so both read and write the same JSON.
namespace mygas {

struct User
{
    qint64 id = 0;
    QString login;
    QString fullName;
    QString email;
    QString phone;
    QString consentVersion; // empty until the user has consented
    QDateTime consentAt;

    bool hasConsented() const { return !consentVersion.isEmpty(); }
    QJsonObject toJson() const;
    static User fromJson(const QJsonObject& o);
};

struct Tokens
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0; // seconds the access token lives
    QJsonObject toJson() const;
    static Tokens fromJson(const QJsonObject& o);
};

// A confirmation code was sent; the answer to register/recover/resend.
struct Challenge
{
    QString id;
    int expiresIn = 0;   // seconds the code stays valid
    int resendAfter = 0; // seconds until «Отправить код повторно» is allowed
    QJsonObject toJson() const;
    static Challenge fromJson(const QJsonObject& o);
};

struct Payee
{
    QString name, inn, kpp, bankName, bic, corrAccount, account;
    QJsonObject toJson() const;
    static Payee fromJson(const QJsonObject& o);
};

// The zone of a company whose export names none.
inline constexpr const char* kDefaultTimeZone = "Europe/Moscow";

struct Company
{
    QString id;
    QString name;
    QString region;
    QString accountNumberHint;
    QString accountNumberRegex;
    int readingFromDay = 1;
    int readingToDay = 31;
    int maxConsumption = 0; // m³ per month a reading may add
    bool allowZeroReading = false;
    bool allowRollover = false;
    bool applicationsEnabled = false;
    bool pinOnInvoice = false;
    // «Заявка на ТО»: the kinds of work it takes, and how many days ahead
    // a desired date (or a recalculation's first day) may be.
    QStringList maintenanceWorks;
    int requestHorizonDays = 60;
    // The survey before a connection application (manual 4.1.2), as
    // applications::ConnectionSurvey reads it; empty: no survey.
    QJsonArray connectionSurvey;
    // IANA name; «today», reading windows and periods are the company's.
    QString timeZone = QString::fromLatin1(kDefaultTimeZone);
    Payee payee;
    QJsonObject toJson() const;
    static Company fromJson(const QJsonObject& o);
};

struct Office
{
    QString id;
    QString companyId;
    QString name;
    QString phone;
    QString address;
    QString schedule;
    double lat = 0;
    double lon = 0;
    QJsonObject toJson() const;
    static Office fromJson(const QJsonObject& o);
};

struct FaqQuestion
{
    QString question;
    QString answer;
};

struct FaqTopic
{
    QString id;
    QString title;
    QList<FaqQuestion> questions;
    QJsonObject toJson() const;
    static FaqTopic fromJson(const QJsonObject& o);
};

// A message the server sent (or would send) to a person: a code, a notice.
struct OutboxMessage
{
    QString to;
    QString channel; // "sms" or "email"
    QString subject;
    QString body;
    QString code;
    QDateTime sentAt;
    QJsonObject toJson() const;
    static OutboxMessage fromJson(const QJsonObject& o);
};

// {"error": {"code", "message", "field"}} both ways.
QJsonObject errorToJson(const Error& e);
Error errorFromJson(const QJsonObject& body, int httpStatus);
Error makeError(const char* code, const QString& field = {}, int httpStatus = 0);

QString toIsoUtc(const QDateTime& t);

} // namespace mygas
