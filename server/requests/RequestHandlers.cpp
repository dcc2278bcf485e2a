#include "server/requests/RequestHandlers.h"

#include "models/core/ErrorCatalog.h"
#include "server/http/HttpUtil.h"
#include "server/http/IdempotentAnswers.h"
#include "server/http/RequestGate.h"

namespace mygas::server {

using Method = QHttpServerRequest::Method;

void RequestHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/accounts/<arg>/requests"), Method::Post,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return create(id, r); }));
    server.route(QStringLiteral("/api/v1/accounts/<arg>/requests/<arg>/replies"), Method::Post,
                 http::limitedArgs([this](const QString& account, const QString& id, const QHttpServerRequest& r) {
                     return reply(account, id, r);
                 }));
}

QHttpServerResponse RequestHandlers::keyedPost(const QString& accountId, const QHttpServerRequest& request,
                                               const Run& run) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, accountId);
    if (!c.ok())
        return http::error(c.error());
    std::variant<http::Keyed, QHttpServerResponse> keyed = http::keyOf(
        IdempotencyStore(m_service.database()), c.value().userId, "POST " + request.url().path().toUtf8(), request);
    if (auto* done = std::get_if<QHttpServerResponse>(&keyed))
        return std::move(*done);
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const Result<StoredAnswer> made = run(c.value(), std::get<http::Keyed>(keyed), body.value());
    if (!made.ok())
        return http::error(made.error());
    if (m_changed)
        m_changed();
    return http::jsonBytes(made.value().body, QHttpServerResponder::StatusCode(made.value().status));
}

QHttpServerResponse RequestHandlers::create(const QString& accountId, const QHttpServerRequest& request) const
{
    return keyedPost(accountId, request, [&](const AccountCaller& c, const http::Keyed& k, const QJsonObject& body) {
        return m_service.create({c.userId, accountId.toLongLong(), c.account.companyId, k.key, k.hash, body});
    });
}

QHttpServerResponse RequestHandlers::reply(const QString& accountId, const QString& requestId,
                                           const QHttpServerRequest& request) const
{
    return keyedPost(accountId, request, [&](const AccountCaller& c, const http::Keyed& k, const QJsonObject& body) {
        return m_service.reply({c.userId, accountId.toLongLong(), requestId, k.key, k.hash, body});
    });
}

} // namespace mygas::server
