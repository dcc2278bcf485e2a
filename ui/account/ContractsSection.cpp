#include "ui/account/ContractsSection.h"

#include "models/accounts/ContractsModel.h"
#include "services/cache/CacheStore.h"
#include "ui/widgets/Tables.h"

#include <QCheckBox>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

ContractsSection::ContractsSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent), m_model(new ContractsModel(this)), m_archive(new QCheckBox(tr("Archive"), this)),
      m_table(makeTable(QStringLiteral("contractsTable"), tr("Contracts"), m_model, this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("contractsSection"));
    m_archive->setObjectName(QStringLiteral("contractsArchiveSwitch"));
    m_archive->setAccessibleName(tr("Archive: show finished contracts"));
    m_empty->setObjectName(QStringLiteral("contractsEmpty"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_archive, 0, Qt::AlignLeft);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    connect(m_archive, &QCheckBox::toggled, this, &ContractsSection::reload);
}

void ContractsSection::load(const Account& account)
{
    m_account = account;
    reload();
}

void ContractsSection::reload()
{
    const bool archive = m_archive->isChecked();
    m_model->setContracts(cache()->contracts(m_account.id, archive));
    fitColumns(m_table);
    m_empty->setText(archive ? tr("There are no finished contracts.") : tr("There are no active contracts."));
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace mygas
