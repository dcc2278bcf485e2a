#pragma once

#include "services/core/ClientServices.h"
#include "ui/account/AccountSection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class PaymentReceiptDialog;
class PaymentsService;
class PaymentsModel;
class StatusBanner;

// «Платежи» (manual 4.3.1.5): every payment, newest first, with the place of
// payment; «Выгрузить в CSV»; «Детализация» of a payment made in the app
// shows its receipt.
class PaymentsSection : public AccountSection
{
    Q_OBJECT
public:
    explicit PaymentsSection(const ClientServices& services, QWidget* parent = nullptr);

    void load(const Account& account) override;
    PaymentsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    PaymentReceiptDialog* receiptDialog() const { return m_receipt; }

private:
    void exportCsv();
    void showDetails();
    void updateDetails();

    Account m_account;
    PaymentsModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_export;
    QPushButton* m_details;
    PaymentReceiptDialog* m_receipt = nullptr;
    PaymentsService* m_payments = nullptr; // the card and the time of a payment come from its order
    StatusBanner* m_banner;
};

} // namespace mygas
