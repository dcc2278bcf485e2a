#pragma once

#include "models/core/Error.h"
#include "server/db/Database.h"

#include <QHttpServerRequest>

#include <functional>

namespace mygas::server {

struct OperatorCaller
{
    qint64 userId = 0;
    QString companyId; // the one company whose items the operator sees
};

// The check in front of every operator route: a live session (401) of a
// user who is an operator of a company (403 operator_required for an
// abonent's token). One database read, nothing kept between requests.
class OperatorGate
{
public:
    OperatorGate(const Database& db, std::function<void()> beforeRequest)
        : m_db(db), m_beforeRequest(std::move(beforeRequest))
    {
    }
    Result<OperatorCaller> caller(const QHttpServerRequest& request) const;

private:
    const Database& m_db;
    std::function<void()> m_beforeRequest;
};

} // namespace mygas::server
