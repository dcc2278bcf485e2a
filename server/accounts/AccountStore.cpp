#include "server/accounts/AccountStore.h"

#include "models/accounts/AccountRules.h"
#include "server/app/Crypto.h"
#include "server/db/ChangeLog.h"

namespace mygas::server {

namespace {
const QString kSelectLinked = QStringLiteral(
    "SELECT a.id, a.company_id, a.number, u.alias, a.address, u.access FROM user_accounts u JOIN accounts a "
    "ON a.id = u.account_id WHERE u.user_id = ?");

Account readAccount(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), accessFromString(q.value(5).toString())};
}
} // namespace

QString AccountStore::pinHash(const QString& companyId, const QString& number, const QString& pin)
{
    return crypto::secretHash(companyId + QLatin1Char('/') + number + QLatin1Char('/') + pin.trimmed());
}

qint64 AccountStore::findId(const QString& companyId, const QString& number) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM accounts WHERE company_id = ? AND number = ?"),
                   {companyId, number}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<Account> AccountStore::linkedTo(qint64 userId) const
{
    QList<Account> out;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, kSelectLinked + QStringLiteral(" ORDER BY u.linked_at, a.id"), {userId}))
        return out;
    while (q.next())
        out.append(readAccount(q));
    return out;
}

std::optional<Account> AccountStore::linked(qint64 userId, const QString& accountId) const
{
    bool ok = false;
    const qint64 id = accountId.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, kSelectLinked + QStringLiteral(" AND u.account_id = ?"), {userId, id}) || !q.next())
        return std::nullopt;
    return readAccount(q);
}

int AccountStore::linkCount(qint64 userId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT COUNT(*) FROM user_accounts WHERE user_id = ?"), {userId}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool AccountStore::link(qint64 userId, qint64 accountId, qint64 now) const
{
    const qint64 version = changelog::bump(m_db);
    QSqlQuery q = m_db.newQuery();
    return version > 0 && m_db.exec(q,
                                    QStringLiteral("INSERT INTO user_accounts (user_id, account_id, alias, access, "
                                                   "linked_at, version) VALUES (?, ?, '', 'limited', ?, ?)"),
                                    {userId, accountId, now, version});
}

bool AccountStore::unlink(qint64 userId, qint64 accountId) const
{
    QSqlQuery q = m_db.newQuery();
    return changelog::bump(m_db) > 0 &&
           m_db.exec(q, QStringLiteral("DELETE FROM user_accounts WHERE user_id = ? AND account_id = ?"),
                     {userId, accountId});
}

bool AccountStore::setAlias(qint64 userId, qint64 accountId, const QString& alias) const
{
    const qint64 version = changelog::bump(m_db);
    QSqlQuery q = m_db.newQuery();
    return version > 0 &&
           m_db.exec(q,
                     QStringLiteral("UPDATE user_accounts SET alias = ?, version = ? WHERE user_id = ? AND "
                                    "account_id = ?"),
                     {alias, version, userId, accountId});
}

bool AccountStore::setAccess(qint64 userId, qint64 accountId, Access access) const
{
    const qint64 version = changelog::bump(m_db);
    QSqlQuery q = m_db.newQuery();
    return version > 0 &&
           m_db.exec(q,
                     QStringLiteral("UPDATE user_accounts SET access = ?, version = ? WHERE user_id = ? AND "
                                    "account_id = ?"),
                     {accessToString(access), version, userId, accountId});
}

QList<qint64> AccountStore::attemptTimes(const QString& where, std::initializer_list<QVariant> values) const
{
    QList<qint64> out;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT attempted_at FROM extended_attempts WHERE %1 AND attempted_at > ? "
                                  "ORDER BY attempted_at")
                       .arg(where),
                   values))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<qint64> AccountStore::attemptsSince(qint64 userId, qint64 accountId, qint64 since) const
{
    return attemptTimes(QStringLiteral("user_id = ? AND account_id = ?"), {userId, accountId, since});
}

QList<qint64> AccountStore::accountAttemptsSince(qint64 accountId, qint64 since) const
{
    return attemptTimes(QStringLiteral("account_id = ?"), {accountId, since});
}

bool AccountStore::recordAttempt(qint64 userId, qint64 accountId, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(
        q, QStringLiteral("INSERT INTO extended_attempts (user_id, account_id, attempted_at) VALUES (?, ?, ?)"),
        {userId, accountId, now});
}

bool AccountStore::answerSerials(qint64 accountId, QStringList* out) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT serial FROM meters WHERE account_id = ? ORDER BY id"), {accountId}))
        return false;
    while (q.next()) {
        const QString token = rules::answerToken(q.value(0).toString());
        if (token.size() >= rules::kMinSerialAnswerLength)
            out->append(token);
    }
    return true;
}

bool AccountStore::lastCharge(qint64 accountId, qint64* out) const
{
    *out = 0;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COALESCE(SUM(charged_kop), 0) FROM settlements WHERE account_id = ? AND "
                                  "period = (SELECT MAX(period) FROM settlements WHERE account_id = ? AND "
                                  "closing_kop IS NOT NULL)"),
                   {accountId, accountId}))
        return false;
    if (q.next())
        *out = q.value(0).toLongLong();
    return true;
}

bool AccountStore::hasPin(qint64 accountId, bool* out) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT pin_hash FROM accounts WHERE id = ?"), {accountId}))
        return false;
    *out = q.next() && !q.value(0).toString().isEmpty();
    return true;
}

bool AccountStore::pinMatches(qint64 accountId, const QString& pin) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT company_id, number, pin_hash FROM accounts WHERE id = ?"), {accountId}) ||
        !q.next())
        return false;
    const QString stored = q.value(2).toString();
    if (stored.isEmpty() || pin.trimmed().isEmpty())
        return false;
    return crypto::equalHashes(stored, pinHash(q.value(0).toString(), q.value(1).toString(), pin));
}

bool AccountStore::setPin(qint64 accountId, const QString& pin) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT company_id, number FROM accounts WHERE id = ?"), {accountId}) || !q.next())
        return false;
    const QString hash = pinHash(q.value(0).toString(), q.value(1).toString(), pin);
    QSqlQuery u = m_db.newQuery();
    return m_db.exec(u, QStringLiteral("UPDATE accounts SET pin_hash = ? WHERE id = ?"), {hash, accountId});
}

} // namespace mygas::server
