#pragma once

#include "AccountSection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class PaymentsModel;
class StatusBanner;

// «Платежи» (manual 4.3.1.5): every payment, newest first, with the place of
// payment; «Выгрузить в CSV».
class PaymentsSection : public AccountSection
{
    Q_OBJECT
public:
    explicit PaymentsSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    PaymentsModel* model() const { return m_model; }

private:
    void exportCsv();

    Account m_account;
    PaymentsModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_export;
    StatusBanner* m_banner;
};

} // namespace mygas
