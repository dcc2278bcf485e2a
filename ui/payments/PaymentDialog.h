#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/payments/PaymentTypes.h"
#include "models/readings/ReadingTypes.h"
#include "ui/payments/BankPage.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace mygas {

class PaymentsService;
class StatusBanner;

// «Оплата услуг» (manual 4.3.1.4): the account's services with check boxes,
// the amount of each (its debt by default, editable), «К оплате» with the
// total, the meters block of an extended account (point 3: the ticked
// meters' readings go with the payment, checked by the reading rules first),
// and the card: a bound one or «Ввести на странице банка». The bank's
// page opens inside the app; afterwards the server's outcome is shown and a
// sync brings the payment into «Платежи» and the balances.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Stage
    {
        Form,
        Paying, // the order is being made, or the bank's page is open
        Result
    };

    PaymentDialog(PaymentsService* payments, QWidget* parent = nullptr);

    // The meters block needs the company's reading rules; without them (not
    // cached yet) it is left out, as «Передать показания» is.
    void start(const Account& account, const QList<ServiceInfo>& services, const QList<Meter>& meters = {},
               const std::optional<Company>& company = std::nullopt);

    Stage stage() const { return m_stage; }
    int rowCount() const { return int(m_rows.size()); }
    QCheckBox* checkBox(int row) const { return m_rows.at(row).box; }
    QLineEdit* amountEdit(int row) const { return m_rows.at(row).amount; }
    QString totalText() const;
    QString messageText() const;
    // «Повторить» beside a lost connection.
    bool retryOffered() const;
    QString resultText() const;
    int meterCount() const { return int(m_meters.size()); }
    QCheckBox* meterBox(int row) const { return m_meters.at(row).box; }
    QLineEdit* meterEdit(int row) const { return m_meters.at(row).value; }
    QComboBox* cardChoice() const { return m_card; }
    QPushButton* payButton() const { return m_pay; }
    // The bank's page while it is open.
    BankPage* bankPage() const { return m_bankPage; }
    QString paymentId() const { return m_paymentId; }

private:
    struct Row
    {
        ServiceInfo service;
        QCheckBox* box = nullptr;
        QLineEdit* amount = nullptr;
    };
    struct MeterRow
    {
        Meter meter;
        QCheckBox* box = nullptr;
        QLineEdit* value = nullptr;
    };
    void updateTotal();
    // The ticked meters' readings, or false with the broken rule shown.
    bool collectReadings(QList<ReadingItem>* readings);
    void buildMeters(const QList<Meter>& meters);
    QString readingsSummary(const ReadingAnswer& answer) const;
    // The ticked services with their amounts, or false with the message shown.
    bool collect(QList<PaymentItem>* items);
    void pay();
    void openBankPage(const QUrl& page);
    void showOutcome(const Result<PaymentOrder>& order);
    void showResult(const QString& text);
    void setStage(Stage stage);

    PaymentsService* m_payments;
    Account m_account;
    QList<Row> m_rows;
    QList<MeterRow> m_meters;
    Company m_company;
    QWidget* m_metersBlock;
    QGridLayout* m_meterGrid;
    ReadingAnswer m_readings; // the verdict on the readings sent with this payment
    QLabel* m_title;
    QStackedWidget* m_pages;
    QGridLayout* m_grid;
    QLabel* m_total;
    QLabel* m_message;
    StatusBanner* m_connection; // a lost connection, with «Повторить»
    QComboBox* m_card;
    QPushButton* m_pay;
    QLabel* m_result;
    QPointer<BankPage> m_bankPage;
    Stage m_stage = Stage::Form;
    QString m_key;       // the Idempotency-Key of this attempt
    QString m_paymentId; // the order made by it
};

} // namespace mygas
