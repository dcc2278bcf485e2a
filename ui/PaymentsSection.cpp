#include "PaymentsSection.h"

#include "CacheStore.h"
#include "CsvExport.h"
#include "CsvSaver.h"
#include "PaymentsModel.h"
#include "StatusBanner.h"
#include "Tables.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

PaymentsSection::PaymentsSection(CacheStore* cache, QWidget* parent)
    : AccountSection(cache, parent), m_model(new PaymentsModel(this)),
      m_table(makeTable(QStringLiteral("paymentsTable"), tr("Payments"), m_model, this)),
      m_empty(new QLabel(tr("No payments on this account yet."), this)),
      m_export(new QPushButton(tr("Export to CSV"), this)),
      m_banner(new StatusBanner(QStringLiteral("paymentsBanner"), this))
{
    setObjectName(QStringLiteral("paymentsSection"));
    m_empty->setObjectName(QStringLiteral("paymentsEmpty"));
    m_export->setObjectName(QStringLiteral("paymentsExportButton"));
    m_export->setAccessibleName(tr("Export the payments to CSV"));
    auto* note = new QLabel(tr("Payments made elsewhere appear once the gas company sends them."), this);
    note->setObjectName(QStringLiteral("paymentsNote"));
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(m_banner);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    connect(m_export, &QPushButton::clicked, this, &PaymentsSection::exportCsv);
}

void PaymentsSection::load(const Account& account)
{
    m_account = account;
    m_model->setPayments(cache()->payments(account.id), cache()->services(account.id));
    fitColumns(m_table);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_export->setEnabled(m_model->rowCount() > 0);
}

void PaymentsSection::exportCsv()
{
    saveCsv(this, QStringLiteral("payments-%1.csv").arg(m_account.number),
            csv::payments(m_model->payments(), cache()->services(m_account.id)), m_banner);
}

} // namespace mygas
