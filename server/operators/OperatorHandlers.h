#pragma once

#include "server/applications/ApplicationService.h"
#include "server/operators/OperatorGate.h"
#include "server/requests/RequestService.h"

#include <QHttpServer>

namespace mygas::server {

// The operator API: the company's incoming requests and sent contract
// applications, listed and filtered, one opened, and the operator's steps on
// it (docs/openapi.yaml, tag operators). Every route sees the operator's own
// company only.
class OperatorHandlers
{
public:
    OperatorHandlers(const Database& db, const CompanyCalendar& calendar, std::function<void()> beforeRequest)
        : m_service(db, calendar), m_applications(db, calendar), m_gate(db, std::move(beforeRequest))
    {
    }
    void registerRoutes(QHttpServer& server);

    // Items a page: the default and the most.
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 500;

private:
    QHttpServerResponse list(const QHttpServerRequest& request) const;
    QHttpServerResponse one(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse changeStatus(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse listApplications(const QHttpServerRequest& request) const;
    QHttpServerResponse oneApplication(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse changeApplication(const QString& id, const QHttpServerRequest& request) const;
    // ?limit=: kDefaultLimit when absent, 0 when out of range.
    static int limitOf(const QHttpServerRequest& request);

    RequestService m_service;
    ApplicationService m_applications;
    OperatorGate m_gate;
};

} // namespace mygas::server
