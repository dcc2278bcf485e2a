#include "server/demo/DemoOperator.h"

#include "models/core/Clock.h"
#include "server/demo/DemoData.h"

#include <QJsonObject>

#include <algorithm>

namespace mygas::server {

namespace {
// A little after the due time, so that the look finds the request due.
constexpr int kSlackMs = 200;

QString question(const ServiceRequest& r)
{
    if (r.kind == QLatin1String(requests::kMaintenance))
        return QStringLiteral("Уточните, пожалуйста, телефон для связи и удобное время визита мастера");
    return QStringLiteral("Приложите, пожалуйста, документ, подтверждающий изменение, или опишите его");
}

QString closing(const ServiceRequest& r)
{
    if (r.kind == QLatin1String(requests::kMaintenance))
        return QStringLiteral("Работы выполнены, акт передан абоненту");
    return QStringLiteral("Перерасчет будет отражен в начислениях следующего месяца");
}
} // namespace

DemoOperator::DemoOperator(const Database& db, const CompanyCalendar& calendar, int delaySec)
    : m_service(db, calendar), m_delaySec(delaySec)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoOperator::step);
}

void DemoOperator::start()
{
    step();
}

void DemoOperator::nudge()
{
    const int dueMs = m_delaySec * 1000 + kSlackMs;
    if (!m_timer.isActive() || m_timer.remainingTime() > dueMs)
        m_timer.start(dueMs);
}

void DemoOperator::step()
{
    const QDateTime now = Clock::now();
    qint64 nextMs = -1; // the earliest request not yet due
    for (const Company& company : demo::companies()) {
        const Result<QList<IncomingRequest>> waiting =
            m_service.incoming({company.id, QLatin1String(requests::kInProgress), QString(), 100});
        if (!waiting.ok()) {
            m_timer.start(m_delaySec * 1000 + kSlackMs); // the database refused: look again later
            return;
        }
        for (const IncomingRequest& item : waiting.value()) {
            const ServiceRequest& r = item.request;
            const QDateTime since = QDateTime::fromString(r.history.last().at, Qt::ISODate);
            const qint64 leftMs = now.msecsTo(since.addSecs(m_delaySec));
            if (leftMs > 0) {
                nextMs = nextMs < 0 ? leftMs : std::min(nextMs, leftMs);
                continue;
            }
            const bool asked = std::any_of(r.history.begin(), r.history.end(), [](const RequestEvent& e) {
                return e.status == QLatin1String(requests::kClarification);
            });
            const QJsonObject next =
                asked ? QJsonObject{{QStringLiteral("status"), QLatin1String(requests::kDone)},
                                    {QStringLiteral("comment"), closing(r)}}
                      : QJsonObject{{QStringLiteral("status"), QLatin1String(requests::kClarification)},
                                    {QStringLiteral("comment"), question(r)}};
            // A refusal (another writer came first) is looked at again next time.
            m_service.changeStatus(company.id, r.id, next);
        }
    }
    if (nextMs >= 0)
        m_timer.start(int(std::min<qint64>(nextMs + kSlackMs, 86400000)));
}

} // namespace mygas::server
