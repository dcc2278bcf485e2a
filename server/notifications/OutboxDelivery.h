#pragma once

#include "server/notifications/MessageSender.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace mygas::server {

class NotificationOutbox;

// Moves queued messages from the outbox to their channel (e-mail, SMS) in
// the background, retrying failures with a growing delay. In demo mode a
// channel without a configured sender counts as delivered to the demo mailbox.
class OutboxDelivery : public QObject
{
    Q_OBJECT
public:
    OutboxDelivery(NotificationOutbox& outbox, bool demo, QObject* parent = nullptr);
    // Takes ownership of the sender.
    void setSender(const QString& channel, MessageSender* sender);
    void start();
    void pump();

    static constexpr int kMaxAttempts = 10;
    // How long a message taken for sending is this process's: well beyond a
    // sender's timeout, so that no other process sends it meanwhile.
    static constexpr int kClaimSec = 3 * MessageSender::kTimeoutSec;
    static qint64 retryDelaySec(int attempts);

private:
    void onFinished(qint64 id, const QString& error);

    NotificationOutbox& m_outbox;
    bool m_demo;
    QHash<QString, MessageSender*> m_senders;
    QHash<qint64, int> m_inFlight; // id → attempts so far
    QTimer m_timer;
};

} // namespace mygas::server
