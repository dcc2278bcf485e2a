#pragma once

#include "models/core/ApiTypes.h"
#include "server/db/Database.h"

#include <optional>

namespace mygas::server {

struct UserRecord
{
    User user;
    QString passwordHash;
};

// The users table.
class UserStore
{
public:
    explicit UserStore(const Database& db) : m_db(db) {}

    std::optional<UserRecord> findByLogin(const QString& login) const;
    std::optional<UserRecord> findById(qint64 id) const;
    bool exists(const QString& login) const;
    // Returns the new id, 0 on failure (e.g. the login was taken meanwhile).
    qint64 create(const QString& login, const QString& passwordHash, qint64 now) const;
    bool setPasswordHash(qint64 userId, const QString& hash) const;
    bool setConsent(qint64 userId, const QString& version, qint64 at) const;
    // Makes the user an operator of the company (and no abonent any more).
    bool setOperatorCompany(qint64 userId, const QString& companyId) const;

private:
    std::optional<UserRecord> findOne(const QString& where, const QVariant& value) const;
    const Database& m_db;
};

} // namespace mygas::server
