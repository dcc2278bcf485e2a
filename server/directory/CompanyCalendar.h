#pragma once

#include "models/core/ApiTypes.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace mygas::server {

// «Today» of each company, in its own time zone (manual: reading windows,
// history periods and receipts run by the company's calendar, not by the
// server machine's). Refreshed with the directory.
class CompanyCalendar
{
public:
    void reload(const QList<Company>& companies);
    // Moscow time for a company not (yet) known.
    QDate today(const QString& companyId) const;
    // The company's rules as the directory holds them; defaults for one not known.
    Company company(const QString& companyId) const;

private:
    QHash<QString, Company> m_companies;
};

} // namespace mygas::server
