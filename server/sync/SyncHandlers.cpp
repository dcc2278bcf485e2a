#include "server/sync/SyncHandlers.h"

#include "server/http/HttpCompat.h"
#include "server/http/HttpUtil.h"
#include "server/http/RequestGate.h"

#include <QUrlQuery>

namespace mygas::server {

void SyncHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/sync"), QHttpServerRequest::Method::Get,
                 http::limited([this](const QHttpServerRequest& request) { return sync(request); }));
}

QHttpServerResponse SyncHandlers::sync(const QHttpServerRequest& request) const
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    const QString cursor = request.query().queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    const Result<QJsonObject> payload = m_builder.build(user.value(), cursor);
    if (!payload.ok())
        return http::error(payload.error());
    QHttpServerResponse r = http::json(payload.value());
    compat::addHeader(r, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

} // namespace mygas::server
