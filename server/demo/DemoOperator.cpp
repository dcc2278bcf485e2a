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
    : m_service(db, calendar), m_applications(db, calendar), m_delaySec(delaySec)
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

DemoOperator::Due DemoOperator::due(const QList<RequestEvent>& history, const QDateTime& now, qint64* leftMs) const
{
    const QDateTime since = QDateTime::fromString(history.last().at, Qt::ISODate);
    *leftMs = now.msecsTo(since.addSecs(m_delaySec));
    if (*leftMs > 0)
        return Due::NotYet;
    const bool asked = std::any_of(history.begin(), history.end(), [](const RequestEvent& e) {
        return e.status == QLatin1String(requests::kClarification);
    });
    return asked ? Due::Close : Due::Ask;
}

void DemoOperator::step()
{
    const QDateTime now = Clock::now();
    qint64 nextMs = -1; // the earliest item not yet due
    const auto later = [&nextMs](qint64 leftMs) { nextMs = nextMs < 0 ? leftMs : std::min(nextMs, leftMs); };
    const QString inProgress = QLatin1String(requests::kInProgress);
    for (const Company& company : demo::companies()) {
        const Result<QList<IncomingRequest>> waiting = m_service.incoming({company.id, inProgress, QString(), 100});
        const Result<QList<IncomingApplication>> sent =
            m_applications.incoming({company.id, inProgress, QString(), 100});
        if (!waiting.ok() || !sent.ok()) {
            m_timer.start(m_delaySec * 1000 + kSlackMs); // the database refused: look again later
            return;
        }
        // A refusal of a step (another writer came first) is looked at again next time.
        for (const IncomingRequest& item : waiting.value()) {
            const ServiceRequest& r = item.request;
            qint64 leftMs = 0;
            const Due d = due(r.history, now, &leftMs);
            if (d == Due::NotYet)
                later(leftMs);
            else if (d == Due::Ask)
                m_service.changeStatus(company.id, r.id,
                                       {{QStringLiteral("status"), QLatin1String(requests::kClarification)},
                                        {QStringLiteral("comment"), question(r)}});
            else
                m_service.changeStatus(company.id, r.id,
                                       {{QStringLiteral("status"), QLatin1String(requests::kDone)},
                                        {QStringLiteral("comment"), closing(r)}});
        }
        for (const IncomingApplication& item : sent.value()) {
            const ContractApplication& a = item.application;
            qint64 leftMs = 0;
            const Due d = due(a.history, now, &leftMs);
            if (d == Due::NotYet)
                later(leftMs);
            else if (d == Due::Ask)
                m_applications.changeStatus(
                    company.id, a.id,
                    {{QStringLiteral("status"), QLatin1String(requests::kClarification)},
                     {QStringLiteral("comment"),
                      QStringLiteral("Уточните, пожалуйста, кадастровый номер объекта или приложите выписку ЕГРН")}});
            else
                m_applications.changeStatus(
                    company.id, a.id,
                    {{QStringLiteral("status"), QLatin1String(applications::kAccepted)},
                     {QStringLiteral("comment"), QStringLiteral("Заявка зарегистрирована, договор готовится")}});
        }
    }
    if (nextMs >= 0)
        m_timer.start(int(std::min<qint64>(nextMs + kSlackMs, 86400000)));
}

} // namespace mygas::server
