#pragma once

#include "models/core/Error.h"
#include "models/payments/PaymentTypes.h"
#include "server/db/Database.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace mygas::server {

struct AcquirerNotice;

// Payment orders, the bank's notices taken, and what a successful payment
// writes: rows of «Платежи», the services' balances and the open month's
// «Взаиморасчеты» (manual 4.3.1.5). The writing calls run inside the
// caller's transaction.
class PaymentStore
{
public:
    explicit PaymentStore(const Database& db) : m_db(db) {}

    // The ids of an account's services; an error (500) when the database failed.
    Result<QSet<QString>> serviceIds(qint64 accountId) const;

    // A new pending order: "payment" (of an account) or "card" (a binding).
    bool addOrder(const PaymentOrder& order, const QString& kind, qint64 userId, const QString& binding) const;
    // One of the user's orders; 404 payment_not_found for another's.
    Result<PaymentOrder> order(qint64 userId, const QString& orderId) const;

    enum class Notice
    {
        New,
        Again, // taken before: nothing changes
        Failed
    };
    // Records a notice's id; a notice is acted on once however often it comes.
    Notice takeNotice(const QString& noticeId, qint64 now) const;

    struct Pending
    {
        QString kind;
        qint64 userId = 0;
        qint64 accountId = 0;
        QList<PaymentItem> items;
        qint64 totalKop = 0;
    };
    // The order while it waits for the bank; nothing when unknown or final.
    Result<std::optional<Pending>> pending(const QString& orderId) const;
    // The company of an account ("" when unknown): whose «today» a payment has.
    Result<QString> companyOf(qint64 accountId) const;
    // A successful payment of an order, dated today (YYYY-MM-DD) in the company's zone.
    bool addPayments(const QString& orderId, const Pending& order, const QString& today, qint64 version) const;
    // The order's outcome as the bank's notice gives it.
    bool finish(const AcquirerNotice& notice, qint64 now) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
