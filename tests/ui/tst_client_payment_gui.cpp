// «Оплатить» through the real windows under Xvfb against the real
// mygas-server and its sandbox bank (manual 4.3.1.4, 4.3.1.5, section 6 row
// 3): the form's amounts and total and its refusals, then the bank's page in
// the helper program mygas-bankpage, started by the app; the bank's side of
// every test card of docs/payments.md is completed as the page's form would
// post it, the page closed, and the app shows the server's outcome in
// Russian; a paid amount is in «Платежи» and the balance at once. Typing the
// card into the page itself is proven by tst_client_bankpage (the window)
// and tests/e2e (the shipped programs through the accessibility bus).
#include "app/CompositionRoot.h"
#include "models/accounts/ServicesModel.h"
#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"
#include "models/payments/PaymentRules.h"
#include "models/payments/PaymentTypes.h"
#include "models/payments/PaymentsModel.h"
#include "models/readings/ReadingRules.h"
#include "services/cache/CacheStore.h"
#include "services/documents/PaymentReceipt.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/client/PdfRules.h"
#include "tests/support/gui/PageTestSupport.h"
#include "translations/Translations.h"
#include "ui/account/AccountPage.h"
#include "ui/account/SectionSlot.h"
#include "ui/account/ServicesSection.h"
#include "ui/auth/AuthWindow.h"
#include "ui/documents/PaymentReceiptDialog.h"
#include "ui/payments/BankPage.h"
#include "ui/payments/PaymentDialog.h"
#include "ui/payments/PaymentsSection.h"
#include "ui/settings/CardsBlock.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace mygas;
using namespace pagetest;

class TestClientPaymentGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void formChecksTheTotal();
    void paysThroughTheBankPage_data();
    void paysThroughTheBankPage();
    void closingTheBankPageLeavesNothingPaid();
    void lostConnectionOffersRetry();
    void detailsShowThePaymentReceipt();
    void boundCardPaysWithTheCodeOnly();

private:
    MainWindow* main() const { return m_root->mainWindow(); }
    template <typename T> T* openSection(const QString& name);
    PaymentDialog* openPayment();
    // Ticks only the first service, with this amount.
    void fillOne(PaymentDialog* d, const QString& amount);
    // The bank's page once its program runs.
    static BankPage* waitForBankPage(const std::function<BankPage*()>& page);
    qint64 balance();
    // Sends a card (unless empty: a bound card) and the code (unless empty)
    // to the sandbox bank as its page's forms post them, then closes the page.
    bool payAtBank(BankPage* page, const QString& number, const QString& code);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<CompositionRoot> m_root;
    ApiCaller m_api;
    QString m_extendedId;
};

void TestClientPaymentGui::initTestCase()
{
    isolate(m_home);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    const Tokens tokens = clienttest::signIn(m_server, demoLogin(), demoPassword());
    m_api.setBase(m_server.apiUrl(QString()));
    m_api.setCaFile(m_server.caFile());
    m_api.setBearer(tokens.accessToken);
    for (const QJsonValue& v : m_api.get(QStringLiteral("/accounts")).json.array()) {
        if (v[QLatin1String("access")].toString() == QLatin1String("extended"))
            m_extendedId = v[QLatin1String("id")].toString();
    }
    QVERIFY(!m_extendedId.isEmpty());
    m_root = makeRoot(m_server);
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    signInThroughWindow(m_root.get(), demoLogin(), demoPassword());
    QTRY_VERIFY(main()->isVisible());
    // The companies' reading rules arrive after the first sync; the meters
    // block of «Оплатить» waits for them, as «Передать показания» does.
    QTRY_VERIFY_WITH_TIMEOUT(!m_root->cache()->companies().isEmpty(), 20000);
}

void TestClientPaymentGui::cleanupTestCase()
{
    m_root.reset();
}

template <typename T> T* TestClientPaymentGui::openSection(const QString& name)
{
    main()->setCurrentAccount(m_extendedId);
    main()->showAccounts();
    return pagetest::openSection<T>(main()->accountPage(), name);
}

PaymentDialog* TestClientPaymentGui::openPayment()
{
    auto* services = openSection<ServicesSection>(QStringLiteral("services"));
    if (!services)
        return nullptr;
    if (!QTest::qWaitFor([services]() { return services->findChild<QPushButton*>("payButton")->isEnabled(); }, 5000))
        return nullptr;
    click(services, "payButton");
    PaymentDialog* d = services->paymentDialog();
    if (!d || !QTest::qWaitFor([d]() { return d->isVisible(); }, 5000))
        return nullptr;
    return d;
}

void TestClientPaymentGui::fillOne(PaymentDialog* d, const QString& amount)
{
    for (int row = 0; row < d->rowCount(); ++row)
        d->checkBox(row)->setChecked(row == 0);
    d->amountEdit(0)->selectAll();
    QTest::keyClicks(d->amountEdit(0), amount);
}

BankPage* TestClientPaymentGui::waitForBankPage(const std::function<BankPage*()>& page)
{
    if (!QTest::qWaitFor([&]() { return page() && page()->isOpen(); }, 20000))
        return nullptr;
    return page();
}

qint64 TestClientPaymentGui::balance()
{
    return m_api.get(QStringLiteral("/accounts/%1/services").arg(m_extendedId))
        .json.array()
        .first()
        .toObject()
        .value(QLatin1String("balance_kop"))
        .toInteger();
}

void TestClientPaymentGui::formChecksTheTotal()
{
    PaymentDialog* d = openPayment();
    QVERIFY(d);
    QVERIFY(d->rowCount() >= 1);
    // Each service's debt by default; «К оплате» sums the ticked ones.
    fillOne(d, QStringLiteral("123,45"));
    QVERIFY2(d->totalText().contains(money::formatRub(12345)), qPrintable(d->totalText()));
    // Below 10 ₽ and above 15 000 ₽: the manual's messages, nothing sent.
    fillOne(d, QStringLiteral("9,99"));
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    QVERIFY2(d->messageText().contains(QStringLiteral("меньше минимальной")), qPrintable(d->messageText()));
    fillOne(d, QStringLiteral("15000,01"));
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    QVERIFY2(d->messageText().contains(QStringLiteral("больше максимально")), qPrintable(d->messageText()));
    fillOne(d, QStringLiteral("12a"));
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    QVERIFY2(d->messageText().contains(QStringLiteral("рублях")), qPrintable(d->messageText()));
    for (int row = 0; row < d->rowCount(); ++row)
        d->checkBox(row)->setChecked(false);
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    QVERIFY(!d->messageText().isEmpty());
    // Typing an amount ticks its service.
    QVERIFY(d->rowCount() >= 2);
    d->amountEdit(1)->clear();
    QTest::keyClicks(d->amountEdit(1), QStringLiteral("12,00"));
    QVERIFY(d->checkBox(1)->isChecked());
    d->checkBox(1)->setChecked(false);
    QCOMPARE(d->stage(), PaymentDialog::Stage::Form);
    QVERIFY(!d->bankPage());
    // The meters block (manual 4.3.1.4 point 3): no meter ticked by default; a
    // ticked one is checked by the reading rules before anything is sent.
    QVERIFY(d->meterCount() >= 1);
    QVERIFY(!d->meterBox(0)->isChecked());
    QVERIFY(!d->meterEdit(0)->isEnabled());
    fillOne(d, QStringLiteral("15,00"));
    d->meterBox(0)->setChecked(true);
    QVERIFY(d->meterEdit(0)->isEnabled());
    QTest::keyClicks(d->meterEdit(0), QStringLiteral("12.5"));
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    // The first rule the fraction breaks on the provider's today: outside the
    // company's window that one, inside it reading_not_integer.
    const QDate today = rules::providerToday(Company{});
    Meter meter;
    for (const Meter& m : m_root->cache()->meters(m_extendedId)) {
        if (m.state != QLatin1String("removed")) {
            meter = m;
            break;
        }
    }
    const Account account = *m_root->cache()->account(m_extendedId);
    const Company company = *m_root->cache()->company(account.companyId);
    const rules::ReadingCheck check = rules::checkReading(meter, company, -1, today);
    QVERIFY(!check.ok());
    QCOMPARE(d->messageText(),
             meter.name + QStringLiteral(": ") + rules::readingError(check.code, meter, company, today).message);
    QVERIFY(!d->bankPage());
    d->meterBox(0)->setChecked(false);
    // The card choice offers the bank's page.
    QVERIFY(d->cardChoice()->itemText(0).contains(QStringLiteral("странице банка")));
    d->reject();
}

void TestClientPaymentGui::paysThroughTheBankPage_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("outcome"); // a part of the Russian text shown
    QTest::addColumn<bool>("paid");
    QTest::newRow("Visa") << "4111 1111 1111 1111"
                          << "12345"
                          << "проведен" << true;
    QTest::newRow("Mastercard") << "5555 5555 5555 4444"
                                << "12345"
                                << "проведен" << true;
    QTest::newRow("Maestro") << "6759 6498 2643 8453"
                             << "12345"
                             << "проведен" << true;
    QTest::newRow("Mir") << "2200 0000 0000 0004"
                         << "12345"
                         << "проведен" << true;
    QTest::newRow("insufficient funds") << "4000 0000 0000 0002"
                                        << "12345"
                                        << "не хватает средств" << false;
    QTest::newRow("blocked") << "4000 0000 0000 0010"
                             << "12345"
                             << "заблокирована" << false;
    QTest::newRow("issued abroad") << "4000 0000 0000 0028"
                                   << "12345"
                                   << "территории РФ" << false;
    QTest::newRow("American Express") << "3782 822463 10005"
                                      << ""
                                      << "платежной системы" << false;
    QTest::newRow("wrong code") << "4111 1111 1111 1111"
                                << "00000"
                                << "неверный код" << false;
}

void TestClientPaymentGui::paysThroughTheBankPage()
{
    QFETCH(QString, number);
    QFETCH(QString, code);
    QFETCH(QString, outcome);
    QFETCH(bool, paid);
    const qint64 before = balance();
    PaymentDialog* d = openPayment();
    QVERIFY(d);
    fillOne(d, QStringLiteral("15,00"));
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    BankPage* page = waitForBankPage([d]() { return d->bankPage(); });
    QVERIFY2(page, qPrintable(d->messageText()));
    QCOMPARE(d->stage(), PaymentDialog::Stage::Paying);
    QVERIFY(payAtBank(page, number, code));
    // The page's window is gone: the outcome from the server shows.
    QTRY_COMPARE_WITH_TIMEOUT(d->stage(), PaymentDialog::Stage::Result, 20000);
    QVERIFY(!d->bankPage() || !d->bankPage()->isOpen());
    QVERIFY2(d->resultText().contains(outcome), qPrintable(d->resultText()));
    const ApiCaller::Reply order = m_api.get(QStringLiteral("/payments/") + d->paymentId());
    QCOMPARE(order.object().value(QLatin1String("status")).toString(),
             paid ? QStringLiteral("succeeded") : QStringLiteral("declined"));
    QCOMPARE(balance(), before + (paid ? 1500 : 0));
    d->accept();
    if (paid) {
        // «Платежи» shows it after the sync the payment started (manual 4.3.1.5).
        auto* payments = openSection<PaymentsSection>(QStringLiteral("payments"));
        QVERIFY(payments);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                for (const Payment& p : payments->model()->payments()) {
                    if (p.id.contains(d->paymentId()))
                        return p.amountKop == 1500 && p.online;
                }
                return false;
            }(),
            20000);
    }
}

void TestClientPaymentGui::closingTheBankPageLeavesNothingPaid()
{
    const qint64 before = balance();
    PaymentDialog* d = openPayment();
    QVERIFY(d);
    fillOne(d, QStringLiteral("20,00"));
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    BankPage* page = waitForBankPage([d]() { return d->bankPage(); });
    QVERIFY(page);
    // «Закрыть страницу банка» in the payment dialog, as a person does.
    click(d, "paymentClosePageButton");
    QTRY_COMPARE_WITH_TIMEOUT(d->stage(), PaymentDialog::Stage::Result, 20000);
    QVERIFY2(d->resultText().contains(QStringLiteral("не завершен")), qPrintable(d->resultText()));
    QCOMPARE(m_api.get(QStringLiteral("/payments/") + d->paymentId()).object().value("status").toString(),
             QStringLiteral("pending"));
    QCOMPARE(balance(), before);
    d->accept();
}

// The server is gone when «К оплате» is pressed: the message says to press
// «Повторить», and the button is there; once the server is back it makes the
// order (with the same Idempotency-Key: one order however often it is pressed).
void TestClientPaymentGui::lostConnectionOffersRetry()
{
    PaymentDialog* d = openPayment();
    QVERIFY(d);
    fillOne(d, QStringLiteral("21,00"));
    m_server.stop();
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(d->retryOffered(), 30000);
    QVERIFY2(d->messageText().contains(QStringLiteral("«Повторить»")), qPrintable(d->messageText()));
    QCOMPARE(d->stage(), PaymentDialog::Stage::Form);
    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    click(d, "paymentConnectionRetry");
    BankPage* page = waitForBankPage([d]() { return d->bankPage(); });
    QVERIFY2(page, qPrintable(d->messageText()));
    QVERIFY(!d->retryOffered());
    click(d, "paymentClosePageButton");
    QTRY_COMPARE_WITH_TIMEOUT(d->stage(), PaymentDialog::Stage::Result, 20000);
    d->accept();
}

// «Платежи» → «Детализация» (manual 4.3.1.5): only a payment made in the app
// has it; its receipt is previewed and «Распечатать документ» prints it.
void TestClientPaymentGui::detailsShowThePaymentReceipt()
{
    auto* payments = openSection<PaymentsSection>(QStringLiteral("payments"));
    QVERIFY(payments);
    auto* details = payments->findChild<QPushButton*>(QStringLiteral("paymentsDetailsButton"));
    int online = -1;
    int offline = -1;
    int elsewhereOnline = -1;
    // A payment of the earlier cases (made in the app), one from the company's
    // data, and one paid online at a bank (no receipt of the app's for it).
    const QList<Payment>& rows = payments->model()->payments();
    for (int i = 0; i < rows.size(); ++i) {
        const bool inApp = !rules::orderOfPayment(rows[i].id).isEmpty();
        int& first = inApp ? online : rows[i].online ? elsewhereOnline : offline;
        if (first < 0)
            first = i;
    }
    QVERIFY(online >= 0 && offline >= 0 && elsewhereOnline >= 0);
    payments->table()->setCurrentIndex(payments->model()->index(offline, 0));
    QVERIFY(!details->isEnabled());
    payments->table()->setCurrentIndex(payments->model()->index(elsewhereOnline, 0));
    QVERIFY2(!details->isEnabled(), qPrintable(rows[elsewhereOnline].place));
    payments->table()->setCurrentIndex(payments->model()->index(online, 0));
    QVERIFY(details->isEnabled());
    const Payment paid = payments->model()->payments().at(online);
    QTest::mouseClick(details, Qt::LeftButton);
    PaymentReceiptDialog* receipt = payments->receiptDialog();
    QVERIFY(receipt);
    QTRY_VERIFY_WITH_TIMEOUT(receipt->isVisible(), 20000); // after the order is asked for its card
    QCOMPARE(receipt->previewPages(), 1);
    const QString file = m_home.filePath(QStringLiteral("payment-receipt-printed.pdf"));
    PaymentReceiptDialog::setNextPrintFile(file);
    click(receipt, "paymentReceiptPrintButton");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 20000);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(QStringLiteral("Квитанция об оплате")), qPrintable(printed));
    QVERIFY(printed.contains(extendedNumber()));
    QVERIFY2(printed.contains(money::format(paid.amountKop)), qPrintable(money::format(paid.amountKop)));
    // One document per payment: the operation in groups of four, the card
    // masked with its payment system, the time, every service and the total.
    const QString order = rules::orderOfPayment(paid.id);
    QVERIFY2(printed.contains(order), qPrintable(printed));
    const PaymentOrder o = PaymentOrder::fromJson(m_api.get(QStringLiteral("/payments/") + order).object());
    // The bank's own number of the operation (RRN), as a person reads it out.
    QCOMPARE(o.bankOperation.size(), 12);
    QVERIFY2(printed.contains(QStringLiteral("Номер операции в банке (RRN)")) &&
                 printed.contains(paymentreceipt::operationNumber(o.bankOperation)),
             qPrintable(printed));
    QVERIFY2(printed.contains(o.cardMasked) && printed.contains(rules::networkDisplayName(o.cardNetwork)),
             qPrintable(printed));
    QVERIFY(!printed.contains(QStringLiteral("4111111111111111")));
    QVERIFY2(printed.contains(display::dateTime(o.finishedAt)), qPrintable(printed));
    QVERIFY(printed.contains(QStringLiteral("Итого")));
    QVERIFY2(printed.contains(money::format(o.totalKop)), qPrintable(printed));
    // The printed tables: every line equally thick, every word in its cell.
    const pdfrules::Rules rules = pdfrules::measure(file, 300);
    QVERIFY2(rules.error.isEmpty(), qPrintable(rules.error));
    QList<int> thick = rules.thicknesses();
    QVERIFY(thick.size() >= 8);
    std::sort(thick.begin(), thick.end());
    QCOMPARE(thick.first(), thick.last());
    QString error;
    const QStringList spilt = pdfrules::crossing(rules, pdfrules::words(file, &error));
    QVERIFY2(error.isEmpty() && spilt.isEmpty(), qPrintable(error + spilt.join(QLatin1Char(' '))));
    receipt->close();
}

bool TestClientPaymentGui::payAtBank(BankPage* page, const QString& number, const QString& code)
{
    ApiCaller bank(page->page().adjusted(QUrl::RemovePath | QUrl::RemoveQuery), m_server.caFile());
    const QString path = page->page().path();
    const QMap<QByteArray, QByteArray> form{{"Content-Type", "application/x-www-form-urlencoded"}};
    if (bank.get(path).status != 200)
        return false;
    if (!number.isEmpty()) {
        QUrlQuery card;
        card.addQueryItem(QStringLiteral("number"), number);
        card.addQueryItem(QStringLiteral("expiry"), QStringLiteral("12/35"));
        card.addQueryItem(QStringLiteral("cvc"), QStringLiteral("123"));
        card.addQueryItem(QStringLiteral("holder"), QStringLiteral("IVAN PETROV"));
        const ApiCaller::Reply r =
            bank.postRaw(path + QStringLiteral("/card"), card.toString(QUrl::FullyEncoded).toUtf8(), form);
        // Redirects are followed: the next page, not the card form again.
        if (r.status != 200 || r.body.contains("role=\"alert\"")) {
            qWarning() << "card refused" << r.status << r.body;
            return false;
        }
    }
    if (!code.isEmpty()) {
        const ApiCaller::Reply r = bank.postRaw(path + QStringLiteral("/code"), "code=" + code.toUtf8(), form);
        if (r.status != 200) {
            qWarning() << "code refused" << r.status << r.body;
            return false;
        }
    }
    // The person closes the page (its own return is proven in tst_client_bankpage).
    page->close();
    return true;
}

// «Настройки» → «Карты» (manual 4.7.3): «Новая карта» asks for the offer, the
// bank binds the card; «Оплатить» offers it first and the bank asks only for
// the code; «Удалить карту» removes it here and at the bank.
void TestClientPaymentGui::boundCardPaysWithTheCodeOnly()
{
    click(main(), "menuSettings");
    SettingsPage* settings = main()->settingsPage();
    QTRY_VERIFY(settings->isVisible());
    CardsBlock* cards = settings->cardsBlock();
    QVERIFY(cards);
    QTRY_COMPARE(cards->list()->count(), 1); // «Карт пока нет»
    click(cards, "cardsNewButton");
    QTRY_VERIFY(cards->offerDialog() && cards->offerDialog()->isVisible());
    QDialog* offer = cards->offerDialog();
    auto* registerButton = offer->findChild<QPushButton*>(QStringLiteral("cardOfferRegister"));
    QVERIFY(!registerButton->isEnabled()); // not before the offer is accepted
    // The offer can be read before it is accepted: the bank's text, from the server.
    auto* terms = offer->findChild<QTextBrowser*>(QStringLiteral("cardOfferTerms"));
    QVERIFY(terms);
    const CardOffer served = CardOffer::fromJson(m_api.get(QStringLiteral("/cards/offer")).object());
    QVERIFY(!served.text.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(terms->toPlainText().contains(served.text), 20000);
    QCOMPARE(offer->windowTitle(), served.title);
    auto* acceptBox = offer->findChild<QCheckBox*>(QStringLiteral("cardOfferAccept"));
    QVERIFY(acceptBox->text().contains(QStringLiteral("Публичной оферты Банка")));
    acceptBox->setChecked(true);
    QTest::mouseClick(registerButton, Qt::LeftButton);
    BankPage* bindPage = waitForBankPage([cards]() { return cards->bankPage(); });
    QVERIFY(bindPage);
    QVERIFY(payAtBank(bindPage, QStringLiteral("2200 0000 0000 0004"), QStringLiteral("12345")));
    QTRY_VERIFY_WITH_TIMEOUT(cards->statusText().contains(QStringLiteral("привязана")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(cards->list()->count() == 1 &&
                                 cards->list()->item(0)->text().contains(QStringLiteral("Мир 2200 00** **** 0004")),
                             20000);

    // Paying with it: the bank's page asks only for the code.
    const qint64 before = balance();
    PaymentDialog* d = openPayment();
    QVERIFY(d);
    QTRY_COMPARE_WITH_TIMEOUT(d->cardChoice()->count(), 2, 20000);
    QVERIFY(d->cardChoice()->currentText().contains(QStringLiteral("0004")));
    fillOne(d, QStringLiteral("11,00"));
    QTest::mouseClick(d->payButton(), Qt::LeftButton);
    BankPage* page = waitForBankPage([d]() { return d->bankPage(); });
    QVERIFY(page);
    QVERIFY(payAtBank(page, QString(), QStringLiteral("12345")));
    QTRY_COMPARE_WITH_TIMEOUT(d->stage(), PaymentDialog::Stage::Result, 20000);
    QVERIFY2(d->resultText().contains(QStringLiteral("проведен")), qPrintable(d->resultText()));
    QCOMPARE(balance(), before + 1100);
    d->accept();

    // «Удалить карту».
    click(main(), "menuSettings");
    QTRY_VERIFY(settings->isVisible());
    QTRY_VERIFY(cards->list()->item(0)->flags() & Qt::ItemIsEnabled);
    cards->list()->setCurrentRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(cards, "cardsRemoveButton");
    QTRY_VERIFY_WITH_TIMEOUT(cards->statusText().contains(QStringLiteral("удалена")), 10000);
    QCOMPARE(m_api.get(QStringLiteral("/cards")).json.array().size(), 0);
}

int main(int argc, char* argv[])
{
    // Qt WebEngine (in mygas-bankpage) as root runs without its sandbox.
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    TestClientPaymentGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_client_payment_gui.moc"
