#include "server/payments/CardStore.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "server/app/Crypto.h"
#include "server/payments/AcquirerNotice.h"

#include <QSqlQuery>

namespace mygas::server {

Result<std::optional<QString>> CardStore::binding(qint64 userId, const QString& cardId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT binding FROM cards WHERE id = ? AND user_id = ?"), {cardId, userId}))
        return makeError(errc::Internal, {}, 500);
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QList<SavedCard>> CardStore::list(qint64 userId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, masked, network, expiry FROM cards WHERE user_id = ? "
                                  "ORDER BY created_at, id"),
                   {userId}))
        return makeError(errc::Internal, {}, 500);
    QList<SavedCard> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

bool CardStore::remove(qint64 userId, const QString& cardId) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q, QStringLiteral("DELETE FROM cards WHERE id = ? AND user_id = ?"), {cardId, userId});
}

bool CardStore::add(qint64 userId, const AcquirerNotice& n, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO cards (id, user_id, masked, network, expiry, binding, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {QStringLiteral("card-") + crypto::randomId(), userId, n.cardMasked, n.cardNetwork, n.cardExpiry,
                      n.binding, now});
}

} // namespace mygas::server
