#pragma once

#include "AccountStore.h"
#include "ApiTypes.h"

namespace mygas::server {

class OutboxStore;

// Linking accounts to a user and unlocking their extended version (manual
// 4.7.2). Transport-free: errors carry their HTTP status.
class AccountService
{
public:
    AccountService(const Database& db, OutboxStore& outbox);

    Result<Account> link(qint64 userId, const QString& companyId, const QString& number);
    Status unlink(qint64 userId, const Account& account);
    Result<Account> rename(qint64 userId, const Account& account, const QString& alias);
    // method: "meter_serial", "last_charge" or "pin".
    Result<Access> unlock(qint64 userId, const Account& account, const QString& method, const QString& answer);
    // A new PIN for the account, sent to the e-mail address given.
    Status requestPin(const Account& account, const QString& fullName, const QString& email, const QString& phone);

    const AccountStore& store() const { return m_store; }

private:
    std::optional<Company> company(const QString& id) const;

    const Database& m_db;
    OutboxStore& m_outbox;
    AccountStore m_store;
};

} // namespace mygas::server
