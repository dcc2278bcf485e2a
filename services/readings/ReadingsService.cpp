#include "services/readings/ReadingsService.h"

#include "models/core/ApiPaths.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "services/cache/CacheStore.h"
#include "services/core/Logging.h"
#include "services/net/ApiClient.h"
#include "services/readings/ReadingsOutbox.h"
#include "services/storage/SqliteFile.h"
#include "services/sync/SyncEngine.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace mygas {

namespace {

// The request may not have been judged: the same key goes out again later.
// Anything else the server said about the request as a whole is final.
bool staysPending(const Error& e)
{
    const int s = e.httpStatus;
    return s == 0 || s >= 500 || s == 401 || s == 408 || s == 429;
}

// Without the company in the cache only the meter's own rules can be checked
// here (in service, verification date, digits, not below the previous
// reading); the server judges the window and the company's limits.
Company companyOrLenient(const std::optional<Company>& cached, const QString& companyId)
{
    if (cached)
        return *cached;
    Company lenient;
    lenient.id = companyId;
    lenient.readingFromDay = 1;
    lenient.readingToDay = 31;
    lenient.maxConsumption = 0;
    lenient.allowZeroReading = true;
    lenient.allowRollover = true;
    return lenient;
}

// The answer lists the items in request order.
bool answerMatches(const ReadingAnswer& answer, const QList<ReadingItem>& items)
{
    if (answer.results.size() != items.size())
        return false;
    for (int i = 0; i < items.size(); ++i) {
        if (answer.results.at(i).meterId != items.at(i).meterId)
            return false;
    }
    return true;
}

} // namespace

class ReadingsService::Private
{
public:
    void send(const QString& key, const QString& accountId, const QList<ReadingItem>& items);
    void onAnswer(const QString& key, const Result<QJsonDocument>& reply);

    ReadingsService* q = nullptr;
    ApiClient* api = nullptr;
    CacheStore* cache = nullptr;
    SyncEngine* sync = nullptr;
    ReadingsOutbox store;
    QSet<QString> inFlight; // keys with a request on the way (never two for one key)
};

ReadingsService::ReadingsService(ApiClient* api, CacheStore* cache, SyncEngine* sync, QObject* parent)
    : QObject(parent), d(new Private)
{
    d->q = this;
    d->api = api;
    d->cache = cache;
    d->sync = sync;
    if (sync) {
        // A finished sync round means the server is reachable again.
        connect(sync, &SyncEngine::synced, this, [this]() { flush(); });
        // The requests on the way will get no answer now.
        connect(sync, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
            if (state != SyncEngine::State::Offline)
                return;
            for (const QString& key : std::as_const(d->inFlight)) {
                if (const std::optional<OutboxEntry> e = d->store.entry(key))
                    emit queued(key, e->accountId);
            }
        });
    }
}

ReadingsService::~ReadingsService()
{
    delete d;
}

QString ReadingsService::outboxPathFor(const QString& cacheFilePath)
{
    return SqliteFile::besidePath(cacheFilePath, QStringLiteral(".outbox.sqlite"));
}

Status ReadingsService::open(const QString& outboxFilePath)
{
    Status s = d->store.open(outboxFilePath);
    if (!s.ok())
        return s;
    QSet<QString> accounts;
    for (const OutboxEntry& e : d->store.entries())
        accounts.insert(e.accountId);
    for (const QString& a : std::as_const(accounts))
        emit outboxChanged(a);
    // Entries left Pending by the previous run (offline, or killed before
    // the answer came) go out again with their keys.
    flush();
    return s;
}

void ReadingsService::close()
{
    d->store.close();
}

bool ReadingsService::isOpen() const
{
    return d->store.isOpen();
}

Result<QString> ReadingsService::submit(const QString& accountId, const QList<ReadingItem>& items,
                                        QList<ReadingResult>* refused)
{
    if (refused)
        refused->clear();
    if (!isOpen())
        return makeError(errc::CacheFailed);
    if (items.isEmpty())
        return makeError(errc::ReadingsEmpty, QStringLiteral("items"));
    const std::optional<Account> account = d->cache->account(accountId);
    if (!account)
        return makeError(errc::AccountNotFound);
    const QList<Meter> meters = d->cache->meters(accountId);
    const Company company = companyOrLenient(d->cache->company(account->companyId), account->companyId);
    const QDate today = rules::providerToday(company);

    QList<ReadingResult> bad;
    QSet<QString> seen;
    for (const ReadingItem& item : items) {
        ReadingResult r;
        r.meterId = item.meterId;
        const auto meter =
            std::find_if(meters.begin(), meters.end(), [&item](const Meter& m) { return m.id == item.meterId; });
        if (seen.contains(item.meterId)) {
            r.error = makeError(errc::ReadingDuplicateMeter, QStringLiteral("meter_id"));
        } else if (meter == meters.end()) {
            r.error = makeError(errc::MeterNotFound, QStringLiteral("meter_id"));
        } else {
            const rules::ReadingCheck check = rules::checkReading(*meter, company, item.value, today);
            if (!check.ok())
                r.error = rules::readingError(check.code, *meter, company, today);
        }
        seen.insert(item.meterId);
        if (!r.error.code.isEmpty())
            bad.append(r);
    }
    if (!bad.isEmpty()) {
        qCInfo(lcReadings) << "submission refused locally:" << bad.first().error.code;
        if (refused)
            *refused = bad;
        return bad.first().error;
    }

    OutboxEntry entry;
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces); // version 4, random
    entry.accountId = accountId;
    entry.items = items;
    entry.createdAt = Clock::now();
    entry.state = OutboxEntry::State::Pending;
    // On disk before the request leaves: whatever happens next, the reading
    // is either answered or sent again with this key.
    if (Status stored = d->store.insert(entry); !stored.ok())
        return stored.error();
    qCInfo(lcReadings) << "stored" << entry.key << "with" << items.size() << "reading(s)";
    emit outboxChanged(accountId);
    d->send(entry.key, entry.accountId, entry.items);
    if (d->sync && d->sync->state() == SyncEngine::State::Offline) {
        // Known to be offline: say at once that it waits (after the caller
        // has the key).
        QMetaObject::invokeMethod(
            this, [this, key = entry.key, accountId] { emit queued(key, accountId); }, Qt::QueuedConnection);
    } else if (d->sync) {
        // A sync round finds out at once whether the server can be reached,
        // and brings the accepted reading into the cache.
        d->sync->syncNow();
    }
    return entry.key;
}

QList<OutboxEntry> ReadingsService::outbox(const QString& accountId) const
{
    return d->store.entries(accountId);
}

void ReadingsService::flush()
{
    if (!isOpen())
        return;
    for (const OutboxEntry& e : d->store.entries()) {
        if (e.state == OutboxEntry::State::Pending)
            d->send(e.key, e.accountId, e.items);
    }
}

void ReadingsService::dismiss(const QString& key)
{
    const std::optional<OutboxEntry> e = d->store.entry(key);
    if (!e)
        return;
    // A pending entry may already be on the server: it stays until answered.
    if (e->state != OutboxEntry::State::Rejected) {
        qCWarning(lcReadings) << "not dismissing" << key << ": it is still pending";
        return;
    }
    if (d->store.remove(key).ok())
        emit outboxChanged(e->accountId);
}

void ReadingsService::Private::send(const QString& key, const QString& accountId, const QList<ReadingItem>& items)
{
    if (!api || inFlight.contains(key))
        return;
    inFlight.insert(key);
    // The body is rebuilt from the stored items: the same bytes every time,
    // as the server compares it with what it first saw under this key.
    const QJsonObject body = ReadingSubmission{items}.toJson();
    api->postIdempotent(api::accountPath(accountId, QStringLiteral("/readings")), body, key, q,
                        [this, key](const Result<QJsonDocument>& r) { onAnswer(key, r); });
}

void ReadingsService::Private::onAnswer(const QString& key, const Result<QJsonDocument>& reply)
{
    inFlight.remove(key);
    const std::optional<OutboxEntry> entry = store.entry(key);
    if (!entry || entry->state != OutboxEntry::State::Pending)
        return; // the outbox was closed or changed meanwhile
    if (!reply.ok()) {
        const Error& e = reply.error();
        if (staysPending(e)) {
            qCInfo(lcReadings) << key << "stays pending:" << e.code << e.httpStatus;
            emit q->queued(key, entry->accountId);
            return;
        }
        qCInfo(lcReadings) << key << "refused as a whole:" << e.code << e.httpStatus;
        if (Status s = store.reject(key, entry->items, {}, e); !s.ok())
            return; // still pending: the next attempt gets the same answer
        // No verdict per meter: the entry's error (stored above) says why.
        emit q->answered(key, entry->accountId, ReadingAnswer{}, e);
        emit q->outboxChanged(entry->accountId);
        if (sync)
            sync->syncNow();
        return;
    }
    const ReadingAnswer answer = ReadingAnswer::fromJson(reply.value().object());
    if (!answerMatches(answer, entry->items)) {
        qCWarning(lcReadings) << key << "answer does not list the meters sent; kept pending";
        return;
    }
    QList<ReadingItem> refusedItems;
    QList<ReadingResult> refusedResults;
    for (int i = 0; i < answer.results.size(); ++i) {
        if (!answer.results.at(i).accepted) {
            refusedItems.append(entry->items.at(i));
            refusedResults.append(answer.results.at(i));
        }
    }
    qCInfo(lcReadings) << key << "answered:" << answer.acceptedCount() << "accepted," << refusedItems.size()
                       << "refused";
    const Status s =
        refusedItems.isEmpty() ? store.remove(key) : store.reject(key, refusedItems, refusedResults, Error{});
    if (!s.ok())
        return; // still pending: the next attempt gets the stored answer again
    emit q->answered(key, entry->accountId, answer, Error{});
    emit q->outboxChanged(entry->accountId);
    // The history, the last reading and the average come with the next round.
    if (sync)
        sync->syncNow();
}

} // namespace mygas
