#pragma once

#include "server/notifications/MessageSender.h"

#include <QThread>

namespace mygas::server {

// E-mail over SMTP (libcurl). The blocking transfer runs on a worker thread
// so the server's event loop never waits for a mail server.
class SmtpSender : public MessageSender
{
    Q_OBJECT
public:
    SmtpSender(QString url, QString from, QObject* parent = nullptr);
    ~SmtpSender() override;
    void send(qint64 id, const OutboxMessage& message) override;

    // The RFC 5322 message as it goes on the wire.
    static QByteArray compose(const QString& from, const OutboxMessage& message);

private:
    static QString transfer(const QString& url, const QString& from, const OutboxMessage& message);

    QString m_url;
    QString m_from;
    QThread m_thread;
    QObject* m_worker = nullptr;
};

} // namespace mygas::server
