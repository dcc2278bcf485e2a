#include "server/demo/DemoHandlers.h"

#include "models/auth/AuthRules.h"
#include "models/core/ErrorCatalog.h"
#include "server/http/HttpUtil.h"
#include "server/notifications/NotificationOutbox.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace mygas::server {

void DemoHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/demo/outbox"), QHttpServerRequest::Method::Get,
                 http::limited([this](const QHttpServerRequest& request) { return outbox(request); }));
}

QHttpServerResponse DemoHandlers::outbox(const QHttpServerRequest& request) const
{
    const QString to = request.query().queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
    const rules::Login login = rules::normalizeLogin(to);
    if (!login.valid())
        return http::error(errc::LoginInvalid, 400, QStringLiteral("to"));
    QJsonArray out;
    for (const OutboxMessage& m : m_outbox.forRecipient(login.value, 100))
        out.append(m.toJson());
    return http::json(out);
}

} // namespace mygas::server
