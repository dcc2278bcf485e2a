#include "server/app/Features.h"
#include "server/sync/SyncHandlers.h"

namespace mygas::server {

std::unique_ptr<Feature> syncFeature(ServerContext& context)
{
    return std::make_unique<RoutesOnly<SyncHandlers>>(context.db, context.gate);
}

} // namespace mygas::server
