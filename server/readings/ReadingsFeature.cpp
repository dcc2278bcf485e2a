#include "server/app/Features.h"
#include "server/app/ServerOptions.h"
#include "server/readings/ReadingHandlers.h"

namespace mygas::server {

namespace {

class ReadingsFeature : public Feature
{
public:
    explicit ReadingsFeature(ServerContext& context) : m_context(context) { context.readings = &m_handlers; }
    bool start(QString* error) override
    {
        const Status writer = m_handlers.start(m_context.options.effectiveDatabaseUrl(), m_context.refreshClock);
        if (!writer.ok())
            *error = QStringLiteral("cannot open the database for readings: %1").arg(writer.error().message);
        return writer.ok();
    }
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }

private:
    ServerContext& m_context;
    ReadingHandlers m_handlers;
};

} // namespace

std::unique_ptr<Feature> readingsFeature(ServerContext& context)
{
    return std::make_unique<ReadingsFeature>(context);
}

} // namespace mygas::server
