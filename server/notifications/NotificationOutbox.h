#pragma once

#include "models/core/ApiTypes.h"
#include "server/db/Database.h"

#include <QList>
#include <QObject>

namespace mygas::server {

struct PendingMessage
{
    qint64 id = 0;
    OutboxMessage message;
    int attempts = 0;
};

// Every message to a person (codes, notices) is written here first and
// delivered from here, so nothing is lost when a gateway is down.
class NotificationOutbox : public QObject
{
    Q_OBJECT
public:
    explicit NotificationOutbox(const Database& db, QObject* parent = nullptr) : QObject(parent), m_db(db) {}

    // Queues a message; "sms" for a phone login, "email" for an e-mail login.
    qint64 enqueue(const QString& to, const QString& subject, const QString& body, const QString& code, qint64 now);
    QList<PendingMessage> due(qint64 now, int limit) const;
    // Takes a due message for this process until `until`: of several
    // processes on one database, exactly one gets it (false for the others).
    // Sent or failed, it is released; if the process dies, it is due again then.
    bool claim(qint64 id, qint64 now, qint64 until) const;
    bool markSent(qint64 id, qint64 now) const;
    bool markFailed(qint64 id, const QString& error, qint64 nextAttemptAt) const;
    // Newest first.
    QList<OutboxMessage> forRecipient(const QString& to, int limit) const;
    // When the codes sent to a recipient since then were queued, oldest first.
    QList<qint64> codeTimesSince(const QString& to, qint64 since) const;

    static QString channelFor(const QString& login);

signals:
    // Emitted after enqueue; connect queued so delivery starts after the commit.
    void messageQueued();

private:
    const Database& m_db;
};

} // namespace mygas::server
