#pragma once

#include "ui/account/AccountSection.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class SettlementsModel;
class StatusBanner;

// «Взаиморасчеты» (manual 4.3.1.2): choose the period; per service the
// opening state, charges, payments, benefits, recalculations, the closing
// state (none for the open month) and «К оплате» = opening − charged + paid.
class SettlementsSection : public AccountSection
{
    Q_OBJECT
public:
    explicit SettlementsSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    SettlementsModel* model() const { return m_model; }
    QComboBox* periodBox() const { return m_period; }

private:
    void showPeriod();
    void exportCsv();

    Account m_account;
    SettlementsModel* m_model;
    QComboBox* m_period;
    QTableView* m_table;
    QLabel* m_toPay;
    QLabel* m_formula;
    QLabel* m_empty;
    QPushButton* m_export;
    StatusBanner* m_banner;
};

} // namespace mygas
