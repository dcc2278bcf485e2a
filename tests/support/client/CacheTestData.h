#pragma once

#include "models/sync/SyncTypes.h"
#include "services/cache/CacheStore.h"

#include <QString>

// Deterministic sync answers for the cache suites: a household with one
// extended account ("A1") and one limited account ("A2"), and a payload with
// many readings for the fault-injection helper.
namespace cachetest {

inline const QString kExtended = QStringLiteral("A1");
inline const QString kLimited = QStringLiteral("A2");

// `years` of monthly history up to June 2024 for both accounts. The limited
// account also gets extended-only rows, which a cache must not keep.
mygas::SyncPayload household(int years, const QString& cursor);

// One extended account with `readings` readings over several meters.
mygas::SyncPayload manyReadings(int readings, const QString& cursor);

// Rows of a CSV export: checks the UTF-8 BOM, splits on ';' and CRLF with
// RFC 4180 quoting. Empty when the BOM is missing.
QList<QStringList> parseCsv(const QByteArray& bytes);

// Everything a page can ask the cache for, as text, to compare states.
QString snapshot(const mygas::CacheStore& cache);

} // namespace cachetest
