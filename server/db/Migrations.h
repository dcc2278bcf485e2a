#pragma once

#include "server/db/Database.h"

namespace mygas::server {

// Ordered schema steps recorded in schema_version; each step runs in one
// transaction so a failed step leaves the previous schema intact.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(const Database& db);
    static Status migrate(const Database& db);
};

} // namespace mygas::server
