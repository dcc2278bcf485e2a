#pragma once

#include "models/core/ApiTypes.h"
#include "server/db/Database.h"

#include <QList>

namespace mygas::server {

struct Directory
{
    QList<Company> companies;
    QList<Office> offices;
    QList<FaqTopic> faq;
};

// Companies, offices and FAQ topics (stored as JSON documents in sort order).
class DirectoryStore
{
public:
    explicit DirectoryStore(const Database& db) : m_db(db) {}

    // Inserts or updates every item in one transaction; safe to repeat.
    Status upsert(const Directory& directory) const;
    Directory load() const;

private:
    const Database& m_db;
};

} // namespace mygas::server
