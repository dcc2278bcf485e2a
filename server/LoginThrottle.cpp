#include "LoginThrottle.h"

#include "AuthRules.h"

#include <algorithm>

namespace mygas::server {

namespace {
// Seconds until fewer than cap of the times (newest first) are in the
// window ending now; 0 when already fewer.
int waitFor(QSqlQuery& q, int cap, int windowSec, qint64 now)
{
    int count = 0;
    qint64 freesAt = 0;
    while (q.next()) {
        if (++count == cap)
            freesAt = q.value(0).toLongLong() + windowSec;
    }
    return count < cap ? 0 : int(std::max<qint64>(1, freesAt - now));
}

// A null QString would be bound as SQL NULL: no address is the empty text.
QString text(const QString& address)
{
    return address.isNull() ? QStringLiteral("") : address;
}
} // namespace

int LoginThrottle::retryAfter(const QString& login, const QString& address, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    int wait = 0;
    if (m_db.exec(q,
                  QStringLiteral("SELECT failed_at FROM login_failures WHERE login = ? AND address = ? AND "
                                 "failed_at > ? ORDER BY failed_at DESC"),
                  {login, text(address), now - rules::kLoginFailureWindowSec}))
        wait = waitFor(q, rules::kMaxLoginFailures, rules::kLoginFailureWindowSec, now);
    if (m_db.exec(q,
                  QStringLiteral("SELECT failed_at FROM login_failures WHERE login = ? AND failed_at > ? "
                                 "ORDER BY failed_at DESC"),
                  {login, now - rules::kLoginFailureLongWindowSec}))
        wait = std::max(wait, waitFor(q, rules::kMaxLoginFailuresPerLogin, rules::kLoginFailureLongWindowSec, now));
    return wait;
}

bool LoginThrottle::recordFailure(const QString& login, const QString& address, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    m_db.exec(q, QStringLiteral("DELETE FROM login_failures WHERE failed_at <= ?"),
              {now - std::max(rules::kLoginFailureWindowSec, rules::kLoginFailureLongWindowSec)});
    return m_db.exec(q, QStringLiteral("INSERT INTO login_failures (login, address, failed_at) VALUES (?, ?, ?)"),
                     {login, text(address), now});
}

void LoginThrottle::clear(const QString& login, const QString& address) const
{
    QSqlQuery q = m_db.newQuery();
    if (address.isEmpty())
        m_db.exec(q, QStringLiteral("DELETE FROM login_failures WHERE login = ?"), {login});
    else
        m_db.exec(q, QStringLiteral("DELETE FROM login_failures WHERE login = ? AND address = ?"), {login, address});
}

int LoginThrottle::startRetryAfter(const QString& address, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT started_at FROM auth_starts WHERE address = ? AND started_at > ? "
                                  "ORDER BY started_at DESC"),
                   {address, now - rules::kStartWindowSec}))
        return 0;
    return waitFor(q, rules::kMaxStartsPerAddress, rules::kStartWindowSec, now);
}

bool LoginThrottle::recordStart(const QString& address, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    m_db.exec(q, QStringLiteral("DELETE FROM auth_starts WHERE started_at <= ?"), {now - rules::kStartWindowSec});
    return m_db.exec(q, QStringLiteral("INSERT INTO auth_starts (address, started_at) VALUES (?, ?)"), {address, now});
}

} // namespace mygas::server
