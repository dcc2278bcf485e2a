#pragma once

#include "server/requests/RequestService.h"

#include <QHttpServer>

namespace mygas::server {

class RequestGate;

// POST /accounts/{id}/requests (the extended version's «Заявки»); the list
// is GET /accounts/{id}/requests with the other sections.
class RequestHandlers
{
public:
    RequestHandlers(const Database& db, const RequestGate& gate, const CompanyCalendar& calendar)
        : m_service(db, calendar), m_gate(gate)
    {
    }
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse create(const QString& accountId, const QHttpServerRequest& request) const;

    RequestService m_service;
    const RequestGate& m_gate;
};

} // namespace mygas::server
