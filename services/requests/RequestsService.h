#pragma once

#include "models/core/Error.h"
#include "models/requests/RequestTypes.h"
#include "services/requests/RequestsOutbox.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace mygas {

class ApiClient;
class CacheStore;
class SyncEngine;

// «Заявка на ТО», «Заявка на перерасчет» and «Ответить оператору», offline
// first, like readings: «Отправить» checks the request with the shared rules
// against the cached company, stores it with a fresh Idempotency-Key in the
// requests outbox and sends it. An entry leaves the outbox only when the
// server has answered; until then every attempt (after a network failure, a
// restart, a kill) reuses the key, so the server makes one request. An
// answered request goes into the cache at once.
class RequestsService : public QObject
{
    Q_OBJECT
public:
    RequestsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent = nullptr);

    // "<cache without .sqlite>.requests.sqlite".
    static QString outboxPathFor(const QString& cacheFilePath);
    Status open(const QString& outboxFilePath);
    void close();
    bool isOpen() const { return m_store.isOpen(); }

    // A file attached in a form: its name and bytes.
    using Attachment = mygas::Attachment;
    // A new request (kind and its fields as RequestRules reads them) with
    // its files; the answer is the outbox entry's key, or the rule that
    // refused it. Files go up before the request, each in parts.
    Result<QString> submit(const QString& accountId, const ServiceRequest& request,
                           const QList<Attachment>& files = {});
    // «Ответить оператору» on a request in «Требует уточнения».
    Result<QString> reply(const QString& accountId, const QString& requestId, const QString& text,
                          const QList<Attachment>& files = {});

    QList<RequestOutboxEntry> outbox(const QString& accountId = {}) const { return m_store.entries(accountId); }
    // Sends every pending entry not already on the way; after each sync round and at start.
    void flush();
    // Removes a refused entry.
    void dismiss(const QString& key);

    // The JSON body of a new request: only the fields its kind and reason use.
    static QJsonObject bodyOf(const ServiceRequest& request);

    // Requests of the account the company moved on since the person last
    // opened «Заявки» (the badge on the section); markSeen() clears them.
    int unseenCount(const QString& accountId) const { return int(m_unseen.value(accountId).size()); }
    void markSeen(const QString& accountId);

signals:
    // The company moved a request on (a new entry of the operator came with a
    // sync): for the tray notification.
    void statusChanged(const mygas::ServiceRequest& request);
    void unseenChanged(const QString& accountId, int count);
    // The server answered an entry (error empty: accepted and cached).
    void answered(const QString& key, const QString& accountId, const mygas::Error& error);
    void outboxChanged(const QString& accountId);

private:
    void send(const RequestOutboxEntry& entry);
    // The entry's next file not yet on the server: begun, its state asked
    // (an interrupted upload goes on where the server is) and its parts
    // sent one by one; then the request itself.
    void sendNextFile(const QString& key);
    void sendPart(const QString& key, int n, qint64 offset);
    // A refusal that ends the entry (the server said no), or a pause (no answer).
    void stop(const QString& key, const Error& error);
    Result<QString> store(RequestOutboxEntry entry, const QList<Attachment>& files);
    void onAnswer(const QString& key, const Result<QJsonDocument>& reply);
    // Compares the cached requests with what was known: the operator's new
    // entries are told (notify) or only taken as known (at start).
    void lookAtRequests(bool notify);

    ApiClient* m_api;
    CacheStore* m_cache;
    SyncEngine* m_sync;
    RequestsOutbox m_store;
    QSet<QString> m_inFlight;
    QHash<QString, int> m_known;            // request id → history entries seen
    QHash<QString, QSet<QString>> m_unseen; // account id → requests moved on
};

} // namespace mygas
