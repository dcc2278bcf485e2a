#include "server/app/Logging.h"

namespace mygas::server {

// Debug messages are off unless --log-level debug or QT_LOGGING_RULES asks.
Q_LOGGING_CATEGORY(lcServer, "mygas.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEdge, "mygas.server.edge", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "mygas.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "mygas.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "mygas.server.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReadings, "mygas.server.readings", QtInfoMsg)

const QStringList& logLevels()
{
    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                    QStringLiteral("critical")};
    return levels;
}

bool setLogLevel(const QString& level)
{
    const QStringList& levels = logLevels();
    const qsizetype chosen = levels.indexOf(level);
    if (chosen < 0)
        return false;
    QStringList rules;
    for (qsizetype i = 0; i < levels.size() - 1; ++i)
        rules << QStringLiteral("mygas.*.%1=%2")
                     .arg(levels[i], i >= chosen ? QStringLiteral("true") : QStringLiteral("false"));
    // QT_LOGGING_RULES, set by the operator, still has the last word.
    QLoggingCategory::setFilterRules(rules.join(QLatin1Char('\n')));
    return true;
}

} // namespace mygas::server
