#pragma once

#include "models/applications/ApplicationTypes.h"
#include "models/core/Error.h"
#include "server/db/Database.h"

#include <QList>

namespace mygas::server {

struct StoredApplication
{
    ContractApplication application; // its version is the row's
    qint64 userId = 0;
    QString applicant; // the user's login
};

// Which applications an operator lists: the company's sent ones, newest first.
struct ApplicationFilter
{
    QString companyId;
    QString status; // empty: any but a draft
    QString type;   // empty: any
    int limit = 0;
};

// The applications table.
class ApplicationStore
{
public:
    explicit ApplicationStore(const Database& db) : m_db(db) {}

    // Inside the caller's transaction.
    bool add(const ContractApplication& application, qint64 userId) const;
    // 404 application_not_found, 500 when the database fails.
    Result<StoredApplication> find(const QString& id) const;
    Result<QList<StoredApplication>> ofUser(qint64 userId) const;
    Result<QList<StoredApplication>> ofCompany(const ApplicationFilter& filter) const;
    Result<int> countOfUser(qint64 userId) const;
    // Writes everything but the ids if the row is still at `version`;
    // *written is false when another writer came first.
    bool update(const ContractApplication& application, qint64 version, bool* written) const;
    bool remove(const QString& id, qint64 version, bool* removed) const;

private:
    Result<QList<StoredApplication>> select(const QString& where, const QVariantList& args) const;
    bool run(const QString& sql, const QVariantList& values, int* affected = nullptr) const;
    const Database& m_db;
};

} // namespace mygas::server
