#include "server/app/Features.h"
#include "server/app/ServerOptions.h"
#include "server/demo/DemoHandlers.h"
#include "server/demo/DemoOperator.h"

namespace mygas::server {

namespace {
// The demo mailbox's route and the demo operator, who starts with serving.
class DemoFeature : public Feature
{
public:
    explicit DemoFeature(ServerContext& c)
        : m_handlers(c.outbox), m_operator(c.db, c.calendar, c.options.demoOperatorDelaySec)
    {
        c.requestsChanged = [this] { m_operator.nudge(); };
    }
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }
    void serving(const QUrl&) override { m_operator.start(); }

private:
    DemoHandlers m_handlers;
    DemoOperator m_operator;
};
} // namespace

std::unique_ptr<Feature> demoFeature(ServerContext& context)
{
    return std::make_unique<DemoFeature>(context);
}

} // namespace mygas::server
