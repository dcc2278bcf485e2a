#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "mygas.api")
Q_LOGGING_CATEGORY(lcAuth, "mygas.auth")
Q_LOGGING_CATEGORY(lcDemo, "mygas.demo")
