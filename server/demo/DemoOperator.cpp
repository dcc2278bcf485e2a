#include "server/demo/DemoOperator.h"

#include "models/core/Clock.h"
#include "server/demo/DemoData.h"

#include <QJsonObject>

#include <algorithm>

namespace mygas::server {

namespace {
constexpr int kLookIntervalMs = 2000;

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
    m_timer.setInterval(kLookIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoOperator::step);
}

void DemoOperator::start()
{
    m_timer.start();
}

void DemoOperator::step()
{
    const QDateTime now = Clock::now();
    for (const Company& company : demo::companies()) {
        const Result<QList<IncomingRequest>> waiting =
            m_service.incoming({company.id, QLatin1String(requests::kInProgress), QString(), 100});
        if (!waiting.ok())
            return;
        for (const IncomingRequest& item : waiting.value()) {
            const ServiceRequest& r = item.request;
            const QDateTime since = QDateTime::fromString(r.history.last().at, Qt::ISODate);
            if (since.secsTo(now) < m_delaySec)
                continue;
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
}

} // namespace mygas::server
