#pragma once

#include "services/documents/PaymentReceipt.h"

#include <QDialog>
#include <QTemporaryDir>

class QPushButton;

namespace mygas {

class DocumentPlugin;
class StatusBanner;

// «Детализация» of a payment made in the app: its receipt (manual 4.3.1.5)
// in a preview, with «Распечатать документ».
class PaymentReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PaymentReceiptDialog(QWidget* parent = nullptr);

    void show(const PaymentReceiptData& data);
    // Pages in the preview (0 when there is none).
    int previewPages() const { return m_pages; }
    // Test hook: the next «Распечатать документ» prints into this PDF file
    // instead of asking for a printer.
    static void setNextPrintFile(const QString& path);

private:
    void print();

    DocumentPlugin* m_plugin;
    QWidget* m_view;
    StatusBanner* m_banner;
    QPushButton* m_print;
    QTemporaryDir m_dir;
    PaymentReceiptData m_data;
    int m_pages = 0;
};

} // namespace mygas
