#pragma once

#include "models/accounts/AccountTypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace mygas::server {

// What a sync cursor remembers: the last version the client received and
// the access level each of its accounts was given. Opaque to the client
// (base64url of "v1;VERSION;ID:e,ID:l").
struct SyncCursor
{
    qint64 version = 0;
    QHash<QString, Access> access;

    QString encode() const;
    // nothing for an empty or malformed cursor
    static std::optional<SyncCursor> decode(const QString& text);
};

} // namespace mygas::server
