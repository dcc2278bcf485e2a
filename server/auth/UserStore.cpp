#include "server/auth/UserStore.h"

#include "models/auth/AuthRules.h"

#include <QTimeZone>

namespace mygas::server {

std::optional<UserRecord> UserStore::findOne(const QString& where, const QVariant& value) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, login, password_hash, full_name, email, phone, consent_version, "
                                  "consent_at FROM users WHERE ") +
                       where,
                   {value}) ||
        !q.next())
        return std::nullopt;
    UserRecord r;
    r.user.id = q.value(0).toLongLong();
    r.user.login = q.value(1).toString();
    r.passwordHash = q.value(2).toString();
    r.user.fullName = q.value(3).toString();
    r.user.email = q.value(4).toString();
    r.user.phone = q.value(5).toString();
    r.user.consentVersion = q.value(6).toString();
    if (!q.value(7).isNull())
        r.user.consentAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::utc());
    return r;
}

std::optional<UserRecord> UserStore::findByLogin(const QString& login) const
{
    return findOne(QStringLiteral("login = ?"), login);
}

std::optional<UserRecord> UserStore::findById(qint64 id) const
{
    return findOne(QStringLiteral("id = ?"), id);
}

bool UserStore::exists(const QString& login) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("SELECT 1 FROM users WHERE login = ?"), {login}) && q.next();
}

qint64 UserStore::create(const QString& login, const QString& passwordHash, qint64 now) const
{
    const rules::Login l = rules::normalizeLogin(login);
    const QString email = l.kind == rules::LoginKind::Email ? l.value : QString();
    const QString phone = l.kind == rules::LoginKind::Phone ? l.value : QString();
    return m_db.insert(QStringLiteral("INSERT INTO users (login, password_hash, email, phone, created_at) "
                                      "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?) RETURNING id"),
                       {login, passwordHash, email, phone, now});
}

bool UserStore::setPasswordHash(qint64 userId, const QString& hash) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, userId}) &&
           q.numRowsAffected() == 1;
}

bool UserStore::setOperatorCompany(qint64 userId, const QString& companyId) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("UPDATE users SET operator_company = ? WHERE id = ?"), {companyId, userId}) &&
           q.numRowsAffected() == 1;
}

bool UserStore::setConsent(qint64 userId, const QString& version, qint64 at) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("UPDATE users SET consent_version = ?, consent_at = ? WHERE id = ?"),
                     {version, at, userId}) &&
           q.numRowsAffected() == 1;
}

} // namespace mygas::server
