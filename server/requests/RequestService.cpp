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

RequestService::RequestService(const Database& db, const CompanyCalendar& calendar)
    : m_db(db), m_calendar(calendar), m_store(db), m_keys(db), m_files(db)
{
}

Result<StoredAnswer> RequestService::create(const New& n) const
{
    const Result<ServiceRequest> read = rules::readNewRequest(n.body);
    if (!read.ok())
        return read.error();
    const Result<QStringList> fileIds = rules::readFileIds(n.body);
    if (!fileIds.ok())
        return fileIds.error();
    const Company company = m_calendar.company(n.companyId);
    if (const std::optional<Error> refused =
            rules::checkNewRequest(read.value(), company, m_calendar.today(n.companyId)))
        return *refused;
    ServiceRequest request = rules::relevantFields(read.value());
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
    const Result<QList<FileInfo>> files = m_files.attach({n.userId, n.accountId}, fileIds.value(), request.id);
    if (!files.ok())
        return files.error();
    request.history.first().files = files.value();
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

Result<ServiceRequest> RequestService::step(const StoredRequest& stored, const RequestEvent& event,
                                            std::optional<Transaction>* outer) const
{
    std::optional<Transaction> own;
    std::optional<Transaction>& tx = outer ? *outer : own;
    if (!tx)
        tx.emplace(m_db);
    if (!tx->ok())
        return makeError(errc::Internal, {}, 500);
    const qint64 version = changelog::bump(m_db);
    if (version == 0)
        return makeError(errc::Internal, {}, 500);
    ServiceRequest request = stored.request;
    request.status = event.status;
    request.history.append(event);
    bool written = false;
    if (!m_store.update(request, stored.version, version, &written))
        return makeError(errc::Internal, {}, 500);
    if (!written)
        return makeError(errc::RequestChanged, {}, 409);
    if (!outer && !tx->commit())
        return makeError(errc::Internal, {}, 500);
    qCInfo(lcServer) << "request" << request.id << "now" << request.status << "by" << event.author;
    return request;
}

Result<StoredAnswer> RequestService::reply(const Reply& r) const
{
    const Result<QString> words = rules::readReply(r.body);
    if (!words.ok())
        return words.error();
    const Result<QStringList> fileIds = rules::readFileIds(r.body);
    if (!fileIds.ok())
        return fileIds.error();
    const Result<StoredRequest> found = m_store.find(r.requestId);
    if (!found.ok())
        return found.error();
    // Another account's request is not there for this one.
    if (found.value().request.accountId != QString::number(r.accountId))
        return makeError(errc::RequestNotFound, {}, 404);
    std::optional<Transaction> tx;
    const QDateTime now = Clock::now();
    // The answer's files and its step commit together, or neither does.
    const auto takeStep = [&]() -> Result<ServiceRequest> {
        if (found.value().request.status != QLatin1String(requests::kClarification))
            return makeError(errc::ReplyNotExpected, QStringLiteral("comment"), 409);
        tx.emplace(m_db);
        const Result<QList<FileInfo>> files = m_files.attach({r.userId, r.accountId}, fileIds.value(), r.requestId);
        if (!files.ok())
            return files.error();
        return step(found.value(),
                    {QLatin1String(requests::kInProgress), now.toString(Qt::ISODate), QLatin1String(requests::kAbonent),
                     words.value(), files.value()},
                    &tx);
    };
    const Result<ServiceRequest> answered = takeStep();
    if (!answered.ok()) {
        // The same answer sent twice at once: the first one took the step.
        tx.reset();
        const Result<std::optional<StoredAnswer>> earlier = m_keys.lookup(r.userId, r.idempotencyKey);
        if (earlier.ok() && earlier.value() && earlier.value()->requestHash == r.requestHash)
            return *earlier.value();
        return answered.error();
    }
    const StoredAnswer answer{r.requestHash, 200,
                              QJsonDocument(answered.value().toJson()).toJson(QJsonDocument::Compact)};
    return m_keys.commitWith(tx, {r.userId, r.idempotencyKey, answer}, now.toSecsSinceEpoch());
}

Result<QList<IncomingRequest>> RequestService::incoming(const RequestFilter& filter) const
{
    const Result<QList<StoredRequest>> found = m_store.list(filter);
    if (!found.ok())
        return found.error();
    QList<IncomingRequest> out;
    for (const StoredRequest& s : found.value())
        out.append({s.request, s.companyId, s.accountNumber, s.accountAddress});
    return out;
}

Result<IncomingRequest> RequestService::incomingOne(const QString& companyId, const QString& requestId) const
{
    const Result<StoredRequest> found = m_store.find(requestId);
    if (!found.ok())
        return found.error();
    // Another company's request does not exist for this operator.
    if (found.value().companyId != companyId)
        return makeError(errc::RequestNotFound, {}, 404);
    return IncomingRequest{found.value().request, found.value().companyId, found.value().accountNumber,
                           found.value().accountAddress};
}

Result<IncomingRequest> RequestService::changeStatus(const QString& companyId, const QString& requestId,
                                                     const QJsonObject& body) const
{
    const Result<rules::StatusChange> change = rules::readStatusChange(body);
    if (!change.ok())
        return change.error();
    const Result<StoredRequest> found = m_store.find(requestId);
    if (!found.ok())
        return found.error();
    if (found.value().companyId != companyId)
        return makeError(errc::RequestNotFound, {}, 404);
    if (const std::optional<Error> refused = rules::checkStatusChange(found.value().request.status, change.value()))
        return *refused;
    const Result<ServiceRequest> changed =
        step(found.value(), {change.value().status, Clock::now().toString(Qt::ISODate),
                             QLatin1String(requests::kOperator), change.value().comment});
    if (!changed.ok())
        return changed.error();
    return IncomingRequest{changed.value(), found.value().companyId, found.value().accountNumber,
                           found.value().accountAddress};
}

} // namespace mygas::server
