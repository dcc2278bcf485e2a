#pragma once

#include "models/core/ApiTypes.h"
#include "models/core/Error.h"

#include <QList>
#include <QObject>

#include <functional>

namespace mygas {

class ApiClient;

// The demo server's outbox: the messages (with codes) it would have sent.
class DemoMailbox : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QList<OutboxMessage>>&)>;

    explicit DemoMailbox(ApiClient* api, QObject* parent = nullptr);

    // Newest first; all recipients when `to` is empty.
    void fetch(const QString& to, QObject* context, Callback callback);

private:
    ApiClient* m_api;
};

} // namespace mygas
