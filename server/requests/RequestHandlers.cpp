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
}

QHttpServerResponse RequestHandlers::create(const QString& accountId, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, accountId);
    if (!c.ok())
        return http::error(c.error());
    std::variant<http::Keyed, QHttpServerResponse> keyed =
        http::keyOf(IdempotencyStore(m_service.database()), c.value().userId,
                    QByteArrayLiteral("POST /api/v1/accounts/") + accountId.toUtf8() + "/requests", request);
    if (auto* done = std::get_if<QHttpServerResponse>(&keyed))
        return std::move(*done);
    const auto& [key, hash] = std::get<http::Keyed>(keyed);
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const Result<StoredAnswer> made = m_service.create(
        {c.value().userId, accountId.toLongLong(), c.value().account.companyId, key, hash, body.value()});
    if (!made.ok())
        return http::error(made.error());
    return http::jsonBytes(made.value().body, QHttpServerResponder::StatusCode(made.value().status));
}

} // namespace mygas::server
