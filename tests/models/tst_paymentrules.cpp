// The payment rules (manual 4.3.1.4, section 6 row 3): the total between
// 10 and 15 000 rubles at its boundaries, the card number's Luhn digit, the
// accepted payment systems (Visa, Mastercard, Maestro, Mir) and the refused
// ones, the masked number that is all we ever keep, and the expiry month.
#include "ErrorCatalog.h"
#include "PaymentRules.h"

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

    void cardNumbers_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("network");
        QTest::newRow("Visa") << "4111 1111 1111 1111" << QString() << "Visa";
        QTest::newRow("Mastercard") << "5555555555554444" << QString() << "Mastercard";
        QTest::newRow("Mastercard 2-series") << "2221000000000009" << QString() << "Mastercard";
        QTest::newRow("Maestro") << "6767670000000000" << QString() << "Maestro";
        QTest::newRow("Mir") << "2202 2000 0000 0008" << QString() << "Mir";
        QTest::newRow("American Express")
            << "3400000000000000" << QString::fromLatin1(errc::CardNetworkNotAccepted) << "American Express";
        QTest::newRow("wrong check digit")
            << "4111111111111112" << QString::fromLatin1(errc::CardNumberInvalid) << "Visa";
        QTest::newRow("too short") << "41111111111" << QString::fromLatin1(errc::CardNumberInvalid) << "Visa";
        QTest::newRow("letters") << "4111 1111 abcd 1111" << QString::fromLatin1(errc::CardNumberInvalid) << "";
        QTest::newRow("empty") << "" << QString::fromLatin1(errc::CardNumberInvalid) << "";
    }
    void cardNumbers()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QFETCH(QString, network);
        QCOMPARE(checkCardNumber(typed), code);
        if (!network.isEmpty())
            QCOMPARE(networkName(cardNetwork(QString(typed).remove(QLatin1Char(' ')))), network);
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

    void maskKeepsSixAndFour()
    {
        QCOMPARE(maskPan(QStringLiteral("2202200000000008")), QStringLiteral("2202 20** **** 0008"));
        QCOMPARE(maskPan(QStringLiteral("4111111111111111")), QStringLiteral("4111 11** **** 1111"));
        const QString masked = maskPan(QStringLiteral("5555555555554444"));
        QVERIFY(!masked.contains(QStringLiteral("55555555")));
        QCOMPARE(masked.count(QLatin1Char('*')), 6);
    }

    void expiry()
    {
        const QDate today(2026, 12, 1);
        QVERIFY(cardExpiryValid(QStringLiteral("12/26"), today));
        QVERIFY(cardExpiryValid(QStringLiteral("12/26"), QDate(2026, 12, 31)));
        QVERIFY(!cardExpiryValid(QStringLiteral("11/26"), today));
        QVERIFY(cardExpiryValid(QStringLiteral("01/30"), today));
        QVERIFY(!cardExpiryValid(QStringLiteral("13/27"), today));
        QVERIFY(!cardExpiryValid(QStringLiteral("1/27"), today));
        QVERIFY(!cardExpiryValid(QString(), today));
    }
};

QTEST_GUILESS_MAIN(TestPaymentRules)
#include "tst_paymentrules.moc"
