#pragma once

#include "models/applications/ConnectionSurvey.h"
#include "models/files/FileTypes.h"
#include "models/requests/RequestTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// «Договоры» (manual 4.5): a person's application for a contract with a
// regional gas company. It is a draft («Черновик») while being filled in,
// kept on the server so that it continues on another PC, and goes to the
// company with «Отправить на рассмотрение».
namespace mygas {

namespace applications {
// Types of contract (manual 4.5).
inline constexpr const char* kConnection = "connection"; // «Договор на техническое присоединение»
inline constexpr const char* kSupply = "supply";           // «Договор на поставку газа»
inline constexpr const char* kMaintenance = "maintenance"; // «Договор на ТО ВДГО»
// Statuses beyond a request's (manual 4.5.1); the others are requests::k*.
inline constexpr const char* kDraft = "draft";       // «Черновик»
inline constexpr const char* kAccepted = "accepted"; // «Принята»
// Every application's id begins so; a request's never does.
inline constexpr const char* kIdPrefix = "application-";
// The most applications a person keeps, drafts included.
inline constexpr int kMaxPerUser = 100;
} // namespace applications

struct ContractApplication
{
    QString id;
    QString companyId;
    QString type;
    QString status;
    QString createdAt;   // RFC 3339, UTC
    QString updatedAt;   // the draft's last save or the last step
    QString submittedAt; // empty for a draft
    // What the person typed, field key → text exactly as typed; a list
    // field (equipment, meters) holds an array of such objects.
    QJsonObject form;
    // A connection application: the company's survey as answered (manual 4.1.2).
    QList<applications::SurveyReply> survey;
    // «Прикрепить файл» (manual 4.5.2): the documents it holds, a draft's too.
    QList<FileInfo> files;
    QList<RequestEvent> history; // oldest first; a draft has none
    qint64 version = 0;          // a save names the version it changes
    QJsonObject toJson() const;
    static ContractApplication fromJson(const QJsonObject& o);
};

// An application as the company's operator sees it, with its applicant's
// login.
struct IncomingApplication
{
    ContractApplication application;
    QString applicant;
    QJsonObject toJson() const;
    static IncomingApplication fromJson(const QJsonObject& o);
};

} // namespace mygas
