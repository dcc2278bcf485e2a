#include "ui/documents/ReceiptDialog.h"

#include "services/documents/ReceiptRenderer.h"
#include "services/documents/ReceiptService.h"
#include "ui/documents/DocumentPlugin.h"
#include "ui/shell/Plugins.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/StatusBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

namespace {
QString g_nextPrintFile;

DocumentPlugin* documentPlugin()
{
    static DocumentPlugin* plugin = qobject_cast<DocumentPlugin*>(
        loadPlugin(QStringLiteral("mygas_documents"), QStringLiteral(MYGAS_DOCUMENTS_BUILD_DIR)));
    return plugin;
}
} // namespace

void ReceiptDialog::setNextPrintFile(const QString& path)
{
    g_nextPrintFile = path;
}

ReceiptDialog::ReceiptDialog(ReceiptService* receipts, QWidget* parent)
    : QDialog(parent), m_receipts(receipts), m_plugin(documentPlugin()), m_period(new QComboBox(this)),
      m_noPreview(new QLabel(tr("The preview is not available; the receipt can still be saved and printed."), this)),
      m_banner(new StatusBanner(QStringLiteral("receiptBanner"), this)),
      m_save(new QPushButton(tr("Save the receipt"), this)), m_print(new QPushButton(tr("Print"), this))
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(tr("Receipt"));
    m_period->setObjectName(QStringLiteral("receiptPeriod"));
    m_period->setAccessibleName(tr("Billing period"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    m_view = m_plugin ? m_plugin->createView(this) : new QWidget(this);
    m_view->setObjectName(QStringLiteral("receiptPreview"));
    m_view->setAccessibleName(tr("Receipt preview"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_noPreview->setObjectName(QStringLiteral("receiptNoPreview"));
    m_noPreview->setWordWrap(true);
    m_noPreview->setVisible(!m_plugin);
    m_save->setObjectName(QStringLiteral("receiptSaveButton"));
    m_save->setAccessibleName(tr("Save the receipt"));
    m_print->setObjectName(QStringLiteral("receiptPrintButton"));
    m_print->setAccessibleName(tr("Print the receipt"));
    QDialogButtonBox* close = makeCloseButton(this, tr("Close"), QStringLiteral("receiptCloseButton"));

    auto* top = new QHBoxLayout;
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_save);
    bottom->addWidget(m_print);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_noPreview);
    layout->addWidget(m_banner);
    layout->addLayout(bottom);
    connect(m_period, &QComboBox::activated, this, [this]() { makeReceipt(); });
    connect(m_save, &QPushButton::clicked, this, &ReceiptDialog::save);
    connect(m_print, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 45);
}

void ReceiptDialog::showAccount(const QString& accountId)
{
    m_accountId = accountId;
    m_period->clear();
    for (const QString& p : m_receipts->periods(accountId))
        m_period->addItem(ReceiptRenderer::periodTitle(p), p);
    makeReceipt();
}

QString ReceiptDialog::statusText() const
{
    return m_banner->text();
}

void ReceiptDialog::makeReceipt()
{
    m_invoice.reset();
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    m_banner->showNotice(tr("Making the receipt…"));
    const int request = ++m_request;
    m_receipts->load(m_accountId, m_period->currentData().toString(), this,
                     [this, request](const Result<ReceiptService::Loaded>& r) {
                         if (request != m_request)
                             return;
                         if (!r.ok()) {
                             m_banner->showError(r.error());
                             emit failed();
                             return;
                         }
                         showInvoice(r.value().invoice, r.value().offline);
                     });
}

void ReceiptDialog::showInvoice(const Invoice& invoice, bool offline)
{
    m_previewFile = m_tmp.filePath(QStringLiteral("receipt-%1.pdf").arg(m_request));
    const Status written = ReceiptService::writePdf(invoice, m_previewFile);
    if (!written.ok()) {
        m_banner->showError(written.error());
        emit failed();
        return;
    }
    m_invoice = invoice;
    m_pages = m_plugin ? m_plugin->showFile(m_view, m_previewFile) : 0;
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    m_banner->showNotice(offline ? tr("The receipt is made from the saved data: there is no connection to the server.")
                                 : tr("The receipt has been made. Save it to keep or print it."));
    emit receiptReady();
}

void ReceiptDialog::save()
{
    if (!m_invoice)
        return;
    const QString suggested = QStringLiteral("kvitanciya-%1-%2.pdf").arg(m_invoice->accountNumber, m_invoice->period);
    QString path = fileDialog()->getSaveFileName(this, tr("Save the receipt"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const Status written = ReceiptService::writePdf(*m_invoice, path);
    if (!written.ok()) {
        m_banner->showError(written.error());
        return;
    }
    m_lastSaved = path;
    m_banner->showNotice(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ReceiptDialog::print()
{
    if (!m_invoice)
        return;
    if (!m_plugin) {
        m_banner->showNotice(tr("Printing is not available: save the receipt and print the file."));
        return;
    }
    const QString toFile = std::exchange(g_nextPrintFile, QString());
    const Invoice invoice = *m_invoice;
    const bool printed = m_plugin->print(
        this, windowTitle(), [&invoice](QPainter& p) { return ReceiptRenderer::paint(p, invoice); }, toFile);
    if (printed)
        m_banner->showNotice(tr("The receipt has been sent to the printer."));
}

} // namespace mygas
