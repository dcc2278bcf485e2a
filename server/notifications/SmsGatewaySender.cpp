#include "server/notifications/SmsGatewaySender.h"

#include <QNetworkReply>
#include <QTimer>

namespace mygas::server {

SmsGatewaySender::SmsGatewaySender(QString urlTemplate, QObject* parent)
    : MessageSender(parent), m_template(std::move(urlTemplate))
{
}

QUrl SmsGatewaySender::requestUrl(const QString& urlTemplate, const QString& to, const QString& text, qint64 id)
{
    QByteArray url = urlTemplate.toUtf8();
    url.replace("{to}", QUrl::toPercentEncoding(to));
    url.replace("{text}", QUrl::toPercentEncoding(text));
    url.replace("{id}", QByteArray::number(id));
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

void SmsGatewaySender::send(qint64 id, const OutboxMessage& message)
{
    QNetworkRequest request(requestUrl(m_template, message.to, message.body, id));
    request.setTransferTimeout(30000);
    QNetworkReply* reply = m_nam.get(request);
    // The transfer timeout counts silence only: a gateway that answers byte by
    // byte is cut off here, within the time the outbox claim allows.
    QTimer::singleShot(kTimeoutSec * 1000, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError)
            emit finished(id, reply->errorString());
        else if (status < 200 || status >= 300)
            emit finished(id, QStringLiteral("gateway answered HTTP %1").arg(status));
        else
            emit finished(id, {});
    });
}

} // namespace mygas::server
