#include "server/operators/OperatorHandlers.h"

#include "models/applications/ApplicationRules.h"
#include "models/core/ErrorCatalog.h"
#include "models/requests/RequestRules.h"
#include "server/http/HttpUtil.h"

#include <QJsonArray>

namespace mygas::server {

using Method = QHttpServerRequest::Method;

void OperatorHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/operator/requests"), Method::Get,
                 http::limited([this](const QHttpServerRequest& r) { return list(r); }));
    server.route(QStringLiteral("/api/v1/operator/requests/<arg>"), Method::Get,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return one(id, r); }));
    server.route(
        QStringLiteral("/api/v1/operator/requests/<arg>/status"), Method::Post,
        http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return changeStatus(id, r); }));
    server.route(QStringLiteral("/api/v1/operator/applications"), Method::Get,
                 http::limited([this](const QHttpServerRequest& r) { return listApplications(r); }));
    server.route(
        QStringLiteral("/api/v1/operator/applications/<arg>"), Method::Get,
        http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return oneApplication(id, r); }));
    server.route(
        QStringLiteral("/api/v1/operator/applications/<arg>/status"), Method::Post,
        http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return changeApplication(id, r); }));
}

int OperatorHandlers::limitOf(const QHttpServerRequest& request)
{
    const QString limit = http::queryValue(request, "limit");
    if (limit.isEmpty())
        return kDefaultLimit;
    bool ok = false;
    const int n = limit.toInt(&ok);
    return ok && n >= 1 && n <= kMaxLimit ? n : 0;
}

QHttpServerResponse OperatorHandlers::list(const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_gate.caller(request);
    if (!c.ok())
        return http::error(c.error());
    RequestFilter filter{c.value().companyId, http::queryValue(request, "status"), http::queryValue(request, "kind")};
    if (!filter.status.isEmpty() && !rules::isRequestStatus(filter.status))
        return http::error(errc::RequestStatusInvalid, 400, QStringLiteral("status"));
    if (!filter.kind.isEmpty() && !rules::isRequestKind(filter.kind))
        return http::error(errc::RequestKindInvalid, 400, QStringLiteral("kind"));
    filter.limit = limitOf(request);
    if (filter.limit == 0)
        return http::error(errc::FieldType, 400, QStringLiteral("limit"));
    const Result<QList<IncomingRequest>> found = m_service.incoming(filter);
    if (!found.ok())
        return http::error(found.error());
    QJsonArray items;
    for (const IncomingRequest& r : found.value())
        items.append(r.toJson());
    return http::json(items);
}

QHttpServerResponse OperatorHandlers::one(const QString& id, const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_gate.caller(request);
    if (!c.ok())
        return http::error(c.error());
    const Result<IncomingRequest> found = m_service.incomingOne(c.value().companyId, id);
    if (!found.ok())
        return http::error(found.error());
    return http::json(found.value().toJson());
}

QHttpServerResponse OperatorHandlers::changeStatus(const QString& id, const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_gate.caller(request);
    if (!c.ok())
        return http::error(c.error());
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const Result<IncomingRequest> changed = m_service.changeStatus(c.value().companyId, id, body.value());
    if (!changed.ok())
        return http::error(changed.error());
    return http::json(changed.value().toJson());
}

QHttpServerResponse OperatorHandlers::listApplications(const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_gate.caller(request);
    if (!c.ok())
        return http::error(c.error());
    ApplicationFilter filter{c.value().companyId, http::queryValue(request, "status"),
                             http::queryValue(request, "type"), limitOf(request)};
    if (!filter.status.isEmpty() &&
        (!rules::isApplicationStatus(filter.status) || filter.status == QLatin1String(applications::kDraft)))
        return http::error(errc::RequestStatusInvalid, 400, QStringLiteral("status"));
    if (!filter.type.isEmpty() && !rules::isApplicationType(filter.type))
        return http::error(errc::ApplicationTypeInvalid, 400, QStringLiteral("type"));
    if (filter.limit == 0)
        return http::error(errc::FieldType, 400, QStringLiteral("limit"));
    const Result<QList<IncomingApplication>> found = m_applications.incoming(filter);
    if (!found.ok())
        return http::error(found.error());
    QJsonArray items;
    for (const IncomingApplication& a : found.value())
        items.append(a.toJson());
    return http::json(items);
}

QHttpServerResponse OperatorHandlers::oneApplication(const QString& id, const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_gate.caller(request);
    if (!c.ok())
        return http::error(c.error());
    const Result<IncomingApplication> found = m_applications.incomingOne(c.value().companyId, id);
    if (!found.ok())
        return http::error(found.error());
    return http::json(found.value().toJson());
}

QHttpServerResponse OperatorHandlers::changeApplication(const QString& id, const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_gate.caller(request);
    if (!c.ok())
        return http::error(c.error());
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const Result<IncomingApplication> changed = m_applications.changeStatus(c.value().companyId, id, body.value());
    if (!changed.ok())
        return http::error(changed.error());
    return http::json(changed.value().toJson());
}

} // namespace mygas::server
