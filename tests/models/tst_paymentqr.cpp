// The GOST R 56042-2014 text of the receipt's QR code: the header, the five
// required fields first and in the standard's order, the sum in kopecks only
// when something is owed, the period as MM.YYYY, the payer's name split
// into its parts, a separator no value holds, and the standard's lengths.
#include "models/documents/InvoiceBuilder.h"
#include "models/payments/PaymentQr.h"

#include <QTest>

using namespace mygas;

namespace {
Invoice sample()
{
    Invoice inv;
    inv.accountNumber = QStringLiteral("0412345678");
    inv.period = QStringLiteral("2026-03");
    inv.payee = {QStringLiteral("АО «Северогорскгаз»"), QStringLiteral("1001234567"),
                 QStringLiteral("100101001"),           QStringLiteral("ПАО «Банк Полярный»"),
                 QStringLiteral("048602673"),           QStringLiteral("30101810600000000673"),
                 QStringLiteral("40702810425000001234")};
    inv.owner = QStringLiteral("Козлов Андрей Петрович");
    inv.address = QStringLiteral("г. Северогорск, ул. Гагарина, д. 27");
    InvoiceLine gas;
    gas.serviceName = QStringLiteral("Газоснабжение");
    gas.toPayKop = 18400;
    InvoiceLine vdgo;
    vdgo.serviceName = QStringLiteral("Техническое обслуживание ВДГО");
    vdgo.toPayKop = 62944;
    InvoiceLine fines;
    fines.serviceName = QStringLiteral("Пени");
    inv.lines = {gas, vdgo, fines};
    return inv;
}
} // namespace

class TestPaymentQr : public QObject
{
    Q_OBJECT

private slots:
    void fullPayload()
    {
        QCOMPARE(qr::payload(qr::invoiceFields(sample())),
                 QStringLiteral("ST00012|Name=АО «Северогорскгаз»|PersonalAcc=40702810425000001234|"
                                "BankName=ПАО «Банк Полярный»|BIC=048602673|CorrespAcc=30101810600000000673|"
                                "PayeeINN=1001234567|KPP=100101001|PersAcc=0412345678|Sum=81344|"
                                "Purpose=Оплата: Газоснабжение, Техническое обслуживание ВДГО; л/с 0412345678; 03.2026|"
                                "PaymPeriod=03.2026|"
                                "LastName=Козлов|FirstName=Андрей|MiddleName=Петрович|"
                                "PayerAddress=г. Северогорск, ул. Гагарина, д. 27"));
    }

    void nothingOwedHasNoSum()
    {
        Invoice inv = sample();
        for (InvoiceLine& l : inv.lines)
            l.toPayKop = 0;
        const QString text = qr::payload(qr::invoiceFields(inv));
        QVERIFY(!text.contains(QStringLiteral("Sum=")));
        QVERIFY(text.startsWith(QStringLiteral("ST00012|Name=")));
    }

    void noCorrespondentAccountIsZero()
    {
        Invoice inv = sample();
        inv.payee.corrAccount.clear();
        QVERIFY(qr::payload(qr::invoiceFields(inv)).contains(QStringLiteral("|CorrespAcc=0|")));
    }

    void separatorNoValueHolds()
    {
        Invoice inv = sample();
        inv.address = QStringLiteral("ул. Мира | корпус 2");
        const QString text = qr::payload(qr::invoiceFields(inv));
        QVERIFY(text.startsWith(QStringLiteral("ST00012#Name=")));
        QVERIFY(text.contains(QStringLiteral("#PayerAddress=ул. Мира | корпус 2")));
        QCOMPARE(text.count(QLatin1Char('#')), qr::invoiceFields(inv).size());
    }

    void standardLengthsAndOneLine()
    {
        Invoice inv = sample();
        inv.payee.name = QString(200, QChar(0x0416));
        inv.payee.bankName =
            QStringLiteral("Банк\nс очень длинным названием, которое не помещается в сорок пять знаков");
        const auto fields = qr::invoiceFields(inv);
        const QString text = qr::payload(fields);
        QVERIFY(
            text.contains(QStringLiteral("|Name=") + QString(160, QChar(0x0416)) + QStringLiteral("|PersonalAcc=")));
        // Within 45 characters, at a word's end.
        const QString bank = text.section(QStringLiteral("|BankName="), 1).section(QLatin1Char('|'), 0, 0);
        QCOMPARE(bank, QStringLiteral("Банк с очень длинным названием, которое не"));
        QVERIFY(bank.size() <= 45);
        QVERIFY(!text.contains(QLatin1Char('\n')));
    }

    void limitedInvoiceHasNoName()
    {
        rules::InvoiceSource source;
        source.accountNumber = QStringLiteral("66012345");
        source.owner = QStringLiteral("Иванов Иван Иванович");
        source.extended = false;
        ServiceInfo gas;
        gas.id = QStringLiteral("gas");
        gas.name = QStringLiteral("Газоснабжение");
        gas.balanceKop = -12345;
        ServiceInfo over;
        over.id = QStringLiteral("vdgo");
        over.balanceKop = 500;
        source.services = {gas, over};
        const Invoice inv = rules::buildInvoice(source, QStringLiteral("2026-12"), QDate(2026, 12, 1));
        QVERIFY(inv.owner.isEmpty());
        QCOMPARE(inv.totalToPayKop(), 12345);
        const QString text = qr::payload(qr::invoiceFields(inv));
        QVERIFY(!text.contains(QStringLiteral("LastName")));
        QVERIFY(text.contains(QStringLiteral("|Sum=12345|")));
    }
};

QTEST_GUILESS_MAIN(TestPaymentQr)
#include "tst_paymentqr.moc"
