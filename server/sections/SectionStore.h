#pragma once

#include "server/db/Database.h"
#include "server/sections/RowJson.h"

#include <QJsonArray>

namespace mygas::server {

// Reads the rows of one section of one account as wire JSON.
class SectionStore
{
public:
    explicit SectionStore(const Database& db) : m_db(db) {}

    // condition (may be empty) is ANDed to "account_id = ?" and takes args;
    // order is an ORDER BY list of quoted columns.
    QJsonArray rows(const sections::Section& kind, qint64 accountId, const WireContext& context,
                    const QString& condition = {}, const QVariantList& args = {}, const QString& order = {}) const;
    // Appends to out instead; false when the query failed.
    bool appendRows(QJsonArray* out, const sections::Section& kind, qint64 accountId, const WireContext& context,
                    const QString& condition, const QVariantList& args, const QString& order) const;

private:
    const Database& m_db;
};

} // namespace mygas::server
