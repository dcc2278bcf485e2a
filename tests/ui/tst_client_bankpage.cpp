// The window of mygas-bankpage (BankPageDialog, Qt WebEngine) in a real
// window under Xvfb against the real mygas-server's sandbox bank: a
// card and its 3-D Secure code pay the order and the dialog closes itself
// at the return address; a certificate that does not verify against the
// trusted CA shows no page; plain http and popups are refused; closing the
// dialog midway leaves the order pending; a mistyped card shows the bank's
// own message on its page, not a network failure. The program around the
// window, as the app starts it, is proven by tst_client_bankpage_program.
#include "tests/support/client/ClientTestSupport.h"
#include "ui/payments/bankpage/BankPageDialog.h"

#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace mygas;

class TestClientBankPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paysAndClosesItself();
    void refusesAnUntrustedCertificate_data();
    void refusesAnUntrustedCertificate();
    void refusesPlainHttpAndPopups();
    void closingLeavesThePaymentPending();
    void unreachablePageSaysSo();
    void mistypedCardShowsTheBanksMessage_data();
    void mistypedCardShowsTheBanksMessage();

private:
    struct Order
    {
        QString id;
        QUrl page;
    };
    Order startPayment();
    QString status(const QString& orderId);
    std::unique_ptr<QDialog> openBankPage(const QUrl& page, const QList<QSslCertificate>& trusted);
    // A CA named as the demo server's, with a key of its own.
    QList<QSslCertificate> impostorCa();

    static QWebEngineView* view(QDialog* dialog) { return dialog->findChild<QWebEngineView*>(); }
    // The script's value, or an invalid QVariant after 10 s without one.
    static QVariant evaluate(QWebEngineView* view, const QString& script);
    static bool waitForField(QWebEngineView* view, const QString& id);
    // Fills the card form (a good test card unless told otherwise) and sends it.
    static void fillCard(QWebEngineView* view, const QString& number = QStringLiteral("4111 1111 1111 1111"),
                         const QString& expiry = QStringLiteral("12/35"), const QString& cvc = QStringLiteral("123"));

    QTemporaryDir m_dir;
    ServerProcess m_server;
    ApiCaller m_api;
    QString m_account;
    QString m_service;
};

void TestClientBankPage::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    const Tokens tokens =
        clienttest::registerUser(m_server, clienttest::uniqueLogin(QStringLiteral("bank")), QStringLiteral("pass1"));
    QVERIFY(!tokens.accessToken.isEmpty());
    m_api.setBase(m_server.apiUrl(QString()));
    m_api.setCaFile(m_server.caFile());
    m_api.setBearer(tokens.accessToken);
    // The second unlinked demo account of docs/demo.md.
    const ApiCaller::Reply linked =
        m_api.post(QStringLiteral("/accounts"), {{"company_id", "severogorsk"}, {"number", "0498765432"}});
    QCOMPARE(linked.status, 201);
    m_account = linked.object().value("id").toString();
    const QJsonArray services = m_api.get(QStringLiteral("/accounts/%1/services").arg(m_account)).json.array();
    QVERIFY(!services.isEmpty());
    m_service = services.first().toObject().value("id").toString();
}

TestClientBankPage::Order TestClientBankPage::startPayment()
{
    const QJsonObject body{{"items", QJsonArray{QJsonObject{{"service_id", m_service}, {"amount_kop", 1500}}}}};
    const ApiCaller::Reply r = m_api.post(QStringLiteral("/accounts/%1/payments").arg(m_account), body,
                                          {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    if (r.status != 201)
        qWarning() << "payment not created" << r.status << r.body;
    return {r.object().value("payment").toObject().value("id").toString(),
            QUrl(r.object().value("confirmation_url").toString())};
}

QString TestClientBankPage::status(const QString& orderId)
{
    return m_api.get(QStringLiteral("/payments/") + orderId).object().value("status").toString();
}

std::unique_ptr<QDialog> TestClientBankPage::openBankPage(const QUrl& page, const QList<QSslCertificate>& trusted)
{
    QUrl returnUrl = m_server.baseUrl();
    returnUrl.setPath(QStringLiteral("/payments/return"));
    std::unique_ptr<QDialog> dialog(new BankPageDialog(page, returnUrl, trusted, QStringLiteral("Оплата картой")));
    dialog->show();
    return dialog;
}

QList<QSslCertificate> TestClientBankPage::impostorCa()
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-in"), m_server.caFile(), QStringLiteral("-noout"),
                   QStringLiteral("-subject"), QStringLiteral("-nameopt"), QStringLiteral("compat")});
    openssl.waitForFinished(30000);
    const QString name =
        QString::fromUtf8(openssl.readAllStandardOutput()).trimmed().remove(QStringLiteral("subject="));
    const QString pem = m_dir.filePath(QStringLiteral("impostor.pem"));
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   m_dir.filePath(QStringLiteral("impostor.key")), QStringLiteral("-out"), pem, QStringLiteral("-days"),
                   QStringLiteral("30"), QStringLiteral("-subj"), name});
    openssl.waitForFinished(60000);
    return QSslCertificate::fromPath(pem);
}

QVariant TestClientBankPage::evaluate(QWebEngineView* view, const QString& script)
{
    // Shared: the page may answer after this function gave up waiting.
    auto answer = std::make_shared<std::optional<QVariant>>();
    view->page()->runJavaScript(script, [answer](const QVariant& v) { *answer = v; });
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, 10000))
        return {};
    return **answer;
}

bool TestClientBankPage::waitForField(QWebEngineView* view, const QString& id)
{
    const QString script = QStringLiteral("document.getElementById('%1') !== null").arg(id);
    return QTest::qWaitFor([&] { return evaluate(view, script).toBool(); }, 30000);
}

void TestClientBankPage::fillCard(QWebEngineView* view, const QString& number, const QString& expiry,
                                  const QString& cvc)
{
    evaluate(view, QStringLiteral("document.getElementById('number').value = '%1';"
                                  "document.getElementById('expiry').value = '%2';"
                                  "document.getElementById('cvc').value = '%3';"
                                  "document.getElementById('holder').value = 'IVAN PETROV';"
                                  "document.querySelector('button[type=submit]').click(); true")
                       .arg(number, expiry, cvc));
}

void TestClientBankPage::paysAndClosesItself()
{
    const Order order = startPayment();
    QVERIFY(!order.id.isEmpty());
    std::unique_ptr<QDialog> dialog = openBankPage(order.page, QSslCertificate::fromPath(m_server.caFile()));
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QWebEngineView* page = view(dialog.get());
    QVERIFY(page);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Оплата картой"));
    QVERIFY(!dialog->accessibleName().isEmpty());
    QVERIFY(!page->accessibleName().isEmpty());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QTRY_VERIFY(page->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == page);

    QVERIFY2(waitForField(page, QStringLiteral("number")), "the card form did not show");
    fillCard(page);
    QVERIFY2(waitForField(page, QStringLiteral("code")), "the 3-D Secure form did not show");
    QCOMPARE(status(order.id), QStringLiteral("pending"));
    evaluate(page, QStringLiteral("document.getElementById('code').value = '12345';"
                                  "document.querySelector('button[type=submit]').click(); true"));

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    // The return page itself was never loaded.
    QVERIFY(page->url().path() != QLatin1String("/payments/return"));
    QCOMPARE(status(order.id), QStringLiteral("succeeded"));
}

void TestClientBankPage::refusesAnUntrustedCertificate_data()
{
    QTest::addColumn<bool>("impostor");
    QTest::newRow("no CA trusted") << false;
    QTest::newRow("a CA of the same name, another key") << true;
}

void TestClientBankPage::refusesAnUntrustedCertificate()
{
    QFETCH(bool, impostor);
    const QList<QSslCertificate> trusted = impostor ? impostorCa() : QList<QSslCertificate>();
    QCOMPARE(trusted.size(), impostor ? 1 : 0);
    if (impostor) {
        const QSslCertificate demoCa = QSslCertificate::fromPath(m_server.caFile()).value(0);
        QCOMPARE(trusted.first().subjectDisplayName(), demoCa.subjectDisplayName());
        QVERIFY(trusted.first() != demoCa);
    }
    const Order order = startPayment();
    std::unique_ptr<QDialog> dialog = openBankPage(order.page, trusted);
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QWebEngineView* page = view(dialog.get());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("bankPageMessage"));
    QVERIFY(page && message);

    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!page->isVisible());
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('number') === null")), QVariant(true));
    QVERIFY(dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(status(order.id), QStringLiteral("pending"));
}

void TestClientBankPage::refusesPlainHttpAndPopups()
{
    const Order order = startPayment();
    std::unique_ptr<QDialog> dialog = openBankPage(order.page, QSslCertificate::fromPath(m_server.caFile()));
    QWebEngineView* page = view(dialog.get());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("bankPageMessage"));
    QVERIFY(page && message);
    QVERIFY2(waitForField(page, QStringLiteral("number")), "the card form did not show");
    const QUrl bankPage = page->url();
    const int windows = QApplication::topLevelWidgets().size();

    QSignalSpy loads(page->page(), &QWebEnginePage::loadStarted);
    evaluate(page, QStringLiteral("window.location = 'http://127.0.0.1:1/'; true"));
    QVERIFY(!loads.wait(3000));
    QCOMPARE(page->url(), bankPage);
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('number') !== null")), QVariant(true));

    QCOMPARE(evaluate(page, QStringLiteral("window.open('https://example.org') === null")), QVariant(true));
    QTest::qWait(500);
    QCOMPARE(QApplication::topLevelWidgets().size(), windows);
    QVERIFY(dialog->isVisible());
    QCOMPARE(page->url(), bankPage);
    QVERIFY(page->isVisible());
    QVERIFY(message->isHidden());
}

void TestClientBankPage::closingLeavesThePaymentPending()
{
    const Order order = startPayment();
    std::unique_ptr<QDialog> dialog = openBankPage(order.page, QSslCertificate::fromPath(m_server.caFile()));
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    QWebEngineView* page = view(dialog.get());
    QVERIFY(page);
    QVERIFY2(waitForField(page, QStringLiteral("number")), "the card form did not show");
    fillCard(page);
    QVERIFY2(waitForField(page, QStringLiteral("code")), "the 3-D Secure form did not show");

    // Esc, as a person closes it, with the focus in the page.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QVERIFY(page->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QCOMPARE(status(order.id), QStringLiteral("pending"));
}

void TestClientBankPage::unreachablePageSaysSo()
{
    // A port that was free a moment ago: the connection is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl page = m_server.baseUrl();
    page.setPort(probe.serverPort());
    probe.close();
    std::unique_ptr<QDialog> dialog = openBankPage(page, QSslCertificate::fromPath(m_server.caFile()));
    QSignalSpy finished(dialog.get(), &QDialog::finished);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("bankPageMessage"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!view(dialog.get())->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(finished.count(), 0);
}

void TestClientBankPage::mistypedCardShowsTheBanksMessage_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<QString>("cvc");
    QTest::newRow("wrong check digit") << "4111 1111 1111 1112"
                                       << "12/35"
                                       << "123";
    QTest::newRow("expired") << "4111 1111 1111 1111"
                             << "01/20"
                             << "123";
    QTest::newRow("two-digit CVC") << "4111 1111 1111 1111"
                                   << "12/35"
                                   << "12";
}

void TestClientBankPage::mistypedCardShowsTheBanksMessage()
{
    QFETCH(QString, number);
    QFETCH(QString, expiry);
    QFETCH(QString, cvc);
    const Order order = startPayment();
    std::unique_ptr<QDialog> dialog = openBankPage(order.page, QSslCertificate::fromPath(m_server.caFile()));
    QWebEngineView* page = view(dialog.get());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("bankPageMessage"));
    QVERIFY(page && message);
    QVERIFY2(waitForField(page, QStringLiteral("number")), "the card form did not show");
    fillCard(page, number, expiry, cvc);
    // The bank answers 422 with the form again and its message above it.
    const QString alert = QStringLiteral("(function(){var e=document.querySelector('[role=alert]');"
                                         "return e ? e.textContent : '';})()");
    QVERIFY(QTest::qWaitFor([&] { return !evaluate(page, alert).toString().isEmpty(); }, 30000));
    QTest::qWait(300);
    QVERIFY2(message->isHidden(), qPrintable(message->text()));
    QVERIFY(page->isVisible());
    QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('number') !== null")), QVariant(true));
    QVERIFY(dialog->isVisible());
    QCOMPARE(status(order.id), QStringLiteral("pending"));
}

int main(int argc, char* argv[])
{
    // Chromium's sandbox refuses to run as root; the attribute as in
    // mygas-bankpage's main.
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestClientBankPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_client_bankpage.moc"
