#include "server/app/Features.h"
#include "server/sync/SyncHandlers.h"

namespace mygas::server {

namespace {

class SyncFeature : public Feature
{
public:
    explicit SyncFeature(ServerContext& context) : m_handlers(context.db, context.gate) {}
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }

private:
    SyncHandlers m_handlers;
};

} // namespace

std::unique_ptr<Feature> syncFeature(ServerContext& context)
{
    return std::make_unique<SyncFeature>(context);
}

} // namespace mygas::server
