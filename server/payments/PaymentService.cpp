#include "server/payments/PaymentService.h"

#include "models/core/ApiPaths.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/payments/PaymentRules.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/db/ChangeLog.h"
#include "server/directory/CompanyCalendar.h"
#include "server/payments/AcquirerNotice.h"

#include <QJsonDocument>
#include <QSet>

#include <optional>

namespace mygas::server {

namespace {
// A notice older than this is refused: a copy taken long ago cannot be sent again.
constexpr qint64 kNoticeMaxAgeSec = 600;
constexpr qint64 kMaxItemKop = 100'000'000'000;

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

PaymentService::PaymentService(const Database& db, Acquirer& acquirer, QByteArray secret,
                               const CompanyCalendar& calendar)
    : m_db(db), m_acquirer(acquirer), m_calendar(calendar), m_keys(db), m_store(db), m_cards(db),
      m_secret(std::move(secret))
{
}

Result<PaymentService::Checked> PaymentService::check(const Request& r) const
{
    if (r.items.isEmpty())
        return makeError(errc::PaymentItemsInvalid, QStringLiteral("items"), 400);
    // Every service once, of this account, with a positive amount.
    const Result<QSet<QString>> services = m_store.serviceIds(r.accountId);
    if (!services.ok())
        return services.error();
    QSet<QString> seen;
    Checked checked;
    for (const PaymentItem& item : r.items) {
        // (The bound keeps the sum far from overflowing; the total's rule comes after.)
        if (item.amountKop <= 0 || item.amountKop > kMaxItemKop || seen.contains(item.serviceId))
            return makeError(errc::PaymentItemsInvalid, QStringLiteral("items"), 400);
        if (!services.value().contains(item.serviceId))
            return makeError(errc::ServiceNotFound, QStringLiteral("items"), 404);
        seen.insert(item.serviceId);
        checked.totalKop += item.amountKop;
    }
    if (const QString code = rules::checkPaymentTotal(checked.totalKop); !code.isEmpty())
        return makeError(code.toLatin1().constData(), QStringLiteral("items"), 422);
    if (!r.cardId.isEmpty()) {
        const Result<std::optional<QString>> bound = m_cards.binding(r.userId, r.cardId);
        if (!bound.ok())
            return bound.error();
        if (!bound.value())
            return makeError(errc::CardNotFound, QStringLiteral("card_id"), 404);
        checked.binding = *bound.value();
    }
    return checked;
}

Result<StoredAnswer> PaymentService::pay(const Request& r)
{
    const Result<Checked> checked = check(r);
    if (!checked.ok())
        return checked.error();
    PaymentOrder order;
    order.accountId = QString::number(r.accountId);
    order.items = r.items;
    order.totalKop = checked.value().totalKop;
    return open(order, r.userId, QStringLiteral("payment"), checked.value().binding, r.idempotencyKey, r.requestHash,
                r.base, r.readingsVerdict);
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
    QJsonObject body{{QStringLiteral("payment"), order.toJson()},
                     {QStringLiteral("confirmation_url"), page.value().toString(QUrl::FullyEncoded)}};
    if (!readings.isEmpty())
        body.insert(QStringLiteral("readings"), readings);
    const StoredAnswer answer{requestHash, 201, compact(body)};
    std::optional<Transaction> tx;
    tx.emplace(m_db);
    if (!tx->ok())
        return makeError(errc::Internal, {}, 500);
    if (!m_store.addOrder(order, kind, userId, binding))
        return makeError(errc::Internal, {}, 500);
    // The same request twice at once: the first one's order stands.
    bool fresh = false;
    const Result<StoredAnswer> done =
        m_keys.commitWith(tx, {userId, key, answer}, order.createdAt.toSecsSinceEpoch(), &fresh);
    if (fresh)
        qCInfo(lcServer) << "payment order" << order.id << kind << order.totalKop << "kop pending";
    return done;
}

Result<PaymentOrder> PaymentService::order(qint64 userId, const QString& orderId) const
{
    return m_store.order(userId, orderId);
}

Result<QList<SavedCard>> PaymentService::cards(qint64 userId) const
{
    return m_cards.list(userId);
}

Status PaymentService::removeCard(qint64 userId, const QString& cardId)
{
    const Result<std::optional<QString>> binding = m_cards.binding(userId, cardId);
    if (!binding.ok())
        return binding.error();
    if (!binding.value())
        return makeError(errc::CardNotFound, {}, 404);
    // The bank forgets it first: a card left at the bank could still be charged.
    if (const Status unbound = m_acquirer.unbind(*binding.value()); !unbound.ok())
        return unbound;
    if (!m_cards.remove(userId, cardId))
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
    const qint64 now = Clock::now().toSecsSinceEpoch();
    switch (m_store.takeNotice(n.id, now)) {
    case PaymentStore::Notice::New:
        break;
    case PaymentStore::Notice::Again:
        qCInfo(lcServer) << "bank notice" << n.id << "came again: nothing changes";
        return true;
    case PaymentStore::Notice::Failed:
        return false;
    }
    const Result<std::optional<PaymentStore::Pending>> pending = m_store.pending(n.orderId);
    if (!pending.ok())
        return false;
    if (!pending.value()) {
        qCInfo(lcServer) << "bank notice" << n.id << "for an unknown or final order" << n.orderId;
        return tx.commit();
    }
    const PaymentStore::Pending& order = *pending.value();
    if (order.totalKop != n.amountKop) {
        qCWarning(lcServer) << "bank notice" << n.id << "names another amount than order" << n.orderId;
        return tx.commit();
    }
    if (n.succeeded && order.kind == QLatin1String("payment")) {
        const qint64 version = changelog::bump(m_db);
        if (version == 0)
            return false;
        // The payment's date is the day in the account's company.
        const Result<QString> company = m_store.companyOf(order.accountId);
        if (!company.ok())
            return false;
        const QString today = m_calendar.today(company.value()).toString(Qt::ISODate);
        if (!m_store.addPayments(n.orderId, order, today, version))
            return false;
    }
    if (n.succeeded && !n.binding.isEmpty() && !m_cards.add(order.userId, n, now))
        return false;
    if (!m_store.finish(n, now) || !tx.commit())
        return false;
    qCInfo(lcServer) << "payment order" << n.orderId << (n.succeeded ? "succeeded" : "declined:") << n.declineCode;
    return true;
}

} // namespace mygas::server
