#include "server/app/Features.h"
#include "server/demo/DemoHandlers.h"

namespace mygas::server {

namespace {

class DemoFeature : public Feature
{
public:
    explicit DemoFeature(ServerContext& context) : m_handlers(context.outbox) {}
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }

private:
    DemoHandlers m_handlers;
};

} // namespace

std::unique_ptr<Feature> demoFeature(ServerContext& context)
{
    return std::make_unique<DemoFeature>(context);
}

} // namespace mygas::server
