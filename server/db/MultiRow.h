#pragma once

#include "server/db/Database.h"

#include <QStringList>
#include <QVariantList>

#include <functional>

namespace mygas::server {

// Statements over many rows at once, so that a batch costs a few round trips
// instead of one per row. In SQL, "{ROWS}" stands for a table named v whose
// columns column1 … columnN have the SQL types given (TEXT, BIGINT, INTEGER,
// DOUBLE PRECISION); values holds its rows one after the other.
//
// SQLite reads the rows as VALUES lists of 64, 32, …, 1 rows, each shape
// prepared once per connection. PostgreSQL gets each column as one array
// (unnest), so a batch of any size is one statement with a few parameters to
// bind and parse, instead of a literal for every value.

// Runs SQL (an INSERT … SELECT … FROM {ROWS} or UPDATE … FROM {ROWS}) over the
// rows. *affected, when given, gets the rows the statements changed. An
// INSERT … SELECT with ON CONFLICT needs "WHERE true" before ON CONFLICT.
bool execRows(const Database& db, const QString& sql, const QStringList& types, const QVariantList& values,
              int* affected = nullptr);

// Runs SQL over the rows and calls onRow for each result row; leading binds
// the placeholders that come before {ROWS}. A row that several keys match
// may come once for each.
bool selectRows(const Database& db, const QString& sql, const QVariantList& leading, const QStringList& types,
                const QVariantList& values, const std::function<void(const QSqlQuery&)>& onRow);

} // namespace mygas::server
