#include "server/directory/CompanyCalendar.h"

#include "models/readings/ReadingRules.h"

namespace mygas::server {

void CompanyCalendar::reload(const QList<Company>& companies)
{
    m_companies.clear();
    for (const Company& c : companies)
        m_companies.insert(c.id, c);
}

QDate CompanyCalendar::today(const QString& companyId) const
{
    const auto it = m_companies.constFind(companyId);
    return it == m_companies.constEnd() ? rules::todayIn(QString::fromLatin1(kDefaultTimeZone))
                                        : rules::providerToday(*it);
}

Company CompanyCalendar::company(const QString& companyId) const
{
    return m_companies.value(companyId);
}

} // namespace mygas::server
