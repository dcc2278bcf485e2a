#pragma once

#include "services/core/ClientServices.h"
#include "ui/account/AccountSection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class PaymentDialog;
class PaymentsService;
class ReceiptDialog;
class ReceiptService;
class ServicesModel;

// «Услуги»: the state of each service — a debt in red with a minus, an
// overpayment or no debt in green — and the account's total (manual 4.3.1.1);
// «Квитанция» makes the receipt of the month (4.3.1.3), «Оплатить» pays by
// card (4.3.1.4).
class ServicesSection : public AccountSection
{
    Q_OBJECT
public:
    explicit ServicesSection(const ClientServices& services, QWidget* parent = nullptr);

    void load(const Account& account) override;
    ServicesModel* model() const { return m_model; }
    ReceiptDialog* receiptDialog() const { return m_receiptDialog; }
    PaymentDialog* paymentDialog() const { return m_paymentDialog; }

private:
    void openReceipt();
    void openPayment();

    ServicesModel* m_model;
    QTableView* m_table;
    QLabel* m_total;
    QLabel* m_empty;
    QPushButton* m_receipt;
    ReceiptService* m_receipts;
    ReceiptDialog* m_receiptDialog = nullptr;
    QPushButton* m_pay;
    PaymentsService* m_payments;
    PaymentDialog* m_paymentDialog = nullptr;
    Account m_account;
    QString m_accountId;
};

} // namespace mygas
