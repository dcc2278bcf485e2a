#pragma once

#include "ApiTypes.h"

#include <QObject>

namespace mygas::server {

// Delivers one outbox message asynchronously and reports the outcome with
// finished(id, error), error empty on success.
class MessageSender : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void send(qint64 id, const OutboxMessage& message) = 0;

signals:
    void finished(qint64 id, const QString& error);
};

} // namespace mygas::server
