#pragma once

#include "server/db/Database.h"

namespace mygas::server {

class NotificationOutbox;

// Decisions on PIN requests. Each returns an empty string on success,
// otherwise what went wrong (unknown or already decided request, database).
// Approving issues a new PIN for the account (only its hash is stored) and
// queues the e-mail with it in the outbox.
QString approvePinRequest(const Database& db, NotificationOutbox& outbox, qint64 id, qint64 now);
QString rejectPinRequest(const Database& db, qint64 id, qint64 now);

} // namespace mygas::server
