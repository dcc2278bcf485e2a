#include "services/requests/RequestsService.h"

#include "models/core/ApiPaths.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "models/requests/RequestRules.h"
#include "services/cache/CacheStore.h"
#include "services/core/Logging.h"
#include "services/net/ApiClient.h"
#include "services/sync/SyncEngine.h"

#include <QUuid>

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
    QString base = cacheFilePath;
    if (base.endsWith(QLatin1String(".sqlite")))
        base.chop(int(qstrlen(".sqlite")));
    return base + QStringLiteral(".requests.sqlite");
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

Result<QString> RequestsService::submit(const QString& accountId, const ServiceRequest& request)
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
    return store(e);
}

Result<QString> RequestsService::reply(const QString& accountId, const QString& requestId, const QString& text)
{
    const QJsonObject body{{QStringLiteral("comment"), text}};
    const Result<QString> checked = rules::readReply(body);
    if (!checked.ok())
        return checked.error();
    RequestOutboxEntry e;
    e.accountId = accountId;
    e.requestId = requestId;
    e.body = body;
    return store(e);
}

Result<QString> RequestsService::store(RequestOutboxEntry e)
{
    if (!isOpen())
        return makeError(errc::CacheFailed);
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
    const QString path =
        e.isReply()
            ? api::accountPath(
                  e.accountId,
                  QStringLiteral("/requests/%1/replies").arg(QString::fromLatin1(QUrl::toPercentEncoding(e.requestId))))
            : api::accountPath(e.accountId, QStringLiteral("/requests"));
    m_api->postIdempotent(path, e.body, e.key, this,
                          [this, key = e.key](const Result<QJsonDocument>& r) { onAnswer(key, r); });
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
