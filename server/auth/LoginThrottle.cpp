#include "server/auth/LoginThrottle.h"

#include "models/auth/AuthRules.h"
#include "server/auth/RateWindow.h"

#include <algorithm>

namespace mygas::server {

namespace {
// Seconds until the limit lets the next event through; 0 when it does now.
int waitFor(const Database& db, const QString& sql, std::initializer_list<QVariant> args, int cap, int windowSec,
            qint64 now)
{
    QSqlQuery q = db.newQuery();
    if (!db.exec(q, sql, args))
        return 0;
    QList<qint64> times; // oldest first
    while (q.next())
        times.append(q.value(0).toLongLong());
    const qint64 freesAt = windowFreesAt(times, cap, windowSec);
    return freesAt == 0 ? 0 : int(std::max<qint64>(1, freesAt - now));
}

// A null QString would be bound as SQL NULL: no address is the empty text.
QString text(const QString& address)
{
    return address.isNull() ? QStringLiteral("") : address;
}
} // namespace

int LoginThrottle::retryAfter(const QString& login, const QString& address, qint64 now) const
{
    const int here = waitFor(m_db,
                             QStringLiteral("SELECT failed_at FROM login_failures WHERE login = ? AND address = ? AND "
                                            "failed_at > ? ORDER BY failed_at"),
                             {login, text(address), now - rules::kLoginFailureWindowSec}, rules::kMaxLoginFailures,
                             rules::kLoginFailureWindowSec, now);
    const int anywhere =
        waitFor(m_db,
                QStringLiteral("SELECT failed_at FROM login_failures WHERE login = ? AND failed_at > ? "
                               "ORDER BY failed_at"),
                {login, now - rules::kLoginFailureLongWindowSec}, rules::kMaxLoginFailuresPerLogin,
                rules::kLoginFailureLongWindowSec, now);
    return std::max(here, anywhere);
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
    return waitFor(m_db,
                   QStringLiteral("SELECT started_at FROM auth_starts WHERE address = ? AND started_at > ? "
                                  "ORDER BY started_at"),
                   {address, now - rules::kStartWindowSec}, rules::kMaxStartsPerAddress, rules::kStartWindowSec, now);
}

bool LoginThrottle::recordStart(const QString& address, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    m_db.exec(q, QStringLiteral("DELETE FROM auth_starts WHERE started_at <= ?"), {now - rules::kStartWindowSec});
    return m_db.exec(q, QStringLiteral("INSERT INTO auth_starts (address, started_at) VALUES (?, ?)"), {address, now});
}

} // namespace mygas::server
