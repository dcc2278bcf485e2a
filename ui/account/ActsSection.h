#pragma once

#include "ui/account/AccountSection.h"

class QLabel;
class QTableView;

namespace mygas {

class ActWorksModel;
class ActsModel;

// «Акты» (manual 4.3.5): the acts of work done; choosing one shows its works,
// quantities and costs.
class ActsSection : public AccountSection
{
    Q_OBJECT
public:
    explicit ActsSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    ActsModel* model() const { return m_model; }
    ActWorksModel* worksModel() const { return m_works; }
    void showAct(int row);

private:
    ActsModel* m_model;
    ActWorksModel* m_works;
    QTableView* m_table;
    QTableView* m_worksTable;
    QLabel* m_details;
    QLabel* m_empty;
};

} // namespace mygas
