#include "server/readings/ReadingWriter.h"

#include "models/core/ErrorCatalog.h"
#include "server/app/Logging.h"
#include "server/http/HttpUtil.h"
#include "server/http/IdempotencyStore.h"
#include "server/http/IdempotentAnswers.h"
#include "server/http/RequestGate.h"

#include <QSet>

#include <mutex>
#include <variant>

namespace mygas::server {

// Everything here runs on the writer thread, where its connection was opened.
class ReadingWriter::Worker : public QObject
{
public:
    Worker(std::function<void()> beforeRequest, QObject* context, std::function<void(Answers)> answered)
        : m_db(QStringLiteral("mygas-readings")), m_store(m_db), m_keys(m_db), m_gate(m_db, std::move(beforeRequest)),
          m_context(context), m_answered(std::move(answered))
    {
    }
    // The server's Checkpointer copies the log back (see ServerApp).
    // Every statement here looks up the batch's keys.
    Status open(const QString& url)
    {
        Status opened = m_db.open(url, false);
        if (opened.ok())
            m_db.preferIndexLookups();
        return opened;
    }
    void close() { m_db.close(); }
    // Any thread.
    void queue(ReadingRequest request);

private:
    // Writes what is queued, batch after batch, until nothing is.
    void drain();
    Answers write(const std::vector<ReadingRequest>& requests) const;
    // The submission, or the answer that ends the request here.
    static std::variant<KeyedSubmission, QHttpServerResponse> check(const ReadingRequest& r,
                                                                    const Result<AccountCaller>& caller);
    std::vector<std::optional<QHttpServerResponse>> write(const std::vector<const KeyedSubmission*>& queue) const;
    // One submission in a transaction of its own, with the replay of an
    // earlier answer to the same key.
    QHttpServerResponse submitAlone(const KeyedSubmission& s) const;

    Database m_db;
    ReadingStore m_store;
    IdempotencyStore m_keys;
    RequestGate m_gate;
    QObject* m_context;
    std::function<void(Answers)> m_answered;

    std::mutex m_mutex; // guards the two below
    std::vector<ReadingRequest> m_pending;
    bool m_draining = false;
};

void ReadingWriter::Worker::queue(ReadingRequest request)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_pending.push_back(std::move(request));
    if (m_draining)
        return;
    m_draining = true;
    QMetaObject::invokeMethod(
        this, [this] { drain(); }, Qt::QueuedConnection);
}

void ReadingWriter::Worker::drain()
{
    for (;;) {
        std::vector<ReadingRequest> batch;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_pending.empty()) {
                m_draining = false;
                return;
            }
            batch.swap(m_pending);
        }
        // Queued calls copy their functor: the answers travel by shared pointer.
        auto answers = std::make_shared<Answers>(write(batch));
        QMetaObject::invokeMethod(
            m_context, [answers, answered = m_answered] { answered(std::move(*answers)); }, Qt::QueuedConnection);
    }
}

std::variant<KeyedSubmission, QHttpServerResponse> ReadingWriter::Worker::check(const ReadingRequest& r,
                                                                                const Result<AccountCaller>& caller)
{
    if (!caller.ok())
        return http::error(caller.error());
    if (!r.idempotencyKey)
        return http::error(errc::IdempotencyKeyRequired, 400, QStringLiteral("Idempotency-Key"));
    if (r.refused)
        return http::error(*r.refused);
    KeyedSubmission s;
    s.userId = caller.value().userId;
    s.accountId = caller.value().account.id.toLongLong();
    s.items = r.items;
    s.idempotencyKey = *r.idempotencyKey;
    s.requestHash = r.requestHash
                        ? *r.requestHash
                        : IdempotencyStore::requestHash(QByteArrayLiteral("POST /api/v1/accounts/") +
                                                            caller.value().account.id.toLatin1() + "/readings",
                                                        r.body);
    return s;
}

ReadingWriter::Answers ReadingWriter::Worker::write(const std::vector<ReadingRequest>& requests) const
{
    std::vector<KeyedSubmission> checked;
    checked.reserve(requests.size()); // no reallocation: queue points into it
    std::vector<const KeyedSubmission*> queue;
    std::vector<size_t> queued; // the request of each queue entry
    std::vector<std::optional<QHttpServerResponse>> out(requests.size());
    QList<RequestGate::Ask> asks;
    asks.reserve(qsizetype(requests.size()));
    for (const ReadingRequest& r : requests)
        asks.append({r.authorization, r.accountId});
    const QList<Result<AccountCaller>> callers = m_gate.extendedAccounts(asks);
    for (size_t i = 0; i < requests.size(); ++i) {
        std::variant<KeyedSubmission, QHttpServerResponse> c = check(requests[i], callers[qsizetype(i)]);
        if (auto* answer = std::get_if<QHttpServerResponse>(&c)) {
            out[i] = std::move(*answer);
            continue;
        }
        checked.push_back(std::move(std::get<KeyedSubmission>(c)));
        queue.push_back(&checked.back());
        queued.push_back(i);
    }
    std::vector<std::optional<QHttpServerResponse>> written = write(queue);
    for (size_t k = 0; k < queued.size(); ++k)
        out[queued[k]] = std::move(written[k]);
    Answers answers;
    answers.reserve(out.size());
    for (std::optional<QHttpServerResponse>& answer : out)
        answers.push_back(std::move(*answer));
    return answers;
}

std::vector<std::optional<QHttpServerResponse>>
ReadingWriter::Worker::write(const std::vector<const KeyedSubmission*>& queue) const
{
    // Enough to share a commit, few enough to keep every answer's wait short.
    constexpr int kMaxBatch = 256;
    std::vector<std::optional<QHttpServerResponse>> out(queue.size());
    // Keys that were answered before get that answer again, read for all at once.
    QList<IdempotencyStore::Key> keys;
    for (const KeyedSubmission* s : queue)
        keys.append({s->userId, s->idempotencyKey});
    QHash<IdempotencyStore::Key, StoredAnswer> answered;
    if (!m_keys.lookup(keys, &answered)) {
        for (std::optional<QHttpServerResponse>& answer : out)
            answer = http::error(errc::Internal, 500);
        return out;
    }
    for (size_t next = 0; next < queue.size();) {
        QList<const KeyedSubmission*> batch;
        std::vector<size_t> members;
        std::vector<size_t> repeats; // a key already in this batch: answered after it, from its stored answer
        QSet<IdempotencyStore::Key> inBatch;
        for (; next < queue.size() && batch.size() < kMaxBatch; ++next) {
            const KeyedSubmission& s = *queue[next];
            const IdempotencyStore::Key key(s.userId, s.idempotencyKey);
            if (const auto stored = answered.constFind(key); stored != answered.constEnd()) {
                out[next] = http::answerAgain(*stored, s.requestHash);
                continue;
            }
            if (inBatch.contains(key)) {
                repeats.push_back(next);
                continue;
            }
            inBatch.insert(key);
            batch.append(&s);
            members.push_back(next);
        }
        qCDebug(lcReadings) << batch.size() << "submissions in one commit";
        QList<QByteArray> answers;
        if (m_store.submit(batch, &answers) == ReadingStore::Outcome::Answered) {
            for (size_t i = 0; i < members.size(); ++i)
                out[members[i]] = http::jsonBytes(answers[int(i)]);
        } else {
            // A key taken by another server process, or a failed write: nothing
            // of the batch was written; each request is tried on its own.
            for (size_t i : members)
                out[i] = submitAlone(*queue[i]);
        }
        for (size_t i : repeats)
            out[i] = submitAlone(*queue[i]);
    }
    return out;
}

QHttpServerResponse ReadingWriter::Worker::submitAlone(const KeyedSubmission& s) const
{
    if (std::optional<QHttpServerResponse> earlier =
            http::earlierAnswer(m_keys, s.userId, s.idempotencyKey, s.requestHash))
        return std::move(*earlier);
    QByteArray answer;
    switch (m_store.submit(s, &answer)) {
    case ReadingStore::Outcome::Answered:
        return http::jsonBytes(answer);
    case ReadingStore::Outcome::KeyTaken:
        qCInfo(lcServer) << "a request with the same Idempotency-Key committed first; its answer is sent again";
        if (std::optional<QHttpServerResponse> earlier =
                http::earlierAnswer(m_keys, s.userId, s.idempotencyKey, s.requestHash))
            return std::move(*earlier);
        break;
    case ReadingStore::Outcome::Failed:
        break;
    }
    return http::error(errc::Internal, 500);
}

ReadingWriter::ReadingWriter() : m_worker(QStringLiteral("mygas-readings")) {}

ReadingWriter::~ReadingWriter() = default;

Status ReadingWriter::open(const QString& databaseUrl, std::function<void()> beforeRequest, QObject* context,
                           std::function<void(Answers)> answered)
{
    if (!m_worker.started())
        m_worker.start(std::make_unique<Worker>(std::move(beforeRequest), context, std::move(answered)));
    Status opened = Done{};
    m_worker.call([&](Worker& w) { opened = w.open(databaseUrl); });
    return opened;
}

void ReadingWriter::queue(ReadingRequest request)
{
    m_worker.worker().queue(std::move(request));
}

} // namespace mygas::server
