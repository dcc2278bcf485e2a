#pragma once

#include "models/accounts/AccountTypes.h"
#include "server/db/Database.h"

#include <QList>

#include <optional>

namespace mygas::server {

// Who is behind an access token, read in one statement: the live session's
// user, whether that user accepted the consent, and the user's link to one
// account. Nothing is kept between requests: a revoked session or an expired
// token is refused by the next read, in this process or any other. A company
// operator's token is no abonent's: it is refused here as unknown.
struct Caller
{
    qint64 userId = 0;
    bool consented = false;
    std::optional<Account> account; // only when the user linked it
    qint64 dataVersion = 0;         // the change counter as this read saw it
};

class CallerStore
{
public:
    explicit CallerStore(const Database& db) : m_db(db) {}

    // 401 token_invalid for an unknown, expired or revoked token; 500 when the
    // database fails. accountId 0 asks for no account.
    Result<Caller> find(const QString& accessToken, qint64 accountId, qint64 now) const;

    struct Query
    {
        QString accessToken;
        qint64 accountId = 0;
    };
    // The same for many callers in one statement: (*out)[i] answers queries[i],
    // nullopt for an unknown, expired or revoked token. False when the
    // database fails.
    bool find(const QList<Query>& queries, qint64 now, QList<std::optional<Caller>>* out) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
