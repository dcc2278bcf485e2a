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
    server.route(QStringLiteral("/api/v1/uploads"), Method::Post,
                 http::limited([this](const QHttpServerRequest& r) { return begin(QString(), r); }));
    // The body of a part is up to files::kPartBytes: the edge lets these
    // routes' bodies through, and put() checks each part's exact length.
    server.route(QStringLiteral("/api/v1/accounts/<arg>/uploads/<arg>"), Method::Put,
                 [this](const QString& a, const QString& id, const QHttpServerRequest& r) { return put(a, id, r); });
    server.route(QStringLiteral("/api/v1/uploads/<arg>"), Method::Put,
                 [this](const QString& id, const QHttpServerRequest& r) { return put(QString(), id, r); });
    server.route(QStringLiteral("/api/v1/accounts/<arg>/uploads/<arg>"), Method::Get,
                 http::limitedArgs([this](const QString& a, const QString& id, const QHttpServerRequest& r) {
                     return state(a, id, r);
                 }));
    server.route(QStringLiteral("/api/v1/uploads/<arg>"), Method::Get,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return state({}, id, r); }));
    server.route(QStringLiteral("/api/v1/accounts/<arg>/files/<arg>/parts/<arg>"), Method::Get,
                 [this](const QString& a, const QString& id, const QString& n, const QHttpServerRequest& r) {
                     return http::bodyTooLarge(r) ? http::error(errc::BodyTooLarge, 413) : part(a, id, n, r);
                 });
    server.route(QStringLiteral("/api/v1/files/<arg>/parts/<arg>"), Method::Get,
                 http::limitedArgs([this](const QString& id, const QString& n, const QHttpServerRequest& r) {
                     return part(QString(), id, n, r);
                 }));
    server.route(QStringLiteral("/api/v1/operator/files/<arg>/parts/<arg>"), Method::Get,
                 http::limitedArgs([this](const QString& id, const QString& n, const QHttpServerRequest& r) {
                     return operatorPart(id, n, r);
                 }));
}

Result<FileService::Caller> FileHandlers::caller(const QString& accountId, const QHttpServerRequest& request) const
{
    if (accountId.isEmpty()) {
        const Result<qint64> user = m_gate.user(request);
        if (!user.ok())
            return user.error();
        return FileService::Caller{user.value(), 0};
    }
    const Result<AccountCaller> c = m_gate.extendedAccount(request, accountId);
    if (!c.ok())
        return c.error();
    return FileService::Caller{c.value().userId, accountId.toLongLong()};
}

QHttpServerResponse FileHandlers::begin(const QString& accountId, const QHttpServerRequest& request) const
{
    Result<FileService::Caller> c = caller(accountId, request);
    if (!c.ok())
        return http::error(c.error());
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    if (accountId.isEmpty()) {
        // A person's file names the company it is for.
        const QJsonValue company = body.value().value(QLatin1String("company_id"));
        if (!company.isString())
            return http::error(company.isUndefined() ? errc::FieldRequired : errc::FieldType, 400,
                               QStringLiteral("company_id"));
        if (m_calendar.company(company.toString()).id.isEmpty())
            return http::error(errc::CompanyNotFound, 400, QStringLiteral("company_id"));
        c.value().companyId = company.toString();
    }
    const Result<UploadState> made = m_service.begin(c.value(), body.value());
    if (!made.ok())
        return http::error(made.error());
    return http::json(made.value().toJson(), QHttpServerResponder::StatusCode::Created);
}

QHttpServerResponse FileHandlers::put(const QString& accountId, const QString& id,
                                      const QHttpServerRequest& request) const
{
    if (request.body().size() > files::kPartBytes)
        return http::error(errc::BodyTooLarge, 413);
    const Result<FileService::Caller> c = caller(accountId, request);
    if (!c.ok())
        return http::error(c.error());
    bool numeric = false;
    const qint64 offset = http::queryValue(request, "offset").toLongLong(&numeric);
    if (!numeric || offset < 0)
        return http::error(errc::FieldType, 400, QStringLiteral("offset"));
    const Result<UploadState> done = m_service.addPart(c.value(), id, offset, request.body());
    if (!done.ok())
        return http::error(done.error());
    return http::json(done.value().toJson());
}

QHttpServerResponse FileHandlers::state(const QString& accountId, const QString& id,
                                        const QHttpServerRequest& request) const
{
    const Result<FileService::Caller> c = caller(accountId, request);
    if (!c.ok())
        return http::error(c.error());
    const Result<UploadState> found = m_service.state(c.value(), id);
    if (!found.ok())
        return http::error(found.error());
    return http::json(found.value().toJson());
}

QHttpServerResponse FileHandlers::part(const QString& accountId, const QString& id, const QString& n,
                                       const QHttpServerRequest& request) const
{
    const Result<FileService::Caller> c = caller(accountId, request);
    if (!c.ok())
        return http::error(c.error());
    const Result<QByteArray> data = m_service.part(c.value(), id, partNumber(n));
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
