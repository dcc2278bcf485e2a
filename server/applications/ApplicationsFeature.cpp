#include "server/app/Features.h"
#include "server/applications/ApplicationHandlers.h"

namespace mygas::server {

std::unique_ptr<Feature> applicationsFeature(ServerContext& context)
{
    return std::make_unique<RoutesOnly<ApplicationHandlers>>(context.db, context.gate, context.calendar,
                                                             context.requestsChanged);
}

} // namespace mygas::server
