// The meter-reading rules of the manual (4.3.2.2, section 6 row 6) at their
// boundaries, as the client's form and mygas-server both apply them.
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/readings/ReadingRules.h"
#include "models/readings/ReadingTypes.h"

#include <QTest>

using namespace mygas;

namespace {

// Window 15–25, at most 500 m³, zero refused, roll-over allowed.
Company severogorsk()
{
    Company c;
    c.id = QStringLiteral("severogorsk");
    c.readingFromDay = 15;
    c.readingToDay = 25;
    c.maxConsumption = 500;
    c.allowZeroReading = false;
    c.allowRollover = true;
    return c;
}

Meter meter(qint64 last, int digits = 5, QDate verification = QDate(2030, 1, 1))
{
    Meter m;
    m.id = QStringLiteral("m1");
    m.capacityDigits = digits;
    m.lastReading = last;
    m.lastReadingDate = QDate(2026, 10, 20);
    m.nextVerificationDate = verification;
    m.state = QStringLiteral("working");
    return m;
}

Reading reading(QDate date, qint64 consumption, const char* state = "accepted")
{
    Reading r;
    r.date = date;
    r.consumption = consumption;
    r.state = QString::fromLatin1(state);
    return r;
}

const QDate kInWindow(2026, 11, 20);

} // namespace

class TestReadingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<Company>("company");
        QTest::addColumn<Meter>("meter");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("consumption");

        const Company sev = severogorsk();
        Company noRoll = sev;
        noRoll.allowRollover = false;
        Company zeroOk = sev;
        zeroOk.allowZeroReading = true;
        Company noMax = sev;
        noMax.maxConsumption = 0;
        Company feb31 = sev;
        feb31.readingFromDay = 20;
        feb31.readingToDay = 31;

        const QString ok;
        const QString below = QString::fromLatin1(errc::ReadingBelowPrevious);
        QTest::newRow("capacity 5: 99999 accepted")
            << sev << meter(99800) << qint64(99999) << kInWindow << ok << qint64(199);
        QTest::newRow("capacity 5: 100000 refused") << sev << meter(99800) << qint64(100000) << kInWindow
                                                    << QString::fromLatin1(errc::ReadingExceedsCapacity) << qint64(0);
        QTest::newRow("below previous") << sev << meter(1200) << qint64(1199) << kInWindow << below << qint64(0);
        QTest::newRow("below previous without roll-over")
            << noRoll << meter(99990) << qint64(5) << kInWindow << below << qint64(0);
        QTest::newRow("roll-over past 99999") << sev << meter(99990) << qint64(5) << kInWindow << ok << qint64(15);
        QTest::newRow("roll-over beyond the maximum is a lower value")
            << sev << meter(99000) << qint64(5) << kInWindow << below << qint64(0);
        QTest::newRow("roll-over without a maximum: a tenth of the range")
            << noMax << meter(95000) << qint64(4999) << kInWindow << ok << qint64(9999);
        QTest::newRow("roll-over without a maximum: more than a tenth")
            << noMax << meter(95000) << qint64(5001) << kInWindow << below << qint64(0);
        QTest::newRow("zero consumption refused") << sev << meter(1200) << qint64(1200) << kInWindow
                                                  << QString::fromLatin1(errc::ZeroConsumption) << qint64(0);
        QTest::newRow("zero consumption allowed")
            << zeroOk << meter(1200) << qint64(1200) << kInWindow << ok << qint64(0);
        QTest::newRow("consumption = maximum") << sev << meter(1200) << qint64(1700) << kInWindow << ok << qint64(500);
        QTest::newRow("consumption = maximum + 1") << sev << meter(1200) << qint64(1701) << kInWindow
                                                   << QString::fromLatin1(errc::ConsumptionOverLimit) << qint64(0);
        QTest::newRow("no maximum") << noMax << meter(1200) << qint64(9200) << kInWindow << ok << qint64(8000);
        QTest::newRow("negative") << sev << meter(0) << qint64(-1) << kInWindow
                                  << QString::fromLatin1(errc::ReadingNotInteger) << qint64(0);
        QTest::newRow("verification date today")
            << sev << meter(1200, 5, kInWindow) << qint64(1210) << kInWindow << ok << qint64(10);
        QTest::newRow("verification date yesterday")
            << sev << meter(1200, 5, kInWindow.addDays(-1)) << qint64(1210) << kInWindow
            << QString::fromLatin1(errc::VerificationExpired) << qint64(0);
        QTest::newRow("window first day")
            << sev << meter(1200) << qint64(1210) << QDate(2026, 11, 15) << ok << qint64(10);
        QTest::newRow("window last day") << sev << meter(1200) << qint64(1210) << QDate(2026, 11, 25) << ok
                                         << qint64(10);
        QTest::newRow("the day before the window") << sev << meter(1200) << qint64(1210) << QDate(2026, 11, 14)
                                                   << QString::fromLatin1(errc::OutsideWindow) << qint64(0);
        QTest::newRow("the day after the window") << sev << meter(1200) << qint64(1210) << QDate(2026, 11, 26)
                                                  << QString::fromLatin1(errc::OutsideWindow) << qint64(0);
        QTest::newRow("day 31 means the end of February")
            << feb31 << meter(1200) << qint64(1210) << QDate(2027, 2, 28) << ok << qint64(10);
    }

    void check()
    {
        QFETCH(Company, company);
        QFETCH(Meter, meter);
        QFETCH(qint64, value);
        QFETCH(QDate, today);
        QFETCH(QString, code);
        QFETCH(qint64, consumption);
        const rules::ReadingCheck r = rules::checkReading(meter, company, value, today);
        QCOMPARE(r.code, code);
        if (code.isEmpty())
            QCOMPARE(r.consumption, consumption);
        else
            QVERIFY(!rules::readingMessage(code, meter, company, today).isEmpty());
    }

    void removedMeterIsRefused()
    {
        Meter m = meter(100);
        m.state = QStringLiteral("removed");
        QCOMPARE(rules::checkReading(m, severogorsk(), 110, kInWindow).code, QString::fromLatin1(errc::MeterInactive));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("digits") << "01234" << true << qint64(1234);
        QTest::newRow("spaces around") << " 77 " << true << qint64(77);
        QTest::newRow("fraction with a comma") << "12,5" << false << qint64(0);
        QTest::newRow("fraction with a point") << "12.5" << false << qint64(0);
        QTest::newRow("minus") << "-1" << false << qint64(0);
        QTest::newRow("plus") << "+1" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("inner space") << "1 000" << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const Result<qint64> r = rules::parseReading(text);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r.value(), value);
        else
            QCOMPARE(r.error().code, QString::fromLatin1(errc::ReadingNotInteger));
    }

    // A typed text is judged as typed: «5280.5» and «52a0» are refused as
    // not whole, never read as 52805 or 520; empty sends the previous one.
    void typedReading_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("whole") << "5290" << kInWindow << true << qint64(5290) << QString();
        QTest::newRow("fraction") << "5280.5" << kInWindow << false << qint64(-1) << "reading_not_integer";
        QTest::newRow("comma") << "5280,5" << kInWindow << false << qint64(-1) << "reading_not_integer";
        QTest::newRow("letter inside") << "52a0" << kInWindow << false << qint64(-1) << "reading_not_integer";
        QTest::newRow("empty: the previous one") << "" << kInWindow << false << qint64(5280) << "zero_consumption";
        QTest::newRow("fraction outside the window")
            << "5280.5" << kInWindow.addDays(20) << false << qint64(-1) << "outside_window";
    }

    void typedReading()
    {
        QFETCH(QString, text);
        QFETCH(QDate, today);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        QFETCH(QString, code);
        const rules::TypedReading t = rules::judgeTypedReading(text, meter(5280), severogorsk(), today);
        QCOMPARE(t.ok(), ok);
        QCOMPARE(t.value, value);
        QCOMPARE(t.check.code, code);
    }

    void outsideWindowNamesTheNextWindow()
    {
        const Company sev = severogorsk();
        const QString after =
            rules::readingMessage(QString::fromLatin1(errc::OutsideWindow), meter(1), sev, QDate(2026, 11, 26));
        QVERIFY2(after.contains(QLatin1String("15.12.2026")) && after.contains(QLatin1String("25.12.2026")),
                 qPrintable(after));
        const QString before =
            rules::readingMessage(QString::fromLatin1(errc::OutsideWindow), meter(1), sev, QDate(2026, 12, 3));
        QVERIFY2(before.contains(QLatin1String("15.12.2026")), qPrintable(before));
    }

    void window()
    {
        const Company sev = severogorsk();
        rules::ReadingWindow w = rules::readingWindow(sev, QDate(2026, 11, 15));
        QVERIFY(w.open);
        QCOMPARE(w.daysLeft, 11);
        w = rules::readingWindow(sev, QDate(2026, 11, 25));
        QCOMPARE(w.daysLeft, 1);
        w = rules::readingWindow(sev, QDate(2026, 12, 31));
        QVERIFY(!w.open);
        QCOMPARE(w.daysLeft, 0);
        QCOMPARE(w.nextFirst, QDate(2027, 1, 15));
        QCOMPARE(w.nextLast, QDate(2027, 1, 25));
    }

    // A window of the 25th to the 5th runs across the month end: the
    // 25th–31st and the 1st–5th of the next month are one period.
    void windowAcrossTheMonthEnd()
    {
        Company c = severogorsk();
        c.readingFromDay = 25;
        c.readingToDay = 5;
        rules::ReadingWindow w = rules::readingWindow(c, QDate(2027, 4, 25));
        QVERIFY(w.open);
        QCOMPARE(w.first, QDate(2027, 4, 25));
        QCOMPARE(w.last, QDate(2027, 5, 5));
        QCOMPARE(w.daysLeft, 11);
        w = rules::readingWindow(c, QDate(2027, 5, 3));
        QVERIFY(w.open);
        QCOMPARE(w.first, QDate(2027, 4, 25));
        QCOMPARE(w.daysLeft, 3);
        w = rules::readingWindow(c, QDate(2027, 5, 6));
        QVERIFY(!w.open);
        QCOMPARE(w.nextFirst, QDate(2027, 5, 25));
        QCOMPARE(w.nextLast, QDate(2027, 6, 5));
        // December into January, and February's short month.
        QVERIFY(rules::readingWindow(c, QDate(2027, 1, 2)).open);
        QCOMPARE(rules::readingWindow(c, QDate(2027, 1, 2)).first, QDate(2026, 12, 25));
        c.readingFromDay = 30;
        c.readingToDay = 2;
        w = rules::readingWindow(c, QDate(2027, 2, 27));
        QVERIFY(!w.open);
        QCOMPARE(w.nextFirst, QDate(2027, 2, 28));
        QCOMPARE(w.nextLast, QDate(2027, 3, 2));
        QVERIFY(rules::readingWindow(c, QDate(2027, 3, 1)).open);
        // A reading in the 25th–31st counts for the period into the next month.
        c.readingFromDay = 25;
        c.readingToDay = 5;
        Meter m = meter(1);
        m.lastReadingDate = QDate(2027, 4, 28);
        QVERIFY(rules::hasReadingThisPeriod(m, c, QDate(2027, 5, 2)));
        QVERIFY(rules::checkReading(m, c, m.lastReading + 1, QDate(2027, 5, 2)).code !=
                QLatin1String(errc::OutsideWindow));
        QCOMPARE(rules::checkReading(m, c, m.lastReading + 1, QDate(2027, 5, 6)).code,
                 QString::fromLatin1(errc::OutsideWindow));
        const QString message =
            rules::readingMessage(QString::fromLatin1(errc::OutsideWindow), meter(1), c, QDate(2027, 5, 10));
        QVERIFY2(message.contains(QLatin1String("25.05.2027")) && message.contains(QLatin1String("05.06.2027")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("next month")) || message.contains(QStringLiteral("следующего")),
                 qPrintable(message));
    }

    void providerTodayIsTheCompanysDate()
    {
        Company moscow; // no zone in its export: Moscow
        Company kamchatka;
        kamchatka.timeZone = QStringLiteral("Asia/Kamchatka"); // UTC+12
        Company kaliningrad;
        kaliningrad.timeZone = QStringLiteral("Europe/Kaliningrad"); // UTC+2
        Company unknown;
        unknown.timeZone = QStringLiteral("Mars/Olympus");
        // 21:30 UTC is already the next day in Moscow (UTC+3), not yet in Kaliningrad.
        ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(21, 30), Qt::UTC));
        Clock::setInstance(&clock);
        QCOMPARE(rules::providerToday(moscow), QDate(2026, 11, 25));
        QCOMPARE(rules::providerToday(kaliningrad), QDate(2026, 11, 24));
        QCOMPARE(rules::providerToday(unknown), QDate(2026, 11, 25));
        clock.set(QDateTime(QDate(2026, 11, 24), QTime(20, 59), Qt::UTC));
        QCOMPARE(rules::providerToday(moscow), QDate(2026, 11, 24));
        // 12:00 UTC on the 30th is 00:00 on the 1st of December in Kamchatka.
        clock.set(QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));
        QCOMPARE(rules::providerToday(kamchatka), QDate(2026, 12, 1));
        QCOMPARE(rules::providerToday(moscow), QDate(2026, 11, 30));
        Clock::setInstance(nullptr);
    }

    void averageMonthly()
    {
        const QDate today(2026, 11, 25);
        QList<Reading> rs;
        for (int i = 0; i < 12; ++i)
            rs.append(reading(QDate(2025, 12, 20).addMonths(i), 30 + i));
        rs.append(reading(QDate(2025, 11, 20), 1000));            // older than a year: left out
        rs.append(reading(QDate(2026, 11, 21), 999, "rejected")); // not accepted: left out
        QCOMPARE(rules::averageMonthlyConsumption(rs, today), (30.0 + 41.0) * 12 / 2 / 12);
        // Three months of readings count over three months, not twelve.
        const QList<Reading> recent{reading(QDate(2026, 9, 20), 30), reading(QDate(2026, 10, 20), 60),
                                    reading(QDate(2026, 11, 20), 90)};
        QCOMPARE(rules::averageMonthlyConsumption(recent, today), 60.0);
        QCOMPARE(rules::averageMonthlyConsumption({}, today), 0.0);
    }

    void monthlyWithYearEarlier()
    {
        const QList<Reading> rs{reading(QDate(2025, 11, 20), 40), reading(QDate(2026, 10, 20), 25),
                                reading(QDate(2026, 11, 18), 10), reading(QDate(2026, 11, 22), 5),
                                reading(QDate(2026, 11, 23), 70, "rejected")};
        const QList<rules::MonthConsumption> months = rules::monthlyConsumption(rs, QDate(2026, 11, 25), 12);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first().month, QDate(2025, 12, 1));
        QCOMPARE(months.last().month, QDate(2026, 11, 1));
        QCOMPARE(months.last().m3, qint64(15));
        QVERIFY(months.last().hasReading);
        QCOMPARE(months.last().yearEarlierM3, qint64(40));
        QVERIFY(months.last().yearEarlierHasReading);
        QCOMPARE(months.at(10).m3, qint64(25));
        QVERIFY(!months.at(10).yearEarlierHasReading);
        QVERIFY(!months.first().hasReading);
        QCOMPARE(rules::monthlyConsumption(rs, QDate(2026, 11, 25), 36).size(), 36);
    }

    void reminders()
    {
        const Company sev = severogorsk();
        Meter unread = meter(1200);
        unread.lastReadingDate = QDate(2026, 10, 20);
        Meter read = meter(1300);
        read.lastReadingDate = QDate(2026, 11, 16);
        Meter expired = meter(1400, 5, QDate(2026, 11, 1));

        rules::ReminderDue due = rules::reminderDue(sev, {unread, read, expired}, QDate(2026, 11, 15));
        QCOMPARE(due.kind, rules::ReminderKind::WindowOpened);
        QCOMPARE(due.unread.size(), 1);
        QCOMPARE(due.windowFirst, QDate(2026, 11, 15));
        QCOMPARE(rules::reminderDue(sev, {unread}, QDate(2026, 11, 22)).kind, rules::ReminderKind::WindowOpened);
        // Two days before the window closes (25th): the 23rd.
        QCOMPARE(rules::reminderDue(sev, {unread}, QDate(2026, 11, 23)).kind, rules::ReminderKind::ClosingSoon);
        QCOMPARE(rules::reminderDue(sev, {unread}, QDate(2026, 11, 25)).kind, rules::ReminderKind::ClosingSoon);
        QCOMPARE(rules::reminderDue(sev, {unread}, QDate(2026, 11, 26)).kind, rules::ReminderKind::None);
        QCOMPARE(rules::reminderDue(sev, {unread}, QDate(2026, 11, 14)).kind, rules::ReminderKind::None);
        QCOMPARE(rules::reminderDue(sev, {read, expired}, QDate(2026, 11, 20)).kind, rules::ReminderKind::None);
    }

    void answerRoundTrip()
    {
        ReadingAnswer a;
        ReadingResult ok;
        ok.meterId = QStringLiteral("m1");
        ok.accepted = true;
        ok.consumption = 12;
        ok.readingId = QStringLiteral("r1");
        ReadingResult refused;
        refused.meterId = QStringLiteral("m2");
        refused.error.code = QString::fromLatin1(errc::ReadingBelowPrevious);
        refused.error.message = QStringLiteral("x");
        a.results = {ok, refused};
        const ReadingAnswer b = ReadingAnswer::fromJson(a.toJson());
        QCOMPARE(b.results.size(), 2);
        QCOMPARE(b.acceptedCount(), 1);
        QCOMPARE(b.results.at(0).readingId, QStringLiteral("r1"));
        QCOMPARE(b.results.at(1).error.code, refused.error.code);
        QVERIFY(!b.results.at(1).accepted);
    }
};

QTEST_GUILESS_MAIN(TestReadingRules)
#include "tst_readingrules.moc"
