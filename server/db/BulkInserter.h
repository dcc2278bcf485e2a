#pragma once

#include "server/db/Database.h"

#include <QStringList>
#include <QVariantList>

namespace mygas::server {

// Inserts many rows into one table with multi-row INSERT statements
// prepared once ("VALUES (…), (…), …"), the fast path on both databases.
class BulkInserter
{
public:
    BulkInserter(const Database& db, const QString& table, const QStringList& columns);

    bool add(const QVariantList& row);
    // Writes what is buffered; call before the transaction commits.
    bool flush();

private:
    QString statement(int rows) const;
    bool run(QSqlQuery& query, int rows);

    const Database& m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement = 1;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_buffer;
    int m_buffered = 0;
};

} // namespace mygas::server
