#pragma once

#include "models/files/FileTypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// «Заявки» of an account (manual 4.4): requests for ТО ВДГО and
// applications for recalculation, each with its history.
namespace mygas {

namespace requests {
// Kinds.
inline constexpr const char* kMaintenance = "maintenance";     // «Заявка на ТО»
inline constexpr const char* kRecalculation = "recalculation"; // «Заявка на перерасчет»
// Statuses (manual 4.4).
inline constexpr const char* kInProgress = "in_progress";      // «В обработке»
inline constexpr const char* kClarification = "clarification"; // «Требует уточнения»
inline constexpr const char* kRejected = "rejected";           // «Не согласована»
inline constexpr const char* kDone = "done";                   // «Выполнена»
// What the app shows of its outbox, never on the wire: sent once online, or
// refused by the server.
inline constexpr const char* kWaiting = "waiting";  // «Ожидает отправки»
inline constexpr const char* kNotSent = "not_sent"; // «Не принята»
// Reasons of a recalculation (manual 4.4.2).
inline constexpr const char* kResidents = "residents";    // the number of residents changed
inline constexpr const char* kAbsence = "absence";        // temporary absence of more than 5 days
inline constexpr const char* kHeatedArea = "heated_area"; // the heated area changed
// Who wrote an entry of the history.
inline constexpr const char* kAbonent = "abonent";
inline constexpr const char* kOperator = "operator";
} // namespace requests

// One step of a request's history: the status it took, when, and the words
// that came with it (the operator's question or reason, the abonent's answer).
struct RequestEvent
{
    QString status;
    QString at;     // RFC 3339, UTC
    QString author; // requests::kAbonent or kOperator
    QString comment;
    QList<FileInfo> files = {}; // sent with this step: the request's own, or an answer's
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("status", x.status);
        v("at", x.at);
        v("author", x.author);
        v("comment", x.comment);
        v("files", x.files);
    }
};

struct ServiceRequest
{
    QString id;
    QString accountId;
    QString kind;
    QString status;
    QString createdAt; // RFC 3339, UTC
    // ТО ВДГО (4.4.1): вид работ from the company's list, краткое описание, желаемая дата.
    QString workKind;
    QString description;
    QDate desiredDate;
    // Recalculation (4.4.2): the reason, the date from which to recalculate,
    // the last day of an absence, the new number of residents or heated area.
    QString reason;
    QDate fromDate;
    QDate toDate;
    qint64 residents = 0;
    double heatedAreaM2 = 0;
    QList<RequestEvent> history; // oldest first
    template <class Self, class V> static void fields(Self& x, V& v)
    {
        v("kind", x.kind);
        v("status", x.status);
        v("created_at", x.createdAt);
        v("work_kind", x.workKind);
        v("description", x.description);
        v("desired_date", x.desiredDate);
        v("reason", x.reason);
        v("from_date", x.fromDate);
        v("to_date", x.toDate);
        v("residents", x.residents);
        v("heated_area_m2", x.heatedAreaM2);
        v("history", x.history);
    }
    QJsonObject toJson() const;
    static ServiceRequest fromJson(const QJsonObject& o);
};

// A request as the company's operator sees it (operator API): the request
// and the account it came from.
struct IncomingRequest
{
    ServiceRequest request;
    QString companyId;
    QString accountNumber;
    QString accountAddress;
    QJsonObject toJson() const;
    static IncomingRequest fromJson(const QJsonObject& o);
};

} // namespace mygas
