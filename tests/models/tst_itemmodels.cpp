// The item models the client's pages show: what each cell reads, in Russian,
// and the signals beside the colour (a minus sign and a word for a debt).
#include "models/accounts/AccountListModel.h"
#include "models/accounts/ActWorksModel.h"
#include "models/accounts/ActsModel.h"
#include "models/accounts/ContractsModel.h"
#include "models/accounts/HouseholdModel.h"
#include "models/accounts/ServicesModel.h"
#include "models/accounts/SettlementsModel.h"
#include "models/core/DisplayFormat.h"
#include "models/core/TextTableModel.h"
#include "models/payments/PaymentsModel.h"
#include "models/readings/MetersModel.h"
#include "models/readings/ReadingsModel.h"
#include "models/requests/RequestHistoryModel.h"
#include "models/requests/RequestsModel.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace mygas;

// Every model also runs under Qt's own checker of the model contract (rows,
// columns, parents, data roles, the signals around a reset), which fails the
// test on any breach.
constexpr auto kReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

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
        QAbstractItemModelTester tester(&m, kReport);
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
        QAbstractItemModelTester tester(&m, kReport);
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
        QAbstractItemModelTester tester(&m, kReport);
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
        QAbstractItemModelTester tester(&m, kReport);
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
        QAbstractItemModelTester tester(&m, kReport);
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
        QAbstractItemModelTester tester(&m, kReport);
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
        QAbstractItemModelTester tester(&m, kReport);
        m.setAct(act);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.index(1, ActWorksModel::Quantity).data().toString(), QStringLiteral("1,5\u00a0усл."));
        QCOMPARE(m.index(2, ActWorksModel::Name).data().toString(), QStringLiteral("Итого"));
        QCOMPARE(m.index(2, ActWorksModel::Cost).data().toString(), QStringLiteral("1\u00a0666,84\u00a0\u20bd"));
    }

    // «Заявки»: the kind, what it asks for and the status in Russian; the
    // history with who wrote each step.
    void requestsSayWhatAndWhereTheyStand()
    {
        ServiceRequest to;
        to.id = QStringLiteral("7-request-1");
        to.kind = QString::fromLatin1(requests::kMaintenance);
        to.status = QString::fromLatin1(requests::kClarification);
        to.createdAt = QStringLiteral("2027-03-10T09:30:00Z");
        to.workKind = QStringLiteral("Замена газовой плиты");
        to.description = QStringLiteral("Плита не зажигается");
        to.desiredDate = QDate(2027, 3, 13);
        to.history = {
            {QString::fromLatin1(requests::kInProgress), to.createdAt, QString::fromLatin1(requests::kAbonent), {}},
            {QString::fromLatin1(requests::kClarification), QStringLiteral("2027-03-11T08:00:00Z"),
             QString::fromLatin1(requests::kOperator), QStringLiteral("Уточните модель плиты")}};
        ServiceRequest away;
        away.kind = QString::fromLatin1(requests::kRecalculation);
        away.status = QString::fromLatin1(requests::kInProgress);
        away.reason = QString::fromLatin1(requests::kAbsence);
        away.fromDate = QDate(2027, 2, 1);
        away.toDate = QDate(2027, 2, 20);
        RequestsModel m;
        QAbstractItemModelTester tester(&m, kReport);
        m.setRequests({to, away});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, RequestsModel::Request).data().toString(), QStringLiteral("Заявка на ТО"));
        QCOMPARE(m.index(0, RequestsModel::Status).data().toString(), QStringLiteral("Требует уточнения"));
        QCOMPARE(m.index(0, RequestsModel::Details).data().toString(),
                 QStringLiteral("Замена газовой плиты; желаемая дата 13.03.2027: Плита не зажигается"));
        QCOMPARE(m.index(0, RequestsModel::Date).data(display::IdRole).toString(), to.id);
        QCOMPARE(m.index(1, RequestsModel::Request).data().toString(), QStringLiteral("Заявка на перерасчет"));
        QCOMPARE(m.index(1, RequestsModel::Status).data().toString(), QStringLiteral("В обработке"));
        QCOMPARE(m.index(1, RequestsModel::Details).data().toString(),
                 QStringLiteral("Временное отсутствие более 5 дней с 01.02.2027, отсутствие по 20.02.2027"));
        QCOMPARE(m.headerData(RequestsModel::Status, Qt::Horizontal).toString(), QStringLiteral("Статус"));

        RequestHistoryModel h;
        QAbstractItemModelTester historyTester(&h, kReport);
        h.setHistory(to.history);
        QCOMPARE(h.rowCount(), 2);
        QCOMPARE(h.index(1, RequestHistoryModel::Author).data().toString(), QStringLiteral("Поставщик услуг"));
        QCOMPARE(h.index(1, RequestHistoryModel::Comment).data().toString(), QStringLiteral("Уточните модель плиты"));
        QCOMPARE(h.index(0, RequestHistoryModel::Author).data().toString(), QStringLiteral("Абонент"));
        // In local time, as every date and time the app shows.
        QCOMPARE(h.index(1, RequestHistoryModel::When).data().toString(),
                 display::dateTime(QDateTime(QDate(2027, 3, 11), QTime(8, 0), Qt::UTC)));
        // The files of a step by their names, after its words.
        QList<RequestEvent> withFiles = to.history;
        withFiles[0].files = {
            {QStringLiteral("f1"), QStringLiteral("справка.pdf"), QStringLiteral("application/pdf"), 10, QString()},
            {QStringLiteral("f2"), QStringLiteral("плита.jpg"), QStringLiteral("image/jpeg"), 20, QString()}};
        withFiles[1].files = {withFiles[0].files.first()};
        withFiles[1].comment = QStringLiteral("Ответ");
        h.setHistory(withFiles);
        QCOMPARE(h.index(0, RequestHistoryModel::Comment).data().toString(),
                 QStringLiteral("Файлы: справка.pdf, плита.jpg"));
        QCOMPARE(h.index(1, RequestHistoryModel::Comment).data().toString(),
                 QStringLiteral("Ответ\nФайлы: справка.pdf"));
        h.setHistory({});
        QCOMPARE(h.rowCount(), 0);
    }

    // The models without a test of their own cells above: filled, refilled
    // and emptied under the checker, as a page does on each sync.
    void theOtherModelsKeepQtsContract()
    {
        Act act;
        act.id = QStringLiteral("a1");
        act.number = QStringLiteral("17");
        act.date = QDate(2026, 3, 5);
        act.totalKop = 129573;
        act.works = {{QStringLiteral("ТО плиты"), 1, QStringLiteral("шт."), 129573}};
        ActsModel acts;
        QAbstractItemModelTester actsTester(&acts, kReport);
        acts.setActs({act, act});
        QCOMPARE(acts.rowCount(), 2);
        acts.setActs({});
        QCOMPARE(acts.rowCount(), 0);

        Contract contract;
        contract.id = QStringLiteral("c1");
        contract.kind = QStringLiteral("Договор поставки газа");
        contract.number = QStringLiteral("П-1");
        contract.status = QStringLiteral("Действует");
        contract.dateFrom = QDate(2020, 1, 1);
        ContractsModel contracts;
        QAbstractItemModelTester contractsTester(&contracts, kReport);
        contracts.setContracts({contract});
        QCOMPARE(contracts.rowCount(), 1);
        contracts.setContracts({contract, contract});
        QCOMPARE(contracts.rowCount(), 2);

        Reading reading;
        reading.id = QStringLiteral("r1");
        reading.date = QDate(2026, 2, 20);
        reading.value = 12345;
        reading.consumption = 120;
        reading.source = QStringLiteral("abonent");
        reading.state = QStringLiteral("accepted");
        ReadingsModel readings;
        QAbstractItemModelTester readingsTester(&readings, kReport);
        readings.setReadings({reading});
        QCOMPARE(readings.rowCount(), 1);
        readings.setReadings({});
        QCOMPARE(readings.rowCount(), 0);

        TextTableModel table({QStringLiteral("Льгота"), QStringLiteral("Размер")});
        QAbstractItemModelTester tableTester(&table, kReport);
        table.setRows({{QStringLiteral("Ветеран труда"), QStringLiteral("50 %")}});
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Льгота"));
        table.setRows({});
        QCOMPARE(table.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
