#pragma once

#include "models/core/ApiTypes.h"
#include "models/core/Error.h"
#include "models/requests/RequestTypes.h"

#include <QDate>
#include <QJsonObject>

#include <optional>

// The rules of a new request (manual 4.4.1, 4.4.2) and the company's own:
// its kinds of work and how far ahead it takes a date.
namespace mygas::rules {

inline constexpr int kMaxDescriptionLength = 1000;
// «временное отсутствие (более 5 дней)»: the first and the last day counted.
inline constexpr int kMinAbsenceDays = 6;
inline constexpr qint64 kMaxResidents = 99;
// readNewRequest's residents when the body has none (0 is a number of residents).
inline constexpr qint64 kResidentsNotGiven = -1;
inline constexpr double kMaxHeatedAreaM2 = 10000;

// A new request as the abonent sends it: its kind and the fields of that
// kind, every type checked (400 field_type naming the field).
Result<ServiceRequest> readNewRequest(const QJsonObject& body);

// The request against the rules; today is the company's (its time zone).
std::optional<Error> checkNewRequest(const ServiceRequest& request, const Company& company, const QDate& today);

// The request with only the fields of its kind and reason: a form that
// switched kinds sends what it showed before, and that is not the request.
ServiceRequest relevantFields(const ServiceRequest& request);
// The body of POST /accounts/{id}/requests: the kind and those fields.
QJsonObject newRequestBody(const ServiceRequest& request);

bool isRequestKind(const QString& kind);
bool isRequestStatus(const QString& status);

// The words of an operator's question or reason and of the abonent's answer:
// the same limit and characters as a description.
inline constexpr int kMaxCommentLength = kMaxDescriptionLength;

// An operator's step (operator API): the status it gives and its comment.
struct StatusChange
{
    QString status;
    QString comment;
};
// The body of POST /operator/requests/{id}/status: every type checked.
Result<StatusChange> readStatusChange(const QJsonObject& body);
// The step from the request's present status (manual 4.4): a question
// («Требует уточнения») and a refusal («Не согласована») need their words;
// «Выполнена» and «Не согласована» end a request.
std::optional<Error> checkStatusChange(const QString& from, const StatusChange& change);

// The uploads a new request or an answer names in "files" (their ids), at
// most files::kMaxFilesPerItem; none when absent.
Result<QStringList> readFileIds(const QJsonObject& body);

// The abonent's answer to «Требует уточнения» («Ответить оператору»): its
// text, checked.
Result<QString> readReply(const QJsonObject& body);

} // namespace mygas::rules
