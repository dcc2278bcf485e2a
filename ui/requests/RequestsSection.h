#pragma once

#include "ui/account/AccountSection.h"

class QLabel;
class QTableView;

namespace mygas {

class RequestHistoryModel;
class RequestsModel;

// «Заявки» (manual 4.4): the account's requests for ТО ВДГО and recalculation
// with their statuses, and the history of the one chosen.
class RequestsSection : public AccountSection
{
    Q_OBJECT
public:
    explicit RequestsSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    RequestsModel* model() const { return m_model; }
    RequestHistoryModel* history() const { return m_history; }

private:
    void showRequest(int row);

    RequestsModel* m_model;
    RequestHistoryModel* m_history;
    QTableView* m_table;
    QTableView* m_historyTable;
    QLabel* m_details;
    QLabel* m_empty;
};

} // namespace mygas
