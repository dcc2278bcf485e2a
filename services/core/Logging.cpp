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
Q_LOGGING_CATEGORY(lcRequests, "mygas.requests")
Q_LOGGING_CATEGORY(lcApplications, "mygas.applications")
Q_LOGGING_CATEGORY(lcStorage, "mygas.storage")

} // namespace mygas
