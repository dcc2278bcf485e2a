#include "ui/account/ServicesSection.h"

#include "models/accounts/ServicesModel.h"
#include "models/core/Money.h"
#include "services/cache/CacheStore.h"
#include "ui/documents/ReceiptDialog.h"
#include "ui/payments/PaymentDialog.h"
#include "ui/widgets/Tables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

ServicesSection::ServicesSection(const ClientServices& services, QWidget* parent)
    : AccountSection(services.cache, parent), m_model(new ServicesModel(this)),
      m_table(makeTable(QStringLiteral("servicesTable"), tr("Services"), m_model, this)), m_total(new QLabel(this)),
      m_empty(new QLabel(tr("No services on this account yet."), this)),
      m_receipt(new QPushButton(tr("Receipt"), this)), m_receipts(services.receipts),
      m_pay(new QPushButton(tr("Pay"), this)), m_payments(services.payments)
{
    setObjectName(QStringLiteral("servicesSection"));
    m_total->setObjectName(QStringLiteral("servicesTotal"));
    m_empty->setObjectName(QStringLiteral("servicesEmpty"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_receipt->setObjectName(QStringLiteral("receiptButton"));
    m_receipt->setAccessibleName(tr("Make the receipt for payment"));
    m_receipt->setEnabled(m_receipts != nullptr);
    connect(m_receipt, &QPushButton::clicked, this, &ServicesSection::openReceipt);
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setAccessibleName(tr("Pay for the services by card"));
    m_pay->setEnabled(false);
    connect(m_pay, &QPushButton::clicked, this, &ServicesSection::openPayment);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_pay);
    actions->addWidget(m_receipt);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
}

void ServicesSection::openPayment()
{
    if (!m_payments)
        return;
    if (!m_paymentDialog) {
        m_paymentDialog = new PaymentDialog(m_payments, this);
        // A paid service changes its balance at once: the sync that follows reloads this section.
    }
    m_paymentDialog->start(m_account, cache()->services(m_account.id), cache()->meters(m_account.id),
                           cache()->company(m_account.companyId));
    m_paymentDialog->show();
    m_paymentDialog->raise();
}

void ServicesSection::openReceipt()
{
    if (!m_receipts)
        return;
    // The dialog (and the PDF plugin it loads) is made on first use.
    if (!m_receiptDialog)
        m_receiptDialog = new ReceiptDialog(m_receipts, this);
    m_receiptDialog->showAccount(m_accountId);
    m_receiptDialog->show();
    m_receiptDialog->raise();
}

void ServicesSection::load(const Account& account)
{
    m_accountId = account.id;
    m_account = account;
    m_model->setServices(cache()->services(account.id));
    fitColumns(m_table);
    const qint64 total = m_model->totalKop();
    m_total->setText(tr("Total: %1 %2").arg(ServicesModel::stateText(total), money::formatRub(total)));
    setMoneyTone(m_total, total);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_total->setVisible(m_model->rowCount() > 0);
    m_pay->setEnabled(m_payments != nullptr && m_model->rowCount() > 0);
}

} // namespace mygas
