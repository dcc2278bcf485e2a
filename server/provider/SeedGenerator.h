#pragma once

#include "server/provider/ProviderData.h"

#include <QRandomGenerator>

namespace mygas::server {

// Deterministic fictional provider data: the same company, index, seed,
// years and last month always give the same account. Monthly history:
// readings, settlements per service (opening − charged + paid
// [+ recalculation] = closing, the last month open), payments, contracts
// (one archived), yearly acts with their works.
class SeedGenerator
{
public:
    // Fixed control answers for accounts a person is told about (demo).
    struct Fixed
    {
        QString number;
        QString pin;
        QString serial;
        // The total charged in the last closed month (the «last charge»
        // control answer); its gas volume follows from it.
        qint64 lastChargeKop = 0;
    };

    SeedGenerator(quint64 seed, int years, const QDate& openMonth);

    AccountData account(const Company& company, qint64 index) const;
    AccountData account(const Company& company, qint64 index, const Fixed& fixed) const;
    // The number of the index-th seeded account of a company (never one of
    // the demo numbers, which start with 0).
    static QString accountNumber(const Company& company, qint64 index);

private:
    quint64 m_seed;
    int m_years;
    QDate m_openMonth; // first day of the open (current) month
};

} // namespace mygas::server
