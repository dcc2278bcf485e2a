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
    // Up to `upTo` (the latest when 0); an older one only to test a step
    // over the data an earlier schema held.
    static Status migrate(const Database& db, int upTo = 0);
};

} // namespace mygas::server
