#pragma once

#include "models/requests/RequestTypes.h"
#include "server/db/Database.h"

namespace mygas::server {

// The requests table: rows of the models' ServiceRequest.
class RequestStore
{
public:
    explicit RequestStore(const Database& db) : m_db(db) {}

    // Inside the caller's transaction.
    bool add(const ServiceRequest& request, qint64 accountId, qint64 version) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
