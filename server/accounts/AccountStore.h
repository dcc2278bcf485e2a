#pragma once

#include "models/accounts/AccountTypes.h"
#include "server/db/Database.h"

#include <QList>

#include <optional>

namespace mygas::server {

// Provider accounts and the links of users to them (user_accounts), with
// the control answers that unlock the extended version.
class AccountStore
{
public:
    explicit AccountStore(const Database& db) : m_db(db) {}

    // 0 when the company has no such account.
    qint64 findId(const QString& companyId, const QString& number) const;
    // The user's linked accounts in the order they were linked.
    QList<Account> linkedTo(qint64 userId) const;
    // The account if this user linked it; nothing otherwise (whether or not it exists).
    std::optional<Account> linked(qint64 userId, const QString& accountId) const;
    int linkCount(qint64 userId) const;

    // Each of these bumps the change counter; call inside a transaction.
    bool link(qint64 userId, qint64 accountId, qint64 now) const;
    bool unlink(qint64 userId, qint64 accountId) const;
    bool setAlias(qint64 userId, qint64 accountId, const QString& alias) const;
    bool setAccess(qint64 userId, qint64 accountId, Access access) const;

    // Wrong control answers of this user for this account since a moment.
    // Wrong answers at the account by anyone since then, oldest first.
    QList<qint64> accountAttemptsSince(qint64 accountId, qint64 since) const;
    QList<qint64> attemptsSince(qint64 userId, qint64 accountId, qint64 since) const;
    bool recordAttempt(qint64 userId, qint64 accountId, qint64 now) const;

    // The control answers of an account as rules/AccountRules.h defines them;
    // false when the database could not be read.
    // The serials (as answer tokens) long enough to be an answer.
    bool answerSerials(qint64 accountId, QStringList* out) const;
    // The total charged in the latest closed month; 0 without one.
    bool lastCharge(qint64 accountId, qint64* out) const;
    bool hasPin(qint64 accountId, bool* out) const;
    bool pinMatches(qint64 accountId, const QString& pin) const;
    bool setPin(qint64 accountId, const QString& pin) const;

    // What the database keeps instead of a PIN.
    static QString pinHash(const QString& companyId, const QString& number, const QString& pin);

private:
    // The times of the wrong answers matching `where` after the last bound
    // value, oldest first.
    QList<qint64> attemptTimes(const QString& where, std::initializer_list<QVariant> values) const;
    const Database& m_db;
};

} // namespace mygas::server
