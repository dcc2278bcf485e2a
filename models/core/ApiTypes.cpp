#include "models/core/ApiTypes.h"

#include "models/core/ErrorCatalog.h"

#include <QJsonArray>

namespace mygas {

namespace {
QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString toIsoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject User::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("login"), login},
                  {QStringLiteral("full_name"), fullName},
                  {QStringLiteral("email"), email},
                  {QStringLiteral("phone"), phone}};
    o.insert(QStringLiteral("consent_version"), consentVersion.isEmpty() ? QJsonValue() : QJsonValue(consentVersion));
    o.insert(QStringLiteral("consent_at"), consentAt.isValid() ? QJsonValue(toIsoUtc(consentAt)) : QJsonValue());
    return o;
}

User User::fromJson(const QJsonObject& o)
{
    User u;
    u.id = o.value(QLatin1String("id")).toInteger();
    u.login = str(o, "login");
    u.fullName = str(o, "full_name");
    u.email = str(o, "email");
    u.phone = str(o, "phone");
    u.consentVersion = str(o, "consent_version");
    u.consentAt = QDateTime::fromString(str(o, "consent_at"), Qt::ISODate);
    return u;
}

QJsonObject Tokens::toJson() const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("expires_in"), expiresIn}};
}

Tokens Tokens::fromJson(const QJsonObject& o)
{
    return {str(o, "access_token"), str(o, "refresh_token"), o.value(QLatin1String("expires_in")).toInt()};
}

QJsonObject Challenge::toJson() const
{
    return {{QStringLiteral("challenge_id"), id},
            {QStringLiteral("expires_in"), expiresIn},
            {QStringLiteral("resend_after"), resendAfter}};
}

Challenge Challenge::fromJson(const QJsonObject& o)
{
    return {str(o, "challenge_id"), o.value(QLatin1String("expires_in")).toInt(),
            o.value(QLatin1String("resend_after")).toInt()};
}

QJsonObject Payee::toJson() const
{
    return {{QStringLiteral("name"), name},      {QStringLiteral("inn"), inn},
            {QStringLiteral("kpp"), kpp},        {QStringLiteral("bank_name"), bankName},
            {QStringLiteral("bic"), bic},        {QStringLiteral("corr_account"), corrAccount},
            {QStringLiteral("account"), account}};
}

Payee Payee::fromJson(const QJsonObject& o)
{
    return {str(o, "name"), str(o, "inn"),          str(o, "kpp"),    str(o, "bank_name"),
            str(o, "bic"),  str(o, "corr_account"), str(o, "account")};
}

QJsonObject Company::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("region"), region},
            {QStringLiteral("account_number_hint"), accountNumberHint},
            {QStringLiteral("account_number_regex"), accountNumberRegex},
            {QStringLiteral("reading_window"),
             QJsonObject{{QStringLiteral("from_day"), readingFromDay}, {QStringLiteral("to_day"), readingToDay}}},
            {QStringLiteral("max_consumption"), maxConsumption},
            {QStringLiteral("allow_zero_reading"), allowZeroReading},
            {QStringLiteral("allow_rollover"), allowRollover},
            {QStringLiteral("applications_enabled"), applicationsEnabled},
            {QStringLiteral("pin_on_invoice"), pinOnInvoice},
            {QStringLiteral("maintenance_works"), QJsonArray::fromStringList(maintenanceWorks)},
            {QStringLiteral("request_horizon_days"), requestHorizonDays},
            {QStringLiteral("connection_survey"), connectionSurvey},
            {QStringLiteral("time_zone"), timeZone},
            {QStringLiteral("payee"), payee.toJson()}};
}

Company Company::fromJson(const QJsonObject& o)
{
    Company c;
    c.id = str(o, "id");
    c.name = str(o, "name");
    c.region = str(o, "region");
    c.accountNumberHint = str(o, "account_number_hint");
    c.accountNumberRegex = str(o, "account_number_regex");
    const QJsonObject w = o.value(QLatin1String("reading_window")).toObject();
    c.readingFromDay = w.value(QLatin1String("from_day")).toInt(1);
    c.readingToDay = w.value(QLatin1String("to_day")).toInt(31);
    c.maxConsumption = o.value(QLatin1String("max_consumption")).toInt();
    c.allowZeroReading = o.value(QLatin1String("allow_zero_reading")).toBool();
    c.allowRollover = o.value(QLatin1String("allow_rollover")).toBool();
    c.applicationsEnabled = o.value(QLatin1String("applications_enabled")).toBool();
    c.pinOnInvoice = o.value(QLatin1String("pin_on_invoice")).toBool();
    for (const QJsonValue& v : o.value(QLatin1String("maintenance_works")).toArray())
        c.maintenanceWorks.append(v.toString());
    c.requestHorizonDays = o.value(QLatin1String("request_horizon_days")).toInt(c.requestHorizonDays);
    c.connectionSurvey = o.value(QLatin1String("connection_survey")).toArray();
    c.timeZone = o.value(QLatin1String("time_zone")).toString(QString::fromLatin1(kDefaultTimeZone));
    c.payee = Payee::fromJson(o.value(QLatin1String("payee")).toObject());
    return c;
}

QJsonObject Office::toJson() const
{
    return {{QStringLiteral("id"), id},           {QStringLiteral("company_id"), companyId},
            {QStringLiteral("name"), name},       {QStringLiteral("phone"), phone},
            {QStringLiteral("address"), address}, {QStringLiteral("schedule"), schedule},
            {QStringLiteral("lat"), lat},         {QStringLiteral("lon"), lon}};
}

Office Office::fromJson(const QJsonObject& o)
{
    Office f;
    f.id = str(o, "id");
    f.companyId = str(o, "company_id");
    f.name = str(o, "name");
    f.phone = str(o, "phone");
    f.address = str(o, "address");
    f.schedule = str(o, "schedule");
    f.lat = o.value(QLatin1String("lat")).toDouble();
    f.lon = o.value(QLatin1String("lon")).toDouble();
    return f;
}

QJsonObject FaqTopic::toJson() const
{
    QJsonArray qs;
    for (const FaqQuestion& q : questions)
        qs.append(QJsonObject{{QStringLiteral("question"), q.question}, {QStringLiteral("answer"), q.answer}});
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("questions"), qs}};
}

FaqTopic FaqTopic::fromJson(const QJsonObject& o)
{
    FaqTopic t;
    t.id = str(o, "id");
    t.title = str(o, "title");
    const QJsonArray qs = o.value(QLatin1String("questions")).toArray();
    for (const QJsonValue& v : qs) {
        const QJsonObject q = v.toObject();
        t.questions.append({str(q, "question"), str(q, "answer")});
    }
    return t;
}

QJsonObject OutboxMessage::toJson() const
{
    return {{QStringLiteral("to"), to},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("body"), body},
            {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : QJsonValue(code)},
            {QStringLiteral("sent_at"), toIsoUtc(sentAt)}};
}

OutboxMessage OutboxMessage::fromJson(const QJsonObject& o)
{
    return {str(o, "to"),   str(o, "channel"), str(o, "subject"),
            str(o, "body"), str(o, "code"),    QDateTime::fromString(str(o, "sent_at"), Qt::ISODate)};
}

QJsonObject errorToJson(const Error& e)
{
    QJsonObject inner{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    if (!e.field.isEmpty())
        inner.insert(QStringLiteral("field"), e.field);
    return {{QStringLiteral("error"), inner}};
}

Error errorFromJson(const QJsonObject& body, int httpStatus)
{
    const QJsonObject inner = body.value(QLatin1String("error")).toObject();
    Error e;
    e.code = str(inner, "code");
    e.message = str(inner, "message");
    e.field = str(inner, "field");
    e.httpStatus = httpStatus;
    if (e.code.isEmpty()) {
        e.code = QString::fromLatin1(errc::BadResponse);
    }
    if (e.message.isEmpty())
        e.message = errorMessage(e.code);
    return e;
}

Error makeError(const char* code, const QString& field, int httpStatus)
{
    Error e;
    e.code = QString::fromLatin1(code);
    e.message = errorMessage(e.code);
    e.field = field;
    e.httpStatus = httpStatus;
    return e;
}

} // namespace mygas
