#include "server/app/Features.h"
#include "server/sections/SectionHandlers.h"

namespace mygas::server {

namespace {

class SectionsFeature : public Feature
{
public:
    explicit SectionsFeature(ServerContext& context) : m_handlers(context.db, context.gate, context.calendar)
    {
        m_handlers.setPinSeal(&context.pinSeal);
    }
    void registerRoutes(QHttpServer& server) override { m_handlers.registerRoutes(server); }

private:
    SectionHandlers m_handlers;
};

} // namespace

std::unique_ptr<Feature> sectionsFeature(ServerContext& context)
{
    return std::make_unique<SectionsFeature>(context);
}

} // namespace mygas::server
