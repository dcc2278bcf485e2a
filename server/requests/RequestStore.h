#pragma once

#include "models/core/Error.h"
#include "models/requests/RequestTypes.h"
#include "server/db/Database.h"

#include <QList>

namespace mygas::server {

// A stored request with what the company's side sees of its account.
struct StoredRequest
{
    ServiceRequest request; // its id and accountId set
    qint64 version = 0;
    QString companyId;
    QString accountNumber;
    QString accountAddress;
};

// Which requests an operator lists: the company's, newest first.
struct RequestFilter
{
    QString companyId;
    QString status; // empty: any
    QString kind;   // empty: any
    int limit = 0;
};

// The requests table: rows of the models' ServiceRequest.
class RequestStore
{
public:
    explicit RequestStore(const Database& db) : m_db(db) {}

    // Inside the caller's transaction.
    bool add(const ServiceRequest& request, qint64 accountId, qint64 version) const;
    // 404 request_not_found, 500 when the database fails.
    Result<StoredRequest> find(const QString& id) const;
    Result<QList<StoredRequest>> list(const RequestFilter& filter) const;
    // Writes the request's status and history if its row is still at
    // `version` (stamping it `newVersion`); *written is false when another
    // writer came first. Inside the caller's transaction.
    bool update(const ServiceRequest& request, qint64 version, qint64 newVersion, bool* written) const;

private:
    Result<QList<StoredRequest>> select(const QString& where, const QVariantList& args) const;
    const Database& m_db;
};

} // namespace mygas::server
