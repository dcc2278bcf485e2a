#pragma once

#include "server/db/Database.h"

namespace mygas::server {

// Failed logins and registration/recovery starts, kept in the database so
// every server process sharing it sees the same counts:
// - per login and client address: rules::kMaxLoginFailures in
//   rules::kLoginFailureWindowSec (a stranger's guesses lock only the
//   stranger's address out);
// - per login across addresses: rules::kMaxLoginFailuresPerLogin in
//   rules::kLoginFailureLongWindowSec;
// - starts per client address: rules::kMaxStartsPerAddress in
//   rules::kStartWindowSec (each one tells whether a login exists).
class LoginThrottle
{
public:
    explicit LoginThrottle(const Database& db) : m_db(db) {}

    // 0 when a new attempt is allowed, otherwise seconds until it is.
    int retryAfter(const QString& login, const QString& address, qint64 now) const;
    // False when the database did not take it: the attempt is then refused.
    bool recordFailure(const QString& login, const QString& address, qint64 now) const;
    // A successful login forgets its address's failures; a recovery, which
    // proves the owner by a code, forgets them all (address empty).
    void clear(const QString& login, const QString& address = {}) const;

    int startRetryAfter(const QString& address, qint64 now) const;
    bool recordStart(const QString& address, qint64 now) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
