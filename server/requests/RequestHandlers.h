#pragma once

#include "server/http/IdempotentAnswers.h"
#include "server/http/RequestGate.h"
#include "server/requests/RequestService.h"

#include <QHttpServer>

#include <functional>

namespace mygas::server {

// POST /accounts/{id}/requests (the extended version's «Заявки») and
// …/requests/{id}/replies («Ответить оператору»); the list
// is GET /accounts/{id}/requests with the other sections.
class RequestHandlers
{
public:
    // changed: ServerContext::requestsChanged, read when a request changes
    // (the feature that sets it may come later).
    RequestHandlers(const Database& db, const RequestGate& gate, const CompanyCalendar& calendar,
                    const std::function<void()>& changed)
        : m_service(db, calendar), m_gate(gate), m_changed(changed)
    {
    }
    void registerRoutes(QHttpServer& server);

private:
    using Run = std::function<Result<StoredAnswer>(const AccountCaller&, const http::Keyed&, const QJsonObject&)>;
    // A POST of the extended version with an Idempotency-Key: the gate, the
    // key (or the answer given before), the body, then `run`.
    QHttpServerResponse keyedPost(const QString& accountId, const QHttpServerRequest& request, const Run& run) const;
    QHttpServerResponse create(const QString& accountId, const QHttpServerRequest& request) const;
    QHttpServerResponse reply(const QString& accountId, const QString& requestId,
                              const QHttpServerRequest& request) const;

    RequestService m_service;
    const RequestGate& m_gate;
    const std::function<void()>& m_changed;
};

} // namespace mygas::server
