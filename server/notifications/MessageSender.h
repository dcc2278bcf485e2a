#pragma once

#include "models/core/ApiTypes.h"

#include <QObject>

namespace mygas::server {

// Delivers one outbox message asynchronously and reports the outcome with
// finished(id, error), error empty on success, within kTimeoutSec.
class MessageSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTimeoutSec = 40; // a connection (10 s) and a transfer (30 s)
    using QObject::QObject;
    virtual void send(qint64 id, const OutboxMessage& message) = 0;

signals:
    void finished(qint64 id, const QString& error);
};

} // namespace mygas::server
