#include "server/http/RequestGate.h"

#include "models/core/ApiTypes.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "server/auth/AuthService.h"
#include "server/http/HttpUtil.h"

namespace mygas::server {

RequestGate::RequestGate(const Database& db, std::function<void()> beforeRequest)
    : m_callers(db), m_beforeRequest(std::move(beforeRequest))
{
}

namespace {
qint64 accountIdOf(const QString& text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    return numeric && id > 0 ? id : 0;
}
} // namespace

Result<Caller> RequestGate::caller(const QHttpServerRequest& request, qint64 accountId) const
{
    if (m_beforeRequest)
        m_beforeRequest();
    const QString token = AuthService::bearerToken(QString::fromLatin1(http::header(request, "authorization")));
    if (token.isEmpty())
        return makeError(errc::Unauthorized, {}, 401);
    return m_callers.find(token, accountId, Clock::now().toSecsSinceEpoch());
}

Result<AccountCaller> RequestGate::judge(const Result<Caller>& found, bool extended)
{
    if (!found.ok())
        return found.error();
    const Caller& c = found.value();
    if (!c.consented)
        return makeError(errc::ConsentRequired, {}, 403);
    if (!c.account)
        return makeError(errc::AccountNotFound, {}, 404);
    if (extended && c.account->access != Access::Extended)
        return makeError(errc::ExtendedRequired, {}, 403);
    return AccountCaller{c.userId, *c.account, c.dataVersion};
}

Result<qint64> RequestGate::user(const QHttpServerRequest& request) const
{
    const Result<Caller> c = caller(request, 0);
    if (!c.ok())
        return c.error();
    if (!c.value().consented)
        return makeError(errc::ConsentRequired, {}, 403);
    return c.value().userId;
}

Result<AccountCaller> RequestGate::account(const QHttpServerRequest& request, const QString& accountId) const
{
    return judge(caller(request, accountIdOf(accountId)), false);
}

Result<AccountCaller> RequestGate::extendedAccount(const QHttpServerRequest& request, const QString& accountId) const
{
    return judge(caller(request, accountIdOf(accountId)), true);
}

QList<Result<AccountCaller>> RequestGate::extendedAccounts(const QList<Ask>& asks) const
{
    if (m_beforeRequest)
        m_beforeRequest();
    QList<CallerStore::Query> queries;
    QList<int> asked; // the ask of each query; an ask without a token makes none
    QList<Result<AccountCaller>> out;
    for (int i = 0; i < asks.size(); ++i) {
        const QString token = AuthService::bearerToken(QString::fromLatin1(asks[i].authorization));
        out.append(makeError(errc::Unauthorized, {}, 401));
        if (token.isEmpty())
            continue;
        queries.append({token, accountIdOf(asks[i].accountId)});
        asked.append(i);
    }
    if (queries.isEmpty())
        return out;
    QList<std::optional<Caller>> found;
    if (!m_callers.find(queries, Clock::now().toSecsSinceEpoch(), &found)) {
        for (int i : asked)
            out[i] = makeError(errc::Internal, {}, 500);
        return out;
    }
    for (int k = 0; k < queries.size(); ++k)
        out[asked[k]] = found[k] ? judge(*found[k], true) : judge(makeError(errc::TokenInvalid, {}, 401), true);
    return out;
}

} // namespace mygas::server
