#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/requests/RequestTypes.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace mygas {

// The answer of GET /api/v1/sync?cursor=…: everything that changed since the
// cursor for every linked account, shaped by its access level, plus what was
// removed. `accounts` is always the whole current list of linked accounts (a
// handful); an account missing from it was unlinked and its data is gone.
struct SyncPayload
{
    QString cursor;    // opaque; send it back next time
    bool full = false; // true: the client must drop what it holds and take this as the whole truth
    QList<Account> accounts;
    QList<ServiceInfo> services;
    QList<Meter> meters;
    QList<Reading> readings;
    QList<Payment> payments;
    QList<Subscriber> subscribers;
    QList<Settlement> settlements;
    QList<Contract> contracts;
    QList<Act> acts;
    QList<ServiceRequest> requests;
    // kind ("services", "meters", "readings", "payments", "settlements",
    // "contracts", "acts", "subscribers", "requests") -> removed ids
    // (subscribers by account id)
    QMap<QString, QStringList> removed;

    bool hasChanges() const;
    QJsonObject toJson() const;
    static SyncPayload fromJson(const QJsonObject& o);
};

} // namespace mygas
