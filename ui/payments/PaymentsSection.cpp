#include "ui/payments/PaymentsSection.h"

#include "models/payments/PaymentRules.h"
#include "services/payments/PaymentsService.h"

#include "models/payments/PaymentsModel.h"
#include "services/cache/CacheStore.h"
#include "services/documents/CsvExport.h"
#include "ui/documents/PaymentReceiptDialog.h"
#include "ui/widgets/CsvSaver.h"
#include "ui/widgets/StatusBanner.h"
#include "ui/widgets/Tables.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mygas {

PaymentsSection::PaymentsSection(const ClientServices& services, QWidget* parent)
    : AccountSection(services.cache, parent), m_model(new PaymentsModel(this)),
      m_table(makeTable(QStringLiteral("paymentsTable"), tr("Payments"), m_model, this)),
      m_empty(new QLabel(tr("No payments on this account yet."), this)),
      m_export(new QPushButton(tr("Export to CSV"), this)), m_details(new QPushButton(tr("Details"), this)),
      m_banner(new StatusBanner(QStringLiteral("paymentsBanner"), this))
{
    setObjectName(QStringLiteral("paymentsSection"));
    m_payments = services.payments;
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
    m_details->setObjectName(QStringLiteral("paymentsDetailsButton"));
    m_details->setAccessibleName(tr("The receipt of the selected payment made in «My gas»"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_details);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &PaymentsSection::exportCsv);
    connect(m_details, &QPushButton::clicked, this, &PaymentsSection::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PaymentsSection::updateDetails);
    updateDetails();
}

void PaymentsSection::load(const Account& account)
{
    m_account = account;
    m_model->setPayments(cache()->payments(account.id), cache()->services(account.id));
    fitColumns(m_table);
    m_empty->setVisible(m_model->rowCount() == 0);
    m_export->setEnabled(m_model->rowCount() > 0);
    updateDetails();
}

void PaymentsSection::updateDetails()
{
    // Only a payment made in the app has a receipt of its own (manual 4.3.1.5).
    const int row = m_table->currentIndex().row();
    // Only a payment made in the app has its receipt; one made online at a bank has none here.
    m_details->setEnabled(row >= 0 && row < m_model->payments().size() &&
                          !rules::orderOfPayment(m_model->payments().at(row).id).isEmpty());
}

void PaymentsSection::showDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->payments().size())
        return;
    // One document per payment: every «Платежи» row of the same order.
    PaymentReceiptData data;
    data.orderId = rules::orderOfPayment(m_model->payments().at(row).id);
    data.account = m_account;
    data.company = cache()->company(m_account.companyId).value_or(Company{});
    const QList<ServiceInfo> services = cache()->services(m_account.id);
    for (const Payment& p : m_model->payments()) {
        if (rules::orderOfPayment(p.id) != data.orderId)
            continue;
        data.date = p.date;
        data.place = p.place;
        QString name = p.serviceId;
        for (const ServiceInfo& s : services) {
            if (s.id == p.serviceId)
                name = s.name;
        }
        data.lines.append({name, p.amountKop});
    }
    // The dialog (and the PDF plugin it loads) is made on first use.
    if (!m_receipt)
        m_receipt = new PaymentReceiptDialog(this);
    if (!m_payments) {
        m_receipt->show(data);
        return;
    }
    m_details->setEnabled(false);
    m_payments->status(data.orderId, this, [this, data](const Result<PaymentOrder>& order) mutable {
        m_details->setEnabled(true);
        if (order.ok()) {
            data.cardMasked = order.value().cardMasked;
            data.cardNetwork = order.value().cardNetwork;
            data.bankOperation = order.value().bankOperation;
            data.paidAt = order.value().finishedAt;
        }
        m_receipt->show(data); // offline: from the cached rows, without the card
    });
}

void PaymentsSection::exportCsv()
{
    saveCsv(this, QStringLiteral("payments-%1.csv").arg(m_account.number),
            csv::payments(m_model->payments(), cache()->services(m_account.id)), m_banner);
}

} // namespace mygas
