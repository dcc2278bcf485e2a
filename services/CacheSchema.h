#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QStringList>

namespace mygas::cacheschema {

// The cache file's schema, versioned with PRAGMA user_version: ordered
// steps, each keeping what the file holds (new tables, columns, indexes).
int latestVersion();
int fileVersion(QSqlDatabase& db); // -1 when it cannot be read

// Runs the steps from the file's version to the latest in one transaction.
// A file newer than this program knows is an error (the caller rebuilds it).
Status migrate(QSqlDatabase& db);

// The tables holding synced data (not meta, not companies).
const QStringList& dataTables();

} // namespace mygas::cacheschema
