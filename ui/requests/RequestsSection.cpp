#include "ui/requests/RequestsSection.h"

#include "models/core/DisplayFormat.h"
#include "models/requests/RequestHistoryModel.h"
#include "models/requests/RequestsModel.h"
#include "services/cache/CacheStore.h"
#include "ui/widgets/Tables.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

RequestsSection::RequestsSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent), m_model(new RequestsModel(this)), m_history(new RequestHistoryModel(this)),
      m_table(
          makeTable(QStringLiteral("requestsTable"), tr("Requests for maintenance and recalculation"), m_model, this)),
      m_historyTable(makeTable(QStringLiteral("requestHistoryTable"), tr("History of the request"), m_history, this)),
      m_details(new QLabel(this)), m_empty(new QLabel(tr("There are no requests yet."), this))
{
    setObjectName(QStringLiteral("requestsSection"));
    m_details->setObjectName(QStringLiteral("requestHistoryTitle"));
    m_details->setWordWrap(true);
    QFont bold = m_details->font();
    bold.setBold(true);
    m_details->setFont(bold);
    m_empty->setObjectName(QStringLiteral("requestsEmpty"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details);
    layout->addWidget(m_historyTable, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRequest(current.row()); });
}

void RequestsSection::load(const Account& account)
{
    m_model->setRequests(cache()->requests(account.id));
    fitColumns(m_table);
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_details->setVisible(any);
    m_historyTable->setVisible(any);
    if (any)
        m_table->selectRow(0);
    showRequest(any ? 0 : -1);
}

void RequestsSection::showRequest(int row)
{
    if (row < 0 || row >= m_model->requests().size()) {
        m_history->setHistory({});
        m_details->clear();
        return;
    }
    const ServiceRequest& r = m_model->requests().at(row);
    m_history->setHistory(r.history);
    fitColumns(m_historyTable);
    m_details->setText(tr("History: %1 of %2, %3")
                           .arg(RequestsModel::kindName(r.kind),
                                display::dateTime(QDateTime::fromString(r.createdAt, Qt::ISODate)),
                                RequestsModel::statusName(r.status)));
}

} // namespace mygas
