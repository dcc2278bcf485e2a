#pragma once

#include "server/applications/ApplicationService.h"
#include "server/http/IdempotentAnswers.h"
#include "server/http/RequestGate.h"

#include <QHttpServer>

#include <functional>

namespace mygas::server {

// The person's «Договоры» (docs/openapi.yaml, tag applications):
// GET/POST /applications, PUT/DELETE /applications/{id} (a draft),
// POST /applications/{id}/submit and …/replies. The operator's routes are
// in server/operators.
class ApplicationHandlers
{
public:
    // changed: ServerContext::requestsChanged, read when an application is
    // sent or answered (the feature that sets it may come later).
    ApplicationHandlers(const Database& db, const RequestGate& gate, const CompanyCalendar& calendar,
                        const std::function<void()>& changed)
        : m_service(db, calendar), m_gate(gate), m_changed(changed)
    {
    }
    void registerRoutes(QHttpServer& server);

private:
    using Run = std::function<Result<StoredAnswer>(const ApplicationService::Keyed&)>;
    // A POST with an Idempotency-Key: the gate, the key (or the answer given
    // before), the body, then `run`.
    QHttpServerResponse keyedPost(const QString& id, const QHttpServerRequest& request, const Run& run,
                                  bool changes) const;
    QHttpServerResponse list(const QHttpServerRequest& request) const;
    QHttpServerResponse save(const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse remove(const QString& id, const QHttpServerRequest& request) const;

    ApplicationService m_service;
    const RequestGate& m_gate;
    const std::function<void()>& m_changed;
};

} // namespace mygas::server
