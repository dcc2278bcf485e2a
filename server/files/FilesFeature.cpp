#include "server/app/Features.h"
#include "server/files/FileHandlers.h"

namespace mygas::server {

std::unique_ptr<Feature> filesFeature(ServerContext& context)
{
    return std::make_unique<RoutesOnly<FileHandlers>>(context.db, context.gate, context.refreshClock);
}

} // namespace mygas::server
