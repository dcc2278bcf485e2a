#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/core/Error.h"
#include "server/http/CallerStore.h"

#include <QHttpServerRequest>

#include <functional>

namespace mygas::server {

struct AccountCaller
{
    qint64 userId = 0;
    Account account;
    qint64 dataVersion = 0; // the change counter read together with the link
};

// The checks in front of every account route: a valid bearer token (401), the
// personal-data consent (403), and for account-scoped URLs a link between the
// caller and the account (404 account_not_found for anyone else's account and
// for one that does not exist alike). One database read answers all three.
class RequestGate
{
public:
    RequestGate(const Database& db, std::function<void()> beforeRequest);

    Result<qint64> user(const QHttpServerRequest& request) const;
    Result<AccountCaller> account(const QHttpServerRequest& request, const QString& accountId) const;
    // As account(), and 403 extended_required unless the extended version is on.
    Result<AccountCaller> extendedAccount(const QHttpServerRequest& request, const QString& accountId) const;

    struct Ask
    {
        QByteArray authorization; // the request's Authorization header
        QString accountId;        // as the URL gave it
    };
    // extendedAccount() for many requests with one database read.
    QList<Result<AccountCaller>> extendedAccounts(const QList<Ask>& asks) const;

private:
    Result<Caller> caller(const QHttpServerRequest& request, qint64 accountId) const;
    // What the gate says of a caller found (or not) for a URL's account.
    static Result<AccountCaller> judge(const Result<Caller>& found, bool extended);

    CallerStore m_callers;
    std::function<void()> m_beforeRequest;
};

} // namespace mygas::server
