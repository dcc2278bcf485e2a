#include "server/app/Features.h"
#include "server/sections/SectionHandlers.h"

namespace mygas::server {

std::unique_ptr<Feature> sectionsFeature(ServerContext& context)
{
    auto feature = std::make_unique<RoutesOnly<SectionHandlers>>(context.db, context.gate, context.calendar);
    feature->handlers().setPinSeal(&context.pinSeal);
    return feature;
}

} // namespace mygas::server
