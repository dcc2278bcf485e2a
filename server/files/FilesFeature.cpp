#include "server/app/Features.h"
#include "server/app/ServerOptions.h"
#include "server/files/FileHandlers.h"

#include <QTimer>

#include <memory>

namespace mygas::server {

namespace {
constexpr int kSweepMs = 3600 * 1000;

// The files' routes on a connection of their own: a file's parts pass
// through a small page cache instead of the serving connection's large one,
// so that an upload does not grow the server's memory by the file's size.
class FilesFeature : public Feature
{
public:
    explicit FilesFeature(ServerContext& c) : m_context(c), m_db(QStringLiteral("mygas-files")) {}
    bool start(QString* error) override
    {
        const Status opened = m_db.open(m_context.options.effectiveDatabaseUrl(), false);
        if (!opened.ok()) {
            *error = QStringLiteral("cannot open the database for files: %1").arg(opened.error().message);
            return false;
        }
        m_db.keepLittleInMemory();
        m_handlers = std::make_unique<FileHandlers>(m_db, m_context.gate, m_context.calendar, m_context.refreshClock);
        // Files nobody took go within a day even when nobody uploads.
        m_sweep.setInterval(kSweepMs);
        QObject::connect(&m_sweep, &QTimer::timeout, [this] { m_handlers->service().removeUntaken(); });
        m_sweep.start();
        m_handlers->service().removeUntaken();
        return true;
    }
    void registerRoutes(QHttpServer& server) override { m_handlers->registerRoutes(server); }

private:
    ServerContext& m_context;
    Database m_db;
    std::unique_ptr<FileHandlers> m_handlers;
    QTimer m_sweep;
};
} // namespace

std::unique_ptr<Feature> filesFeature(ServerContext& context)
{
    return std::make_unique<FilesFeature>(context);
}

} // namespace mygas::server
