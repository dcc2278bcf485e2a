#include "models/applications/ApplicationTypes.h"

#include "models/core/WireFields.h"

#include <QJsonArray>

namespace mygas {

QJsonObject ContractApplication::toJson() const
{
    QJsonArray replies;
    for (const applications::SurveyReply& r : survey)
        replies.append(r.toJson());
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("company_id"), companyId},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("created_at"), createdAt},
                       {QStringLiteral("updated_at"), updatedAt},
                       {QStringLiteral("submitted_at"), submittedAt},
                       {QStringLiteral("form"), form},
                       {QStringLiteral("survey"), replies},
                       {QStringLiteral("files"), wire::jsonOf(files)},
                       {QStringLiteral("history"), wire::jsonOf(history)},
                       {QStringLiteral("version"), version}};
}

ContractApplication ContractApplication::fromJson(const QJsonObject& o)
{
    ContractApplication a;
    a.id = o.value(QLatin1String("id")).toString();
    a.companyId = o.value(QLatin1String("company_id")).toString();
    a.type = o.value(QLatin1String("type")).toString();
    a.status = o.value(QLatin1String("status")).toString();
    a.createdAt = o.value(QLatin1String("created_at")).toString();
    a.updatedAt = o.value(QLatin1String("updated_at")).toString();
    a.submittedAt = o.value(QLatin1String("submitted_at")).toString();
    a.form = o.value(QLatin1String("form")).toObject();
    for (const QJsonValue& v : o.value(QLatin1String("survey")).toArray())
        a.survey.append(applications::SurveyReply::fromJson(v.toObject()));
    wire::readJson(o.value(QLatin1String("history")), a.history);
    wire::readJson(o.value(QLatin1String("files")), a.files);
    a.version = o.value(QLatin1String("version")).toInteger();
    return a;
}

QJsonObject IncomingApplication::toJson() const
{
    QJsonObject o = application.toJson();
    o.insert(QStringLiteral("applicant"), applicant);
    return o;
}

IncomingApplication IncomingApplication::fromJson(const QJsonObject& o)
{
    return {ContractApplication::fromJson(o), o.value(QLatin1String("applicant")).toString()};
}

} // namespace mygas
