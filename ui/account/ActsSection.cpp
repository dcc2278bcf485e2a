#include "ui/account/ActsSection.h"

#include "models/accounts/ActWorksModel.h"
#include "models/accounts/ActsModel.h"
#include "models/core/DisplayFormat.h"
#include "services/cache/CacheStore.h"
#include "ui/widgets/Tables.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

ActsSection::ActsSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent), m_model(new ActsModel(this)), m_works(new ActWorksModel(this)),
      m_table(makeTable(QStringLiteral("actsTable"), tr("Acts of work done"), m_model, this)),
      m_worksTable(makeTable(QStringLiteral("actWorksTable"), tr("Works of the act"), m_works, this)),
      m_details(new QLabel(this)), m_empty(new QLabel(tr("There are no acts of work done."), this))
{
    setObjectName(QStringLiteral("actsSection"));
    m_details->setObjectName(QStringLiteral("actDetailsTitle"));
    m_details->setWordWrap(true);
    QFont bold = m_details->font();
    bold.setBold(true);
    m_details->setFont(bold);
    m_empty->setObjectName(QStringLiteral("actsEmpty"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details);
    layout->addWidget(m_worksTable, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showAct(current.row()); });
}

void ActsSection::load(const Account& account)
{
    m_model->setActs(cache()->acts(account.id));
    fitColumns(m_table);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_details->setVisible(any);
    m_worksTable->setVisible(any);
    if (any)
        m_table->selectRow(0);
    else
        m_works->clear();
    showAct(any ? 0 : -1);
}

void ActsSection::showAct(int row)
{
    if (row < 0 || row >= m_model->acts().size()) {
        m_works->clear();
        m_details->clear();
        return;
    }
    // The list carries the works too; ask the cache for the act in case it holds more.
    const Act& listed = m_model->acts().at(row);
    const Act act = cache()->act(listed.id).value_or(listed);
    m_works->setAct(act);
    fitColumns(m_worksTable);
    m_details->setText(tr("Act %1 of %2: works and costs").arg(act.number, display::date(act.date)));
}

} // namespace mygas
