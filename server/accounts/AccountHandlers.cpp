#include "server/accounts/AccountHandlers.h"

#include "models/core/ErrorCatalog.h"
#include "server/accounts/AccountService.h"
#include "server/http/HttpUtil.h"
#include "server/http/RequestGate.h"

#include <QJsonArray>

namespace mygas::server {

namespace {
using Method = QHttpServerRequest::Method;
} // namespace

void AccountHandlers::registerRoutes(QHttpServer& server)
{
    server.route(QStringLiteral("/api/v1/accounts"), Method::Get,
                 http::limited([this](const QHttpServerRequest& r) { return list(r); }));
    server.route(QStringLiteral("/api/v1/accounts"), Method::Post,
                 http::limited([this](const QHttpServerRequest& r) { return link(r); }));
    server.route(QStringLiteral("/api/v1/accounts/<arg>"), Method::Patch,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return rename(id, r); }));
    server.route(QStringLiteral("/api/v1/accounts/<arg>"), Method::Delete,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return unlink(id, r); }));
    server.route(QStringLiteral("/api/v1/accounts/<arg>/extended"), Method::Post,
                 http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return unlock(id, r); }));
    server.route(
        QStringLiteral("/api/v1/accounts/<arg>/pin-request"), Method::Post,
        http::limitedArg([this](const QString& id, const QHttpServerRequest& r) { return pinRequest(id, r); }));
}

QHttpServerResponse AccountHandlers::list(const QHttpServerRequest& request)
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    QJsonArray out;
    for (const Account& a : m_accounts.store().linkedTo(user.value()))
        out.append(a.toJson());
    return http::json(out);
}

QHttpServerResponse AccountHandlers::link(const QHttpServerRequest& request)
{
    const Result<qint64> user = m_gate.user(request);
    if (!user.ok())
        return http::error(user.error());
    http::StringFields b = http::readStrings(request, {"company_id", "number"});
    if (b.failure)
        return std::move(*b.failure);
    const Result<Account> a = m_accounts.link(user.value(), b.values[0], b.values[1]);
    return a.ok() ? http::json(a.value().toJson(), http::Status::Created) : http::error(a.error());
}

QHttpServerResponse AccountHandlers::rename(const QString& id, const QHttpServerRequest& request)
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    http::StringFields b = http::readStrings(request, {"alias"});
    if (b.failure)
        return std::move(*b.failure);
    // Absent or null: the name is not said ("" clears it).
    if (b.values[0].isNull())
        return http::error(makeError(errc::FieldRequired, QStringLiteral("alias"), 400));
    const Result<Account> a = m_accounts.rename(c.value().userId, c.value().account, b.values[0]);
    return a.ok() ? http::json(a.value().toJson()) : http::error(a.error());
}

QHttpServerResponse AccountHandlers::unlink(const QString& id, const QHttpServerRequest& request)
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    const Status done = m_accounts.unlink(c.value().userId, c.value().account);
    return done.ok() ? http::noContent() : http::error(done.error());
}

QHttpServerResponse AccountHandlers::unlock(const QString& id, const QHttpServerRequest& request)
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    http::StringFields b = http::readStrings(request, {"method", "answer"});
    if (b.failure)
        return std::move(*b.failure);
    const Result<Access> a = m_accounts.unlock(c.value().userId, c.value().account, b.values[0], b.values[1]);
    if (!a.ok())
        return http::error(a.error());
    return http::json(QJsonObject{{QStringLiteral("access"), accessToString(a.value())}});
}

QHttpServerResponse AccountHandlers::pinRequest(const QString& id, const QHttpServerRequest& request)
{
    const Result<AccountCaller> c = m_gate.account(request, id);
    if (!c.ok())
        return http::error(c.error());
    http::StringFields b = http::readStrings(request, {"full_name", "email", "phone"});
    if (b.failure)
        return std::move(*b.failure);
    const Status done =
        m_accounts.requestPin(c.value().userId, c.value().account, b.values[0], b.values[1], b.values[2]);
    if (!done.ok())
        return http::error(done.error());
    return http::json(QJsonObject{{QStringLiteral("sent_to"), b.values[1].trimmed().toLower()}},
                      http::Status::Accepted);
}

} // namespace mygas::server
