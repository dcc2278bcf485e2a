#pragma once

#include "Database.h"

#include <QVariantList>

#include <functional>

namespace mygas::server {

// Statements over many rows at once, so that a batch costs a few round trips
// to PostgreSQL instead of one per row. Each shape is prepared once per
// connection and reused.

// Runs HEAD (row), (row), … TAIL for values.size() / columns rows, in chunks
// of 64, 32, …, 1 rows. ROW is the parenthesised placeholder tuple of one
// row. *affected, when given, gets the rows the statements changed.
bool execRows(const Database& db, const QString& head, const QString& row, const QString& tail, int columns,
              const QVariantList& values, int* affected = nullptr);

// Runs SQL, whose "{IN}" stands for a list of placeholders, for every key in
// chunks of 64 (the last chunk padded by repeating its last key, which IN
// ignores); leading binds the placeholders before the list. A key of more
// than one column is written by tuple, e.g. "(CAST(? AS BIGINT), ?)" for a
// VALUES list, its values one after the other in keys. onRow is called for
// each result row (a padded key may repeat its rows).
bool selectIn(const Database& db, const QString& sql, const QVariantList& leading, const QVariantList& keys,
              const std::function<void(const QSqlQuery&)>& onRow, const QString& tuple = QStringLiteral("?"));

} // namespace mygas::server
