#include "ServicesSection.h"

#include "CacheStore.h"
#include "Money.h"
#include "ServicesModel.h"
#include "Tables.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

ServicesSection::ServicesSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent), m_model(new ServicesModel(this)),
      m_table(makeTable(QStringLiteral("servicesTable"), tr("Services"), m_model, this)), m_total(new QLabel(this)),
      m_empty(new QLabel(tr("No services on this account yet."), this))
{
    setObjectName(QStringLiteral("servicesSection"));
    m_total->setObjectName(QStringLiteral("servicesTotal"));
    m_empty->setObjectName(QStringLiteral("servicesEmpty"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
}

void ServicesSection::load(const Account& account)
{
    m_model->setServices(cache()->services(account.id));
    fitColumns(m_table);
    const qint64 total = m_model->totalKop();
    m_total->setText(tr("Total: %1 %2").arg(ServicesModel::stateText(total), money::formatRub(total)));
    setMoneyTone(m_total, total);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_total->setVisible(m_model->rowCount() > 0);
}

} // namespace mygas
