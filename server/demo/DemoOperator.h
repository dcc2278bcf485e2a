#pragma once

#include "server/applications/ApplicationService.h"
#include "server/requests/RequestService.h"

#include <QObject>
#include <QTimer>

namespace mygas::server {

// With --demo, the companies answer «Заявки» by themselves so that a person
// trying the app sees the whole cycle: a request that has waited `delay` in
// «В обработке» gets a question («Требует уточнения»); once the person has
// answered and it has waited again, it is «Выполнена» (a contract
// application: «Принята»). Through the same service steps an operator takes.
class DemoOperator : public QObject
{
    Q_OBJECT
public:
    DemoOperator(const Database& db, const CompanyCalendar& calendar, int delaySec);
    // Looks at what earlier runs left; then waits for nudge().
    void start();
    // A request was made or answered: look again once it is due.
    void nudge();
    // One look at every demo company's requests in progress; the timer is
    // set for the next one due (no timer runs while nothing waits).
    void step();

private:
    // The step due for an item in «В обработке» since `since`: none yet
    // (*leftMs says how long), the question, or the closing step.
    enum class Due
    {
        NotYet,
        Ask,
        Close
    };
    Due due(const QList<RequestEvent>& history, const QDateTime& now, qint64* leftMs) const;

    RequestService m_service;
    ApplicationService m_applications;
    int m_delaySec;
    QTimer m_timer;
};

} // namespace mygas::server
