#include "server/applications/ApplicationHandlers.h"

#include "server/http/HttpUtil.h"

#include <QJsonArray>

namespace mygas::server {

using Method = QHttpServerRequest::Method;

void ApplicationHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/applications"), Method::Get,
                 http::limited([this](const QHttpServerRequest& r) { return list(r); }));
    server.route(QStringLiteral("/api/v1/applications"), Method::Post,
                 http::limited([this](const QHttpServerRequest& r) {
                     return keyedPost(
                         {}, r, [this](const auto& k) { return m_service.create(k); }, false);
                 }));
    server.route(QStringLiteral("/api/v1/applications/<arg>"), Method::Put,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return save(id, r); }));
    server.route(QStringLiteral("/api/v1/applications/<arg>"), Method::Delete,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return remove(id, r); }));
    server.route(QStringLiteral("/api/v1/applications/<arg>/submit"), Method::Post,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) {
                     return keyedPost(
                         id, r, [this](const auto& k) { return m_service.submit(k); }, true);
                 }));
    server.route(QStringLiteral("/api/v1/applications/<arg>/replies"), Method::Post,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) {
                     return keyedPost(
                         id, r, [this](const auto& k) { return m_service.reply(k); }, true);
                 }));
}

QHttpServerResponse ApplicationHandlers::keyedPost(const QString& id, const QHttpServerRequest& request, const Run& run,
                                                   bool changes) const
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    std::variant<http::Keyed, QHttpServerResponse> keyed = http::keyOf(
        IdempotencyStore(m_service.database()), user.value(), "POST " + request.url().path().toUtf8(), request);
    if (auto* done = std::get_if<QHttpServerResponse>(&keyed))
        return std::move(*done);
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const http::Keyed& k = std::get<http::Keyed>(keyed);
    const Result<StoredAnswer> made = run({user.value(), id, k.key, k.hash, body.value()});
    if (!made.ok())
        return http::error(made.error());
    if (changes && m_changed)
        m_changed();
    return http::jsonBytes(made.value().body, QHttpServerResponder::StatusCode(made.value().status));
}

QHttpServerResponse ApplicationHandlers::list(const QHttpServerRequest& request) const
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    const Result<QList<ContractApplication>> found = m_service.ofUser(user.value());
    if (!found.ok())
        return http::error(found.error());
    QJsonArray items;
    for (const ContractApplication& a : found.value())
        items.append(a.toJson());
    return http::json(items);
}

QHttpServerResponse ApplicationHandlers::save(const QString& id, const QHttpServerRequest& request) const
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    const Result<QJsonObject> body = http::parseBody(request);
    if (!body.ok())
        return http::error(body.error());
    const Result<ContractApplication> saved = m_service.save(user.value(), id, body.value());
    if (!saved.ok())
        return http::error(saved.error());
    return http::json(saved.value().toJson());
}

QHttpServerResponse ApplicationHandlers::remove(const QString& id, const QHttpServerRequest& request) const
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    if (const std::optional<Error> refused = m_service.remove(user.value(), id))
        return http::error(*refused);
    return http::noContent();
}

} // namespace mygas::server
