#pragma once

#include "models/core/ApiTypes.h"
#include <QDate>

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

namespace mygas::server {

// A section row as a company exports it: its own id (unique within the
// account and section) and the values of sections::Section::columns in order.
// Ref columns hold the company's own ids of the rows they point to.
struct LocalRow
{
    QString localId; // empty for the one subscriber row
    QVariantList values;
};

// One account with all its sections, as imported, seeded or demo-seeded.
struct AccountData
{
    QString companyId;
    QString number;
    QString address;
    QString pin;                              // plain; the database keeps only its hash
    QHash<QString, QList<LocalRow>> sections; // section kind -> rows
};

struct ProviderData
{
    QList<Company> companies;
    QList<AccountData> accounts;
};

// Fills each meter's last reading, its date and the average monthly
// consumption over the year up to today (rules::averageMonthlyConsumption,
// as after a reading submitted online).
void deriveMeterFields(AccountData& account, const QDate& today);

} // namespace mygas::server
