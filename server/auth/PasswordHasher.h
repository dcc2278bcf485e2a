#pragma once

#include <QAtomicInt>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace mygas::server {

// Argon2id work (hashing a new password, checking one at login) on a pool
// of threads sized to the processor cores, so the serving thread never
// waits for it. The queue is bounded: when it is full a request is refused
// at once (the caller answers 503 with Retry-After) instead of piling up
// behind a flood of logins. Results come back on the thread that owns this
// object.
class PasswordHasher : public QObject
{
    Q_OBJECT

public:
    // threads 0: one per core; queueLimit 0: four per thread.
    explicit PasswordHasher(int threads = 0, int queueLimit = 0, QObject* parent = nullptr);
    ~PasswordHasher() override;

    // False when the queue is full; done is then never called.
    bool hash(const QString& password, std::function<void(QString hash)> done);
    // An empty hash is checked against a dummy one, spending the same time
    // (an unknown login must not answer faster than a known one).
    bool verify(const QString& hash, const QString& password, std::function<void(bool ok)> done);

private:
    bool run(std::function<QString()> work, std::function<void(QString)> done);

    QThreadPool m_pool;
    QAtomicInt m_queued;
    int m_limit = 0;
};

} // namespace mygas::server
