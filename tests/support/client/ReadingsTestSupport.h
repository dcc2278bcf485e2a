#pragma once

#include "services/accounts/AccountsService.h"
#include "services/cache/CacheStore.h"
#include "services/net/ApiClient.h"
#include "services/readings/ReadingsService.h"
#include "services/sync/SyncEngine.h"
#include "tests/support/ServerProcess.h"

#include <QJsonArray>

#include <memory>

// Shared by the readings suites: a client engine with its readings service,
// a clock inside every demo company's submission window, and what the
// server holds, read back over the API.
namespace readingstest {

// Seconds to add to the real clock so that the provider's day (Moscow) is
// the coming 22nd, 12:00: inside the windows of severogorsk (15–25) and
// zarechye (20–26). The test process and the server are both moved by it.
qint64 windowOffsetSeconds();

struct Client
{
    mygas::ApiClient api;
    mygas::CacheStore cache;
    mygas::SyncEngine engine{&api, &cache};
    mygas::AccountsService accounts{&api, &cache, &engine};
    mygas::ReadingsService readings{&api, &cache, &engine};
};

// Signed in, cache opened (not synced), outbox not opened. nullptr when the cache cannot be opened.
std::unique_ptr<Client> makeClient(const ServerProcess& server, const mygas::Tokens& tokens, const QString& cacheFile);
// One sync round and the companies list, as the app has them before the
// readings form opens; false on failure.
bool syncAndLoadCompanies(Client& c);

mygas::Account accountOf(const mygas::CacheStore& cache, mygas::Access access);

// Every reading the server has for the meter, over GET …/meters/{id}/readings.
QJsonArray serverReadings(const ServerProcess& server, const QString& accessToken, const QString& accountId,
                          const QString& meterId);
int countValue(const QJsonArray& readings, qint64 value);

} // namespace readingstest
