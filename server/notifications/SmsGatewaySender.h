#pragma once

#include "server/notifications/MessageSender.h"

#include <QNetworkAccessManager>

namespace mygas::server {

// SMS through an HTTP gateway: a GET of the URL template with {to} and
// {text} replaced by the percent-encoded number and message text.
class SmsGatewaySender : public MessageSender
{
    Q_OBJECT
public:
    explicit SmsGatewaySender(QString urlTemplate, QObject* parent = nullptr);
    void send(qint64 id, const OutboxMessage& message) override;

    // {id}: the outbox message id, for a gateway that drops a repeated one.
    static QUrl requestUrl(const QString& urlTemplate, const QString& to, const QString& text, qint64 id);

private:
    QString m_template;
    QNetworkAccessManager m_nam;
};

} // namespace mygas::server
