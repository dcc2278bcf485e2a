#pragma once

#include "models/core/Error.h"
#include "server/http/IdempotencyStore.h"
#include "server/requests/RequestStore.h"

#include <QJsonObject>

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

    const Database& database() const { return m_db; }

private:
    const Database& m_db;
    const CompanyCalendar& m_calendar;
    RequestStore m_store;
    IdempotencyStore m_keys;
};

} // namespace mygas::server
