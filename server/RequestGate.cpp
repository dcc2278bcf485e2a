#include "RequestGate.h"

#include "AccountStore.h"
#include "ApiTypes.h"
#include "AuthService.h"
#include "ErrorCatalog.h"
#include "HttpUtil.h"

namespace mygas::server {

RequestGate::RequestGate(const AuthService& auth, const AccountStore& accounts, std::function<void()> beforeRequest)
    : m_auth(auth), m_accounts(accounts), m_beforeRequest(std::move(beforeRequest))
{
}

Result<qint64> RequestGate::user(const QHttpServerRequest& request) const
{
    if (m_beforeRequest)
        m_beforeRequest();
    const Result<SessionRef> s = m_auth.authenticate(QString::fromLatin1(http::header(request, "authorization")));
    if (!s.ok())
        return s.error();
    const std::optional<UserRecord> user = m_auth.users().findById(s.value().userId);
    if (!user)
        return makeError(errc::TokenInvalid, {}, 401);
    if (!user->user.hasConsented())
        return makeError(errc::ConsentRequired, {}, 403);
    return user->user.id;
}

Result<AccountCaller> RequestGate::account(const QHttpServerRequest& request, const QString& accountId) const
{
    const Result<qint64> userId = user(request);
    if (!userId.ok())
        return userId.error();
    const std::optional<Account> a = m_accounts.linked(userId.value(), accountId);
    if (!a)
        return makeError(errc::AccountNotFound, {}, 404);
    return AccountCaller{userId.value(), *a};
}

Result<AccountCaller> RequestGate::extendedAccount(const QHttpServerRequest& request, const QString& accountId) const
{
    Result<AccountCaller> caller = account(request, accountId);
    if (caller.ok() && caller.value().account.access != Access::Extended)
        return makeError(errc::ExtendedRequired, {}, 403);
    return caller;
}

} // namespace mygas::server
