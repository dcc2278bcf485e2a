#pragma once

#include "models/documents/InvoiceTypes.h"

#include <QDialog>
#include <QTemporaryDir>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace mygas {

class DocumentPlugin;
class ReceiptService;
class StatusBanner;

// «Квитанция» (manual 4.3.1.3): the receipt of a month made on the PC —
// from the server's data, or offline from the cached data, which the banner
// says — shown as a preview, with «Сохранить квитанцию» and «Распечатать».
class ReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiptDialog(ReceiptService* receipts, QWidget* parent = nullptr);

    // Makes the receipt of the current month of the account and shows it.
    void showAccount(const QString& accountId);

    // Test hook: the next «Распечатать» prints into this PDF file instead of
    // asking for a printer.
    static void setNextPrintFile(const QString& path);

    bool isReady() const { return m_invoice.has_value(); }
    int previewPages() const { return m_pages; }
    QString statusText() const;
    QString lastSavedPath() const { return m_lastSaved; }

signals:
    void receiptReady(); // the preview shows a new receipt
    void failed();       // the receipt of the chosen month could not be made

private:
    void makeReceipt();
    void showInvoice(const Invoice& invoice, bool offline);
    void save();
    void print();

    ReceiptService* m_receipts;
    DocumentPlugin* m_plugin;
    QString m_accountId;
    std::optional<Invoice> m_invoice;
    QTemporaryDir m_tmp;
    QString m_previewFile;
    int m_pages = 0;
    int m_request = 0; // the answer of an older request is dropped
    QString m_lastSaved;
    QComboBox* m_period;
    QWidget* m_view;
    QLabel* m_noPreview;
    StatusBanner* m_banner;
    QPushButton* m_save;
    QPushButton* m_print;
};

} // namespace mygas
