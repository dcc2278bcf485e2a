#pragma once

#include "server/db/Database.h"

#include <QDate>

#include <functional>

namespace mygas::server {

struct SeedOptions
{
    qint64 accounts = 0;
    quint64 seed = 1;
    int years = 3;
    QString companyId; // empty: the accounts go round the companies
    QDate openMonth;   // the current (open) month of the history
};

// `mygas-server seed`: writes deterministic fictional accounts with their
// history in batches (multi-row INSERTs, one transaction and one version per
// batch). The demo companies are added when the database has none.
class Seeder
{
public:
    explicit Seeder(const Database& db) : m_db(db) {}

    // progress(accountsDone) is called after each batch.
    Status run(const SeedOptions& options, const std::function<void(qint64)>& progress);

private:
    const Database& m_db;
};

} // namespace mygas::server
