#pragma once

#include "models/core/Error.h"
#include "server/files/FileService.h"
#include "server/http/IdempotencyStore.h"
#include "server/requests/RequestStore.h"

#include <QJsonObject>

#include <optional>

namespace mygas::server {

class CompanyCalendar;

// «Заявка на ТО» and «Заявка на перерасчет» (manual 4.4): checked against
// the manual's and the company's rules, stored with its first history entry
// «В обработке», answered once per Idempotency-Key.
class RequestService
{
public:
    RequestService(const Database& db, const CompanyCalendar& calendar);

    struct New
    {
        qint64 userId = 0;
        qint64 accountId = 0;
        QString companyId;
        QByteArray idempotencyKey;
        QByteArray requestHash;
        QJsonObject body;
    };
    // 201 with the request as GET /requests shows it, or the stored answer
    // of the same request sent before.
    Result<StoredAnswer> create(const New& request) const;

    struct Reply
    {
        qint64 userId = 0;
        qint64 accountId = 0;
        QString requestId;
        QByteArray idempotencyKey;
        QByteArray requestHash;
        QJsonObject body;
    };
    // «Ответить оператору»: the abonent's answer to «Требует уточнения»
    // takes the request back to «В обработке» with the answer in its
    // history. 200 with the request, once per Idempotency-Key.
    Result<StoredAnswer> reply(const Reply& reply) const;

    // The company's side: its requests, one of them (404 for another
    // company's) and an operator's step with its words in the history.
    Result<QList<IncomingRequest>> incoming(const RequestFilter& filter) const;
    Result<IncomingRequest> incomingOne(const QString& companyId, const QString& requestId) const;
    Result<IncomingRequest> changeStatus(const QString& companyId, const QString& requestId,
                                         const QJsonObject& body) const;

    const Database& database() const { return m_db; }

private:
    // The request's next status and history entry, written in a transaction
    // of its own unless `tx` is given; 409 request_changed when another
    // writer came first.
    Result<ServiceRequest> step(const StoredRequest& stored, const RequestEvent& event,
                                std::optional<Transaction>* tx = nullptr) const;

    const Database& m_db;
    const CompanyCalendar& m_calendar;
    RequestStore m_store;
    IdempotencyStore m_keys;
    FileService m_files;
};

} // namespace mygas::server
