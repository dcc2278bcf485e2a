#pragma once

#include "models/core/Error.h"
#include "models/payments/PaymentTypes.h"
#include "server/db/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace mygas::server {

struct AcquirerNotice;

// The cards bound to a login (manual 4.7.3): what may be shown of them (the
// masked number, the payment system, the expiry) and the bank's binding that
// charges them. Never a full card number.
class CardStore
{
public:
    explicit CardStore(const Database& db) : m_db(db) {}

    // The bank's binding of one of the user's cards; nothing when the user
    // has no such card; an error (500) when the database failed.
    Result<std::optional<QString>> binding(qint64 userId, const QString& cardId) const;
    // Oldest first.
    Result<QList<SavedCard>> list(qint64 userId) const;
    bool remove(qint64 userId, const QString& cardId) const;
    // The card a successful binding notice names; inside the caller's transaction.
    bool add(qint64 userId, const AcquirerNotice& notice, qint64 now) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
