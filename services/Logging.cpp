#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "mygas.api")
Q_LOGGING_CATEGORY(lcAuth, "mygas.auth")
Q_LOGGING_CATEGORY(lcDemo, "mygas.demo")
Q_LOGGING_CATEGORY(lcCache, "mygas.cache")
Q_LOGGING_CATEGORY(lcSync, "mygas.sync")
Q_LOGGING_CATEGORY(lcAccounts, "mygas.accounts")
Q_LOGGING_CATEGORY(lcExport, "mygas.export")
