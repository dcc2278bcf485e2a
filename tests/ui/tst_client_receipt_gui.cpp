// «Квитанция» through the real windows under Xvfb against the real
// mygas-server (manual 4.3.1.3): «Услуги» → «Квитанция» makes the receipt
// and says so, the preview (QtPdf) shows its page, «Сохранить квитанцию»
// writes the PDF that pdftotext reads back, «Распечатать» prints a document
// whose QR code zbarimg decodes to the receipt's GOST text; another month
// from the list; with the server stopped the receipt is made from the saved
// data and the banner says so; every control is named and reachable by Tab.
#include "app/CompositionRoot.h"
#include "models/core/Money.h"
#include "models/payments/PaymentQr.h"
#include "services/documents/ReceiptRenderer.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/gui/PageTestSupport.h"
#include "translations/Translations.h"
#include "ui/account/AccountPage.h"
#include "ui/account/SectionSlot.h"
#include "ui/account/ServicesSection.h"
#include "ui/auth/AuthWindow.h"
#include "ui/documents/ReceiptDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FileDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace mygas;
using namespace pagetest;

namespace {
QByteArray runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
}

QString decodeQr(const QString& pdf)
{
    const QString prefix = pdf + QStringLiteral(".page");
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), pdf, prefix});
    QByteArray out = runTool(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                         QStringLiteral("-Sbinary"), prefix + QStringLiteral(".png")});
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}
} // namespace

class TestClientReceiptGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void receiptIsMadeShownSavedAndPrinted();
    void anotherMonthFromTheList();
    void controlsAreNamedAndReachableByTab();
    void offlineReceiptFromSavedData();

private:
    MainWindow* main() const { return m_root->mainWindow(); }
    ReceiptDialog* openReceipt(const QString& accountId);
    bool waitForReceipt(ReceiptDialog* d, QSignalSpy& ready);

    QTemporaryDir m_home;
    ServerProcess m_server;
    std::unique_ptr<CompositionRoot> m_root;
    ApiCaller m_api;
    QString m_extendedId;
};

void TestClientReceiptGui::initTestCase()
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
}

void TestClientReceiptGui::cleanupTestCase()
{
    m_root.reset();
}

ReceiptDialog* TestClientReceiptGui::openReceipt(const QString& accountId)
{
    main()->setCurrentAccount(accountId);
    main()->showAccounts();
    auto* services = openSection<ServicesSection>(main()->accountPage(), QStringLiteral("services"));
    if (!services)
        return nullptr;
    click(services, "receiptButton");
    ReceiptDialog* d = services->receiptDialog();
    if (!d || !QTest::qWaitFor([d]() { return d->isVisible(); }, 5000))
        return nullptr;
    return d;
}

bool TestClientReceiptGui::waitForReceipt(ReceiptDialog* d, QSignalSpy& ready)
{
    return QTest::qWaitFor([&] { return ready.count() > 0 && d->isReady(); }, 20000);
}

void TestClientReceiptGui::receiptIsMadeShownSavedAndPrinted()
{
    ReceiptDialog* d = openReceipt(m_extendedId);
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->isReady(), 20000);
    QCOMPARE(d->statusText(), QStringLiteral("Квитанция сформирована. Сохраните ее, чтобы хранить или распечатать."));
    QVERIFY2(d->previewPages() >= 1, "the preview shows no page");
    auto* period = d->findChild<QComboBox*>(QStringLiteral("receiptPeriod"));
    QVERIFY(period);
    QCOMPARE(period->currentText(), ReceiptRenderer::periodTitle(period->currentData().toString()));
    snapshot(d, QStringLiteral("receipt"));

    // «Сохранить квитанцию» → the file chosen, read back.
    const QString saved = m_home.filePath(QStringLiteral("kvitanciya"));
    fileDialog()->setNextFileName(saved);
    click(d, "receiptSaveButton");
    QCOMPARE(d->lastSavedPath(), saved + QStringLiteral(".pdf"));
    QVERIFY(d->statusText().contains(QStringLiteral("Сохранено")));
    const QByteArray text = runTool(QStringLiteral("pdftotext"), {saved + QStringLiteral(".pdf"), QStringLiteral("-")});
    QVERIFY(text.contains("Квитанция на оплату"));
    const QJsonObject invoice =
        m_api.get(QStringLiteral("/accounts/%1/invoice?period=%2").arg(m_extendedId, period->currentData().toString()))
            .object();
    QVERIFY(text.contains(invoice.value("account_number").toString().toUtf8()));
    QVERIFY(QString::fromUtf8(text)
                .remove(QRegularExpression(QStringLiteral("\\s")))
                .contains(money::format(invoice.value("total_to_pay_kop").toInteger())
                              .remove(QRegularExpression(QStringLiteral("\\s")))));

    // «Распечатать» into a file: the printed page carries the same QR code.
    const QString printed = m_home.filePath(QStringLiteral("printed.pdf"));
    ReceiptDialog::setNextPrintFile(printed);
    click(d, "receiptPrintButton");
    QVERIFY(QFile::exists(printed));
    QCOMPARE(decodeQr(printed), qr::payload(qr::invoiceFields(Invoice::fromJson(invoice))));
    QCOMPARE(d->statusText(), QStringLiteral("Квитанция отправлена на печать."));
    d->close();
}

void TestClientReceiptGui::anotherMonthFromTheList()
{
    ReceiptDialog* d = openReceipt(m_extendedId);
    QVERIFY(d);
    auto* period = d->findChild<QComboBox*>(QStringLiteral("receiptPeriod"));
    QVERIFY(period && period->count() >= 2);
    QSignalSpy ready(d, &ReceiptDialog::receiptReady);
    QTRY_VERIFY_WITH_TIMEOUT(d->isReady(), 20000);
    ready.clear();
    // Choose the month before by keyboard, as a person would.
    period->setFocus();
    QTest::keyClick(period, Qt::Key_Down);
    QVERIFY(waitForReceipt(d, ready));
    const QString month = period->currentData().toString();
    QVERIFY(month < period->itemData(0).toString());
    const QString saved = m_home.filePath(QStringLiteral("previous.pdf"));
    fileDialog()->setNextFileName(saved);
    click(d, "receiptSaveButton");
    const QByteArray text = runTool(QStringLiteral("pdftotext"), {saved, QStringLiteral("-")});
    QVERIFY2(text.contains(ReceiptRenderer::periodTitle(month).toUtf8()), text.constData());
    d->close();
}

void TestClientReceiptGui::controlsAreNamedAndReachableByTab()
{
    ReceiptDialog* d = openReceipt(m_extendedId);
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->isReady(), 20000);
    QStringList problems;
    for (QWidget* w : d->findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                                 w->objectName() == QLatin1String("receiptPreview");
        if (!interactive || !w->isVisible())
            continue;
        if (w->accessibleName().trimmed().isEmpty())
            problems << w->objectName() + QStringLiteral(": no accessible name");
        if (w->focusPolicy() == Qt::NoFocus)
            problems << w->objectName() + QStringLiteral(": not reachable by keyboard");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(QTest::qWaitForWindowExposed(d));
    d->activateWindow();
    auto* period = d->findChild<QComboBox*>(QStringLiteral("receiptPeriod"));
    period->setFocus();
    QTRY_VERIFY(period->hasFocus());
    QStringList order;
    for (int i = 0; i < 8 && QApplication::focusWidget(); ++i) {
        order << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const char* name :
         {"receiptPeriod", "receiptPreview", "receiptSaveButton", "receiptPrintButton", "receiptCloseButton"})
        QVERIFY2(order.contains(QLatin1String(name)), qPrintable(order.join(QLatin1Char(' '))));
    d->close();
}

void TestClientReceiptGui::offlineReceiptFromSavedData()
{
    m_server.stop();
    ReceiptDialog* d = openReceipt(m_extendedId);
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(d->isReady(), 30000);
    QCOMPARE(d->statusText(), QStringLiteral("Квитанция сформирована по сохраненным данным: нет связи с сервером."));
    QVERIFY(d->previewPages() >= 1);
    const QString saved = m_home.filePath(QStringLiteral("offline.pdf"));
    fileDialog()->setNextFileName(saved);
    click(d, "receiptSaveButton");
    QVERIFY(runTool(QStringLiteral("pdftotext"), {saved, QStringLiteral("-")}).contains("Итого к оплате"));
    d->close();
}

QTEST_MAIN(TestClientReceiptGui)
#include "tst_client_receipt_gui.moc"
