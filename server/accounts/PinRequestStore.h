#pragma once

#include "server/db/Database.h"

#include <QList>

#include <optional>

namespace mygas::server {

// An abonent's request for a new PIN (manual 4.7.2.2), kept for the serving
// company: its operator approves or rejects it with `mygas-server pin-requests`.
struct PinRequest
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 userId = 0;
    QString companyName;
    QString accountNumber;
    QString fullName;
    QString email;
    QString phone;
    qint64 createdAt = 0;
    QString status; // pending, sent or rejected
};

class PinRequestStore
{
public:
    static constexpr int kMaxPerDay = 3;
    static constexpr qint64 kWindowSec = 24 * 3600;

    explicit PinRequestStore(const Database& db) : m_db(db) {}

    // 0 when one more request is allowed, otherwise seconds until it is.
    int retryAfter(qint64 userId, qint64 accountId, qint64 now) const;
    qint64 add(const PinRequest& request) const;
    std::optional<PinRequest> find(qint64 id) const;
    // Oldest first.
    QList<PinRequest> pending() const;
    // Only a pending request is decided; false otherwise.
    bool decide(qint64 id, const QString& status, qint64 now) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
