#include "server/app/Features.h"
#include "server/demo/DemoHandlers.h"

namespace mygas::server {

std::unique_ptr<Feature> demoFeature(ServerContext& context)
{
    return std::make_unique<RoutesOnly<DemoHandlers>>(context.outbox);
}

} // namespace mygas::server
