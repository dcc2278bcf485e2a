#pragma once

#include "models/core/ApiTypes.h"
#include "server/accounts/AccountStore.h"
#include "server/accounts/LimitedView.h"

namespace mygas::server {

class CompanyCalendar;
class NotificationOutbox;

// Linking accounts to a user and unlocking their extended version (manual
// 4.7.2). Transport-free: errors carry their HTTP status.
class AccountService
{
public:
    AccountService(const Database& db, NotificationOutbox& outbox, const CompanyCalendar& calendar);

    Result<Account> link(qint64 userId, const QString& companyId, const QString& number);
    Status unlink(qint64 userId, const Account& account);
    Result<Account> rename(qint64 userId, const Account& account, const QString& alias);
    // method: "meter_serial", "last_charge" or "pin" (rules/AccountRules.h
    // defines each answer). Wrong answers are counted; an answer the limited
    // version shows and a question the account cannot answer are refused
    // without counting.
    Result<Access> unlock(qint64 userId, const Account& account, const QString& method, const QString& answer);
    // Records a request for a new PIN for the serving company (manual
    // 4.7.2.2); the current PIN stays valid until the company approves it.
    Status requestPin(qint64 userId, const Account& account, const QString& fullName, const QString& email,
                      const QString& phone);
    // The demo has no company operator: its requests are approved at once.
    void setApprovePinRequests(bool atOnce) { m_approvePinRequests = atOnce; }

    const AccountStore& store() const { return m_store; }

private:
    std::optional<Company> company(const QString& id) const;
    // Right or wrong, or the refusal to judge the answer at all.
    Result<bool> check(const Account& account, const QString& method, const QString& answer) const;

    const Database& m_db;
    NotificationOutbox& m_outbox;
    AccountStore m_store;
    LimitedView m_view;
    bool m_approvePinRequests = false;
};

} // namespace mygas::server
