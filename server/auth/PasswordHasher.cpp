#include "server/auth/PasswordHasher.h"

#include "server/app/Crypto.h"

#include <QThread>

namespace mygas::server {

PasswordHasher::PasswordHasher(int threads, int queueLimit, QObject* parent) : QObject(parent)
{
    const int n = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(n);
    m_limit = queueLimit > 0 ? queueLimit : 4 * n;
}

PasswordHasher::~PasswordHasher()
{
    m_pool.clear();
    m_pool.waitForDone();
}

bool PasswordHasher::run(std::function<QString()> work, std::function<void(QString)> done)
{
    if (m_queued.fetchAndAddOrdered(1) >= m_limit) {
        m_queued.fetchAndAddOrdered(-1);
        return false;
    }
    m_pool.start([this, work = std::move(work), done = std::move(done)] {
        const QString result = work();
        m_queued.fetchAndAddOrdered(-1);
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    return true;
}

bool PasswordHasher::hash(const QString& password, std::function<void(QString)> done)
{
    return run([password] { return crypto::hashPassword(password); }, std::move(done));
}

bool PasswordHasher::verify(const QString& hash, const QString& password, std::function<void(bool)> done)
{
    return run(
        [hash, password] {
            if (hash.isEmpty()) {
                crypto::dummyVerify(password);
                return QString();
            }
            return crypto::verifyPassword(hash, password) ? QStringLiteral("ok") : QString();
        },
        [done = std::move(done)](const QString& r) { done(!r.isEmpty()); });
}

} // namespace mygas::server
