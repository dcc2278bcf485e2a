#pragma once

#include "server/directory/CompanyCalendar.h"
#include "server/files/FileService.h"
#include "server/http/RequestGate.h"
#include "server/operators/OperatorGate.h"

#include <QHttpServer>

namespace mygas::server {

// Uploads of attached files (POST/PUT/GET /accounts/{id}/uploads…), their
// parts for the owner (GET /accounts/{id}/files/{id}/parts/{n}) and for the
// company's operators (GET /operator/files/{id}/parts/{n}); a person's own
// files, of no account, for an application (/uploads…, /files/{id}/parts/{n}).
class FileHandlers
{
public:
    FileHandlers(const Database& db, const RequestGate& gate, const CompanyCalendar& calendar,
                 std::function<void()> beforeRequest)
        : m_service(db), m_gate(gate), m_calendar(calendar), m_operators(db, std::move(beforeRequest))
    {
    }
    void registerRoutes(QHttpServer& server);
    const FileService& service() const { return m_service; }

private:
    QHttpServerResponse begin(const QString& accountId, const QHttpServerRequest& request) const;
    QHttpServerResponse put(const QString& accountId, const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse state(const QString& accountId, const QString& id, const QHttpServerRequest& request) const;
    QHttpServerResponse part(const QString& accountId, const QString& id, const QString& n,
                             const QHttpServerRequest& request) const;
    // A person's own: the account id empty.
    Result<FileService::Caller> caller(const QString& accountId, const QHttpServerRequest& request) const;
    QHttpServerResponse operatorPart(const QString& id, const QString& n, const QHttpServerRequest& request) const;

    FileService m_service;
    const RequestGate& m_gate;
    const CompanyCalendar& m_calendar;
    OperatorGate m_operators;
};

} // namespace mygas::server
