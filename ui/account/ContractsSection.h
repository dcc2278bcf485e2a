#pragma once

#include "ui/account/AccountSection.h"

class QCheckBox;
class QLabel;
class QTableView;

namespace mygas {

class ContractsModel;

// «Договоры» (manual 4.3.4): the active contracts; «Архив» shows the finished ones.
class ContractsSection : public AccountSection
{
    Q_OBJECT
public:
    explicit ContractsSection(CacheStore* cache, QWidget* parent = nullptr);

    void load(const Account& account) override;
    ContractsModel* model() const { return m_model; }
    QCheckBox* archiveSwitch() const { return m_archive; }

private:
    void reload();

    Account m_account;
    ContractsModel* m_model;
    QCheckBox* m_archive;
    QTableView* m_table;
    QLabel* m_empty;
};

} // namespace mygas
