#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace mygas::server {

// The server's categories, one a feature (docs/operator.md lists them).
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcEdge)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)
Q_DECLARE_LOGGING_CATEGORY(lcReadings)
// The words --log-level takes, least severe first.
const QStringList& logLevels();
// --log-level: debug, info (the default), warning or critical for every
// mygas.* category; false for another word.
bool setLogLevel(const QString& level);
} // namespace mygas::server
