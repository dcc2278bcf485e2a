#include "server/requests/RequestService.h"

#include "models/accounts/AccountRules.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/requests/RequestRules.h"
#include "server/app/Logging.h"
#include "server/db/ChangeLog.h"
#include "server/directory/CompanyCalendar.h"

#include <QJsonDocument>

#include <optional>

namespace mygas::server {

namespace {
// Only the fields of the request's kind and reason are kept: a form that
// switched kinds sends what it showed before, and that is not the request.
ServiceRequest relevantFields(const ServiceRequest& r)
{
    ServiceRequest out;
    out.kind = r.kind;
    if (r.kind == QLatin1String(requests::kMaintenance)) {
        out.workKind = r.workKind;
        out.description = r.description;
        out.desiredDate = r.desiredDate;
        return out;
    }
    out.reason = r.reason;
    out.fromDate = r.fromDate;
    if (r.reason == QLatin1String(requests::kAbsence))
        out.toDate = r.toDate;
    else if (r.reason == QLatin1String(requests::kResidents))
        out.residents = r.residents;
    else
        out.heatedAreaM2 = r.heatedAreaM2;
    return out;
}
} // namespace

RequestService::RequestService(const Database& db, const CompanyCalendar& calendar)
    : m_db(db), m_calendar(calendar), m_store(db), m_keys(db)
{
}

Result<StoredAnswer> RequestService::create(const New& n) const
{
    const Result<ServiceRequest> read = rules::readNewRequest(n.body);
    if (!read.ok())
        return read.error();
    const Company company = m_calendar.company(n.companyId);
    if (const std::optional<Error> refused =
            rules::checkNewRequest(read.value(), company, m_calendar.today(n.companyId)))
        return *refused;
    ServiceRequest request = relevantFields(read.value());
    const QDateTime now = Clock::now();
    request.accountId = QString::number(n.accountId);
    request.status = QLatin1String(requests::kInProgress);
    request.createdAt = now.toString(Qt::ISODate);
    request.history.append({request.status, request.createdAt, QLatin1String(requests::kAbonent), QString()});

    std::optional<Transaction> tx;
    tx.emplace(m_db);
    if (!tx->ok())
        return makeError(errc::Internal, {}, 500);
    const qint64 version = changelog::bump(m_db);
    if (version == 0)
        return makeError(errc::Internal, {}, 500);
    // One request a writing transaction: the version names it.
    request.id = rules::rowId(request.accountId, QStringLiteral("request-%1").arg(version));
    if (!m_store.add(request, n.accountId, version))
        return makeError(errc::Internal, {}, 500);
    const StoredAnswer answer{n.requestHash, 201, QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact)};
    bool fresh = false;
    const Result<StoredAnswer> done =
        m_keys.commitWith(tx, {n.userId, n.idempotencyKey, answer}, now.toSecsSinceEpoch(), &fresh);
    if (fresh)
        qCInfo(lcServer) << "request" << request.id << request.kind << "in progress";
    return done;
}

} // namespace mygas::server
