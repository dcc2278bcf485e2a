#pragma once

#include <QList>
#include <QStringList>

namespace mygas::cacheschema {

// The cache file's schema: ordered steps for SqliteFile, step N taking a
// file from PRAGMA user_version N-1 to N, each keeping what the file holds
// (new tables, columns, indexes).
const QList<QStringList>& steps();

// The tables holding synced data (not meta, not companies).
const QStringList& dataTables();

} // namespace mygas::cacheschema
