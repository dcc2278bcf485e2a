#include "server/payments/PaymentStore.h"

#include "models/core/ApiTypes.h"
#include "models/core/ErrorCatalog.h"
#include "models/payments/PaymentRules.h"
#include "server/payments/AcquirerNotice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace mygas::server {

namespace {
const QString kPlace = QStringLiteral("ЛК «Мой газ»");

QDateTime moment(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QList<PaymentItem> itemsOf(const QVariant& column)
{
    QList<PaymentItem> items;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(column.toString().toUtf8()).object().value(QLatin1String("items")).toArray())
        items.append(PaymentItem::fromJson(v.toObject()));
    return items;
}
} // namespace

Result<QSet<QString>> PaymentStore::serviceIds(qint64 accountId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM services WHERE account_id = ?"), {accountId}))
        return makeError(errc::Internal, {}, 500);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.value(0).toString());
    return ids;
}

bool PaymentStore::addOrder(const PaymentOrder& order, const QString& kind, qint64 userId, const QString& binding) const
{
    QJsonArray items;
    for (const PaymentItem& i : order.items)
        items.append(i.toJson());
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(
        q,
        QStringLiteral("INSERT INTO payment_orders (id, kind, user_id, account_id, items, total_kop, "
                       "card_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
        {order.id, kind, userId,
         order.accountId.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : order.accountId.toLongLong(),
         QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("items"), items}}).toJson(QJsonDocument::Compact)),
         order.totalKop, binding.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(binding),
         order.createdAt.toSecsSinceEpoch()});
}

Result<PaymentOrder> PaymentStore::order(qint64 userId, const QString& orderId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT account_id, items, total_kop, status, decline_code, card_masked, "
                                  "card_network, created_at, finished_at, bank_operation FROM payment_orders "
                                  "WHERE id = ? AND user_id = ?"),
                   {orderId, userId}))
        return makeError(errc::Internal, {}, 500);
    if (!q.next())
        return makeError(errc::PaymentNotFound, {}, 404);
    PaymentOrder o;
    o.id = orderId;
    o.accountId = q.value(0).isNull() ? QString() : q.value(0).toString();
    o.items = itemsOf(q.value(1));
    o.totalKop = q.value(2).toLongLong();
    o.status = paymentStatusFromString(q.value(3).toString());
    o.declineCode = q.value(4).toString();
    o.cardMasked = q.value(5).toString();
    o.cardNetwork = q.value(6).toString();
    o.createdAt = moment(q.value(7));
    o.finishedAt = moment(q.value(8));
    o.bankOperation = q.value(9).toString();
    return o;
}

PaymentStore::Notice PaymentStore::takeNotice(const QString& noticeId, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO acquirer_notifications (id, received_at) VALUES (?, ?) "
                                  "ON CONFLICT (id) DO NOTHING"),
                   {noticeId, now}))
        return Notice::Failed;
    return q.numRowsAffected() == 1 ? Notice::New : Notice::Again;
}

Result<std::optional<PaymentStore::Pending>> PaymentStore::pending(const QString& orderId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT kind, user_id, account_id, items, total_kop, status FROM payment_orders "
                                  "WHERE id = ?"),
                   {orderId}))
        return makeError(errc::Internal, {}, 500);
    if (!q.next() || q.value(5).toString() != QLatin1String("pending"))
        return std::optional<Pending>();
    return std::optional<Pending>(Pending{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                          itemsOf(q.value(3)), q.value(4).toLongLong()});
}

Result<QString> PaymentStore::companyOf(qint64 accountId) const
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT company_id FROM accounts WHERE id = ?"), {accountId}))
        return makeError(errc::Internal, {}, 500);
    return q.next() ? q.value(0).toString() : QString();
}

bool PaymentStore::addPayments(const QString& orderId, const Pending& order, const QString& today, qint64 version) const
{
    QSqlQuery q = m_db.newQuery();
    const qint64 accountId = order.accountId;
    for (int i = 0; i < order.items.size(); ++i) {
        const PaymentItem& item = order.items.at(i);
        if (!m_db.exec(q,
                       QStringLiteral("INSERT INTO payments (id, account_id, \"date\", amount_kop, place, "
                                      "service_id, online, version) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
                       {rules::inAppPaymentId(QString::number(accountId), orderId, i + 1), accountId, today,
                        item.amountKop, kPlace, item.serviceId, version}) ||
            !m_db.exec(q,
                       QStringLiteral("UPDATE services SET balance_kop = balance_kop + ?, version = ? "
                                      "WHERE id = ? AND account_id = ?"),
                       {item.amountKop, version, item.serviceId, accountId}) ||
            // Paid at once in the open month too (manual 4.3.1.5), so that
            // «Взаиморасчеты», the receipt and its QR sum ask no more than
            // is still owed.
            !m_db.exec(q,
                       QStringLiteral("UPDATE settlements SET paid_kop = paid_kop + ?, version = ? "
                                      "WHERE account_id = ? AND service_id = ? AND closing_kop IS NULL AND "
                                      "period = (SELECT MAX(period) FROM settlements WHERE account_id = ? AND "
                                      "service_id = ? AND closing_kop IS NULL AND period <= ?)"),
                       {item.amountKop, version, accountId, item.serviceId, accountId, item.serviceId, today.left(7)}))
            return false;
    }
    return true;
}

bool PaymentStore::finish(const AcquirerNotice& n, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("UPDATE payment_orders SET status = ?, decline_code = COALESCE(?, ''), "
                                    "card_masked = COALESCE(?, ''), card_network = COALESCE(?, ''), finished_at = ?, "
                                    "bank_operation = COALESCE(?, '') WHERE id = ?"),
                     {n.succeeded ? QStringLiteral("succeeded") : QStringLiteral("declined"),
                      n.succeeded ? QString() : n.declineCode, n.cardMasked, n.cardNetwork, now,
                      n.succeeded ? n.operation : QString(), n.orderId});
}

} // namespace mygas::server
