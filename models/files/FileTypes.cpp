#include "models/files/FileTypes.h"

#include "models/core/WireFields.h"

namespace mygas {

QJsonObject UploadState::toJson() const
{
    return wire::objectOf(*this);
}

UploadState UploadState::fromJson(const QJsonObject& o)
{
    return wire::fromObject<UploadState>(o);
}

} // namespace mygas
