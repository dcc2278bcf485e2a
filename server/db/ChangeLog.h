#pragma once

#include "server/db/Database.h"

namespace mygas::server {

// The one change counter behind sync. A writing transaction calls bump()
// once and stamps every row it changes with the result; the counter row
// stays locked until the commit, so versions become visible in order.
namespace changelog {

// The next version, or 0 when the database refused.
qint64 bump(const Database& db);
// The last committed version.
qint64 current(const Database& db);
// Records that a row of a section was removed.
bool tombstone(const Database& db, const QString& kind, const QString& rowId, qint64 accountId, qint64 version);

} // namespace changelog

} // namespace mygas::server
