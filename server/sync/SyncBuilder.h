#pragma once

#include "server/accounts/AccountStore.h"
#include "server/sections/SectionStore.h"

#include <QJsonObject>

namespace mygas::server {

// Builds the answer of GET /sync (SyncPayload's JSON) for one user: every
// linked account; for each, its whole data when it is new to the client or
// its access changed, otherwise the rows changed since the cursor and the
// tombstones of removed ones. Extended sections only for extended accounts;
// serials masked for limited ones. A cursor that cannot be honoured, or an
// account whose access went down, gives full=true with everything.
class SyncBuilder
{
public:
    explicit SyncBuilder(const Database& db) : m_db(db), m_accounts(db), m_sections(db) {}

    Result<QJsonObject> build(qint64 userId, const QString& cursorText) const;

private:
    bool appendAccount(QJsonObject* changes, QJsonObject* removed, const Account& account, qint64 since,
                       qint64 upTo) const;

    const Database& m_db;
    AccountStore m_accounts;
    SectionStore m_sections;
};

} // namespace mygas::server
