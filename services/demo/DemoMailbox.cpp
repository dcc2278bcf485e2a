#include "services/demo/DemoMailbox.h"

#include "services/net/ApiClient.h"

#include <QJsonArray>
#include <QUrl>

namespace mygas {

DemoMailbox::DemoMailbox(ApiClient* api, QObject* parent) : QObject(parent), m_api(api) {}

void DemoMailbox::fetch(const QString& to, QObject* context, Callback callback)
{
    QString path = QStringLiteral("/demo/outbox");
    if (!to.isEmpty()) {
        path += QStringLiteral("?to=") + QString::fromLatin1(QUrl::toPercentEncoding(to));
    }
    m_api->get(path, context, [callback](const Result<QJsonDocument>& r) {
        if (!r.ok()) {
            callback(r.error());
            return;
        }
        QList<OutboxMessage> messages;
        for (const QJsonValue& v : r.value().array())
            messages.append(OutboxMessage::fromJson(v.toObject()));
        callback(messages);
    });
}

} // namespace mygas
