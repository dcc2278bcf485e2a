#pragma once

#include "models/readings/ReadingRules.h"

#include <QDate>
#include <QObject>
#include <QString>

class QTimer;

namespace mygas {

class CacheStore;

// Reminders to submit meter readings: when a company's window opens and
// when it is about to close, for every linked account with a working meter
// that has no reading for this period. It looks at the cache when it changes,
// at start, every hour and just after local midnight, and says each reminder
// once per (account, window, kind) — what was said is kept in QSettings, so a
// restart does not repeat it. A setting turns reminders off.
class ReminderService : public QObject
{
    Q_OBJECT
public:
    struct Reminder
    {
        QString accountId;
        QString accountNumber;
        rules::ReminderKind kind = rules::ReminderKind::None;
        QDate windowFirst;
        QDate windowLast;
        int daysLeft = 0; // including today
        int unreadMeters = 0;
        QString text; // the notification, translated
    };

    explicit ReminderService(CacheStore* cache, QObject* parent = nullptr);

    // On by default; kept in QSettings.
    static bool isEnabled();
    void setEnabled(bool on);

    // Watches the cache, checks now and then on the timers.
    void start();
    void stop();
    bool isRunning() const;

    // Checks every linked account now with rules::providerToday() of the company; emits
    // reminderDue() for each reminder not said before and returns them.
    QList<Reminder> check();

    static QString textOf(const Reminder& reminder);

signals:
    void reminderDue(const mygas::ReminderService::Reminder& reminder);
    void enabledChanged(bool on);

private:
    QString shownKey() const;
    void armMidnight();

    CacheStore* m_cache;
    QTimer* m_hourly;
    QTimer* m_midnight;
    bool m_running = false;
};

} // namespace mygas
