#pragma once

#include <QDateTime>

#include <atomic>

namespace mygas {

// The time source of both client and server. Code asks Clock::now() instead
// of QDateTime::currentDateTimeUtc() so that tests can move time (code TTLs,
// rate-limit windows) instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;

    static QDateTime now() { return instance().nowUtc(); }
    static const Clock& instance();
    // Takes no ownership; pass nullptr to return to the system clock.
    static void setInstance(const Clock* clock);
};

// A clock that stands still until told to move.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& t) { m_now = t.toUTC(); }

private:
    QDateTime m_now;
};

// The system clock shifted by a number of seconds (used by the server's
// --clock-file option so integration tests can move a running server's time).
class OffsetClock : public Clock
{
public:
    QDateTime nowUtc() const override { return Clock::nowUtc().addSecs(m_offset.load()); }
    void setOffset(qint64 seconds) { m_offset.store(seconds); }
    qint64 offset() const { return m_offset.load(); }

private:
    // Moved by the serving thread, read by the server's writer thread too.
    std::atomic<qint64> m_offset{0};
};

} // namespace mygas
