#include "server/accounts/PinRequestStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mygas::server {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.account_id, r.user_id, c.data, a.number, r.full_name, r.email, r.phone, r.created_at, r.status "
    "FROM pin_requests r JOIN accounts a ON a.id = r.account_id JOIN companies c ON c.id = a.company_id ");

PinRequest fromRow(const QSqlQuery& q)
{
    PinRequest r;
    r.id = q.value(0).toLongLong();
    r.accountId = q.value(1).toLongLong();
    r.userId = q.value(2).toLongLong();
    r.companyName =
        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().value(QLatin1String("name")).toString();
    r.accountNumber = q.value(4).toString();
    r.fullName = q.value(5).toString();
    r.email = q.value(6).toString();
    r.phone = q.value(7).toString();
    r.createdAt = q.value(8).toLongLong();
    r.status = q.value(9).toString();
    return r;
}
} // namespace

int PinRequestStore::retryAfter(qint64 userId, qint64 accountId, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    // Newest first: the window frees when the kMaxPerDay-th newest request leaves it.
    if (!m_db.exec(q,
                   QStringLiteral("SELECT created_at FROM pin_requests WHERE user_id = ? AND account_id = ? AND "
                                  "created_at > ? ORDER BY created_at DESC"),
                   {userId, accountId, now - kWindowSec}))
        return 0;
    int count = 0;
    qint64 freesAt = 0;
    while (q.next()) {
        if (++count == kMaxPerDay)
            freesAt = q.value(0).toLongLong() + kWindowSec;
    }
    if (count < kMaxPerDay)
        return 0;
    return int(std::max<qint64>(1, freesAt - now));
}

qint64 PinRequestStore::add(const PinRequest& r) const
{
    return m_db.insert(QStringLiteral("INSERT INTO pin_requests (account_id, user_id, full_name, email, phone, "
                                      "created_at, status) VALUES (?, ?, ?, ?, ?, ?, 'pending') RETURNING id"),
                       {r.accountId, r.userId, r.fullName, r.email, r.phone, r.createdAt});
}

std::optional<PinRequest> PinRequestStore::find(qint64 id) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, kSelect + QStringLiteral("WHERE r.id = ?"), {id}) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<PinRequest> PinRequestStore::pending() const
{
    QList<PinRequest> all;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, kSelect + QStringLiteral("WHERE r.status = 'pending' ORDER BY r.id")))
        return all;
    while (q.next())
        all.append(fromRow(q));
    return all;
}

bool PinRequestStore::decide(qint64 id, const QString& status, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("UPDATE pin_requests SET status = ?, decided_at = ? WHERE id = ? AND "
                                    "status = 'pending'"),
                     {status, now, id}) &&
           q.numRowsAffected() == 1;
}

} // namespace mygas::server
