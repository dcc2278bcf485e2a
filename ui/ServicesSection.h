#pragma once

#include "AccountSection.h"

class QLabel;
class QTableView;

namespace mygas {

class ServicesModel;

// «Услуги»: the state of each service — a debt in red with a minus, an
// overpayment or no debt in green — and the account's total (manual 4.3.1.1).
class ServicesSection : public AccountSection
{
    Q_OBJECT
public:
    explicit ServicesSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    ServicesModel* model() const { return m_model; }

private:
    ServicesModel* m_model;
    QTableView* m_table;
    QLabel* m_total;
    QLabel* m_empty;
};

} // namespace mygas
