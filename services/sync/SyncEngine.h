#pragma once

#include "models/core/Error.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace mygas {

class ApiClient;
class CacheStore;

// Pulls /sync deltas into the cache; knows whether the server is reachable.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Syncing,
        Offline
    };
    Q_ENUM(State)

    SyncEngine(ApiClient* api, CacheStore* cache, QObject* parent = nullptr);

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; } // why it is Offline (network_unreachable, timeout, tls_error…)
    void syncNow();                                 // one /sync round; coalesces if one is running; resets the backoff
    // Offline → retries with backoff 2 s, 4 s, 8 s … capped at 5 min; online →
    // a round every refresh interval, so that a server gone while the app is
    // open is noticed (an unchanged round is a few hundred bytes).
    void setAutoReconnect(bool on);
    bool autoReconnect() const { return m_autoReconnect; }
    int nextRetrySeconds() const; // 0 when no retry is planned

    // The first retry delay and the cap, in milliseconds (tests use short ones).
    void setBackoff(int firstMs, int maxMs);
    void setRefreshInterval(int ms) { m_refreshMs = std::max(1, ms); }
    int currentBackoffMs() const { return m_backoffMs; }

    // Like syncNow(), and calls done once a round that started after this
    // call has finished (ok: it was applied). Runs only while context is alive.
    void syncThen(QObject* context, std::function<void(const Status&)> done);

signals:
    void stateChanged(mygas::SyncEngine::State state);
    void synced(bool changed); // a round finished and was applied
    void failed(const mygas::Error& error);

private:
    struct Waiter
    {
        int generation = 0;
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void(const Status&)> done;
    };

    void requestRound();
    void startRound(bool full);
    void onAnswer(const Result<QJsonDocument>& answer, bool full);
    void finishRound(const Status& result);
    void setState(State state);
    void scheduleRetry();

    ApiClient* m_api;
    CacheStore* m_cache;
    State m_state = State::Idle;
    Error m_lastError;
    bool m_running = false;
    int m_requested = 0; // generation of the latest request
    int m_roundOf = 0;   // generation the running round serves
    QList<Waiter> m_waiters;
    bool m_autoReconnect = false;
    int m_firstBackoffMs = 2000;
    int m_maxBackoffMs = 5 * 60 * 1000;
    int m_backoffMs = 0; // the last delay used; 0 after a success or a manual retry
    int m_refreshMs = 60 * 1000;
    QTimer m_retryTimer;
};

} // namespace mygas
