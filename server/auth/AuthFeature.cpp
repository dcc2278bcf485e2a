#include "server/app/Features.h"
#include "server/auth/AuthHandlers.h"
#include "server/auth/AuthService.h"
#include "server/auth/PasswordHasher.h"

namespace mygas::server {

namespace {

class AuthFeature : public Feature
{
public:
    explicit AuthFeature(ServerContext& context)
        : m_service(context.db, context.outbox), m_handlers(m_service, m_hasher, context.refreshClock)
    {
    }
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }

private:
    AuthService m_service;
    // The handlers only keep a reference to the hasher, which is declared
    // after them so that it goes first: its pool stops before they do.
    AuthHandlers m_handlers;
    PasswordHasher m_hasher;
};

} // namespace

std::unique_ptr<Feature> authFeature(ServerContext& context)
{
    return std::make_unique<AuthFeature>(context);
}

} // namespace mygas::server
