// Applies a large sync answer to a cache file and dies in the middle of it,
// for the fault-injection tests: `cache_fault_helper FILE STATEMENT wait|abort`.
// At the given statement of apply() it prints "in-transaction" and then either
// waits to be killed (the parent sends SIGKILL / TerminateProcess) or aborts.
#include "services/cache/CacheStore.h"

#include "tests/support/client/CacheTestData.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: cache_fault_helper FILE STATEMENT wait|abort\n");
        return 2;
    }
    mygas::CacheStore cache;
    if (!cache.open(args.at(1)).ok() || cache.wasRebuilt()) {
        std::fprintf(stderr, "cannot open the cache\n");
        return 3;
    }
    const int stopAt = args.at(2).toInt();
    const bool abortSelf = args.at(3) == QLatin1String("abort");
    cache.setStatementHook([stopAt, abortSelf](int n) {
        if (n < stopAt)
            return true;
        std::printf("in-transaction\n");
        std::fflush(stdout);
        if (abortSelf)
            std::abort();
        for (;;)
            QThread::sleep(1);
    });
    const mygas::SyncPayload big = cachetest::manyReadings(60000, QStringLiteral("never-committed"));
    cache.apply(big, QDateTime::currentDateTimeUtc());
    std::fprintf(stderr, "apply() finished without reaching statement %d\n", stopAt);
    return 4;
}
