#include "server/operators/OperatorHandlers.h"

#include "models/applications/ApplicationRules.h"
#include "models/core/ErrorCatalog.h"
#include "models/requests/RequestRules.h"
#include "server/http/HttpUtil.h"

#include <QJsonArray>

namespace mygas::server {

using Method = QHttpServerRequest::Method;

namespace {
// An item (a request or an application) or its error.
template <class Item> QHttpServerResponse answer(const Result<Item>& found)
{
    return found.ok() ? http::json(found.value().toJson()) : http::error(found.error());
}

template <class Item> QHttpServerResponse answer(const Result<QList<Item>>& found)
{
    if (!found.ok())
        return http::error(found.error());
    QJsonArray items;
    for (const Item& item : found.value())
        items.append(item.toJson());
    return http::json(items);
}

// `run` with the operator's company, after the gate.
template <class Run>
QHttpServerResponse asOperator(const OperatorGate& gate, const QHttpServerRequest& request, Run run)
{
    const Result<OperatorCaller> c = gate.caller(request);
    return c.ok() ? run(c.value().companyId) : http::error(c.error());
}

// An operator's step: `run` with the company and the request's body.
template <class Run> QHttpServerResponse step(const OperatorGate& gate, const QHttpServerRequest& request, Run run)
{
    return asOperator(gate, request, [&](const QString& company) {
        const Result<QJsonObject> body = http::parseBody(request);
        return body.ok() ? answer(run(company, body.value())) : http::error(body.error());
    });
}
} // namespace

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
    return asOperator(m_gate, request, [&](const QString& company) {
        const RequestFilter filter{company, http::queryValue(request, "status"), http::queryValue(request, "kind"),
                                   limitOf(request)};
        if (!filter.status.isEmpty() && !rules::isRequestStatus(filter.status))
            return http::error(errc::RequestStatusInvalid, 400, QStringLiteral("status"));
        if (!filter.kind.isEmpty() && !rules::isRequestKind(filter.kind))
            return http::error(errc::RequestKindInvalid, 400, QStringLiteral("kind"));
        if (filter.limit == 0)
            return http::error(errc::FieldType, 400, QStringLiteral("limit"));
        return answer(m_service.incoming(filter));
    });
}

QHttpServerResponse OperatorHandlers::one(const QString& id, const QHttpServerRequest& request) const
{
    return asOperator(m_gate, request,
                      [&](const QString& company) { return answer(m_service.incomingOne(company, id)); });
}

QHttpServerResponse OperatorHandlers::changeStatus(const QString& id, const QHttpServerRequest& request) const
{
    return step(m_gate, request, [&](const QString& company, const QJsonObject& body) {
        return m_service.changeStatus(company, id, body);
    });
}

QHttpServerResponse OperatorHandlers::listApplications(const QHttpServerRequest& request) const
{
    return asOperator(m_gate, request, [&](const QString& company) {
        const ApplicationFilter filter{company, http::queryValue(request, "status"), http::queryValue(request, "type"),
                                       limitOf(request)};
        if (!filter.status.isEmpty() &&
            (!rules::isApplicationStatus(filter.status) || filter.status == QLatin1String(applications::kDraft)))
            return http::error(errc::RequestStatusInvalid, 400, QStringLiteral("status"));
        if (!filter.type.isEmpty() && !rules::isApplicationType(filter.type))
            return http::error(errc::ApplicationTypeInvalid, 400, QStringLiteral("type"));
        if (filter.limit == 0)
            return http::error(errc::FieldType, 400, QStringLiteral("limit"));
        return answer(m_applications.incoming(filter));
    });
}

QHttpServerResponse OperatorHandlers::oneApplication(const QString& id, const QHttpServerRequest& request) const
{
    return asOperator(m_gate, request,
                      [&](const QString& company) { return answer(m_applications.incomingOne(company, id)); });
}

QHttpServerResponse OperatorHandlers::changeApplication(const QString& id, const QHttpServerRequest& request) const
{
    return step(m_gate, request, [&](const QString& company, const QJsonObject& body) {
        return m_applications.changeStatus(company, id, body);
    });
}

} // namespace mygas::server
