#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcReadings)

namespace mygas::server {
// --log-level: debug, info (the default), warning or critical for every
// mygas.* category; false for another word.
bool setLogLevel(const QString& level);
} // namespace mygas::server
