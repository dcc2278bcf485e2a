#include "server/operators/OperatorHandlers.h"

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
}

QHttpServerResponse OperatorHandlers::list(const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_gate.caller(request);
    if (!c.ok())
        return http::error(c.error());
    RequestFilter filter{c.value().companyId, http::queryValue(request, "status"), http::queryValue(request, "kind"),
                         kDefaultLimit};
    if (!filter.status.isEmpty() && !rules::isRequestStatus(filter.status))
        return http::error(errc::RequestStatusInvalid, 400, QStringLiteral("status"));
    if (!filter.kind.isEmpty() && !rules::isRequestKind(filter.kind))
        return http::error(errc::RequestKindInvalid, 400, QStringLiteral("kind"));
    if (const QString limit = http::queryValue(request, "limit"); !limit.isEmpty()) {
        bool ok = false;
        filter.limit = limit.toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > kMaxLimit)
            return http::error(errc::FieldType, 400, QStringLiteral("limit"));
    }
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

} // namespace mygas::server
