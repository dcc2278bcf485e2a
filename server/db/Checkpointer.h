#pragma once

#include "models/core/Error.h"
#include "server/db/WorkerThread.h"

namespace mygas::server {

// Copies SQLite's write-ahead log back into the database file on a thread
// and a connection of its own. A checkpoint writes and syncs the pages the
// log holds; done by the committing connection it would hold up every
// request waiting for the next commit, here it runs beside them. The
// server's connections then checkpoint no more by themselves
// (wal_autocheckpoint=0).
class Checkpointer
{
public:
    Checkpointer();
    ~Checkpointer();

    // sqlite:PATH; every intervalMs a passive checkpoint copies what the log
    // holds without waiting for readers or writers.
    Status start(const QString& databaseUrl, int intervalMs);

private:
    class Worker;
    WorkerThread<Worker> m_worker;
};

} // namespace mygas::server
