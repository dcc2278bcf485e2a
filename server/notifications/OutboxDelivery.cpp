#include "server/notifications/OutboxDelivery.h"

#include "models/core/Clock.h"
#include "server/app/Logging.h"
#include "server/notifications/MessageSender.h"
#include "server/notifications/NotificationOutbox.h"

#include <algorithm>

namespace mygas::server {

namespace {
constexpr qint64 kNever = qint64(1) << 60;
}

OutboxDelivery::OutboxDelivery(NotificationOutbox& outbox, bool demo, QObject* parent)
    : QObject(parent), m_outbox(outbox), m_demo(demo)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &OutboxDelivery::pump);
    connect(&m_outbox, &NotificationOutbox::messageQueued, this, &OutboxDelivery::pump, Qt::QueuedConnection);
}

void OutboxDelivery::setSender(const QString& channel, MessageSender* sender)
{
    sender->setParent(this);
    m_senders.insert(channel, sender);
    connect(sender, &MessageSender::finished, this, &OutboxDelivery::onFinished);
}

void OutboxDelivery::start()
{
    m_timer.start();
    pump();
}

qint64 OutboxDelivery::retryDelaySec(int attempts)
{
    return std::min<qint64>(qint64(5) << std::min(attempts, 10), 3600);
}

void OutboxDelivery::pump()
{
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const auto due = m_outbox.due(now, 50);
    for (const auto& p : due) {
        if (m_inFlight.contains(p.id))
            continue;
        // Another process on the same database may have read it too.
        if (!m_outbox.claim(p.id, now, now + kClaimSec))
            continue;
        MessageSender* sender = m_senders.value(p.message.channel);
        if (!sender) {
            if (m_demo) {
                m_outbox.markSent(p.id, now);
                qCInfo(lcOutbox) << p.message.channel << "message to" << p.message.to << "is in the demo mailbox";
            } else {
                qCWarning(lcOutbox) << "no delivery configured for" << p.message.channel << "; message to"
                                    << p.message.to << "waits";
                m_outbox.markFailed(p.id, QStringLiteral("no %1 delivery configured").arg(p.message.channel),
                                    now + 3600);
            }
            continue;
        }
        m_inFlight.insert(p.id, p.attempts);
        sender->send(p.id, p.message);
    }
}

void OutboxDelivery::onFinished(qint64 id, const QString& error)
{
    const int attempts = m_inFlight.take(id) + 1;
    const qint64 now = Clock::now().toSecsSinceEpoch();
    if (error.isEmpty()) {
        m_outbox.markSent(id, now);
        qCInfo(lcOutbox) << "message" << id << "delivered";
        return;
    }
    const qint64 next = attempts >= kMaxAttempts ? kNever : now + retryDelaySec(attempts);
    qCWarning(lcOutbox) << "message" << id << "attempt" << attempts << "failed:" << error;
    m_outbox.markFailed(id, error, next);
}

} // namespace mygas::server
