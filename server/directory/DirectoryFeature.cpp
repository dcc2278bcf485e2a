#include "server/app/Features.h"
#include "server/directory/CompanyCalendar.h"
#include "server/directory/DirectoryHandlers.h"
#include "server/directory/DirectoryStore.h"

#include <QTimer>

namespace mygas::server {

namespace {

constexpr int kRefreshMs = 5000;

class DirectoryFeature : public Feature
{
public:
    explicit DirectoryFeature(ServerContext& context) : DirectoryFeature(context, DirectoryStore(context.db).load()) {}
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }

private:
    DirectoryFeature(ServerContext& context, const Directory& loaded) : m_context(context), m_handlers(loaded)
    {
        context.calendar.reload(loaded.companies);
        // `mygas-server import` may add companies and offices from another
        // process: the few directory rows are read again every few seconds.
        m_refresh.setInterval(kRefreshMs);
        QObject::connect(&m_refresh, &QTimer::timeout, [this] {
            Directory fresh = DirectoryStore(m_context.db).load();
            m_context.calendar.reload(fresh.companies);
            m_handlers.reload(std::move(fresh));
        });
        m_refresh.start();
    }

    ServerContext& m_context;
    DirectoryHandlers m_handlers;
    QTimer m_refresh;
};

} // namespace

std::unique_ptr<Feature> directoryFeature(ServerContext& context)
{
    return std::make_unique<DirectoryFeature>(context);
}

} // namespace mygas::server
