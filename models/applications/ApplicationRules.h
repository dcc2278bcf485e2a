#pragma once

#include "models/applications/ApplicationForm.h"
#include "models/applications/ApplicationTypes.h"
#include "models/core/Error.h"
#include "models/requests/RequestRules.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

// The rules of a contract application (manual 4.5): what a draft may hold,
// what each step of the wizard needs before «Продолжить заполнение», and the
// company's steps on it. An error names the field by its key; a field of a
// list item as "equipment.1.model".
namespace mygas::rules {

struct NewApplication
{
    QString companyId;
    QString type;
    QJsonObject form;
    QList<applications::SurveyReply> survey; // as given: not yet walked
};
// The body of POST /applications: company_id, type, an optional form and,
// for a connection, the survey's answers.
Result<NewApplication> readNewApplication(const QJsonObject& body);

// A draft's form as saved: only its type's fields, texts (a list field an
// array of objects of texts), within their lengths. Anything may be empty.
std::optional<Error> checkDraft(const QString& type, const QJsonObject& form);
// Step `step` (an index of applications::stepsOf(type)): every required
// field filled and every filled one well-formed; dates by the company's
// `today`.
std::optional<Error> checkStep(const QString& type, int step, const QJsonObject& form, const QDate& today);
// Every step, before «Отправить на рассмотрение».
std::optional<Error> checkComplete(const QString& type, const QJsonObject& form, const QDate& today);

bool isApplicationType(const QString& type);
bool isApplicationStatus(const QString& status);

// An operator's step on an application: a request's steps and «Принята»,
// which takes no words and comes before an answer is awaited or given.
std::optional<Error> checkApplicationStatusChange(const QString& from, const StatusChange& change);

} // namespace mygas::rules
