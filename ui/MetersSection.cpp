#include "MetersSection.h"

#include "CacheStore.h"
#include "MetersModel.h"
#include "ReadingsHistoryDialog.h"
#include "Tables.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

MetersSection::MetersSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent), m_model(new MetersModel(this)),
      m_table(makeTable(QStringLiteral("metersTable"), tr("Meters"), m_model, this)),
      m_empty(new QLabel(tr("No meter is registered on this account."), this)),
      m_historyButton(new QPushButton(tr("History"), this))
{
    setObjectName(QStringLiteral("metersSection"));
    m_empty->setObjectName(QStringLiteral("metersEmpty"));
    m_empty->setWordWrap(true);
    m_historyButton->setObjectName(QStringLiteral("meterHistoryButton"));
    m_historyButton->setAccessibleName(tr("Reading history of the selected meter"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_historyButton, 0, Qt::AlignLeft);
    connect(m_historyButton, &QPushButton::clicked, this, &MetersSection::openHistory);
    connect(m_table, &QTableView::activated, this, &MetersSection::openHistory);
}

void MetersSection::load(const Account& account)
{
    m_model->setMeters(cache()->meters(account.id), account.access);
    fitColumns(m_table);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_historyButton->setEnabled(any);
    if (any)
        m_table->selectRow(0);
}

void MetersSection::openHistory()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    if (row >= m_model->meters().size())
        return;
    if (!m_history)
        m_history = new ReadingsHistoryDialog(cache(), this);
    m_history->showMeter(m_model->meters().at(row), m_model->serialText(m_model->meters().at(row)));
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
}

} // namespace mygas
