// The item models the client's pages show: what each cell reads, in Russian,
// and the signals beside the colour (a minus sign and a word for a debt).
#include "AccountListModel.h"
#include "ActWorksModel.h"
#include "DisplayFormat.h"
#include "HouseholdModel.h"
#include "MetersModel.h"
#include "PaymentsModel.h"
#include "ServicesModel.h"
#include "SettlementsModel.h"
#include "Translations.h"

#include <QTest>

using namespace mygas;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installTranslation(QStringLiteral("ru"))); }

    // «Платеж отклонен: на карте…»: no capital after a colon, abbreviations kept.
    void textAfterAColon()
    {
        QCOMPARE(display::afterColon(QStringLiteral("На карте не хватает средств")),
                 QStringLiteral("на карте не хватает средств"));
        QCOMPARE(display::afterColon(QStringLiteral("РФ не принимает")), QStringLiteral("РФ не принимает"));
        QCOMPARE(display::afterColon(QString()), QString());
    }

    // The print dialog offers a document's title as a PDF file's name.
    void titleAsAFileName()
    {
        QCOMPARE(display::fileName(QStringLiteral("Квитанция об оплате от 02.12.2026, л/с 66012345")),
                 QStringLiteral("Квитанция об оплате от 02-12-2026, л-с 66012345"));
        QCOMPARE(display::fileName(QStringLiteral("a\\b:c*d?e\"f<g>h|i")), QStringLiteral("a-b-c-d-e-f-g-h-i"));
        QCOMPARE(display::fileName(QStringLiteral("Квитанция")), QStringLiteral("Квитанция"));
    }

    void servicesSayDebtWithMinusAndOverpayment()
    {
        ServicesModel m;
        m.setServices({{QStringLiteral("s1"), QStringLiteral("a"), QStringLiteral("Газоснабжение"), -331952},
                       {QStringLiteral("s2"), QStringLiteral("a"), QStringLiteral("ТО ВДГО"), 1500},
                       {QStringLiteral("s3"), QStringLiteral("a"), QStringLiteral("Пени"), 0}});
        QCOMPARE(m.index(0, ServicesModel::State).data().toString(), QStringLiteral("Задолженность"));
        QCOMPARE(m.index(0, ServicesModel::Amount).data().toString(),
                 QStringLiteral("\u22123\u00a0319,52\u00a0\u20bd"));
        QCOMPARE(m.index(0, ServicesModel::Amount).data(display::ToneRole).toInt(), display::ToneDebt);
        QCOMPARE(m.index(1, ServicesModel::State).data().toString(), QStringLiteral("Переплата"));
        QCOMPARE(m.index(1, ServicesModel::Amount).data(display::ToneRole).toInt(), display::ToneCredit);
        QCOMPARE(m.index(2, ServicesModel::State).data().toString(), QStringLiteral("Нет задолженности"));
        QCOMPARE(m.index(2, ServicesModel::Amount).data(display::ToneRole).toInt(), display::ToneCredit);
        QCOMPARE(m.totalKop(), qint64(-331952 + 1500));
    }

    void settlementsFollowTheManualsExample()
    {
        // Manual 4.3.1.2: −3319,52 − 2580,43 + 0 = −5899,95 for the open month.
        Settlement s;
        s.serviceId = QStringLiteral("gas");
        s.period = QStringLiteral("2019-09");
        s.openingKop = -331952;
        s.chargedKop = 258043;
        SettlementsModel m;
        m.setSettlements({s}, {{QStringLiteral("gas"), {}, QStringLiteral("Газоснабжение"), 0}});
        QCOMPARE(m.index(0, SettlementsModel::Service).data().toString(), QStringLiteral("Газоснабжение"));
        QCOMPARE(m.index(0, SettlementsModel::ToPay).data().toString(), QStringLiteral("\u22125\u00a0899,95"));
        QCOMPARE(m.index(0, SettlementsModel::Closing).data().toString(), QStringLiteral("месяц не закрыт"));
        QCOMPARE(m.totalToPayKop(), qint64(-589995));
        s.closingKop = -589995;
        m.setSettlements({s}, {});
        QCOMPARE(m.index(0, SettlementsModel::Closing).data().toString(), QStringLiteral("\u22125\u00a0899,95"));
    }

    void limitedVersionMasksSerials()
    {
        Meter meter;
        meter.name = QStringLiteral("Счетчик газа");
        meter.serial = QStringLiteral("61234537");
        meter.nextVerificationDate = QDate(2027, 3, 5);
        meter.avgMonthlyM3 = 12.5;
        MetersModel m;
        m.setMeters({meter}, Access::Limited);
        QCOMPARE(m.index(0, MetersModel::Serial).data().toString(), QStringLiteral("6****37"));
        QCOMPARE(m.index(0, MetersModel::NextVerification).data().toString(), QStringLiteral("05.03.2027"));
        QCOMPARE(m.index(0, MetersModel::AverageMonthly).data().toString(), QStringLiteral("12,5 м³"));
        m.setMeters({meter}, Access::Extended);
        QCOMPARE(m.index(0, MetersModel::Serial).data().toString(), QStringLiteral("61234537"));
    }

    void paymentsNewestFirstWithServiceAndPlace()
    {
        Payment older{QStringLiteral("p1"),  {},   QDate(2024, 1, 10), 50000, QStringLiteral("Сбербанк"),
                      QStringLiteral("gas"), false};
        Payment newer{QStringLiteral("p2"),  {},  QDate(2024, 2, 11), 70000, QStringLiteral("ЛК «Мой газ»"),
                      QStringLiteral("gas"), true};
        PaymentsModel m;
        m.setPayments({older, newer}, {{QStringLiteral("gas"), {}, QStringLiteral("Газоснабжение"), 0}});
        QCOMPARE(m.index(0, PaymentsModel::Date).data().toString(), QStringLiteral("11.02.2024"));
        QCOMPARE(m.index(0, PaymentsModel::Service).data().toString(), QStringLiteral("Газоснабжение"));
        QCOMPARE(m.index(0, PaymentsModel::Place).data().toString(), QStringLiteral("ЛК «Мой газ» (онлайн)"));
        QCOMPARE(m.index(1, PaymentsModel::Amount).data().toString(), QStringLiteral("500,00\u00a0\u20bd"));
    }

    void currentAccountIsMarkedInText()
    {
        Account a{QStringLiteral("1"), {}, QStringLiteral("0412345678"), QString(), QStringLiteral("ул. Гагарина")};
        Account b{
            QStringLiteral("2"), {}, QStringLiteral("66012345"), QStringLiteral("Дача"), QStringLiteral("ул. Ленина")};
        AccountListModel m;
        m.setAccounts({a, b});
        m.setCurrentId(QStringLiteral("2"));
        QVERIFY(!m.index(0).data().toString().startsWith(QChar(0x2714)));
        QVERIFY(m.index(1).data().toString().startsWith(QChar(0x2714)));
        QVERIFY(m.index(1).data().toString().contains(QStringLiteral("Дача (66012345)")));
        QVERIFY(m.index(1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("текущий")));
        QVERIFY(!m.index(0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("текущий")));
    }

    void householdSumsTheAccounts()
    {
        HouseholdModel m;
        m.setRows({{Account{QStringLiteral("1")}, QString(), -10000}, {Account{QStringLiteral("2")}, QString(), 2500}});
        QCOMPARE(m.totalKop(), qint64(-7500));
        QCOMPARE(m.index(0, HouseholdModel::Total).data().toString(),
                 QStringLiteral("Задолженность: \u2212100,00\u00a0\u20bd"));
        QCOMPARE(m.index(1, HouseholdModel::Total).data(display::ToneRole).toInt(), display::ToneCredit);
    }

    void actWorksEndWithTheTotal()
    {
        Act act;
        act.totalKop = 166684;
        act.works = {{QStringLiteral("ТО плиты"), 1, QStringLiteral("шт."), 129573},
                     {QStringLiteral("Проверка"), 1.5, QStringLiteral("усл."), 37111}};
        ActWorksModel m;
        m.setAct(act);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(1, ActWorksModel::Quantity).data().toString(), QStringLiteral("1,5\u00a0усл."));
        QCOMPARE(m.index(2, ActWorksModel::Name).data().toString(), QStringLiteral("Итого"));
        QCOMPARE(m.index(2, ActWorksModel::Cost).data().toString(), QStringLiteral("1\u00a0666,84\u00a0\u20bd"));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
