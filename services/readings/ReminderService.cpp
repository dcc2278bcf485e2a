#include "services/readings/ReminderService.h"

#include "models/core/DisplayFormat.h"
#include "services/cache/CacheStore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace mygas {

namespace {
const QString kEnabledKey = QStringLiteral("reminders/enabled");
constexpr int kHourMs = 60 * 60 * 1000;
constexpr int kKeepShownDays = 400; // older entries can never match a window again

QString kindName(rules::ReminderKind kind)
{
    return kind == rules::ReminderKind::ClosingSoon ? QStringLiteral("closing") : QStringLiteral("opened");
}

QString entryOf(const ReminderService::Reminder& r)
{
    return r.accountId + QLatin1Char('|') + r.windowFirst.toString(Qt::ISODate) + QLatin1Char('|') + kindName(r.kind);
}

QDate dateOfEntry(const QString& entry)
{
    return QDate::fromString(entry.section(QLatin1Char('|'), 1, 1), Qt::ISODate);
}
} // namespace

ReminderService::ReminderService(CacheStore* cache, QObject* parent)
    : QObject(parent), m_cache(cache), m_hourly(new QTimer(this)), m_midnight(new QTimer(this))
{
    m_hourly->setInterval(kHourMs);
    m_midnight->setSingleShot(true);
    connect(m_hourly, &QTimer::timeout, this, &ReminderService::check);
    connect(m_midnight, &QTimer::timeout, this, [this]() {
        check();
        armMidnight();
    });
}

bool ReminderService::isEnabled()
{
    return QSettings().value(kEnabledKey, true).toBool();
}

void ReminderService::setEnabled(bool on)
{
    if (on == isEnabled())
        return;
    QSettings().setValue(kEnabledKey, on);
    emit enabledChanged(on);
    if (on && m_running)
        check();
}

void ReminderService::start()
{
    if (m_running)
        return;
    m_running = true;
    connect(m_cache, &CacheStore::changed, this, &ReminderService::check, Qt::UniqueConnection);
    m_hourly->start();
    armMidnight();
    check();
}

void ReminderService::stop()
{
    m_running = false;
    disconnect(m_cache, &CacheStore::changed, this, &ReminderService::check);
    m_hourly->stop();
    m_midnight->stop();
}

bool ReminderService::isRunning() const
{
    return m_running;
}

void ReminderService::armMidnight()
{
    // Just after the next local midnight, when the date a person sees turns.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 5));
    m_midnight->start(int(qBound<qint64>(1000, now.msecsTo(next), 25LL * kHourMs)));
}

QString ReminderService::shownKey() const
{
    // One list per cache file, i.e. per server and login.
    return QStringLiteral("reminders/shown/") + QFileInfo(m_cache->filePath()).completeBaseName();
}

QList<ReminderService::Reminder> ReminderService::check()
{
    QList<Reminder> due;
    if (!isEnabled() || !m_cache->isOpen())
        return due;
    const QList<Account> accounts = m_cache->accounts();
    if (accounts.isEmpty())
        return due;
    QHash<QString, Company> companies;
    for (const Company& c : m_cache->companies())
        companies.insert(c.id, c);
    // Shown reminders are forgotten a few days after their window opened.
    const QDate today = rules::todayIn(QString::fromLatin1(kDefaultTimeZone));

    QSettings settings;
    QStringList shown = settings.value(shownKey()).toStringList();
    const qsizetype before = shown.size();
    shown.erase(std::remove_if(shown.begin(), shown.end(),
                               [&](const QString& e) { return dateOfEntry(e) < today.addDays(-kKeepShownDays); }),
                shown.end());
    bool changed = shown.size() != before;
    for (const Account& account : accounts) {
        const auto company = companies.constFind(account.companyId);
        if (company == companies.constEnd())
            continue; // the window is not known until the companies are loaded
        const QDate companyToday = rules::providerToday(*company);
        const rules::ReminderDue d = rules::reminderDue(*company, m_cache->meters(account.id), companyToday);
        if (d.kind == rules::ReminderKind::None)
            continue;
        Reminder r;
        r.accountId = account.id;
        r.accountNumber = account.number;
        r.kind = d.kind;
        r.windowFirst = d.windowFirst;
        r.windowLast = d.windowLast;
        r.daysLeft = rules::readingWindow(*company, companyToday).daysLeft;
        r.unreadMeters = int(d.unread.size());
        r.text = textOf(r);
        const QString entry = entryOf(r);
        if (shown.contains(entry))
            continue;
        shown.append(entry);
        changed = true;
        due.append(r);
    }
    if (changed) {
        settings.setValue(shownKey(), shown);
        settings.sync(); // said once even if the program is killed right after
    }
    for (const Reminder& r : due)
        emit reminderDue(r);
    return due;
}

QString ReminderService::textOf(const Reminder& r)
{
    if (r.kind == rules::ReminderKind::ClosingSoon)
        return tr("%1 days left to submit the meter readings for personal account %2")
            .arg(r.daysLeft)
            .arg(r.accountNumber);
    return tr("Meter readings are being accepted for personal account %1: until %2")
        .arg(r.accountNumber, display::date(r.windowLast));
}

} // namespace mygas
