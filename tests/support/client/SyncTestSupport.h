#pragma once

#include "services/cache/CacheStore.h"
#include "services/net/ApiClient.h"
#include "services/sync/SyncEngine.h"
#include "tests/support/ServerProcess.h"

#include <memory>

// Shared by the sync suites: one application's worth of client engine
// signed in to the real server, and one sync round run to its end.
namespace synctest {

struct Client
{
    mygas::ApiClient api;
    mygas::CacheStore cache;
    mygas::SyncEngine engine{&api, &cache};
};

struct Round
{
    bool done = false;
    bool ok = false;
    bool changed = false;
    mygas::Error error;
};

// nullptr when the cache file cannot be opened.
std::unique_ptr<Client> makeClient(const ServerProcess& server, const mygas::Tokens& tokens, const QString& cacheFile);

// syncNow() and wait for synced() or failed().
Round runSync(mygas::SyncEngine& engine);

// The snapshot starts with the cursor, which may move without a change of data.
QString withoutCursor(const QString& snapshot);

} // namespace synctest
