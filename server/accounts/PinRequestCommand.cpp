#include "server/accounts/PinRequestCommand.h"

#include "models/core/Clock.h"
#include "server/accounts/PinIssuer.h"
#include "server/accounts/PinRequestStore.h"
#include "server/db/Database.h"
#include "server/notifications/NotificationOutbox.h"
#include "server/provider/ProviderCommands.h"

#include <QDateTime>

#include <cstdio>

namespace mygas::server {

namespace {
const char kUsage[] = "usage: mygas-server pin-requests [--db URL] [--approve ID | --reject ID]";

void say(FILE* to, const QString& text)
{
    std::fprintf(to, "%s\n", text.toUtf8().constData());
    std::fflush(to);
}

int list(const Database& db)
{
    const QList<PinRequest> pending = PinRequestStore(db).pending();
    if (pending.isEmpty()) {
        say(stdout, QStringLiteral("no pending PIN requests"));
        return 0;
    }
    say(stdout, QStringLiteral("id\tcompany\taccount\tdate\tfull name\te-mail\tphone"));
    for (const PinRequest& r : pending)
        say(stdout, QStringList{QString::number(r.id), r.companyName, r.accountNumber,
                                QDateTime::fromSecsSinceEpoch(r.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                r.fullName, r.email, r.phone}
                        .join(QLatin1Char('\t')));
    return 0;
}
} // namespace

int runPinRequests(const QStringList& args)
{
    QString dbUrl = defaultDatabaseUrl();
    QString action;
    qint64 id = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        const QString value = args.value(i + 1);
        bool ok = !value.isEmpty();
        if (arg == QLatin1String("--db")) {
            dbUrl = value;
        } else if ((arg == QLatin1String("--approve") || arg == QLatin1String("--reject")) && action.isEmpty()) {
            action = arg;
            id = value.toLongLong(&ok);
            ok = ok && id > 0;
        } else {
            ok = false;
        }
        if (!ok)
            return say(stderr, QStringLiteral("mygas-server: bad option %1\n%2").arg(arg, QLatin1String(kUsage))), 2;
        ++i;
    }
    Database db(QStringLiteral("pin-requests"));
    if (!openCommandDatabase(db, dbUrl))
        return 1;
    if (action.isEmpty())
        return list(db);
    const qint64 now = Clock::now().toSecsSinceEpoch();
    NotificationOutbox outbox(db);
    const bool approve = action == QLatin1String("--approve");
    const QString problem = approve ? approvePinRequest(db, outbox, id, now) : rejectPinRequest(db, id, now);
    if (!problem.isEmpty())
        return say(stderr, QStringLiteral("mygas-server: %1").arg(problem)), 1;
    say(stdout, approve ? QStringLiteral("PIN request %1 approved: a new PIN is queued for e-mail").arg(id)
                        : QStringLiteral("PIN request %1 rejected").arg(id));
    return 0;
}

} // namespace mygas::server
