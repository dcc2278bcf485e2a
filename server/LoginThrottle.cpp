#include "LoginThrottle.h"

#include "AuthRules.h"

#include <algorithm>

namespace mygas::server {

int LoginThrottle::retryAfter(const QString& login, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    // Newest first: the window frees when the kMaxLoginFailures-th newest failure leaves it.
    if (!m_db.exec(q,
                   QStringLiteral("SELECT failed_at FROM login_failures WHERE login = ? AND failed_at > ? "
                                  "ORDER BY failed_at DESC"),
                   {login, now - rules::kLoginFailureWindowSec}))
        return 0;
    int count = 0;
    qint64 freesAt = 0;
    while (q.next()) {
        if (++count == rules::kMaxLoginFailures)
            freesAt = q.value(0).toLongLong() + rules::kLoginFailureWindowSec;
    }
    if (count < rules::kMaxLoginFailures)
        return 0;
    return int(std::max<qint64>(1, freesAt - now));
}

void LoginThrottle::recordFailure(const QString& login, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    m_db.exec(q, QStringLiteral("DELETE FROM login_failures WHERE failed_at <= ?"),
              {now - rules::kLoginFailureWindowSec});
    m_db.exec(q, QStringLiteral("INSERT INTO login_failures (login, failed_at) VALUES (?, ?)"), {login, now});
}

void LoginThrottle::clear(const QString& login) const
{
    QSqlQuery q = m_db.newQuery();
    m_db.exec(q, QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {login});
}

} // namespace mygas::server
