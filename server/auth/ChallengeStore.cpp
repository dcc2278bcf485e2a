#include "server/auth/ChallengeStore.h"

namespace mygas::server {

bool ChallengeStore::create(const ChallengeRecord& c, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    // One live challenge per login and purpose: a new one ends the older
    // ones, so their codes can neither be resent nor guessed any more.
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE challenges SET used_at = ? WHERE login = ? AND purpose = ? AND "
                                  "used_at IS NULL"),
                   {now, c.login, c.purpose}))
        return false;
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO challenges (id, purpose, login, password_hash, code_hash, ttl_sec, "
                                    "expires_at, resend_at, wrong_codes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                    "0, ?)"),
                     {c.id, c.purpose, c.login, c.passwordHash, c.codeHash, c.ttlSec, c.expiresAt, c.resendAt, now});
}

std::optional<ChallengeRecord> ChallengeStore::find(const QString& id) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, purpose, login, password_hash, code_hash, ttl_sec, expires_at, "
                                  "resend_at, wrong_codes, used_at FROM challenges WHERE id = ?"),
                   {id}) ||
        !q.next())
        return std::nullopt;
    ChallengeRecord c;
    c.id = q.value(0).toString();
    c.purpose = q.value(1).toString();
    c.login = q.value(2).toString();
    c.passwordHash = q.value(3).toString();
    c.codeHash = q.value(4).toString();
    c.ttlSec = q.value(5).toInt();
    c.expiresAt = q.value(6).toLongLong();
    c.resendAt = q.value(7).toLongLong();
    c.wrongCodes = q.value(8).toInt();
    c.used = !q.value(9).isNull();
    return c;
}

qint64 ChallengeStore::nextSendAt(const QString& login, const QString& purpose) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT MAX(resend_at) FROM challenges WHERE login = ? AND purpose = ? AND "
                                  "used_at IS NULL"),
                   {login, purpose}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int ChallengeStore::addWrongCode(const QString& id) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE challenges SET wrong_codes = wrong_codes + 1 WHERE id = ? "
                                  "RETURNING wrong_codes"),
                   {id}) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

bool ChallengeStore::markUsed(const QString& id, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("UPDATE challenges SET used_at = ? WHERE id = ? AND used_at IS NULL"),
                     {now, id}) &&
           q.numRowsAffected() == 1;
}

bool ChallengeStore::renew(const QString& id, const QString& codeHash, qint64 expiresAt, qint64 resendAt) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("UPDATE challenges SET code_hash = ?, expires_at = ?, resend_at = ? "
                                    "WHERE id = ? AND used_at IS NULL"),
                     {codeHash, expiresAt, resendAt, id}) &&
           q.numRowsAffected() == 1;
}

} // namespace mygas::server
