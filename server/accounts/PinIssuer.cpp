#include "server/accounts/PinIssuer.h"

#include "server/accounts/AccountStore.h"
#include "server/accounts/PinRequestStore.h"
#include "server/app/Crypto.h"
#include "server/app/Logging.h"
#include "server/notifications/NotificationOutbox.h"

namespace mygas::server {

namespace {
QString checkPending(const std::optional<PinRequest>& r, qint64 id)
{
    if (!r)
        return QStringLiteral("no PIN request %1").arg(id);
    if (r->status != QLatin1String("pending"))
        return QStringLiteral("PIN request %1 is already decided (%2)").arg(id).arg(r->status);
    return {};
}
} // namespace

QString approvePinRequest(const Database& db, NotificationOutbox& outbox, qint64 id, qint64 now)
{
    const PinRequestStore requests(db);
    Transaction tx(db);
    const std::optional<PinRequest> r = requests.find(id);
    if (const QString problem = checkPending(r, id); !problem.isEmpty())
        return problem;
    const QString pin = crypto::randomCode();
    const QString body =
        QStringLiteral("Здравствуйте, %1! ПИН-код для подключения расширенной версии лицевого счета %2: %3")
            .arg(r->fullName, r->accountNumber, pin);
    if (!AccountStore(db).setPin(r->accountId, pin) ||
        outbox.enqueue(r->email, QStringLiteral("ПИН-код лицевого счета"), body, pin, now) == 0 ||
        !requests.decide(id, QStringLiteral("sent"), now) || !tx.commit())
        return QStringLiteral("database error while approving PIN request %1").arg(id);
    qCInfo(lcServer) << "PIN request" << id << "approved for account" << r->accountId;
    return {};
}

QString rejectPinRequest(const Database& db, qint64 id, qint64 now)
{
    const PinRequestStore requests(db);
    Transaction tx(db);
    if (const QString problem = checkPending(requests.find(id), id); !problem.isEmpty())
        return problem;
    if (!requests.decide(id, QStringLiteral("rejected"), now) || !tx.commit())
        return QStringLiteral("database error while rejecting PIN request %1").arg(id);
    qCInfo(lcServer) << "PIN request" << id << "rejected";
    return {};
}

} // namespace mygas::server
