#include "Logging.h"

Q_LOGGING_CATEGORY(lcServer, "mygas.server")
Q_LOGGING_CATEGORY(lcAuth, "mygas.server.auth")
Q_LOGGING_CATEGORY(lcDb, "mygas.server.db")
Q_LOGGING_CATEGORY(lcOutbox, "mygas.server.outbox")
Q_LOGGING_CATEGORY(lcReadings, "mygas.server.readings", QtInfoMsg)
