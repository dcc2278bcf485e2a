#include "server/provider/ImportValidator.h"

#include "models/accounts/AccountRules.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/applications/ConnectionSurvey.h"
#include "models/readings/ReadingRules.h"
#include "server/sections/RowJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace mygas::server {

namespace {
constexpr int kMaxErrors = 100;
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

const QRegularExpression& localIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    return re;
}

bool isInteger(const QJsonValue& v)
{
    const double d = v.toDouble();
    return v.isDouble() && std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= kMaxExactInteger;
}

bool isDate(const QJsonValue& v)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    return v.isString() && re.match(v.toString()).hasMatch() && QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

// Columns the server derives itself (from readings) and does not read.
bool derived(const QString& kind, const char* column)
{
    return kind == QLatin1String("meters") &&
           (qstrcmp(column, "last_reading") == 0 || qstrcmp(column, "last_reading_date") == 0 ||
            qstrcmp(column, "avg_monthly_m3") == 0);
}

bool requiredDate(const QString& kind, const char* column)
{
    return qstrcmp(column, "date") == 0 || (kind == QLatin1String("contracts") && qstrcmp(column, "date_from") == 0);
}

const QHash<QString, QStringList>& allowedValues()
{
    static const QHash<QString, QStringList> values{
        {QStringLiteral("readings.source"),
         {QStringLiteral("abonent"), QStringLiteral("online"), QStringLiteral("controller"),
          QStringLiteral("company")}},
        {QStringLiteral("readings.state"),
         {QStringLiteral("accepted"), QStringLiteral("rejected"), QStringLiteral("pending")}},
        {QStringLiteral("meters.state"),
         {QStringLiteral("working"), QStringLiteral("verification_expired"), QStringLiteral("removed")}},
    };
    return values;
}
} // namespace

void ImportValidator::fail(const QString& path, const QString& problem)
{
    if (m_errors.size() < kMaxErrors)
        m_errors.append(path + QStringLiteral(": ") + problem);
}

ProviderData ImportValidator::validate(const QJsonObject& document)
{
    ProviderData out;
    const QJsonValue companies = document.value(QLatin1String("companies"));
    if (!companies.isUndefined() && !companies.isArray())
        fail(QStringLiteral("companies"), QStringLiteral("expected an array"));
    const QJsonArray companyList = companies.toArray();
    for (int i = 0; i < companyList.size(); ++i)
        company(companyList[i], QStringLiteral("companies[%1]").arg(i), &out);
    const QJsonValue accounts = document.value(QLatin1String("accounts"));
    if (!accounts.isArray())
        fail(QStringLiteral("accounts"), QStringLiteral("expected an array of accounts"));
    const QJsonArray accountList = accounts.toArray();
    QSet<QString> seen;
    for (int i = 0; i < accountList.size(); ++i) {
        const QString path = QStringLiteral("accounts[%1]").arg(i);
        account(accountList[i], path, &out);
        if (out.accounts.size() == i + 1) {
            const QString key = out.accounts.last().companyId + QLatin1Char('/') + out.accounts.last().number;
            if (seen.contains(key))
                fail(path + QStringLiteral(".number"), QStringLiteral("the account %1 appears twice").arg(key));
            seen.insert(key);
        }
    }
    return out;
}

void ImportValidator::company(const QJsonValue& v, const QString& path, ProviderData* out)
{
    if (!v.isObject())
        return fail(path, QStringLiteral("expected an object"));
    const Company c = Company::fromJson(v.toObject());
    if (!localIdPattern().match(c.id).hasMatch())
        fail(path + QStringLiteral(".id"), QStringLiteral("expected 1–40 Latin letters, digits, '_', '.' or '-'"));
    if (c.name.trimmed().isEmpty())
        fail(path + QStringLiteral(".name"), QStringLiteral("expected a non-empty string"));
    if (!QRegularExpression(c.accountNumberRegex).isValid())
        fail(path + QStringLiteral(".account_number_regex"), QStringLiteral("not a valid regular expression"));
    // An IANA name (Area/Location), as every platform's time zone data knows it.
    static const QRegularExpression iana(QStringLiteral("^[A-Za-z]+(/[A-Za-z0-9_+-]+)+$"));
    if (!iana.match(c.timeZone).hasMatch() || !QTimeZone(c.timeZone.toLatin1()).isValid())
        fail(path + QStringLiteral(".time_zone"),
             QStringLiteral("\"%1\" is not an IANA time zone (e.g. Europe/Moscow, Asia/Kamchatka)").arg(c.timeZone));
    const QJsonValue works = v.toObject().value(QLatin1String("maintenance_works"));
    bool worksOk = works.isUndefined() || works.isArray();
    for (const QJsonValue& w : works.toArray())
        worksOk = worksOk && w.isString() && !w.toString().trimmed().isEmpty();
    if (!worksOk)
        fail(path + QStringLiteral(".maintenance_works"), QStringLiteral("expected an array of non-empty strings"));
    const QJsonValue horizon = v.toObject().value(QLatin1String("request_horizon_days"));
    if (!horizon.isUndefined() && !(isInteger(horizon) && horizon.toInt() >= 1 && horizon.toInt() <= 366))
        fail(path + QStringLiteral(".request_horizon_days"), QStringLiteral("expected an integer from 1 to 366"));
    for (const QString& problem :
         applications::surveyProblems(v.toObject().value(QLatin1String("connection_survey")))) {
        const qsizetype colon = problem.indexOf(QLatin1String(": "));
        fail(path + QStringLiteral(".connection_survey") + problem.left(colon), problem.mid(colon + 2));
    }
    m_companies.insert(c.id, c);
    out->companies.append(c);
}

void ImportValidator::account(const QJsonValue& v, const QString& path, ProviderData* out)
{
    if (!v.isObject())
        return fail(path, QStringLiteral("expected an object"));
    const QJsonObject o = v.toObject();
    AccountData a;
    auto text = [&](const char* name, bool required) {
        const QJsonValue x = o.value(QLatin1String(name));
        if ((required || !x.isUndefined()) && (!x.isString() || (required && x.toString().trimmed().isEmpty())))
            fail(path + QLatin1Char('.') + QLatin1String(name), QStringLiteral("expected a non-empty string"));
        return x.toString().trimmed();
    };
    a.companyId = text("company_id", true);
    a.number = text("number", true);
    a.address = text("address", true);
    a.pin = text("pin", false);
    if (!a.companyId.isEmpty() && !m_companies.contains(a.companyId))
        fail(path + QStringLiteral(".company_id"), QStringLiteral("unknown company \"%1\"").arg(a.companyId));
    else if (!a.number.isEmpty() &&
             !rules::checkAccountNumber(a.number, m_companies.value(a.companyId).accountNumberRegex).isEmpty())
        fail(path + QStringLiteral(".number"),
             QStringLiteral("\"%1\" does not match the company's account number format").arg(a.number));
    if (!a.pin.isEmpty() && !QRegularExpression(QStringLiteral("^[0-9]{4,8}$")).match(a.pin).hasMatch())
        fail(path + QStringLiteral(".pin"), QStringLiteral("expected 4–8 digits"));
    for (const sections::Section& kind : sections::fromCompany()) {
        const QString key = kind.name == QLatin1String("subscribers") ? QStringLiteral("subscriber") : kind.name;
        const QJsonValue x = o.value(key);
        if (x.isUndefined() || x.isNull())
            continue;
        if (kind.name == QLatin1String("subscribers")) {
            if (!x.isObject())
                fail(path + QStringLiteral(".subscriber"), QStringLiteral("expected an object"));
            else
                section(kind.name, QJsonArray{x}, path + QStringLiteral(".subscriber"), &a);
            continue;
        }
        if (!x.isArray())
            fail(path + QLatin1Char('.') + key, QStringLiteral("expected an array"));
        else
            section(kind.name, x.toArray(), path + QLatin1Char('.') + key, &a);
    }
    references(a, path);
    crossChecks(a, path);
    deriveMeterFields(a, rules::providerToday(m_companies.value(a.companyId)));
    out->accounts.append(a);
}

void ImportValidator::section(const QString& kindName, const QJsonArray& rows, const QString& path, AccountData* out)
{
    const sections::Section& kind = *sections::find(kindName);
    const bool single = kindName == QLatin1String("subscribers");
    QList<LocalRow>& target = out->sections[kindName];
    QSet<QString> ids;
    for (int i = 0; i < rows.size(); ++i) {
        const QString rowPath = single ? path : QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject o = rows[i].toObject();
        if (!rows[i].isObject()) {
            fail(rowPath, QStringLiteral("expected an object"));
            continue;
        }
        LocalRow row;
        if (!single) {
            row.localId = o.value(QLatin1String("id")).toString();
            if (!localIdPattern().match(row.localId).hasMatch())
                fail(rowPath + QStringLiteral(".id"),
                     QStringLiteral("expected 1–40 Latin letters, digits, '_', '.' or '-'"));
            else if (row.localId.startsWith(QLatin1String(rules::kOnlineRowPrefix)))
                fail(rowPath + QStringLiteral(".id"),
                     QStringLiteral("ids starting with \"%1\" are the server's own").arg(rules::kOnlineRowPrefix));
            else if (ids.contains(row.localId))
                fail(rowPath + QStringLiteral(".id"), QStringLiteral("\"%1\" appears twice").arg(row.localId));
            ids.insert(row.localId);
        }
        for (const wire::Field& c : kind.columns)
            row.values.append(cell(kindName, c.name, int(c.type), o.value(QLatin1String(c.name)),
                                   rowPath + QLatin1Char('.') + QLatin1String(c.name)));
        target.append(row);
    }
}

QVariant ImportValidator::cell(const QString& kind, const char* column, int type, const QJsonValue& v,
                               const QString& path)
{
    if (derived(kind, column))
        return type == int(wire::FieldType::Date) ? QVariant() : QVariant(0);
    const bool absent = v.isUndefined() || v.isNull();
    switch (wire::FieldType(type)) {
    case wire::FieldType::Int:
    case wire::FieldType::NullInt:
        if (absent && wire::FieldType(type) == wire::FieldType::NullInt)
            return QVariant();
        if (!isInteger(v)) {
            fail(path, QString::fromLatin1(column).endsWith(QLatin1String("_kop"))
                           ? QStringLiteral("expected an integer number of kopecks")
                           : QStringLiteral("expected an integer"));
            return QVariant(0);
        }
        if (v.toDouble() < 0 && !QString::fromLatin1(column).endsWith(QLatin1String("_kop")))
            fail(path, QStringLiteral("expected zero or more"));
        return qint64(v.toDouble());
    case wire::FieldType::Real:
        if (!absent && !v.isDouble())
            fail(path, QStringLiteral("expected a number"));
        return v.toDouble();
    case wire::FieldType::Bool:
        if (absent)
            return qstrcmp(column, "submission_open") == 0 ? 1 : 0;
        if (!v.isBool())
            fail(path, QStringLiteral("expected true or false"));
        return v.toBool() ? 1 : 0;
    case wire::FieldType::Date:
        if (absent && !requiredDate(kind, column))
            return QVariant();
        if (!isDate(v))
            fail(path, QStringLiteral("expected a date YYYY-MM-DD"));
        return v.toString();
    case wire::FieldType::Json:
        return smallList(column, v, path);
    default: {
        if (!absent && !v.isString()) {
            fail(path, QStringLiteral("expected a string"));
            return QString();
        }
        const QString s = v.toString();
        const QStringList allowed = allowedValues().value(kind + QLatin1Char('.') + QLatin1String(column));
        if (!allowed.isEmpty() && !allowed.contains(s))
            fail(path, QStringLiteral("expected one of %1").arg(allowed.join(QLatin1String(", "))));
        if (wire::FieldType(type) == wire::FieldType::Ref && s.isEmpty())
            fail(path, QStringLiteral("expected the id of a row of this account"));
        return s;
    }
    }
}

QVariant ImportValidator::smallList(const char* column, const QJsonValue& v, const QString& path)
{
    // The fields of the items of each list, as their wire types name them.
    static const QHash<QString, QList<wire::Field>> shapes{
        {QStringLiteral("benefits"), wire::fieldsOf<Benefit>()},
        {QStringLiteral("regimes"), wire::fieldsOf<ConsumptionRegime>()},
        {QStringLiteral("equipment"), wire::fieldsOf<Equipment>()},
        {QStringLiteral("works"), wire::fieldsOf<ActWork>()},
    };
    QJsonArray out;
    if (!v.isUndefined() && !v.isNull() && !v.isArray())
        fail(path, QStringLiteral("expected an array"));
    const QJsonArray items = v.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        QJsonObject clean;
        for (const wire::Field& f : shapes.value(QLatin1String(column))) {
            const QString name = QLatin1String(f.name);
            const QJsonValue x = item.value(name);
            const QString at = QStringLiteral("%1[%2].%3").arg(path).arg(i).arg(name);
            const bool date = f.type == wire::FieldType::Date;
            if (f.type == wire::FieldType::Text && !x.isString())
                fail(at, QStringLiteral("expected a string"));
            else if (f.type == wire::FieldType::Real && !x.isDouble())
                fail(at, QStringLiteral("expected a number"));
            else if (f.type == wire::FieldType::Int && !isInteger(x))
                fail(at, name.endsWith(QLatin1String("_kop")) ? QStringLiteral("expected an integer number of kopecks")
                                                              : QStringLiteral("expected an integer"));
            else if (date && !x.isNull() && !x.isUndefined() && !isDate(x))
                fail(at, QStringLiteral("expected a date YYYY-MM-DD or null"));
            clean.insert(name, date && x.isUndefined() ? QJsonValue() : x);
        }
        out.append(clean);
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

void ImportValidator::references(const AccountData& a, const QString& path)
{
    const QHash<QString, QString> targets{{QStringLiteral("service_id"), QStringLiteral("services")},
                                          {QStringLiteral("meter_id"), QStringLiteral("meters")},
                                          {QStringLiteral("contract_id"), QStringLiteral("contracts")}};
    for (const sections::Section& kind : sections::fromCompany()) {
        const QList<LocalRow> rows = a.sections.value(kind.name);
        for (int c = 0; c < kind.columns.size(); ++c) {
            if (kind.columns[c].type != wire::FieldType::Ref)
                continue;
            const QString target = targets.value(QLatin1String(kind.columns[c].name));
            QSet<QString> ids;
            for (const LocalRow& r : a.sections.value(target))
                ids.insert(r.localId);
            for (int i = 0; i < rows.size(); ++i) {
                const QString ref = rows[i].values.value(c).toString();
                if (!ref.isEmpty() && !ids.contains(ref))
                    fail(QStringLiteral("%1.%2[%3].%4").arg(path, kind.name).arg(i).arg(kind.columns[c].name),
                         QStringLiteral("no %1 with id \"%2\" in this account").arg(target, ref));
            }
        }
    }
}

void ImportValidator::crossChecks(const AccountData& a, const QString& path)
{
    static const QRegularExpression periodRe(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    const sections::Section& settlements = *sections::find(QStringLiteral("settlements"));
    const int period = settlements.columnIndex("period");
    const int service = settlements.columnIndex("service_id");
    const int closing = settlements.columnIndex("closing_kop");
    QHash<QString, QString> latest; // service -> latest period
    QSet<QString> pairs;
    const QList<LocalRow> rows = a.sections.value(settlements.name);
    for (int i = 0; i < rows.size(); ++i) {
        const QString p = rows[i].values.value(period).toString();
        const QString s = rows[i].values.value(service).toString();
        const QString at = QStringLiteral("%1.settlements[%2]").arg(path).arg(i);
        if (!periodRe.match(p).hasMatch())
            fail(at + QStringLiteral(".period"), QStringLiteral("expected a month YYYY-MM"));
        if (pairs.contains(p + QLatin1Char('/') + s))
            fail(at, QStringLiteral("a second settlement for %1 and service \"%2\"").arg(p, s));
        pairs.insert(p + QLatin1Char('/') + s);
        if (p > latest.value(s))
            latest.insert(s, p);
    }
    for (int i = 0; i < rows.size(); ++i) {
        const QString p = rows[i].values.value(period).toString();
        if (rows[i].values.value(closing).isNull() && p != latest.value(rows[i].values.value(service).toString()))
            fail(QStringLiteral("%1.settlements[%2].closing_kop").arg(path).arg(i),
                 QStringLiteral("only the latest (open) month of a service may have no closing state"));
    }
    const sections::Section& acts = *sections::find(QStringLiteral("acts"));
    const QList<LocalRow> actRows = a.sections.value(acts.name);
    for (int i = 0; i < actRows.size(); ++i) {
        qint64 sum = 0;
        const QJsonArray works =
            QJsonDocument::fromJson(actRows[i].values.value(acts.columnIndex("works")).toString().toUtf8()).array();
        for (const QJsonValue& w : works)
            sum += qint64(w.toObject().value(QLatin1String("cost_kop")).toDouble());
        if (!works.isEmpty() && sum != actRows[i].values.value(acts.columnIndex("total_kop")).toLongLong())
            fail(QStringLiteral("%1.acts[%2].total_kop").arg(path).arg(i),
                 QStringLiteral("%1 is not the sum of the works' costs (%2)")
                     .arg(actRows[i].values.value(acts.columnIndex("total_kop")).toLongLong())
                     .arg(sum));
    }
}

} // namespace mygas::server
