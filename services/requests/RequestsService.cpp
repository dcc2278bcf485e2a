#include "services/requests/RequestsService.h"

#include "models/core/ApiPaths.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"
#include "models/readings/ReadingRules.h"
#include "models/requests/RequestRules.h"
#include "services/cache/CacheStore.h"
#include "services/core/Logging.h"
#include "services/net/ApiClient.h"
#include "services/storage/SqliteFile.h"
#include "services/sync/SyncEngine.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace mygas {

namespace {
// The request may not have been judged: the same key goes out again later.
// Anything else the server said is final.
bool staysPending(const Error& e)
{
    const int s = e.httpStatus;
    return s == 0 || s >= 500 || s == 401 || s == 408 || s == 429;
}
} // namespace

RequestsService::RequestsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent)
    : QObject(parent), m_api(api), m_cache(cache), m_sync(sync)
{
    // A finished sync round means the server is reachable again; what it
    // brought may hold the company's answers.
    if (sync) {
        connect(sync, &SyncEngine::synced, this, [this](bool changed) {
            flush();
            if (changed)
                lookAtRequests(true);
        });
    }
}

QString RequestsService::outboxPathFor(const QString& cacheFilePath)
{
    return SqliteFile::besidePath(cacheFilePath, QStringLiteral(".requests.sqlite"));
}

Status RequestsService::open(const QString& outboxFilePath)
{
    const Status s = m_store.open(outboxFilePath);
    if (!s.ok())
        return s;
    QSet<QString> accounts;
    for (const RequestOutboxEntry& e : m_store.entries())
        accounts.insert(e.accountId);
    for (const QString& a : std::as_const(accounts))
        emit outboxChanged(a);
    // What the cache holds is what the person saw before.
    m_known.clear();
    m_unseen.clear();
    lookAtRequests(false);
    // What the previous run left unanswered goes out again with its keys.
    flush();
    return s;
}

void RequestsService::close()
{
    m_store.close();
    m_inFlight.clear();
}

QJsonObject RequestsService::bodyOf(const ServiceRequest& request)
{
    return rules::newRequestBody(request);
}

void RequestsService::lookAtRequests(bool notify)
{
    if (!m_cache || !m_cache->isOpen())
        return;
    for (const Account& account : m_cache->accounts()) {
        bool moved = false;
        for (const ServiceRequest& r : m_cache->requests(account.id)) {
            const int before = m_known.value(r.id, 0);
            m_known.insert(r.id, int(r.history.size()));
            // Only the company's new entries: the person's own steps are no news.
            if (!notify || r.history.size() <= before || r.history.isEmpty() ||
                r.history.last().author != QLatin1String(requests::kOperator))
                continue;
            m_unseen[account.id].insert(r.id);
            moved = true;
            qCInfo(lcRequests) << "request" << r.id << "moved on:" << r.status;
            emit statusChanged(r);
        }
        if (moved)
            emit unseenChanged(account.id, unseenCount(account.id));
    }
}

void RequestsService::markSeen(const QString& accountId)
{
    if (m_unseen.remove(accountId) > 0)
        emit unseenChanged(accountId, 0);
}

Result<QString> RequestsService::submit(const QString& accountId, const ServiceRequest& request,
                                        const QList<Attachment>& files)
{
    const std::optional<Account> account = m_cache ? m_cache->account(accountId) : std::nullopt;
    if (!account)
        return makeError(errc::AccountNotFound);
    // The company's list of works and horizon as the cache has them; the
    // server judges again with its own.
    if (const std::optional<Company> company = m_cache->company(account->companyId)) {
        if (const std::optional<Error> refused =
                rules::checkNewRequest(request, *company, rules::providerToday(*company)))
            return *refused;
    }
    RequestOutboxEntry e;
    e.accountId = accountId;
    e.body = bodyOf(request);
    return store(e, files);
}

Result<QString> RequestsService::reply(const QString& accountId, const QString& requestId, const QString& text,
                                       const QList<Attachment>& files)
{
    const QJsonObject body{{QStringLiteral("comment"), text}};
    const Result<QString> checked = rules::readReply(body);
    if (!checked.ok())
        return checked.error();
    RequestOutboxEntry e;
    e.accountId = accountId;
    e.requestId = requestId;
    e.body = body;
    return store(e, files);
}

Result<QString> RequestsService::store(RequestOutboxEntry e, const QList<Attachment>& files)
{
    if (!isOpen())
        return makeError(errc::CacheFailed);
    // The same rules as the server's, before anything is stored.
    QList<qint64> sizes;
    for (const Attachment& f : files) {
        if (const std::optional<Error> refused = files::checkAttachment(f.name, f.data))
            return *refused;
        if (const std::optional<Error> refused = files::checkAttachmentCount(sizes, f.data.size()))
            return *refused;
        sizes.append(f.data.size());
        e.files.append({f.name, f.data.size(), QString(), false, f.data});
    }
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.createdAt = Clock::now();
    // On disk before the request leaves: it is answered or sent again with this key.
    if (const Status stored = m_store.insert(e); !stored.ok())
        return stored.error();
    qCInfo(lcRequests) << "stored" << e.key << (e.isReply() ? "reply to" : "new request") << e.requestId;
    emit outboxChanged(e.accountId);
    send(e);
    return e.key;
}

void RequestsService::flush()
{
    for (const RequestOutboxEntry& e : m_store.entries()) {
        if (e.state == RequestOutboxEntry::State::Pending)
            send(e);
    }
}

void RequestsService::dismiss(const QString& key)
{
    const std::optional<RequestOutboxEntry> e = m_store.entry(key);
    // A pending entry may already be on the server: it stays until answered.
    if (!e || e->state != RequestOutboxEntry::State::Rejected)
        return;
    if (m_store.remove(key).ok())
        emit outboxChanged(e->accountId);
}

void RequestsService::send(const RequestOutboxEntry& e)
{
    if (!m_api || m_inFlight.contains(e.key))
        return;
    m_inFlight.insert(e.key);
    if (std::any_of(e.files.begin(), e.files.end(), [](const OutboxFile& f) { return !f.complete; })) {
        sendNextFile(e.key);
        return;
    }
    QJsonObject body = e.body;
    if (!e.files.isEmpty()) {
        QJsonArray ids;
        for (const OutboxFile& f : e.files)
            ids.append(f.uploadId);
        body.insert(QStringLiteral("files"), ids);
    }
    const QString path =
        e.isReply()
            ? api::accountPath(
                  e.accountId,
                  QStringLiteral("/requests/%1/replies").arg(QString::fromLatin1(QUrl::toPercentEncoding(e.requestId))))
            : api::accountPath(e.accountId, QStringLiteral("/requests"));
    m_api->postIdempotent(path, body, e.key, this,
                          [this, key = e.key](const Result<QJsonDocument>& r) { onAnswer(key, r); });
}

void RequestsService::stop(const QString& key, const Error& e)
{
    m_inFlight.remove(key);
    if (staysPending(e)) {
        qCInfo(lcRequests) << key << "stays pending:" << e.code << e.httpStatus;
        return;
    }
    const std::optional<RequestOutboxEntry> entry = m_store.entry(key);
    if (!entry || !m_store.reject(key, e).ok())
        return;
    qCInfo(lcRequests) << key << "refused:" << e.code << e.httpStatus;
    emit answered(key, entry->accountId, e);
    emit outboxChanged(entry->accountId);
}

void RequestsService::sendNextFile(const QString& key)
{
    const std::optional<RequestOutboxEntry> e = m_store.entry(key);
    if (!e || e->state != RequestOutboxEntry::State::Pending) {
        m_inFlight.remove(key);
        return;
    }
    const auto next = std::find_if(e->files.begin(), e->files.end(), [](const OutboxFile& f) { return !f.complete; });
    if (next == e->files.end()) {
        m_inFlight.remove(key);
        send(*e); // every file is there: the request itself
        return;
    }
    const int n = int(next - e->files.begin());
    const QString uploads = api::accountPath(e->accountId, QStringLiteral("/uploads"));
    const auto onState = [this, key, n](const Result<QJsonDocument>& r) {
        if (!r.ok())
            return stop(key, r.error());
        const UploadState state = UploadState::fromJson(r.value().object());
        if (!m_store.setUpload(key, n, state.id, state.complete).ok())
            return stop(key, makeError(errc::CacheFailed));
        if (state.complete)
            return sendNextFile(key);
        sendPart(key, n, state.received);
    };
    if (next->uploadId.isEmpty())
        m_api->post(uploads, {{QStringLiteral("name"), next->name}, {QStringLiteral("size"), double(next->size)}}, this,
                    onState);
    else // where the server is, after an interruption
        m_api->get(uploads + QLatin1Char('/') + next->uploadId, this, onState);
}

void RequestsService::sendPart(const QString& key, int n, qint64 offset)
{
    const std::optional<RequestOutboxEntry> e = m_store.entry(key);
    if (!e) {
        m_inFlight.remove(key);
        return;
    }
    const OutboxFile& f = e->files.at(n);
    // One part in memory at a time, read from the outbox.
    const QByteArray part = m_store.fileData(key, n).mid(offset, files::kPartBytes);
    m_api->putBytes(api::accountPath(e->accountId, QStringLiteral("/uploads/%1?offset=%2").arg(f.uploadId).arg(offset)),
                    part, this, [this, key, n, id = f.uploadId](const Result<QJsonDocument>& r) {
                        if (!r.ok()) {
                            // Sent before and answered then: ask where the server is.
                            if (r.error().code == QLatin1String(errc::UploadOffsetMismatch)) {
                                const std::optional<RequestOutboxEntry> again = m_store.entry(key);
                                m_inFlight.remove(key);
                                if (again)
                                    send(*again);
                                return;
                            }
                            return stop(key, r.error());
                        }
                        const UploadState state = UploadState::fromJson(r.value().object());
                        if (state.complete) {
                            if (!m_store.setUpload(key, n, id, true).ok())
                                return stop(key, makeError(errc::CacheFailed));
                            return sendNextFile(key);
                        }
                        sendPart(key, n, state.received);
                    });
}

void RequestsService::onAnswer(const QString& key, const Result<QJsonDocument>& reply)
{
    m_inFlight.remove(key);
    const std::optional<RequestOutboxEntry> entry = m_store.entry(key);
    if (!entry || entry->state != RequestOutboxEntry::State::Pending)
        return; // the outbox was closed or changed meanwhile
    if (!reply.ok()) {
        const Error& e = reply.error();
        if (staysPending(e)) {
            qCInfo(lcRequests) << key << "stays pending:" << e.code << e.httpStatus;
            return;
        }
        qCInfo(lcRequests) << key << "refused:" << e.code << e.httpStatus;
        if (!m_store.reject(key, e).ok())
            return; // still pending: the next attempt gets the same answer
        emit answered(key, entry->accountId, e);
        emit outboxChanged(entry->accountId);
        return;
    }
    // The request as the server has it now: in the cache at once, so that
    // the list shows it where the outbox entry was.
    const ServiceRequest answered = ServiceRequest::fromJson(reply.value().object());
    if (m_cache && !answered.id.isEmpty()) {
        m_known.insert(answered.id, int(answered.history.size()));
        m_cache->storeRequest(answered);
    }
    if (!m_store.remove(key).ok())
        return; // still pending: the next attempt gets the stored answer again
    qCInfo(lcRequests) << key << "answered:" << answered.id << answered.status;
    emit this->answered(key, entry->accountId, Error{});
    emit outboxChanged(entry->accountId);
    if (m_sync)
        m_sync->syncNow();
}

} // namespace mygas
