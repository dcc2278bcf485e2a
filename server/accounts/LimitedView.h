#pragma once

#include "models/accounts/AccountTypes.h"
#include "server/db/Database.h"

#include <QSet>
#include <QString>

namespace mygas::server {

class CompanyCalendar;

// Everything the limited version shows of an account to anyone who links it
// by its number: its list entry, the sections it opens (services, meters,
// readings, payments, also through /sync), the receipt of the current month
// with its QR code, and its company's directory entry and offices. A value
// shown there proves nothing of the owner, so none of it is taken as a
// control answer (manual 4.7.2.2).
class LimitedView
{
public:
    LimitedView(const Database& db, const CompanyCalendar& calendar) : m_db(db), m_calendar(calendar) {}

    // Every value as rules::answerToken() writes it: texts, whole numbers,
    // and amounts also without their sign (a debt of −314,72 is shown as
    // 314,72). False when the database could not be read.
    bool tokens(const Account& account, QSet<QString>* out) const;

private:
    const Database& m_db;
    const CompanyCalendar& m_calendar;
};

} // namespace mygas::server
