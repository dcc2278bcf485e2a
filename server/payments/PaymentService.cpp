#include "server/payments/PaymentService.h"

#include "models/core/ApiPaths.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/payments/PaymentRules.h"
#include "models/readings/ReadingRules.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/db/ChangeLog.h"
#include "server/directory/CompanyCalendar.h"
#include "server/payments/AcquirerNotice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace mygas::server {

namespace {
// A notice older than this is refused: a copy taken long ago cannot be sent again.
constexpr qint64 kNoticeMaxAgeSec = 600;
constexpr qint64 kMaxItemKop = 100'000'000'000;
const QString kPlace = QStringLiteral("ЛК «Мой газ»");

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QDateTime moment(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}
} // namespace

PaymentService::PaymentService(const Database& db, Acquirer& acquirer, QByteArray secret,
                               const CompanyCalendar& calendar)
    : m_db(db), m_acquirer(acquirer), m_calendar(calendar), m_keys(db), m_readings(db), m_secret(std::move(secret))
{
}

Result<StoredAnswer> PaymentService::pay(const Request& r)
{
    if (r.items.isEmpty())
        return makeError(errc::PaymentItemsInvalid, QStringLiteral("items"), 400);
    // Every service once, of this account, with a positive amount.
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM services WHERE account_id = ?"), {r.accountId}))
        return makeError(errc::Internal, {}, 500);
    QSet<QString> services;
    while (q.next())
        services.insert(q.value(0).toString());
    QSet<QString> seen;
    qint64 total = 0;
    for (const PaymentItem& item : r.items) {
        // (The bound keeps the sum far from overflowing; the total's rule comes after.)
        if (item.amountKop <= 0 || item.amountKop > kMaxItemKop || seen.contains(item.serviceId))
            return makeError(errc::PaymentItemsInvalid, QStringLiteral("items"), 400);
        if (!services.contains(item.serviceId))
            return makeError(errc::ServiceNotFound, QStringLiteral("items"), 404);
        seen.insert(item.serviceId);
        total += item.amountKop;
    }
    if (const QString code = rules::checkPaymentTotal(total); !code.isEmpty())
        return makeError(code.toLatin1().constData(), QStringLiteral("items"), 422);
    QString binding;
    if (!r.cardId.isEmpty()) {
        if (!m_db.exec(q, QStringLiteral("SELECT binding FROM cards WHERE id = ? AND user_id = ?"),
                       {r.cardId, r.userId}))
            return makeError(errc::Internal, {}, 500);
        if (!q.next())
            return makeError(errc::CardNotFound, QStringLiteral("card_id"), 404);
        binding = q.value(0).toString();
    }
    QJsonObject readings;
    if (r.readings) {
        const Result<QJsonObject> verdict = submitReadings(r);
        if (!verdict.ok())
            return verdict.error();
        readings = verdict.value();
    }
    PaymentOrder order;
    order.accountId = QString::number(r.accountId);
    order.items = r.items;
    order.totalKop = total;
    return open(order, r.userId, QStringLiteral("payment"), binding, r.idempotencyKey, r.requestHash, r.base, readings);
}

Result<QJsonObject> PaymentService::submitReadings(const Request& r)
{
    // Their own key, so that a payment sent again after the readings were
    // stored (and before its order was) gets the same verdict, not a second
    // set of readings.
    ReadingSubmission s;
    s.userId = r.userId;
    s.accountId = r.accountId;
    s.items = *r.readings;
    s.idempotencyKey = QByteArrayLiteral("payment-readings:") + r.idempotencyKey;
    s.requestHash = r.requestHash;
    // The verdict stored under that key, if any.
    const auto stored = [&]() -> std::optional<Result<QJsonObject>> {
        const Result<std::optional<StoredAnswer>> earlier = m_keys.lookup(s.userId, s.idempotencyKey);
        if (!earlier.ok())
            return Result<QJsonObject>(earlier.error());
        if (!earlier.value())
            return std::nullopt;
        return Result<QJsonObject>(QJsonDocument::fromJson(earlier.value()->body).object());
    };
    if (std::optional<Result<QJsonObject>> earlier = stored())
        return *earlier;
    QByteArray answer;
    switch (m_readings.submit(s, &answer)) {
    case ReadingStore::Outcome::Answered:
        return QJsonDocument::fromJson(answer).object();
    case ReadingStore::Outcome::KeyTaken:
        if (std::optional<Result<QJsonObject>> earlier = stored())
            return *earlier;
        break;
    case ReadingStore::Outcome::Failed:
        break;
    }
    return makeError(errc::Internal, {}, 500);
}

Result<StoredAnswer> PaymentService::bindCard(qint64 userId, const QByteArray& key, const QByteArray& requestHash,
                                              const QUrl& base)
{
    return open(PaymentOrder{}, userId, QStringLiteral("card"), QString(), key, requestHash, base);
}

Result<StoredAnswer> PaymentService::open(const PaymentOrder& draft, qint64 userId, const QString& kind,
                                          const QString& binding, const QByteArray& key, const QByteArray& requestHash,
                                          const QUrl& base, const QJsonObject& readings)
{
    PaymentOrder order = draft;
    order.id = QStringLiteral("pay-") + crypto::randomId();
    order.createdAt = Clock::now();
    QUrl back = base;
    back.setPath(QString::fromLatin1(api::kPaymentReturnPath));
    back.setQuery(QStringLiteral("order=") + order.id);
    // The bank learns of the order first; an order it never finishes stays pending.
    const Result<QUrl> page =
        m_acquirer.start({order.id, order.totalKop, kind == QLatin1String("card"), binding, back}, base);
    if (!page.ok())
        return page.error();
    QJsonArray items;
    for (const PaymentItem& i : order.items)
        items.append(i.toJson());
    QJsonObject body{{QStringLiteral("payment"), order.toJson()},
                     {QStringLiteral("confirmation_url"), page.value().toString(QUrl::FullyEncoded)}};
    if (!readings.isEmpty())
        body.insert(QStringLiteral("readings"), readings);
    const StoredAnswer answer{requestHash, 201, compact(body)};
    std::optional<Transaction> tx;
    tx.emplace(m_db);
    if (!tx->ok())
        return makeError(errc::Internal, {}, 500);
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO payment_orders (id, kind, user_id, account_id, items, total_kop, "
                                  "card_id, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
                   {order.id, kind, userId,
                    order.accountId.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : order.accountId.toLongLong(),
                    QString::fromUtf8(compact(QJsonObject{{QStringLiteral("items"), items}})), order.totalKop,
                    binding.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(binding),
                    order.createdAt.toSecsSinceEpoch()}))
        return makeError(errc::Internal, {}, 500);
    switch (m_keys.save({{userId, key, answer}}, order.createdAt.toSecsSinceEpoch())) {
    case IdempotencyStore::Saved::Done:
        break;
    case IdempotencyStore::Saved::Taken: {
        // The same request came twice at once: the first one's order stands.
        tx.reset();
        const Result<std::optional<StoredAnswer>> earlier = m_keys.lookup(userId, key);
        if (!earlier.ok() || !earlier.value())
            return makeError(errc::Internal, {}, 500);
        return *earlier.value();
    }
    case IdempotencyStore::Saved::Failed:
        return makeError(errc::Internal, {}, 500);
    }
    if (!tx->commit())
        return makeError(errc::Internal, {}, 500);
    qCInfo(lcServer) << "payment order" << order.id << kind << order.totalKop << "kop pending";
    return answer;
}

Result<PaymentOrder> PaymentService::order(qint64 userId, const QString& orderId) const
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
    for (const QJsonValue& v :
         QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(QLatin1String("items")).toArray())
        o.items.append(PaymentItem::fromJson(v.toObject()));
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

Result<QList<SavedCard>> PaymentService::cards(qint64 userId) const
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

Status PaymentService::removeCard(qint64 userId, const QString& cardId)
{
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q, QStringLiteral("SELECT binding FROM cards WHERE id = ? AND user_id = ?"), {cardId, userId}))
        return makeError(errc::Internal, {}, 500);
    if (!q.next())
        return makeError(errc::CardNotFound, {}, 404);
    const QString binding = q.value(0).toString();
    // The bank forgets it first: a card left at the bank could still be charged.
    if (const Status unbound = m_acquirer.unbind(binding); !unbound.ok())
        return unbound;
    if (!m_db.exec(q, QStringLiteral("DELETE FROM cards WHERE id = ? AND user_id = ?"), {cardId, userId}))
        return makeError(errc::Internal, {}, 500);
    return Done{};
}

bool PaymentService::receive(const QByteArray& body, const QByteArray& signature)
{
    if (!noticeSignatureValid(m_secret, body, signature)) {
        qCWarning(lcServer) << "a bank notice with a wrong signature was refused";
        return false;
    }
    const AcquirerNotice n = AcquirerNotice::fromJson(QJsonDocument::fromJson(body).object());
    const qint64 now = Clock::now().toSecsSinceEpoch();
    if (n.id.isEmpty() || n.orderId.isEmpty() || qAbs(now - n.sentAt) > kNoticeMaxAgeSec) {
        qCWarning(lcServer) << "a bank notice without an id or out of time was refused";
        return false;
    }
    return apply(n);
}

bool PaymentService::apply(const AcquirerNotice& n)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return false;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("INSERT INTO acquirer_notifications (id, received_at) VALUES (?, ?) "
                                  "ON CONFLICT (id) DO NOTHING"),
                   {n.id, Clock::now().toSecsSinceEpoch()}))
        return false;
    if (q.numRowsAffected() != 1) {
        qCInfo(lcServer) << "bank notice" << n.id << "came again: nothing changes";
        return true;
    }
    if (!m_db.exec(q,
                   QStringLiteral("SELECT kind, user_id, account_id, items, total_kop, status FROM payment_orders "
                                  "WHERE id = ?"),
                   {n.orderId}))
        return false;
    if (!q.next() || q.value(5).toString() != QLatin1String("pending")) {
        qCInfo(lcServer) << "bank notice" << n.id << "for an unknown or final order" << n.orderId;
        return tx.commit();
    }
    const QString kind = q.value(0).toString();
    const qint64 userId = q.value(1).toLongLong();
    const qint64 accountId = q.value(2).toLongLong();
    const QJsonArray items =
        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().value(QLatin1String("items")).toArray();
    if (q.value(4).toLongLong() != n.amountKop) {
        qCWarning(lcServer) << "bank notice" << n.id << "names another amount than order" << n.orderId;
        return tx.commit();
    }
    const qint64 now = Clock::now().toSecsSinceEpoch();
    if (n.succeeded && kind == QLatin1String("payment")) {
        const qint64 version = changelog::bump(m_db);
        if (version == 0)
            return false;
        // The payment's date is the day in the account's company.
        QSqlQuery c = m_db.newQuery();
        if (!m_db.exec(c, QStringLiteral("SELECT company_id FROM accounts WHERE id = ?"), {accountId}))
            return false;
        const QString today = m_calendar.today(c.next() ? c.value(0).toString() : QString()).toString(Qt::ISODate);
        for (int i = 0; i < items.size(); ++i) {
            const PaymentItem item = PaymentItem::fromJson(items[i].toObject());
            if (!m_db.exec(q,
                           QStringLiteral("INSERT INTO payments (id, account_id, \"date\", amount_kop, place, "
                                          "service_id, online, version) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"),
                           {rules::inAppPaymentId(QString::number(accountId), n.orderId, i + 1), accountId, today,
                            item.amountKop, kPlace, item.serviceId, version}) ||
                !m_db.exec(q,
                           QStringLiteral("UPDATE services SET balance_kop = balance_kop + ?, version = ? "
                                          "WHERE id = ? AND account_id = ?"),
                           {item.amountKop, version, item.serviceId, accountId}) ||
                // Paid at once in the open month too (manual 4.3.1.5), so that
                // «Взаиморасчеты», the receipt and its QR sum ask no more than
                // is still owed.
                !m_db.exec(
                    q,
                    QStringLiteral("UPDATE settlements SET paid_kop = paid_kop + ?, version = ? "
                                   "WHERE account_id = ? AND service_id = ? AND closing_kop IS NULL AND "
                                   "period = (SELECT MAX(period) FROM settlements WHERE account_id = ? AND "
                                   "service_id = ? AND closing_kop IS NULL AND period <= ?)"),
                    {item.amountKop, version, accountId, item.serviceId, accountId, item.serviceId, today.left(7)}))
                return false;
        }
    }
    if (n.succeeded && !n.binding.isEmpty() &&
        !m_db.exec(q,
                   QStringLiteral("INSERT INTO cards (id, user_id, masked, network, expiry, binding, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {QStringLiteral("card-") + crypto::randomId(), userId, n.cardMasked, n.cardNetwork, n.cardExpiry,
                    n.binding, now}))
        return false;
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE payment_orders SET status = ?, decline_code = COALESCE(?, ''), "
                                  "card_masked = COALESCE(?, ''), card_network = COALESCE(?, ''), finished_at = ?, "
                                  "bank_operation = COALESCE(?, '') WHERE id = ?"),
                   {n.succeeded ? QStringLiteral("succeeded") : QStringLiteral("declined"),
                    n.succeeded ? QString() : n.declineCode, n.cardMasked, n.cardNetwork, now,
                    n.succeeded ? n.operation : QString(), n.orderId}))
        return false;
    if (!tx.commit())
        return false;
    qCInfo(lcServer) << "payment order" << n.orderId << (n.succeeded ? "succeeded" : "declined:") << n.declineCode;
    return true;
}

} // namespace mygas::server
