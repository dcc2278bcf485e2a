#include "ui/documents/PaymentReceiptDialog.h"

#include "ui/documents/DocumentPlugin.h"
#include "ui/shell/Plugins.h"
#include "ui/widgets/StatusBanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace mygas {

namespace {
QString g_nextPrintFile;
} // namespace

void PaymentReceiptDialog::setNextPrintFile(const QString& path)
{
    g_nextPrintFile = path;
}

PaymentReceiptDialog::PaymentReceiptDialog(QWidget* parent)
    : QDialog(parent), m_plugin(qobject_cast<DocumentPlugin*>(
                           loadPlugin(QStringLiteral("mygas_documents"), QStringLiteral(MYGAS_DOCUMENTS_BUILD_DIR)))),
      m_banner(new StatusBanner(QStringLiteral("paymentReceiptBanner"), this)),
      m_print(new QPushButton(tr("Print the document"), this))
{
    setObjectName(QStringLiteral("paymentReceiptDialog"));
    setWindowTitle(tr("Payment receipt"));
    m_view = m_plugin ? m_plugin->createView(this) : new QWidget(this);
    m_view->setObjectName(QStringLiteral("paymentReceiptPreview"));
    m_view->setAccessibleName(tr("Payment receipt preview"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_print->setObjectName(QStringLiteral("paymentReceiptPrintButton"));
    m_print->setAccessibleName(tr("Print the payment receipt"));
    m_print->setEnabled(m_plugin != nullptr);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("paymentReceiptCloseButton"));
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PaymentReceiptDialog::print);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_print);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_banner);
    layout->addLayout(bottom);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40);
}

void PaymentReceiptDialog::show(const PaymentReceiptData& data)
{
    m_data = data;
    m_banner->clear();
    m_pages = 0;
    const QString file = m_dir.filePath(QStringLiteral("payment-receipt.pdf"));
    if (const Status written = paymentreceipt::writePdf(data, file); !written.ok())
        m_banner->showError(written.error());
    else if (m_plugin)
        m_pages = m_plugin->showFile(m_view, file);
    QDialog::show();
    raise();
}

void PaymentReceiptDialog::print()
{
    const QString toFile = std::exchange(g_nextPrintFile, QString());
    const PaymentReceiptData data = m_data;
    if (m_plugin->print(
            this, paymentreceipt::title(data), [&data](QPainter& p) { return paymentreceipt::paint(p, data); }, toFile))
        m_banner->showNotice(tr("The document has been sent to the printer."));
}

} // namespace mygas
