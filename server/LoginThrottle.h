#pragma once

#include "Database.h"

namespace mygas::server {

// Failed logins per login within a sliding window (rules::kMaxLoginFailures
// in rules::kLoginFailureWindowSec). Kept in the database so every server
// process sharing it sees the same count.
class LoginThrottle
{
public:
    explicit LoginThrottle(const Database& db) : m_db(db) {}

    // 0 when a new attempt is allowed, otherwise seconds until it is.
    int retryAfter(const QString& login, qint64 now) const;
    void recordFailure(const QString& login, qint64 now) const;
    void clear(const QString& login) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
