#include "services/sync/SyncEngine.h"

#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/sync/SyncTypes.h"
#include "services/cache/CacheStore.h"
#include "services/core/Logging.h"
#include "services/net/ApiClient.h"

#include <QUrl>

#include <algorithm>
#include <cmath>
#include <utility>

namespace mygas {

namespace {

// The server cannot be used right now (as opposed to a refusal of this request).
bool isUnreachable(const Error& e)
{
    return e.isNetwork() || e.code == QLatin1String(errc::TlsError) || e.httpStatus >= 500;
}

bool sameAccounts(const QList<Account>& a, const QList<Account>& b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).toJson() != b.at(i).toJson())
            return false;
    }
    return true;
}

} // namespace

SyncEngine::SyncEngine(ApiClient* api, CacheStore* cache, QObject* parent) : QObject(parent), m_api(api), m_cache(cache)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::requestRound);
}

void SyncEngine::syncNow()
{
    m_backoffMs = 0;
    requestRound();
}

void SyncEngine::syncThen(QObject* context, std::function<void(const Status&)> done)
{
    m_backoffMs = 0;
    m_waiters.append({m_requested + 1, context, context != nullptr, std::move(done)});
    requestRound();
}

void SyncEngine::setAutoReconnect(bool on)
{
    m_autoReconnect = on;
    if (!on)
        m_retryTimer.stop();
    else if (m_state == State::Offline && !m_retryTimer.isActive())
        scheduleRetry();
    else if (!m_retryTimer.isActive() && !m_running)
        m_retryTimer.start(m_refreshMs);
}

int SyncEngine::nextRetrySeconds() const
{
    if (!m_retryTimer.isActive() || m_state != State::Offline)
        return 0;
    return int(std::ceil(std::max(0, m_retryTimer.remainingTime()) / 1000.0));
}

void SyncEngine::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = std::max(1, firstMs);
    m_maxBackoffMs = std::max(m_firstBackoffMs, maxMs);
}

void SyncEngine::requestRound()
{
    ++m_requested;
    if (!m_running)
        startRound(false);
}

void SyncEngine::startRound(bool full)
{
    m_running = true;
    m_roundOf = m_requested;
    m_retryTimer.stop();
    setState(State::Syncing);
    const QString cursor = full ? QString() : m_cache->cursor();
    QString path = QStringLiteral("/sync");
    if (!cursor.isEmpty())
        path += QStringLiteral("?cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_api->get(path, this, [this, full](const Result<QJsonDocument>& r) { onAnswer(r, full); });
}

void SyncEngine::onAnswer(const Result<QJsonDocument>& answer, bool full)
{
    if (!answer.ok()) {
        // The server no longer knows the cursor: take everything again.
        if (!full && answer.error().code == QLatin1String(errc::CursorInvalid)) {
            qCInfo(lcSync) << "cursor refused; asking for a full sync";
            startRound(true);
            return;
        }
        finishRound(answer.error());
        return;
    }
    if (!answer.value().isObject()) {
        finishRound(makeError(errc::BadResponse));
        return;
    }
    const SyncPayload payload = SyncPayload::fromJson(answer.value().object());
    const bool changed = payload.hasChanges() || !sameAccounts(m_cache->accounts(), payload.accounts);
    const Status applied = m_cache->apply(payload, Clock::now());
    if (!applied.ok()) {
        finishRound(applied);
        return;
    }
    qCInfo(lcSync) << "sync applied; changed:" << changed;
    m_backoffMs = 0;
    m_lastError = Error{};
    m_running = false;
    setState(State::Idle);
    emit synced(changed);
    finishRound(Done{});
}

void SyncEngine::finishRound(const Status& result)
{
    m_running = false;
    if (!result.ok()) {
        const Error& e = result.error();
        qCInfo(lcSync) << "sync failed:" << e.code;
        m_lastError = e;
        setState(isUnreachable(e) ? State::Offline : State::Idle);
        emit failed(e);
        if (m_state == State::Offline)
            scheduleRetry();
    } else if (m_autoReconnect) {
        m_retryTimer.start(m_refreshMs);
    }
    const int served = m_roundOf;
    QList<Waiter> ready;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        if (it->generation <= served) {
            ready.append(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (const Waiter& w : std::as_const(ready)) {
        if (!w.hasContext || w.context)
            w.done(result);
    }
    if (!m_running && m_requested > served)
        startRound(false);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::scheduleRetry()
{
    if (!m_autoReconnect)
        return;
    m_backoffMs = m_backoffMs == 0 ? m_firstBackoffMs : std::min(m_backoffMs * 2, m_maxBackoffMs);
    qCInfo(lcSync) << "retrying in" << m_backoffMs << "ms";
    m_retryTimer.start(m_backoffMs);
}

} // namespace mygas
