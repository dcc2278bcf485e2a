#pragma once

#include <QStringList>

namespace mygas::server {

// `mygas-server import --db URL FILE.json` and
// `mygas-server seed --db URL --accounts N --seed S [--years Y] [--company ID] [--until YYYY-MM]`.
// Arguments without the command word; returns the process exit code.
int runImport(const QStringList& args);
int runSeed(const QStringList& args);

class Database;
QString defaultDatabaseUrl();
// Opens and migrates the database of a command; on failure says why on stderr.
bool openCommandDatabase(Database& db, const QString& url);

} // namespace mygas::server
