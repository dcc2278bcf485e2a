// The sandbox bank's card rules: the card number's Luhn digit, the accepted
// payment systems (Visa, Mastercard, Maestro, Mir) and the refused ones, the
// masked number that is all the provider ever keeps, and the expiry month.
#include "models/core/ErrorCatalog.h"
#include "server/payments/sandbox/CardRules.h"

#include <QTest>

using namespace mygas;
using namespace mygas::server::sandbox;

class TestCardRules : public QObject
{
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(TestCardRules)
#include "tst_card_rules.moc"
