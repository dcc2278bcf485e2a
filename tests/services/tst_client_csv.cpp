// CSV exports as Russian Excel and LibreOffice read them: UTF-8 with a BOM,
// ';' between fields, comma decimals, DD.MM.YYYY, quoting, and text from the
// server that cannot turn into a formula. Files are parsed back.
#include "services/documents/CsvExport.h"

#include "models/core/ErrorCatalog.h"
#include "tests/support/client/CacheTestData.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace mygas;
using cachetest::parseCsv;

namespace {

QList<ServiceInfo> services()
{
    ServiceInfo gas;
    gas.id = QStringLiteral("s1");
    gas.name = QStringLiteral("Газоснабжение");
    ServiceInfo vdgo;
    vdgo.id = QStringLiteral("s2");
    vdgo.name = QStringLiteral("ТО ВДГО; ремонт");
    return {gas, vdgo};
}

} // namespace

class TestClientCsv : public QObject
{
    Q_OBJECT

private slots:
    void paymentsParseBack();
    void settlementsUseCommaDecimalsAndEmptyOpenClosing();
    void readingsNameTheMeter();
    void textFromServerNeverBecomesFormula();
    void writeFileIsAtomicAndReportsFailure();
};

void TestClientCsv::paymentsParseBack()
{
    const QList<Payment> rows = {
        {QStringLiteral("p2"), QStringLiteral("a"), QDate(2024, 5, 10), 258043, QStringLiteral("ЛК «Мой газ»"),
         QStringLiteral("s1"), true},
        {QStringLiteral("p1"), QStringLiteral("a"), QDate(2024, 4, 3), 123456789, QStringLiteral("ПАО \"Сбербанк\""),
         QStringLiteral("s2"), false},
    };
    const QByteArray bytes = csv::payments(rows, services());
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const QList<QStringList> table = parseCsv(bytes);
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.at(0), (QStringList{"Date", "Amount, RUB", "Service", "Place of payment", "Online"}));
    QCOMPARE(table.at(1), (QStringList{"10.05.2024", "2580,43", "Газоснабжение", "ЛК «Мой газ»", "Yes"}));
    QCOMPARE(table.at(2), (QStringList{"03.04.2024", "1234567,89", "ТО ВДГО; ремонт", "ПАО \"Сбербанк\"", "No"}));
    QVERIFY(bytes.contains("\"ТО ВДГО; ремонт\"")); // a ';' inside a cell is quoted
    QVERIFY(!bytes.contains("2580.43"));
    QVERIFY(!bytes.contains("1 234 567")); // no group separators: Excel reads it as a number
}

void TestClientCsv::settlementsUseCommaDecimalsAndEmptyOpenClosing()
{
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    Settlement closed;
    closed.period = QStringLiteral("2024-04");
    closed.serviceId = QStringLiteral("s1");
    closed.openingKop = -331952;
    closed.chargedKop = 258043;
    closed.volumeM3 = 31.25;
    closed.benefitsKop = 5000;
    closed.recalculationKop = -120;
    closed.paidKop = 0;
    closed.closingKop = -589995;
    Settlement open = closed;
    open.period = QStringLiteral("2024-05");
    open.volumeM3 = 12;
    open.closingKop.reset();
    const QList<QStringList> table = parseCsv(csv::settlements({open, closed}, services()));
    QLocale::setDefault(QLocale::c());
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.at(0).size(), 9);
    QCOMPARE(table.at(1),
             (QStringList{"Май 2024", "Газоснабжение", "-3319,52", "2580,43", "12", "50,00", "-1,20", "0,00", ""}));
    QCOMPARE(table.at(2), (QStringList{"Апрель 2024", "Газоснабжение", "-3319,52", "2580,43", "31,25", "50,00", "-1,20",
                                       "0,00", "-5899,95"}));
}

void TestClientCsv::readingsNameTheMeter()
{
    Meter meter;
    meter.name = QStringLiteral("Счетчик газа");
    meter.serial = QStringLiteral("6****37");
    const QList<Reading> rows = {
        {QStringLiteral("r1"), QStringLiteral("m"), QStringLiteral("a"), QDate(2024, 1, 20), 12345, 67,
         QStringLiteral("online"), QStringLiteral("accepted")},
        {QStringLiteral("r2"), QStringLiteral("m"), QStringLiteral("a"), QDate(2024, 2, 20), 12400, 55,
         QStringLiteral("controller"), QStringLiteral("pending")},
    };
    const QList<QStringList> table = parseCsv(csv::readings(rows, meter));
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.at(1),
             (QStringList{"Счетчик газа", "6****37", "20.01.2024", "12345", "67", "Personal cabinet", "Accepted"}));
    QCOMPARE(table.at(2).at(5), QStringLiteral("Inspector"));
    QCOMPARE(table.at(2).at(6), QStringLiteral("Being checked"));
}

void TestClientCsv::textFromServerNeverBecomesFormula()
{
    Payment p{QStringLiteral("p"),
              QStringLiteral("a"),
              QDate(2024, 1, 1),
              -100,
              QStringLiteral("=HYPERLINK(\"x\")"),
              QStringLiteral("s1"),
              false};
    const QList<QStringList> table = parseCsv(csv::payments({p}, services()));
    QCOMPARE(table.at(1).at(1), QStringLiteral("-1,00")); // a negative amount stays a number
    QCOMPARE(table.at(1).at(3), QStringLiteral("'=HYPERLINK(\"x\")"));
    Meter meter;
    meter.name = QStringLiteral("@SUM(A1)");
    meter.serial = QStringLiteral("+7");
    const QList<QStringList> readings = parseCsv(csv::readings({Reading{}}, meter));
    QCOMPARE(readings.at(1).at(0), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(readings.at(1).at(1), QStringLiteral("'+7"));
}

void TestClientCsv::writeFileIsAtomicAndReportsFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Платежи.csv"));
    const QByteArray bytes = csv::payments({}, services());
    QVERIFY(csv::writeFile(path, bytes).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    f.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left

    const Status s = csv::writeFile(dir.filePath(QStringLiteral("no/such/folder/x.csv")), bytes);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QString::fromLatin1(errc::FileWriteFailed));
    QVERIFY(!s.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestClientCsv)
#include "tst_client_csv.moc"
