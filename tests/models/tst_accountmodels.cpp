// Money, masking, the settlement formula of manual 4.3.1.2 and the JSON of
// the account data that client and server exchange; the sections' columns
// and stored rows, which follow from the same field lists.
#include "models/accounts/AccountRules.h"
#include "models/accounts/SectionRows.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/Money.h"
#include "models/sync/SyncTypes.h"

#include <QTest>

using namespace mygas;

class TestAccountModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyFormat_data()
    {
        QTest::addColumn<qint64>("kop");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("debt") << qint64(-331952) << QStringLiteral("\u22123\u00a0319,52") << "-3319,52";
        QTest::newRow("zero") << qint64(0) << "0,00"
                              << "0,00";
        QTest::newRow("kopecks") << qint64(5) << "0,05"
                                 << "0,05";
        QTest::newRow("minus kopecks") << qint64(-5) << QStringLiteral("\u22120,05") << "-0,05";
        QTest::newRow("million") << qint64(123456789) << QStringLiteral("1\u00a0234\u00a0567,89") << "1234567,89";
        QTest::newRow("hundred") << qint64(10000) << "100,00"
                                 << "100,00";
    }

    void moneyFormat()
    {
        QFETCH(qint64, kop);
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(money::format(kop), text);
        QCOMPARE(money::formatPlain(kop), plain);
        QCOMPARE(money::parse(text), std::optional<qint64>(kop));
        QCOMPARE(money::parse(plain), std::optional<qint64>(kop));
    }

    void moneyParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("kop"); // -1: rejected
        QTest::newRow("integer") << "1234" << qint64(123400);
        QTest::newRow("dot") << "12.5" << qint64(1250);
        QTest::newRow("spaces") << "1 500,00" << qint64(150000);
        QTest::newRow("three decimals") << "1,005" << qint64(-1);
        QTest::newRow("letters") << "12р" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("two commas") << "1,2,3" << qint64(-1);
    }

    void moneyParse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, kop);
        const std::optional<qint64> got = money::parse(text);
        if (kop < 0)
            QVERIFY(!got);
        else
            QCOMPARE(got, std::optional<qint64>(kop));
    }

    void maskSerial()
    {
        QCOMPARE(rules::maskSerial(QStringLiteral("6123437")), QStringLiteral("6****37"));
        QCOMPARE(rules::maskSerial(QStringLiteral("A1B2C3D4E5")), QStringLiteral("A****E5"));
        QCOMPARE(rules::maskSerial(QStringLiteral("123")), QStringLiteral("***"));
    }

    void settlementFormulaOfTheManual()
    {
        Settlement s;
        s.openingKop = -331952;
        s.chargedKop = 258043;
        s.paidKop = 0;
        QCOMPARE(rules::settlementToPay(s), qint64(-589995));
        QCOMPARE(money::format(rules::settlementToPay(s)), QStringLiteral("\u22125\u00a0899,95"));
    }

    void accountNumber()
    {
        const QString re = QStringLiteral("[0-9]{10}");
        QVERIFY(rules::checkAccountNumber(QStringLiteral("0123456789"), re).isEmpty());
        QCOMPARE(rules::checkAccountNumber(QStringLiteral("012345678"), re), QLatin1String(errc::AccountNumberInvalid));
        QCOMPARE(rules::checkAccountNumber(QStringLiteral("0123456789\n1"), re),
                 QLatin1String(errc::AccountNumberInvalid));
        QCOMPARE(rules::checkAccountNumber(QStringLiteral("  "), re), QLatin1String(errc::AccountNumberRequired));
        QCOMPARE(rules::checkAlias(QString(41, QLatin1Char('x'))), QLatin1String(errc::AliasTooLong));
        QVERIFY(rules::checkAlias(QStringLiteral("Дача")).isEmpty());
    }

    void syncRoundTrip()
    {
        SyncPayload p;
        p.cursor = QStringLiteral("c1");
        p.accounts.append({QStringLiteral("a1"), QStringLiteral("co"), QStringLiteral("0123456789"),
                           QStringLiteral("Дом"), QStringLiteral("ул. Ленина, 1"), Access::Extended});
        Settlement open;
        open.id = QStringLiteral("s1");
        open.period = QStringLiteral("2026-11");
        open.openingKop = -100;
        p.settlements.append(open);
        Settlement closed = open;
        closed.id = QStringLiteral("s2");
        closed.closingKop = 0;
        p.settlements.append(closed);
        Meter m;
        m.id = QStringLiteral("m1");
        m.nextVerificationDate = QDate(2030, 5, 1);
        p.meters.append(m);
        Act act;
        act.id = QStringLiteral("act1");
        act.works.append({QStringLiteral("Проверка плиты"), 1, QStringLiteral("шт."), 45000});
        p.acts.append(act);
        p.removed.insert(QStringLiteral("payments"), {QStringLiteral("p9")});
        QVERIFY(p.hasChanges());

        const SyncPayload back = SyncPayload::fromJson(p.toJson());
        QCOMPARE(back.cursor, p.cursor);
        QCOMPARE(back.accounts.size(), 1);
        QCOMPARE(back.accounts[0].access, Access::Extended);
        QCOMPARE(back.accounts[0].alias, QStringLiteral("Дом"));
        QVERIFY(!back.settlements[0].closingKop.has_value()); // the open month has no closing state
        QCOMPARE(back.settlements[1].closingKop, std::optional<qint64>(0));
        QCOMPARE(back.meters[0].nextVerificationDate, QDate(2030, 5, 1));
        QVERIFY(!back.meters[0].lastReadingDate.isValid());
        QCOMPARE(back.acts[0].works[0].costKop, 45000);
        QCOMPARE(back.removed.value(QStringLiteral("payments")), QStringList{QStringLiteral("p9")});

        SyncPayload nothing;
        nothing.accounts = p.accounts;
        QVERIFY(!SyncPayload::fromJson(nothing.toJson()).hasChanges());
    }

    // The meter's wire shape as API.md gives it: a renamed field in the
    // type's list changes the wire, and this fails.
    void meterWireShape()
    {
        Meter m;
        m.id = QStringLiteral("7-m1");
        m.accountId = QStringLiteral("7");
        m.serviceId = QStringLiteral("7-gas");
        m.name = QStringLiteral("Счетчик газа");
        m.model = QStringLiteral("BK-G4");
        m.serial = QStringLiteral("61234537");
        m.capacityDigits = 5;
        m.installPlace = QStringLiteral("Кухня");
        m.lastReading = 1234;
        m.lastReadingDate = QDate(2026, 11, 20);
        m.state = QStringLiteral("working");
        m.avgMonthlyM3 = 12.5;
        m.submissionOpen = true;
        const QJsonObject expected{{"id", "7-m1"},
                                   {"account_id", "7"},
                                   {"service_id", "7-gas"},
                                   {"name", "Счетчик газа"},
                                   {"model", "BK-G4"},
                                   {"serial", "61234537"},
                                   {"capacity_digits", 5},
                                   {"install_place", "Кухня"},
                                   {"last_reading", 1234},
                                   {"last_reading_date", "2026-11-20"},
                                   {"next_verification_date", QJsonValue()},
                                   {"state", "working"},
                                   {"avg_monthly_m3", 12.5},
                                   {"submission_open", true}};
        QCOMPARE(m.toJson(), expected);
        QCOMPARE(Meter::fromJson(expected).toJson(), expected);
    }

    // Each section's columns are its wire type's fields, references marked;
    // a stored row reads back into the JSON the type writes.
    void sectionColumnsAndStoredRows()
    {
        QStringList names;
        for (const sections::Section& s : sections::all())
            names.append(s.name);
        QCOMPARE(names, (QStringList{"services", "meters", "readings", "payments", "subscribers", "settlements",
                                     "contracts", "acts", "requests"}));
        QCOMPARE(sections::fromCompany().size(), 8); // requests are the abonents', not the import's
        const sections::Section& meters = *sections::find(QStringLiteral("meters"));
        QCOMPARE(meters.columns.size(), 12);
        QCOMPARE(meters.columns[0].type, wire::FieldType::Ref);
        QCOMPARE(meters.columnList().section(QLatin1String(", "), 0, 1), QStringLiteral("\"service_id\", \"name\""));
        QCOMPARE(meters.columnIndex("submission_open"), 11);
        QVERIFY(!meters.extendedOnly);
        QVERIFY(sections::find(QStringLiteral("acts"))->extendedOnly);
        QCOMPARE(sections::find(QStringLiteral("settlements"))->columns.last().type, wire::FieldType::NullInt);
        QCOMPARE(sections::find(QStringLiteral("acts"))->columns.last().type, wire::FieldType::Json);

        Settlement open;
        open.period = QStringLiteral("2026-11");
        open.serviceId = QStringLiteral("7-gas");
        open.volumeM3 = 10.5;
        const QVariantList stored = wire::storedValues(open);
        QCOMPARE(stored.size(), 9);
        QVERIFY(stored.last().isNull()); // the open month has no closing balance
        const sections::Section& settlements = *sections::find(QStringLiteral("settlements"));
        const QJsonObject back = settlements.json(QStringLiteral("7-s1"), QStringLiteral("7"), stored);
        QCOMPARE(back.value("closing_kop"), QJsonValue());
        QCOMPARE(back.value("volume_m3").toDouble(), 10.5);
        QCOMPARE(back.value("id").toString(), QStringLiteral("7-s1"));

        Act act;
        act.date = QDate(2026, 4, 12);
        act.totalKop = 45000;
        act.works.append({QStringLiteral("Проверка плиты"), 1.5, QStringLiteral("шт."), 45000});
        const QVariantList actRow = wire::storedValues(act);
        QCOMPARE(actRow.value(2).toString(), QStringLiteral("2026-04-12"));
        QCOMPARE(
            actRow.value(4).toString(),
            QStringLiteral("[{\"cost_kop\":45000,\"name\":\"Проверка плиты\",\"quantity\":1.5,\"unit\":\"шт.\"}]"));
        const Act read = Act::fromJson(sections::find(QStringLiteral("acts"))->json({}, {}, actRow));
        QCOMPARE(read.works.size(), 1);
        QCOMPARE(read.works[0].quantity, 1.5);
        QCOMPARE(read.date, act.date);

        // What SQL returns for a boolean and a missing date reads the same.
        Meter m = wire::fromStored<Meter>(
            {"7-gas", "n", "BK", "1", qint64(5), "", qint64(0), QVariant(), QString(), "working", 0.0, qint64(1)});
        QVERIFY(m.submissionOpen);
        QVERIFY(!m.lastReadingDate.isValid() && !m.nextVerificationDate.isValid());
        QCOMPARE(wire::normalized(wire::FieldType::Date, QString()), QVariant());
        QCOMPARE(wire::storedValues(m).value(11), QVariant(qint64(1)));
    }
};

QTEST_GUILESS_MAIN(TestAccountModels)
#include "tst_accountmodels.moc"
