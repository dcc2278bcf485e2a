// The payment rules (manual 4.3.1.4, section 6 row 3): the total between
// 10 and 15 000 rubles at its boundaries, and the ids of the «Платежи» rows
// of an order paid in the app.
#include "models/core/ErrorCatalog.h"
#include "models/payments/PaymentRules.h"

#include <QTest>

using namespace mygas;
using namespace mygas::rules;

class TestPaymentRules : public QObject
{
    Q_OBJECT

private slots:
    void totals_data()
    {
        QTest::addColumn<qint64>("kop");
        QTest::addColumn<QString>("code");
        QTest::newRow("9,99 ₽") << qint64(999) << QString::fromLatin1(errc::PaymentTooSmall);
        QTest::newRow("10 ₽") << qint64(1000) << QString();
        QTest::newRow("15 000 ₽") << qint64(1500000) << QString();
        QTest::newRow("15 000,01 ₽") << qint64(1500001) << QString::fromLatin1(errc::PaymentTooLarge);
        QTest::newRow("zero") << qint64(0) << QString::fromLatin1(errc::PaymentTooSmall);
        QTest::newRow("negative") << qint64(-5000) << QString::fromLatin1(errc::PaymentTooSmall);
    }
    void totals()
    {
        QFETCH(qint64, kop);
        QFETCH(QString, code);
        QCOMPARE(checkPaymentTotal(kop), code);
        if (!code.isEmpty())
            QVERIFY(!errorMessage(code).isEmpty());
    }

    // Only rows of an order paid in the app name it (and get «Детализация»).
    void paymentRowsNameTheirOrder()
    {
        const QString order = QStringLiteral("pay-AbC_d-9");
        QCOMPARE(rules::inAppPaymentId(QStringLiteral("7"), order, 2), QStringLiteral("7-online-pay-AbC_d-9-2"));
        QCOMPARE(rules::orderOfPayment(rules::inAppPaymentId(QStringLiteral("7"), order, 2)), order);
        QCOMPARE(rules::orderOfPayment(QStringLiteral("7-p17")), QString());
        QCOMPARE(rules::orderOfPayment(QStringLiteral("acc-1-p17")), QString());
        QCOMPARE(rules::orderOfPayment(QStringLiteral("online-")), QString());
        QCOMPARE(rules::orderOfPayment(QStringLiteral("online-x-0")), QString());
        QCOMPARE(rules::orderOfPayment(QStringLiteral("7-online-x-0")), QString());
    }
};

QTEST_GUILESS_MAIN(TestPaymentRules)
#include "tst_paymentrules.moc"
