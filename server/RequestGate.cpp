#include "RequestGate.h"

#include "ApiTypes.h"
#include "AuthService.h"
#include "Clock.h"
#include "ErrorCatalog.h"
#include "HttpUtil.h"

namespace mygas::server {

RequestGate::RequestGate(const Database& db, std::function<void()> beforeRequest)
    : m_callers(db), m_beforeRequest(std::move(beforeRequest))
{
}

Result<Caller> RequestGate::caller(const QHttpServerRequest& request, qint64 accountId) const
{
    if (m_beforeRequest)
        m_beforeRequest();
    const QString token = AuthService::bearerToken(QString::fromLatin1(http::header(request, "authorization")));
    if (token.isEmpty())
        return makeError(errc::Unauthorized, {}, 401);
    Result<Caller> c = m_callers.find(token, accountId, Clock::now().toSecsSinceEpoch());
    if (c.ok() && !c.value().consented)
        return makeError(errc::ConsentRequired, {}, 403);
    return c;
}

Result<qint64> RequestGate::user(const QHttpServerRequest& request) const
{
    const Result<Caller> c = caller(request, 0);
    if (!c.ok())
        return c.error();
    return c.value().userId;
}

Result<AccountCaller> RequestGate::account(const QHttpServerRequest& request, const QString& accountId) const
{
    bool numeric = false;
    const qint64 id = accountId.toLongLong(&numeric);
    const Result<Caller> c = caller(request, numeric && id > 0 ? id : 0);
    if (!c.ok())
        return c.error();
    if (!c.value().account)
        return makeError(errc::AccountNotFound, {}, 404);
    return AccountCaller{c.value().userId, *c.value().account, c.value().dataVersion};
}

Result<AccountCaller> RequestGate::extendedAccount(const QHttpServerRequest& request, const QString& accountId) const
{
    Result<AccountCaller> caller = account(request, accountId);
    if (caller.ok() && caller.value().account.access != Access::Extended)
        return makeError(errc::ExtendedRequired, {}, 403);
    return caller;
}

} // namespace mygas::server
