#include "models/requests/RequestRules.h"

#include "models/accounts/AccountRules.h"
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"

#include <QJsonArray>

#include <cmath>

namespace mygas::rules {

namespace {
Error invalid(const char* code, const char* field)
{
    return makeError(code, QLatin1String(field), 400);
}

// A text or nothing; anything else is a wrong type.
bool readText(const QJsonObject& o, const char* field, QString* out)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

// A date YYYY-MM-DD or nothing.
bool readDate(const QJsonObject& o, const char* field, QDate* out)
{
    QString text;
    if (!readText(o, field, &text))
        return false;
    if (text.isEmpty())
        return true;
    *out = QDate::fromString(text, Qt::ISODate);
    return out->isValid() && text.size() == 10;
}

// A person's words: not blank, up to the limit, lines but no other control
// characters.
std::optional<Error> checkWords(const QString& text, const char* field, const char* blankCode, const char* longCode)
{
    if (text.trimmed().isEmpty())
        return invalid(blankCode, field);
    if (text.size() > kMaxDescriptionLength)
        return invalid(longCode, field);
    if (hasControlCharacters(QString(text).remove(QLatin1Char('\n'))))
        return invalid(errc::ControlCharacters, field);
    return std::nullopt;
}

std::optional<Error> checkMaintenance(const ServiceRequest& r, const Company& company, const QDate& today)
{
    if (!company.maintenanceWorks.contains(r.workKind))
        return invalid(errc::WorkKindInvalid, "work_kind");
    if (const auto refused =
            checkWords(r.description, "description", errc::DescriptionRequired, errc::DescriptionTooLong))
        return refused;
    if (!r.desiredDate.isValid())
        return invalid(errc::FieldRequired, "desired_date");
    if (r.desiredDate < today)
        return invalid(errc::DesiredDatePast, "desired_date");
    if (r.desiredDate > today.addDays(company.requestHorizonDays))
        return invalid(errc::DateTooFar, "desired_date");
    return std::nullopt;
}

std::optional<Error> checkRecalculation(const ServiceRequest& r, const Company& company, const QDate& today)
{
    const bool residents = r.reason == QLatin1String(requests::kResidents);
    const bool absence = r.reason == QLatin1String(requests::kAbsence);
    const bool area = r.reason == QLatin1String(requests::kHeatedArea);
    if (!residents && !absence && !area)
        return invalid(errc::RecalculationReasonInvalid, "reason");
    if (!r.fromDate.isValid())
        return invalid(errc::RecalculationDateRequired, "from_date");
    if (r.fromDate > today.addDays(company.requestHorizonDays))
        return invalid(errc::DateTooFar, "from_date");
    if (absence && (!r.toDate.isValid() || r.fromDate.daysTo(r.toDate) + 1 < kMinAbsenceDays))
        return invalid(errc::AbsenceTooShort, "to_date");
    if (residents && r.residents == kResidentsNotGiven)
        return invalid(errc::FieldRequired, "residents");
    if (residents && (r.residents < 0 || r.residents > kMaxResidents))
        return invalid(errc::ResidentsInvalid, "residents");
    if (area && !(r.heatedAreaM2 > 0 && r.heatedAreaM2 <= kMaxHeatedAreaM2))
        return invalid(errc::HeatedAreaInvalid, "heated_area_m2");
    return std::nullopt;
}
} // namespace

Result<ServiceRequest> readNewRequest(const QJsonObject& body)
{
    ServiceRequest r;
    r.residents = kResidentsNotGiven;
    for (const auto& [field, out] : {std::pair{"kind", &r.kind}, std::pair{"work_kind", &r.workKind},
                                     std::pair{"description", &r.description}, std::pair{"reason", &r.reason}}) {
        if (!readText(body, field, out))
            return invalid(errc::FieldType, field);
    }
    for (const auto& [field, out] : {std::pair{"desired_date", &r.desiredDate}, std::pair{"from_date", &r.fromDate},
                                     std::pair{"to_date", &r.toDate}}) {
        if (!readDate(body, field, out))
            return invalid(errc::FieldType, field);
    }
    const QJsonValue residents = body.value(QLatin1String("residents"));
    if (!residents.isUndefined() && !residents.isNull()) {
        if (!residents.isDouble())
            return invalid(errc::FieldType, "residents");
        const double v = residents.toDouble();
        if (std::floor(v) != v || v < 0 || v > double(kMaxResidents))
            return invalid(errc::ResidentsInvalid, "residents");
        r.residents = qint64(v);
    }
    const QJsonValue area = body.value(QLatin1String("heated_area_m2"));
    if (!area.isUndefined() && !area.isNull()) {
        if (!area.isDouble())
            return invalid(errc::FieldType, "heated_area_m2");
        r.heatedAreaM2 = area.toDouble();
    }
    return r;
}

std::optional<Error> checkNewRequest(const ServiceRequest& request, const Company& company, const QDate& today)
{
    if (request.kind == QLatin1String(requests::kMaintenance))
        return checkMaintenance(request, company, today);
    if (request.kind == QLatin1String(requests::kRecalculation))
        return checkRecalculation(request, company, today);
    return invalid(errc::RequestKindInvalid, "kind");
}

ServiceRequest relevantFields(const ServiceRequest& r)
{
    ServiceRequest out;
    out.kind = r.kind;
    if (r.kind == QLatin1String(requests::kMaintenance)) {
        out.workKind = r.workKind;
        out.description = r.description;
        out.desiredDate = r.desiredDate;
        return out;
    }
    out.reason = r.reason;
    out.fromDate = r.fromDate;
    if (r.reason == QLatin1String(requests::kAbsence))
        out.toDate = r.toDate;
    else if (r.reason == QLatin1String(requests::kResidents))
        out.residents = r.residents;
    else
        out.heatedAreaM2 = r.heatedAreaM2;
    return out;
}

QJsonObject newRequestBody(const ServiceRequest& request)
{
    const ServiceRequest r = relevantFields(request);
    QJsonObject body{{QStringLiteral("kind"), r.kind}};
    auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    if (r.kind == QLatin1String(requests::kMaintenance)) {
        body.insert(QStringLiteral("work_kind"), r.workKind);
        body.insert(QStringLiteral("description"), r.description);
        body.insert(QStringLiteral("desired_date"), date(r.desiredDate));
        return body;
    }
    body.insert(QStringLiteral("reason"), r.reason);
    body.insert(QStringLiteral("from_date"), date(r.fromDate));
    if (r.reason == QLatin1String(requests::kAbsence))
        body.insert(QStringLiteral("to_date"), date(r.toDate));
    else if (r.reason == QLatin1String(requests::kResidents))
        body.insert(QStringLiteral("residents"), r.residents);
    else
        body.insert(QStringLiteral("heated_area_m2"), r.heatedAreaM2);
    return body;
}

bool isRequestKind(const QString& kind)
{
    return kind == QLatin1String(requests::kMaintenance) || kind == QLatin1String(requests::kRecalculation);
}

bool isRequestStatus(const QString& status)
{
    using namespace requests;
    for (const char* known : {kInProgress, kClarification, kRejected, kDone}) {
        if (status == QLatin1String(known))
            return true;
    }
    return false;
}

Result<StatusChange> readStatusChange(const QJsonObject& body)
{
    StatusChange change;
    if (!readText(body, "status", &change.status))
        return invalid(errc::FieldType, "status");
    if (!readText(body, "comment", &change.comment))
        return invalid(errc::FieldType, "comment");
    return change;
}

std::optional<Error> checkStatusChange(const QString& from, const StatusChange& change)
{
    using namespace requests;
    const QString& to = change.status;
    const bool needsWords = to == QLatin1String(kClarification) || to == QLatin1String(kRejected);
    if (!needsWords && to != QLatin1String(kDone))
        return invalid(errc::RequestStatusInvalid, "status");
    if (from == QLatin1String(kDone) || from == QLatin1String(kRejected))
        return makeError(errc::RequestClosed, QStringLiteral("status"), 409);
    // A question waits for the abonent's answer before the next one.
    if (from == QLatin1String(kClarification) && to == QLatin1String(kClarification))
        return makeError(errc::StatusChangeNotAllowed, QStringLiteral("status"), 409);
    if (needsWords || !change.comment.isEmpty())
        return checkWords(change.comment, "comment", errc::CommentRequired, errc::CommentTooLong);
    return std::nullopt;
}

Result<QStringList> readFileIds(const QJsonObject& body)
{
    const QJsonValue v = body.value(QLatin1String("files"));
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray())
        return invalid(errc::FieldType, "files");
    QStringList ids;
    for (const QJsonValue& id : v.toArray()) {
        if (!id.isString() || id.toString().isEmpty())
            return invalid(errc::FieldType, "files");
        ids.append(id.toString());
    }
    if (ids.size() > files::kMaxFilesPerItem)
        return invalid(errc::TooManyFiles, "files");
    return ids;
}

Result<QString> readReply(const QJsonObject& body)
{
    QString text;
    if (!readText(body, "comment", &text))
        return invalid(errc::FieldType, "comment");
    if (const auto refused = checkWords(text, "comment", errc::CommentRequired, errc::CommentTooLong))
        return *refused;
    return text;
}

} // namespace mygas::rules
