#include "server/app/Features.h"
#include "server/operators/OperatorHandlers.h"

namespace mygas::server {

std::unique_ptr<Feature> operatorsFeature(ServerContext& context)
{
    return std::make_unique<RoutesOnly<OperatorHandlers>>(context.db, context.calendar, context.refreshClock);
}

} // namespace mygas::server
