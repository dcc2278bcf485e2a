#pragma once

#include <QMetaObject>
#include <QThread>

#include <memory>

namespace mygas::server {

// A worker object that lives on a thread of its own, with a database
// connection that must be opened, used and closed on that thread. Worker is
// a QObject with close(), called on its thread before the thread stops.
template <class Worker> class WorkerThread
{
public:
    explicit WorkerThread(const QString& name) { m_thread.setObjectName(name); }
    // Waits for what the worker is doing.
    ~WorkerThread()
    {
        if (!m_worker)
            return;
        call([](Worker& w) { w.close(); });
        m_thread.quit();
        m_thread.wait();
    }
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    // Moves the worker to the thread and starts it; once only.
    void start(std::unique_ptr<Worker> worker)
    {
        m_worker = std::move(worker);
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }
    bool started() const { return m_worker != nullptr; }
    // Runs f(worker) on the worker's thread and waits for it.
    template <class F> void call(F f)
    {
        Worker* w = m_worker.get();
        QMetaObject::invokeMethod(
            w, [w, &f] { f(*w); }, Qt::BlockingQueuedConnection);
    }
    // For calls the worker makes safe from any thread.
    Worker& worker() { return *m_worker; }

private:
    QThread m_thread;
    std::unique_ptr<Worker> m_worker; // deleted after the thread stopped
};

} // namespace mygas::server
