#include "server/db/Checkpointer.h"

#include "server/app/Logging.h"
#include "server/db/Database.h"

#include <QSqlError>
#include <QTimer>

namespace mygas::server {

class Checkpointer::Worker : public QObject
{
public:
    Worker() : m_db(QStringLiteral("mygas-checkpoint")) {}

    Status open(const QString& url, int intervalMs)
    {
        const Status opened = m_db.open(url);
        if (!opened.ok())
            return opened;
        m_timer = new QTimer(this);
        m_timer->setInterval(intervalMs);
        QObject::connect(m_timer, &QTimer::timeout, this, [this] { checkpoint(); });
        m_timer->start();
        return Done{};
    }
    void close()
    {
        delete m_timer;
        m_timer = nullptr;
        m_db.close();
    }

private:
    void checkpoint()
    {
        const qint64 logFrames = run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        // A log fully copied starts again from its beginning only if no commit
        // came meanwhile; under a steady load that never happens, so a long log
        // is restarted: this waits for the commit under way and holds the next
        // one only while it copies the few frames the passive run left.
        if (logFrames > kRestartFrames)
            run(QStringLiteral("PRAGMA wal_checkpoint(RESTART)"));
    }

    // The frames in the log before the checkpoint; -1 on failure.
    qint64 run(const QString& pragma)
    {
        QSqlQuery q = m_db.newQuery();
        if (!q.exec(pragma) || !q.next()) {
            qCWarning(lcDb) << "checkpoint failed:" << q.lastError().text();
            return -1;
        }
        // Columns: busy, frames in the log, frames copied into the database.
        if (q.value(1).toLongLong() > 0) // an idle database says nothing
            qCDebug(lcDb) << pragma << "log" << q.value(1).toLongLong() << "frames, copied" << q.value(2).toLongLong();
        return q.value(1).toLongLong();
    }

    // 64 MB of 4 KiB pages.
    static constexpr qint64 kRestartFrames = 16384;
    Database m_db;
    QTimer* m_timer = nullptr;
};

Checkpointer::Checkpointer() : m_worker(QStringLiteral("mygas-checkpoint")) {}

Checkpointer::~Checkpointer() = default;

Status Checkpointer::start(const QString& databaseUrl, int intervalMs)
{
    if (!m_worker.started())
        m_worker.start(std::make_unique<Worker>());
    Status started = Done{};
    m_worker.call([&](Worker& w) { started = w.open(databaseUrl, intervalMs); });
    return started;
}

} // namespace mygas::server
