#include "ui/payments/PaymentDialog.h"

#include "models/core/DisplayFormat.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/Money.h"
#include "models/payments/PaymentRules.h"
#include "models/readings/ReadingRules.h"
#include "services/payments/PaymentsService.h"
#include "ui/payments/BankPage.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/Scrolling.h"
#include "ui/widgets/StatusBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mygas {

PaymentDialog::PaymentDialog(PaymentsService* payments, QWidget* parent)
    : QDialog(parent), m_payments(payments), m_title(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_grid(new QGridLayout), m_total(new QLabel(this)), m_message(new QLabel(this)), m_card(new QComboBox(this)),
      m_result(new QLabel(this)), m_metersBlock(new QWidget(this)), m_meterGrid(new QGridLayout)
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment for services"));
    m_title->setObjectName(QStringLiteral("paymentTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_total->setObjectName(QStringLiteral("paymentTotal"));
    m_total->setFont(bold);
    m_message->setObjectName(QStringLiteral("paymentMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;")); // as under the other forms' fields
    // No fixed name: a screen reader reads the message itself.
    m_message->setAccessibleDescription(tr("Message"));
    m_card->setObjectName(QStringLiteral("paymentCard"));
    m_card->setAccessibleName(tr("Card for payment"));
    auto* cardLabel = new QLabel(tr("Card for payment"), this);
    cardLabel->setBuddy(m_card);

    // The whole form scrolls, the buttons stay: every service row is there
    // to see, however many and whatever the scale.
    auto* form = new QWidget(this);
    auto* formOuter = new QVBoxLayout(form);
    formOuter->setContentsMargins(0, 0, 0, 0);
    auto* content = new QWidget(form);
    QBoxLayout* formLayout = scrollingPage(content);
    formOuter->addWidget(content, 1);
    auto* intro = new QLabel(tr("Tick the services you pay for and enter the amount of each."), form);
    intro->setWordWrap(true);
    formLayout->addWidget(intro);
    formLayout->addLayout(m_grid);
    formLayout->addWidget(m_total);
    // The manual's warning (4.3.1.4 point 3.1) above the meters.
    auto* metersLayout = new QVBoxLayout(m_metersBlock);
    metersLayout->setContentsMargins(0, 0, 0, 0);
    auto* metersTitle = new QLabel(tr("Meter readings"), m_metersBlock);
    metersTitle->setFont(bold);
    auto* warning = new QLabel(tr("A ticked meter's reading is sent with the payment even if you did not change its "
                                  "value: the gas company then takes a reading equal to the previous one for this "
                                  "period, which may lead to wrong charges in the next period. Tick only the meters "
                                  "whose readings you are sending."),
                               m_metersBlock);
    warning->setObjectName(QStringLiteral("paymentMetersWarning"));
    warning->setWordWrap(true);
    metersLayout->addWidget(metersTitle);
    metersLayout->addWidget(warning);
    metersLayout->addLayout(m_meterGrid);
    formLayout->addWidget(m_metersBlock);
    formLayout->addWidget(cardLabel);
    formLayout->addWidget(m_card);
    formLayout->addWidget(m_message);
    m_connection = new StatusBanner(QStringLiteral("paymentConnection"), form);
    // The same key again: a retry never makes a second order.
    connect(m_connection, &StatusBanner::retryRequested, this, &PaymentDialog::pay);
    formLayout->addWidget(m_connection);
    const DialogButtons buttons = makeDialogButtons(form, tr("Proceed to payment"), QStringLiteral("paymentPayButton"),
                                                    tr("Cancel"), QStringLiteral("paymentCancelButton"));
    m_pay = buttons.accept;
    m_pay->setAccessibleName(tr("Pay the total"));
    connect(m_pay, &QPushButton::clicked, this, &PaymentDialog::pay);
    connect(buttons.box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formLayout->addStretch(1);
    formOuter->addWidget(buttons.box);

    auto* waiting = new QWidget(this);
    auto* waitingLayout = new QVBoxLayout(waiting);
    auto* waitingText = new QLabel(tr("The bank's page is open in its own window. Finish the payment there."), waiting);
    waitingText->setObjectName(QStringLiteral("paymentWaiting"));
    waitingText->setWordWrap(true);
    waitingLayout->addWidget(waitingText, 1);
    QDialogButtonBox* closePage =
        makeCloseButton(waiting, tr("Close the bank's page"), QStringLiteral("paymentClosePageButton"));
    connect(closePage, &QDialogButtonBox::rejected, this, [this]() {
        if (m_bankPage)
            m_bankPage->close();
    });
    waitingLayout->addWidget(closePage);

    auto* result = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(result);
    m_result->setObjectName(QStringLiteral("paymentResult"));
    m_result->setWordWrap(true);
    // Every outcome in the same place, paid or declined.
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setAccessibleDescription(tr("Result of the payment"));
    resultLayout->addWidget(m_result, 1);
    QDialogButtonBox* close = makeCloseButton(result, tr("Close"), QStringLiteral("paymentCloseButton"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resultLayout->addWidget(close);

    m_pages->addWidget(form);
    m_pages->addWidget(waiting);
    m_pages->addWidget(result);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    resizeInTextUnits(this, 90, 34);
}

void PaymentDialog::start(const Account& account, const QList<ServiceInfo>& services, const QList<Meter>& meters,
                          const std::optional<Company>& company)
{
    m_account = account;
    m_company = company.value_or(Company{});
    m_readings = ReadingAnswer{};
    buildMeters(account.access == Access::Extended && company ? meters : QList<Meter>{});
    m_title->setText(tr("Account %1").arg(account.alias.isEmpty() ? account.number : account.alias));
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    m_grid->addWidget(new QLabel(tr("Service"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("Amount, ₽"), this), 0, 1);
    for (const ServiceInfo& s : services) {
        Row row;
        row.service = s;
        row.box = new QCheckBox(s.name, this);
        row.box->setObjectName(QStringLiteral("payService_%1").arg(m_rows.size()));
        row.box->setAccessibleName(tr("Pay for %1").arg(s.name));
        // By default the debt (manual 4.3.1.4, 2.2); nothing is ticked where none is owed.
        const qint64 debt = s.balanceKop < 0 ? -s.balanceKop : 0;
        row.box->setChecked(debt > 0);
        row.amount = new QLineEdit(debt > 0 ? money::format(debt) : QString(), this);
        row.amount->setObjectName(QStringLiteral("payAmount_%1").arg(m_rows.size()));
        row.amount->setAccessibleName(tr("Amount for %1, rubles").arg(s.name));
        const int at = int(m_rows.size()) + 1;
        m_grid->addWidget(row.box, at, 0);
        m_grid->addWidget(row.amount, at, 1);
        connect(row.box, &QCheckBox::toggled, this, &PaymentDialog::updateTotal);
        connect(row.amount, &QLineEdit::textChanged, this, &PaymentDialog::updateTotal);
        // An amount typed is an amount to pay: its service is ticked.
        QCheckBox* box = row.box;
        connect(row.amount, &QLineEdit::textEdited, box, [box](const QString& text) {
            if (!text.trimmed().isEmpty())
                box->setChecked(true);
        });
        m_rows.append(row);
    }
    m_card->clear();
    m_card->addItem(tr("Enter on the bank's page"), QString());
    m_payments->cards(this, [this](const Result<QList<SavedCard>>& cards) {
        if (!cards.ok())
            return; // the bank's page is still there
        for (const SavedCard& c : cards.value())
            m_card->addItem(QStringLiteral("%1 %2").arg(rules::networkDisplayName(c.network), c.masked), c.id);
        // A bound card is offered first (manual 4.3.1.4, 4.1).
        if (m_card->count() > 1)
            m_card->setCurrentIndex(1);
    });
    m_key.clear();
    m_paymentId.clear();
    m_message->clear();
    m_connection->clear();
    setStage(Stage::Form);
    updateTotal();
}

void PaymentDialog::buildMeters(const QList<Meter>& meters)
{
    while (QLayoutItem* item = m_meterGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_meters.clear();
    for (const Meter& m : meters) {
        if (m.state == QLatin1String("removed"))
            continue; // only a meter in service takes readings
        MeterRow row;
        row.meter = m;
        row.box = new QCheckBox(tr("%1, previous reading %2").arg(m.name).arg(m.lastReading), m_metersBlock);
        row.box->setObjectName(QStringLiteral("payMeter_%1").arg(m_meters.size()));
        row.box->setAccessibleName(tr("Send the reading of %1").arg(m.name));
        row.value = new QLineEdit(m_metersBlock);
        row.value->setObjectName(QStringLiteral("payMeterValue_%1").arg(m_meters.size()));
        row.value->setAccessibleName(tr("Current reading of %1, m³").arg(m.name));
        row.value->setEnabled(false);
        connect(row.box, &QCheckBox::toggled, row.value, &QLineEdit::setEnabled);
        const int at = int(m_meters.size());
        m_meterGrid->addWidget(row.box, at, 0);
        m_meterGrid->addWidget(row.value, at, 1);
        m_meters.append(row);
    }
    m_metersBlock->setVisible(!m_meters.isEmpty());
}

bool PaymentDialog::collectReadings(QList<ReadingItem>* readings)
{
    const QDate today = rules::providerToday(m_company);
    for (const MeterRow& r : m_meters) {
        if (!r.box->isChecked())
            continue;
        const rules::TypedReading typed = rules::judgeTypedReading(r.value->text(), r.meter, m_company, today);
        if (!typed.ok()) {
            m_message->setText(QStringLiteral("%1: %2").arg(
                r.meter.name, rules::readingError(typed.check.code, r.meter, m_company, today).message));
            r.value->setFocus();
            return false;
        }
        readings->append({r.meter.id, typed.value});
    }
    return true;
}

QString PaymentDialog::readingsSummary(const ReadingAnswer& answer) const
{
    QStringList lines;
    for (const ReadingResult& r : answer.results) {
        QString name = r.meterId;
        for (const MeterRow& m : m_meters) {
            if (m.meter.id == r.meterId)
                name = m.meter.name;
        }
        lines.append(r.accepted ? tr("Reading of «%1» accepted, consumption %2 m³").arg(name).arg(r.consumption)
                                : tr("Reading of «%1» refused: %2").arg(name, r.error.message));
    }
    return lines.join(QLatin1Char('\n'));
}

void PaymentDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_pages->setCurrentIndex(int(stage));
}

QString PaymentDialog::totalText() const
{
    return m_total->text();
}

QString PaymentDialog::messageText() const
{
    return m_connection->text().isEmpty() ? m_message->text() : m_connection->text();
}

bool PaymentDialog::retryOffered() const
{
    return m_connection->retryVisible();
}

QString PaymentDialog::resultText() const
{
    return m_result->text();
}

void PaymentDialog::updateTotal()
{
    m_key.clear(); // another form is another attempt
    qint64 total = 0;
    for (const Row& r : m_rows) {
        if (r.box->isChecked())
            total += money::parse(r.amount->text()).value_or(0);
    }
    m_total->setText(tr("To pay: %1").arg(money::formatRub(total)));
}

bool PaymentDialog::collect(QList<PaymentItem>* items)
{
    qint64 total = 0;
    for (const Row& r : m_rows) {
        if (!r.box->isChecked())
            continue;
        const std::optional<qint64> kop = money::parse(r.amount->text());
        if (!kop || *kop <= 0) {
            m_message->setText(tr("Enter the amount for «%1» in rubles, for example 1234,56").arg(r.service.name));
            r.amount->setFocus();
            return false;
        }
        items->append({r.service.id, *kop});
        total += *kop;
    }
    if (items->isEmpty()) {
        m_message->setText(errorMessage(QString::fromLatin1(errc::PaymentItemsInvalid)));
        return false;
    }
    if (const QString code = rules::checkPaymentTotal(total); !code.isEmpty()) {
        m_message->setText(errorMessage(code));
        return false;
    }
    return true;
}

void PaymentDialog::pay()
{
    QList<PaymentItem> items;
    QList<ReadingItem> readings;
    m_message->clear();
    m_connection->clear();
    if (!collect(&items) || !collectReadings(&readings))
        return;
    if (m_key.isEmpty())
        m_key = PaymentsService::newKey();
    m_pay->setEnabled(false);
    m_payments->pay(m_account.id, items, readings, m_card->currentData().toString(), m_key, this,
                    [this](const Result<PaymentsService::Started>& started) {
                        m_pay->setEnabled(true);
                        if (!started.ok()) {
                            // The same key again on the next press: no second order.
                            if (started.error().isNetwork())
                                m_connection->showError(started.error());
                            else
                                m_message->setText(messageFor(started.error()));
                            return;
                        }
                        m_paymentId = started.value().order.id;
                        m_readings = started.value().readings;
                        openBankPage(started.value().page);
                    });
}

void PaymentDialog::openBankPage(const QUrl& page)
{
    setStage(Stage::Paying);
    m_bankPage = BankPage::open(m_payments, m_paymentId, page, tr("Payment by card"), this,
                                [this](const Result<PaymentOrder>& order) { showOutcome(order); });
    if (!m_bankPage) {
        setStage(Stage::Form);
        m_message->setText(tr("The bank's page cannot be shown: the program's files are incomplete"));
    }
}

void PaymentDialog::showOutcome(const Result<PaymentOrder>& order)
{
    if (!order.ok()) {
        showResult(tr("The outcome of the payment is not known yet: %1. It will show in «Payments» after the "
                      "next update.")
                       .arg(messageFor(order.error())));
        return;
    }
    const PaymentOrder& o = order.value();
    switch (o.status) {
    case PaymentOrder::Status::Succeeded:
        showResult(tr("The payment of %1 was made. It is shown in «Payments».").arg(money::formatRub(o.totalKop)));
        break;
    case PaymentOrder::Status::Declined:
        showResult(tr("The payment was declined: %1").arg(display::afterColon(errorMessage(o.declineCode))));
        break;
    case PaymentOrder::Status::Pending:
        showResult(tr("The payment was not finished on the bank's page. If it is finished later, it will show in "
                      "«Payments» after the next update."));
        break;
    }
}

void PaymentDialog::showResult(const QString& text)
{
    m_key.clear();
    // The readings were judged when the order was made, whatever the bank says.
    const QString readings = readingsSummary(m_readings);
    m_result->setText(readings.isEmpty() ? text : text + QStringLiteral("\n\n") + readings);
    setStage(Stage::Result);
}

} // namespace mygas
