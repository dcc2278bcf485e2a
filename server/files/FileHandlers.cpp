#include "server/files/FileHandlers.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"
#include "server/http/HttpUtil.h"

namespace mygas::server {

using Method = QHttpServerRequest::Method;

namespace {
QHttpServerResponse bytes(const QByteArray& data)
{
    QHttpServerResponse r(QByteArrayLiteral("application/octet-stream"), data);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

int partNumber(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : -1;
}
} // namespace

void FileHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/accounts/<arg>/uploads"), Method::Post,
                 http::limitedArg([this](const QString& a, const QHttpServerRequest& r) { return begin(a, r); }));
    // The body of a part is up to files::kPartBytes: the edge lets this
    // route's bodies through, and put() checks each part's exact length.
    server.route(QStringLiteral("/api/v1/accounts/<arg>/uploads/<arg>"), Method::Put,
                 [this](const QString& a, const QString& id, const QHttpServerRequest& r) { return put(a, id, r); });
    server.route(QStringLiteral("/api/v1/accounts/<arg>/uploads/<arg>"), Method::Get,
                 http::limitedArgs([this](const QString& a, const QString& id, const QHttpServerRequest& r) {
                     return state(a, id, r);
                 }));
    server.route(QStringLiteral("/api/v1/accounts/<arg>/files/<arg>/parts/<arg>"), Method::Get,
                 [this](const QString& a, const QString& id, const QString& n, const QHttpServerRequest& r) {
                     return http::bodyTooLarge(r) ? http::error(errc::BodyTooLarge, 413) : part(a, id, n, r);
                 });
    server.route(QStringLiteral("/api/v1/operator/files/<arg>/parts/<arg>"), Method::Get,
                 http::limitedArgs([this](const QString& id, const QString& n, const QHttpServerRequest& r) {
                     return operatorPart(id, n, r);
                 }));
}

QHttpServerResponse FileHandlers::begin(const QString& accountId, const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, accountId);
    if (!c.ok())
        return http::error(c.error());
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const Result<UploadState> made = m_service.begin({c.value().userId, accountId.toLongLong()}, body.value());
    if (!made.ok())
        return http::error(made.error());
    return http::json(made.value().toJson(), QHttpServerResponder::StatusCode::Created);
}

QHttpServerResponse FileHandlers::put(const QString& accountId, const QString& id,
                                      const QHttpServerRequest& request) const
{
    if (request.body().size() > files::kPartBytes)
        return http::error(errc::BodyTooLarge, 413);
    const Result<AccountCaller> c = m_gate.extendedAccount(request, accountId);
    if (!c.ok())
        return http::error(c.error());
    bool numeric = false;
    const qint64 offset = http::queryValue(request, "offset").toLongLong(&numeric);
    if (!numeric || offset < 0)
        return http::error(errc::FieldType, 400, QStringLiteral("offset"));
    const Result<UploadState> done =
        m_service.addPart({c.value().userId, accountId.toLongLong()}, id, offset, request.body());
    if (!done.ok())
        return http::error(done.error());
    return http::json(done.value().toJson());
}

QHttpServerResponse FileHandlers::state(const QString& accountId, const QString& id,
                                        const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, accountId);
    if (!c.ok())
        return http::error(c.error());
    const Result<UploadState> found = m_service.state({c.value().userId, accountId.toLongLong()}, id);
    if (!found.ok())
        return http::error(found.error());
    return http::json(found.value().toJson());
}

QHttpServerResponse FileHandlers::part(const QString& accountId, const QString& id, const QString& n,
                                       const QHttpServerRequest& request) const
{
    const Result<AccountCaller> c = m_gate.extendedAccount(request, accountId);
    if (!c.ok())
        return http::error(c.error());
    const Result<QByteArray> data = m_service.part({c.value().userId, accountId.toLongLong()}, id, partNumber(n));
    return data.ok() ? bytes(data.value()) : http::error(data.error());
}

QHttpServerResponse FileHandlers::operatorPart(const QString& id, const QString& n,
                                               const QHttpServerRequest& request) const
{
    const Result<OperatorCaller> c = m_operators.caller(request);
    if (!c.ok())
        return http::error(c.error());
    const Result<QByteArray> data = m_service.partForCompany(c.value().companyId, id, partNumber(n));
    return data.ok() ? bytes(data.value()) : http::error(data.error());
}

} // namespace mygas::server
