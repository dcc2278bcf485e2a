#include "models/applications/ApplicationRules.h"

#include "models/accounts/AccountRules.h"
#include "models/auth/AuthRules.h"
#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace mygas::rules {

using applications::Field;
using applications::FieldKind;

namespace {
Error invalidAt(const char* code, const QString& path)
{
    return makeError(code, path, 400);
}

QString pathOf(const QString& prefix, const Field& f)
{
    return prefix + QLatin1String(f.key);
}

int lengthLimit(const Field& f)
{
    return f.kind == FieldKind::LongText ? applications::kMaxLongTextLength : applications::kMaxTextLength;
}

// The stored shape: texts within their length, list fields of such objects.
std::optional<Error> checkShape(const QList<Field>& fields, const QJsonObject& form, const QString& prefix)
{
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        const Field* f = nullptr;
        for (const Field& known : fields) {
            if (it.key() == QLatin1String(known.key))
                f = &known;
        }
        if (!f)
            return invalidAt(errc::FieldType, prefix + it.key());
        const QString path = pathOf(prefix, *f);
        if (f->kind == FieldKind::Items) {
            if (!it.value().isArray())
                return invalidAt(errc::FieldType, path);
            const QJsonArray items = it.value().toArray();
            if (items.size() > applications::kMaxItems)
                return invalidAt(errc::TooManyItems, path);
            for (int i = 0; i < items.size(); ++i) {
                if (!items.at(i).isObject())
                    return invalidAt(errc::FieldType, path);
                if (auto refused =
                        checkShape(f->itemFields, items.at(i).toObject(), QStringLiteral("%1.%2.").arg(path).arg(i)))
                    return refused;
            }
            continue;
        }
        if (!it.value().isString())
            return invalidAt(errc::FieldType, path);
        const QString text = it.value().toString();
        if (text.size() > lengthLimit(*f))
            return invalidAt(errc::FieldTooLong, path);
        const QString checked = f->kind == FieldKind::LongText ? QString(text).remove(QLatin1Char('\n')) : text;
        if (hasControlCharacters(checked))
            return invalidAt(errc::ControlCharacters, path);
    }
    return std::nullopt;
}

// "12", "12,5" or "12.5": the number, or -1.
double numberOf(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\d{1,6}([.,]\\d{1,3})?$"));
    if (!re.match(text).hasMatch())
        return -1;
    return QString(text).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
}

std::optional<Error> checkValue(const Field& f, const QString& text, const QString& path, const QDate& today,
                                bool inItem)
{
    switch (f.kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
        return std::nullopt;
    case FieldKind::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            return invalidAt(errc::FieldType, path);
        if (f.dates == applications::DateRule::NotPast && d < today)
            return invalidAt(errc::DateInPast, path);
        if (f.dates == applications::DateRule::NotFuture && d > today)
            return invalidAt(errc::DateInFuture, path);
        return std::nullopt;
    }
    case FieldKind::Number: {
        const double n = numberOf(text);
        if (n <= 0 || n > f.max)
            return invalidAt(errc::NumberInvalid, path);
        return std::nullopt;
    }
    case FieldKind::Count: {
        static const QRegularExpression re(QStringLiteral("^\\d{1,4}$"));
        const int n = text.toInt();
        // An item of a list counts at least one; residents may be none.
        if (!re.match(text).hasMatch() || n > f.max || (inItem && n < 1))
            return invalidAt(errc::NumberInvalid, path);
        return std::nullopt;
    }
    case FieldKind::Choice:
        for (const applications::Choice& c : f.choices) {
            if (text == QLatin1String(c.value))
                return std::nullopt;
        }
        return invalidAt(errc::ChoiceInvalid, path);
    case FieldKind::Email:
        return normalizeLogin(text).kind == LoginKind::Email ? std::nullopt
                                                             : std::optional(invalidAt(errc::EmailInvalid, path));
    case FieldKind::Phone:
        return normalizeLogin(text).kind == LoginKind::Phone ? std::nullopt
                                                             : std::optional(invalidAt(errc::PhoneInvalid, path));
    case FieldKind::Items:
        break;
    }
    return std::nullopt;
}

std::optional<Error> checkFilled(const QList<Field>& fields, const QJsonObject& form, const QString& prefix,
                                 const QDate& today, bool inItem)
{
    for (const Field& f : fields) {
        const QString path = pathOf(prefix, f);
        const QJsonValue v = form.value(QLatin1String(f.key));
        if (f.kind == FieldKind::Items) {
            const QJsonArray items = v.toArray();
            if (items.isEmpty() && f.required)
                return invalidAt(errc::FieldRequired, path);
            for (int i = 0; i < items.size(); ++i) {
                if (auto refused = checkFilled(f.itemFields, items.at(i).toObject(),
                                               QStringLiteral("%1.%2.").arg(path).arg(i), today, true))
                    return refused;
            }
            continue;
        }
        const QString text = v.toString();
        if (text.trimmed().isEmpty()) {
            if (f.required)
                return invalidAt(errc::FieldRequired, path);
            continue;
        }
        if (auto refused = checkValue(f, text, path, today, inItem))
            return refused;
    }
    return std::nullopt;
}

QList<Field> allFields(const QString& type)
{
    QList<Field> all;
    for (const applications::Step& step : applications::stepsOf(type)) {
        for (const applications::Section& section : step.sections)
            all += section.fields;
    }
    return all;
}

bool readString(const QJsonObject& o, const char* key, QString* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}
} // namespace

Result<NewApplication> readNewApplication(const QJsonObject& body)
{
    NewApplication n;
    if (!readString(body, "company_id", &n.companyId) || n.companyId.isEmpty())
        return invalidAt(errc::FieldRequired, QStringLiteral("company_id"));
    if (!readString(body, "type", &n.type))
        return invalidAt(errc::FieldRequired, QStringLiteral("type"));
    if (!isApplicationType(n.type))
        return invalidAt(errc::ApplicationTypeInvalid, QStringLiteral("type"));
    const QJsonValue form = body.value(QLatin1String("form"));
    if (!form.isUndefined() && !form.isNull() && !form.isObject())
        return invalidAt(errc::FieldType, QStringLiteral("form"));
    n.form = form.toObject();
    if (auto refused = checkDraft(n.type, n.form))
        return *refused;
    // The survey's answers: [{question, answer}], checked against the
    // company's survey by the caller (applications::walkSurvey).
    const QJsonValue survey = body.value(QLatin1String("survey"));
    if (!survey.isUndefined() && !survey.isNull() &&
        (!survey.isArray() || survey.toArray().size() > applications::kMaxSurveyQuestions))
        return invalidAt(errc::FieldType, QStringLiteral("survey"));
    for (const QJsonValue& v : survey.toArray()) {
        if (!v.isObject())
            return invalidAt(errc::FieldType, QStringLiteral("survey"));
        n.survey.append(applications::SurveyReply::fromJson(v.toObject()));
    }
    return n;
}

std::optional<Error> checkDraft(const QString& type, const QJsonObject& form)
{
    return checkShape(allFields(type), form, QString());
}

std::optional<Error> checkStep(const QString& type, int step, const QJsonObject& form, const QDate& today)
{
    const QList<applications::Step>& steps = applications::stepsOf(type);
    if (step < 0 || step >= steps.size())
        return std::nullopt;
    for (const applications::Section& section : steps.at(step).sections) {
        if (auto refused = checkFilled(section.fields, form, QString(), today, false))
            return refused;
    }
    return std::nullopt;
}

std::optional<Error> checkComplete(const QString& type, const QJsonObject& form, const QDate& today)
{
    if (auto refused = checkDraft(type, form))
        return refused;
    for (int i = 0; i < applications::stepsOf(type).size(); ++i) {
        if (auto refused = checkStep(type, i, form, today))
            return refused;
    }
    return std::nullopt;
}

bool isApplicationType(const QString& type)
{
    return !applications::stepsOf(type).isEmpty();
}

bool isApplicationStatus(const QString& status)
{
    return status == QLatin1String(applications::kDraft) || status == QLatin1String(applications::kAccepted) ||
           isRequestStatus(status);
}

std::optional<Error> checkApplicationStatusChange(const QString& from, const StatusChange& change)
{
    using namespace requests;
    if (change.status != QLatin1String(applications::kAccepted))
        return checkStatusChange(from, change);
    if (from == QLatin1String(kDone) || from == QLatin1String(kRejected))
        return makeError(errc::RequestClosed, QStringLiteral("status"), 409);
    // Accepted once; while a question waits for its answer it stays there.
    if (from != QLatin1String(kInProgress))
        return makeError(errc::StatusChangeNotAllowed, QStringLiteral("status"), 409);
    if (change.comment.size() > kMaxCommentLength)
        return invalidAt(errc::CommentTooLong, QStringLiteral("comment"));
    if (hasControlCharacters(QString(change.comment).remove(QLatin1Char('\n'))))
        return invalidAt(errc::ControlCharacters, QStringLiteral("comment"));
    return std::nullopt;
}

} // namespace mygas::rules
