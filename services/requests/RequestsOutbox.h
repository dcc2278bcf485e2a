#pragma once

#include "models/core/Error.h"
#include "services/storage/SqliteFile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mygas {

// A file that waits in the outbox with its request or answer: its bytes
// are kept in the outbox file, so that it goes out even if the person's own
// file is gone by then.
struct OutboxFile
{
    QString name;
    qint64 size = 0;
    QString uploadId; // once the server has begun the upload
    bool complete = false;
    QByteArray data; // only when stored (insert) or read for sending (fileData)
};

// A new request or an answer to the operator that waits to be sent, or that
// the server refused.
struct RequestOutboxEntry
{
    enum class State
    {
        Pending, // «Ожидает отправки»: sent again with the same key until answered
        Rejected // the server refused it; the person corrects it or removes it
    };
    QString key; // the Idempotency-Key, fixed when the person pressed «Отправить»
    QString accountId;
    QString requestId; // an answer («Ответить оператору»): the request it answers; empty for a new request
    QJsonObject body; // what is sent, as the person typed it
    QDateTime createdAt;
    State state = State::Pending;
    Error error;             // Rejected: why
    QList<OutboxFile> files; // without their data
    bool isReply() const { return !requestId.isEmpty(); }
};

// The «Заявки» outbox: a SQLite file of its own next to the cache
// (synchronous=FULL), because the cache may be rebuilt while a request the
// person sent must never be lost. A damaged file is set aside, never deleted.
class RequestsOutbox
{
public:
    RequestsOutbox();

    Status open(const QString& filePath);
    void close() { m_file.close(); }
    bool isOpen() const { return m_file.isOpen(); }
    QString setAsidePath() const { return m_setAside; }

    Status insert(const RequestOutboxEntry& entry);
    // Oldest first; all accounts when accountId is empty.
    QList<RequestOutboxEntry> entries(const QString& accountId = {}) const;
    std::optional<RequestOutboxEntry> entry(const QString& key) const;
    Status reject(const QString& key, const Error& error);
    QByteArray fileData(const QString& key, int n) const;
    // The server's upload of file n, and whether it has the whole file.
    Status setUpload(const QString& key, int n, const QString& uploadId, bool complete);
    Status remove(const QString& key);

private:
    QList<RequestOutboxEntry> select(const QString& where, const QString& value) const;

    SqliteFile m_file;
    QString m_setAside;
};

} // namespace mygas
