#include "server/notifications/NotificationOutbox.h"

#include <QTimeZone>

namespace mygas::server {

QString NotificationOutbox::channelFor(const QString& login)
{
    return login.contains(QLatin1Char('@')) ? QStringLiteral("email") : QStringLiteral("sms");
}

qint64 NotificationOutbox::enqueue(const QString& to, const QString& subject, const QString& body, const QString& code,
                                   qint64 now)
{
    const qint64 id = m_db.insert(QStringLiteral("INSERT INTO outbox (recipient, channel, subject, body, code, "
                                                 "created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                                 "RETURNING id"),
                                  {to, channelFor(to), subject, body, code, now, now});
    if (id != 0)
        emit messageQueued();
    return id;
}

QList<PendingMessage> NotificationOutbox::due(qint64 now, int limit) const
{
    QList<PendingMessage> out;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, recipient, channel, subject, body, code, attempts FROM outbox "
                                  "WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?"),
                   {now, limit}))
        return out;
    while (q.next()) {
        PendingMessage p;
        p.id = q.value(0).toLongLong();
        p.message.to = q.value(1).toString();
        p.message.channel = q.value(2).toString();
        p.message.subject = q.value(3).toString();
        p.message.body = q.value(4).toString();
        p.message.code = q.value(5).toString();
        p.attempts = q.value(6).toInt();
        out.append(p);
    }
    return out;
}

bool NotificationOutbox::claim(qint64 id, qint64 now, qint64 until) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND sent_at IS NULL AND "
                                    "next_attempt_at <= ?"),
                     {until, id, now}) &&
           q.numRowsAffected() == 1;
}

bool NotificationOutbox::markSent(qint64 id, qint64 now) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL "
                                    "WHERE id = ?"),
                     {now, id});
}

bool NotificationOutbox::markFailed(qint64 id, const QString& error, qint64 nextAttemptAt) const
{
    QSqlQuery q = m_db.newQuery();
    return m_db.exec(q,
                     QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                                    "next_attempt_at = ? WHERE id = ?"),
                     {error, nextAttemptAt, id});
}

QList<OutboxMessage> NotificationOutbox::forRecipient(const QString& to, int limit) const
{
    QList<OutboxMessage> out;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT recipient, channel, subject, body, code, COALESCE(sent_at, created_at) "
                                  "FROM outbox WHERE recipient = ? ORDER BY id DESC LIMIT ?"),
                   {to, limit}))
        return out;
    while (q.next()) {
        OutboxMessage m;
        m.to = q.value(0).toString();
        m.channel = q.value(1).toString();
        m.subject = q.value(2).toString();
        m.body = q.value(3).toString();
        m.code = q.value(4).toString();
        m.sentAt = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
        out.append(m);
    }
    return out;
}

QList<qint64> NotificationOutbox::codeTimesSince(const QString& to, qint64 since) const
{
    QList<qint64> out;
    QSqlQuery q = m_db.newQuery();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT created_at FROM outbox WHERE recipient = ? AND code IS NOT NULL AND "
                                  "created_at > ? ORDER BY created_at"),
                   {to, since}))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace mygas::server
