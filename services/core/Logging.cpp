#include "services/core/Logging.h"

namespace mygas {

Q_LOGGING_CATEGORY(lcNet, "mygas.net")
Q_LOGGING_CATEGORY(lcAuth, "mygas.auth")
Q_LOGGING_CATEGORY(lcDemo, "mygas.demo")
Q_LOGGING_CATEGORY(lcCache, "mygas.cache")
Q_LOGGING_CATEGORY(lcSync, "mygas.sync")
Q_LOGGING_CATEGORY(lcAccounts, "mygas.accounts")
Q_LOGGING_CATEGORY(lcReadings, "mygas.readings")
Q_LOGGING_CATEGORY(lcDocuments, "mygas.documents")

} // namespace mygas
