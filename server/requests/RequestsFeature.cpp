#include "server/app/Features.h"
#include "server/requests/RequestHandlers.h"

namespace mygas::server {

std::unique_ptr<Feature> requestsFeature(ServerContext& context)
{
    return std::make_unique<RoutesOnly<RequestHandlers>>(context.db, context.gate, context.calendar,
                                                         context.requestsChanged);
}

} // namespace mygas::server
