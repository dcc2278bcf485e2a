#pragma once

#include "server/db/Database.h"

#include <optional>

namespace mygas::server {

// A confirmation code sent to a login, waiting to be typed back.
struct ChallengeRecord
{
    QString id;
    QString purpose; // "register" or "recover"
    QString login;
    QString passwordHash; // the password that takes effect on confirmation
    QString codeHash;
    int ttlSec = 0;
    qint64 expiresAt = 0;
    qint64 resendAt = 0;
    int wrongCodes = 0;
    bool used = false;
};

// The challenges table.
class ChallengeStore
{
public:
    explicit ChallengeStore(const Database& db) : m_db(db) {}

    bool create(const ChallengeRecord& c, qint64 now) const;
    std::optional<ChallengeRecord> find(const QString& id) const;
    // The latest resend_at among the login's open challenges of this purpose, 0 if none.
    qint64 nextSendAt(const QString& login, const QString& purpose) const;
    // Counts one wrong code; returns the new count or -1 on failure.
    int addWrongCode(const QString& id) const;
    // Marks it used; false if it was already used (a concurrent confirmation).
    bool markUsed(const QString& id, qint64 now) const;
    // A new code: the old one stops working, the TTL and the wrong-code count restart.
    bool renew(const QString& id, const QString& codeHash, qint64 expiresAt, qint64 resendAt) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
