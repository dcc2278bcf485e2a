#include "server/accounts/AccountHandlers.h"
#include "server/accounts/AccountService.h"
#include "server/app/Features.h"
#include "server/app/ServerOptions.h"

namespace mygas::server {

namespace {

class AccountsFeature : public Feature
{
public:
    explicit AccountsFeature(ServerContext& context)
        : m_service(context.db, context.outbox, context.calendar), m_handlers(m_service, context.gate)
    {
        // The demo has no company operator to approve PIN requests.
        m_service.setApprovePinRequests(context.options.demo);
    }
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }

private:
    AccountService m_service;
    AccountHandlers m_handlers;
};

} // namespace

std::unique_ptr<Feature> accountsFeature(ServerContext& context)
{
    return std::make_unique<AccountsFeature>(context);
}

} // namespace mygas::server
