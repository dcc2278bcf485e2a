// Meter readings through the real windows under Xvfb against the real
// mygas-server: the «Передать показания» form with its live checks, the
// answer per meter, the server holding exactly what was sent, the outbox
// while the server is down (sent when it returns; refused with its reason,
// «Исправить», «Удалить»), the consumption per month, the reminders, and
// every new control named and reachable by keyboard.
//
// The user owns an imported account of АО «Северогорскгаз» (window 15–25,
// at most 500 m³, no zero consumption) with two meters and 40 months of
// known readings, in the extended version, and the demo account of
// «Заречье» (window 20–26) in the limited one. Both clocks — the server's
// clock file and mygas::Clock in this process — stand on the 20th.
#include "app/CompositionRoot.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "models/core/TextTableModel.h"
#include "models/readings/MetersModel.h"
#include "models/readings/ReadingRules.h"
#include "models/readings/ReadingsModel.h"
#include "services/readings/ReadingsService.h"
#include "services/readings/ReminderService.h"
#include "services/sync/SyncEngine.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/gui/PageTestSupport.h"
#include "translations/Translations.h"
#include "ui/account/AccountPage.h"
#include "ui/account/ConsumptionView.h"
#include "ui/account/SectionSlot.h"
#include "ui/auth/AuthWindow.h"
#include "ui/readings/MetersSection.h"
#include "ui/readings/ReadingsHistoryDialog.h"
#include "ui/readings/ReadingsSubmitDialog.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ReminderTray.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace mygas;
using namespace pagetest;

namespace {
constexpr int kNetworkWaitMs = 20000;
const QString kNumber = QStringLiteral("0455500001");
const QString kPin = QStringLiteral("5151");
const QString kPassword = QStringLiteral("reads1");
constexpr int kFixtureMonths = 40;

QDate firstOfMonth(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

// The fixture's consumption of a meter in the k-th month before the current one.
qint64 fixtureConsumption(int meter, int k)
{
    return meter == 1 ? 8 + (k * 7) % 13 : 40 + (k * 5) % 17;
}
} // namespace

class TestClientReadingsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void limitedAccountOffersTheExtendedVersion();
    void formChecksRulesAndSubmitsTickedMeters();
    void offlineReadingWaitsAndGoesOutWhenServerReturns();
    void refusedQueuedReadingShowsReasonAndCanBeCorrected();
    void consumptionChartMatchesMonthlyFigures();
    void remindersOncePerWindowAndKind();
    void newControlsAreNamedAndReachableByTab();

private:
    MainWindow* main() const { return m_root->mainWindow(); }
    MetersSection* openMeters(const QString& accountId);
    ReadingsSubmitDialog* openForm(MetersSection* section);
    int rowOfMeter(ReadingsSubmitDialog* dialog, const QString& suffix) const;
    Meter cachedMeter(const QString& suffix) const;
    QJsonArray serverReadings(const QString& meterSuffix);
    void importFixture();
    static QStringList problems(QWidget* window);

    QTemporaryDir m_home;
    ServerProcess m_server;
    OffsetClock m_clock;
    qint64 m_offset = 0;
    QDate m_today; // the provider's day both sides see
    ApiCaller m_api;
    QString m_login;
    QString m_extendedId;
    QString m_limitedId;
    std::unique_ptr<CompositionRoot> m_root;
    qint64 m_submittedM1 = 0; // accepted through the form
};

void TestClientReadingsGui::initTestCase()
{
    isolate(m_home);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    // The 20th of this month, 12:00 UTC (15:00 in Moscow): inside both windows.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate moscow = now.toOffsetFromUtc(3 * 3600).date();
    m_today = QDate(moscow.year(), moscow.month(), 20);
    m_offset = now.secsTo(QDateTime(m_today, QTime(12, 0), Qt::UTC));
    m_clock.setOffset(m_offset);
    Clock::setInstance(&m_clock);
    QCOMPARE(rules::providerToday(Company{}), m_today);

    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_server.setClockOffset(m_offset);
    importFixture();

    m_login = clienttest::uniqueLogin(QStringLiteral("readings"));
    const Tokens tokens = clienttest::registerUser(m_server, m_login, kPassword);
    QVERIFY(!tokens.accessToken.isEmpty());
    m_api.setBase(m_server.apiUrl(QString()));
    m_api.setCaFile(m_server.caFile());
    m_api.setBearer(tokens.accessToken);
    ApiCaller::Reply r =
        m_api.post(QStringLiteral("/accounts"), {{QStringLiteral("company_id"), QStringLiteral("severogorsk")},
                                                 {QStringLiteral("number"), kNumber}});
    QVERIFY2(r.status == 201, r.body.constData());
    m_extendedId = r.object().value(QLatin1String("id")).toString();
    r = m_api.post(QStringLiteral("/accounts/%1/extended").arg(m_extendedId),
                   {{QStringLiteral("method"), QStringLiteral("pin")}, {QStringLiteral("answer"), kPin}});
    QVERIFY2(r.status == 200, r.body.constData());
    r = m_api.post(QStringLiteral("/accounts"), {{QStringLiteral("company_id"), QStringLiteral("zarechye")},
                                                 {QStringLiteral("number"), limitedNumber()}});
    QVERIFY2(r.status == 201, r.body.constData());
    m_limitedId = r.object().value(QLatin1String("id")).toString();

    m_root = makeRoot(m_server);
    m_root->sync()->setBackoff(200, 1000); // back quickly once the server returns
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    signInThroughWindow(m_root.get(), m_login, kPassword);
    QTRY_VERIFY(main()->isVisible());
    QTRY_COMPARE(m_root->cache()->accounts().size(), 2);
    // The companies' rules arrive after the first sync round.
    QTRY_VERIFY_WITH_TIMEOUT(!m_root->cache()->companies().isEmpty(), kNetworkWaitMs);
    QVERIFY(m_root->readings()->isOpen());
}

void TestClientReadingsGui::cleanupTestCase()
{
    m_root.reset();
    Clock::setInstance(nullptr);
}

void TestClientReadingsGui::importFixture()
{
    QJsonArray meters;
    QJsonArray readings;
    const QDate thisMonth = firstOfMonth(m_today);
    for (int meter = 1; meter <= 2; ++meter) {
        const QString id = QStringLiteral("M%1").arg(meter);
        meters.append(QJsonObject{{"id", id},
                                  {"service_id", "gas"},
                                  {"name", meter == 1 ? "Счетчик газа" : "Счетчик газа котла"},
                                  {"model", "BK-G4"},
                                  {"serial", meter == 1 ? "71110001" : "71110002"},
                                  {"capacity_digits", 5},
                                  {"install_place", meter == 1 ? "Кухня" : "Котельная"},
                                  {"next_verification_date", m_today.addYears(5).toString(Qt::ISODate)},
                                  {"state", "working"}});
        qint64 value = meter == 1 ? 1000 : 20000;
        for (int k = kFixtureMonths; k >= 1; --k) {
            value += fixtureConsumption(meter, k);
            readings.append(QJsonObject{{"id", QStringLiteral("R%1-%2").arg(meter).arg(k)},
                                        {"meter_id", id},
                                        {"date", thisMonth.addMonths(-k).addDays(20).toString(Qt::ISODate)},
                                        {"value", value},
                                        {"consumption", fixtureConsumption(meter, k)},
                                        {"source", "abonent"},
                                        {"state", "accepted"}});
        }
    }
    const QJsonArray services{QJsonObject{{"id", "gas"},
                                          {"name", "Газоснабжение"},
                                          {"balance_kop", -120000},
                                          {"regime", "Приготовление пищи"},
                                          {"tariff_kop", 712},
                                          {"unit", "м³"},
                                          {"norm_m3", 10.6}}};
    const QJsonObject account{{"company_id", "severogorsk"},
                              {"number", kNumber},
                              {"address", "г. Северогорск, ул. Лесная, д. 9"},
                              {"pin", kPin},
                              {"services", services},
                              {"meters", meters},
                              {"readings", readings}};
    const QString path = m_home.filePath(QStringLiteral("fixture.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(QJsonObject{{"format", "mygas-export/1"}, {"accounts", QJsonArray{account}}}).toJson());
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ServerProcess::binary(), {QStringLiteral("import"), QStringLiteral("--db"), m_server.databaseUrl(), path});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAll().constData());
}

MetersSection* TestClientReadingsGui::openMeters(const QString& accountId)
{
    main()->setCurrentAccount(accountId);
    main()->showAccounts();
    AccountPage* page = main()->accountPage();
    page->showSection(QStringLiteral("meters"));
    SectionSlot* slot = page->slot(QStringLiteral("meters"));
    if (!QTest::qWaitFor([slot]() { return slot->isVisible() && slot->section(); }, 5000))
        return nullptr;
    return qobject_cast<MetersSection*>(slot->section());
}

ReadingsSubmitDialog* TestClientReadingsGui::openForm(MetersSection* section)
{
    click(section, "submitReadingsButton");
    ReadingsSubmitDialog* d = section->submitDialog();
    if (!d || !QTest::qWaitFor([d]() { return d->isVisible(); }, 5000))
        return nullptr;
    return d;
}

int TestClientReadingsGui::rowOfMeter(ReadingsSubmitDialog* dialog, const QString& suffix) const
{
    for (int i = 0; i < dialog->rowCount(); ++i) {
        if (dialog->meterId(i).endsWith(suffix))
            return i;
    }
    return -1;
}

Meter TestClientReadingsGui::cachedMeter(const QString& suffix) const
{
    for (const Meter& m : m_root->cache()->meters(m_extendedId)) {
        if (m.id.endsWith(suffix))
            return m;
    }
    return {};
}

QJsonArray TestClientReadingsGui::serverReadings(const QString& meterSuffix)
{
    const Meter m = cachedMeter(meterSuffix);
    const ApiCaller::Reply r = m_api.get(QStringLiteral("/accounts/%1/meters/%2/readings?from=%3&to=%4")
                                             .arg(m_extendedId, m.id, m_today.addYears(-5).toString(Qt::ISODate),
                                                  m_today.addMonths(1).toString(Qt::ISODate)));
    if (r.status == 401) {
        // The access token expired while the clock was moved on: sign in again.
        m_api.setBearer(clienttest::signIn(m_server, m_login, kPassword).accessToken);
        return serverReadings(meterSuffix);
    }
    if (r.status != 200)
        qWarning() << r.status << r.body;
    return r.json.array();
}

static int countValue(const QJsonArray& readings, qint64 value)
{
    int n = 0;
    for (const QJsonValue& v : readings)
        n += v[QLatin1String("value")].toInteger() == value ? 1 : 0;
    return n;
}

void TestClientReadingsGui::limitedAccountOffersTheExtendedVersion()
{
    MetersSection* section = openMeters(m_limitedId);
    QVERIFY(section);
    QTRY_VERIFY(section->model()->rowCount() >= 1);
    auto* submit = section->findChild<QPushButton*>(QStringLiteral("submitReadingsButton"));
    QVERIFY(submit->isVisible());
    QVERIFY(!submit->isEnabled()); // greyed in the limited version …
    auto* offer = section->findChild<QPushButton*>(QStringLiteral("metersExtendedButton"));
    QVERIFY(offer->isVisible() && offer->isEnabled()); // … with «Подключить расширенную версию»
    QCOMPARE(offer->text(), QStringLiteral("Подключить расширенную версию"));
    // «Заречье» accepts readings from the 20th to the 26th: seven days left on the 20th.
    QTRY_COMPARE(section->windowText(), QStringLiteral("Прием показаний: с 20 по 26 число, осталось 7 дн."));
}

void TestClientReadingsGui::formChecksRulesAndSubmitsTickedMeters()
{
    MetersSection* section = openMeters(m_extendedId);
    QVERIFY(section);
    QTRY_COMPARE(section->model()->rowCount(), 2);
    // Severogorsk: 15th–25th, six days left on the 20th.
    QCOMPARE(section->windowText(), QStringLiteral("Прием показаний: с 15 по 25 число, осталось 6 дн."));
    const int m1Before = int(serverReadings(QStringLiteral("-M1")).size());
    const int m2Before = int(serverReadings(QStringLiteral("-M2")).size());
    QVERIFY(m1Before >= 12);

    ReadingsSubmitDialog* d = openForm(section);
    QVERIFY(d);
    snapshot(d, QStringLiteral("readings-form"));
    QCOMPARE(d->rowCount(), 2);
    const int r1 = rowOfMeter(d, QStringLiteral("-M1"));
    const int r2 = rowOfMeter(d, QStringLiteral("-M2"));
    QVERIFY(r1 >= 0 && r2 >= 0);
    QVERIFY(d->checkBox(r1)->isChecked() && d->checkBox(r2)->isChecked()); // ticked by default
    const Meter m1 = cachedMeter(QStringLiteral("-M1"));
    const Company company = [this]() {
        for (const Company& c : m_root->cache()->companies()) {
            if (c.id == QLatin1String("severogorsk"))
                return c;
        }
        return Company{};
    }();
    QCOMPARE(company.maxConsumption, 500);
    const QString last = d->findChild<QLabel*>(QStringLiteral("readingLast%1").arg(r1))->text();
    QVERIFY2(last.contains(QString::number(m1.lastReading)) && last.contains(m1.lastReadingDate.toString("dd.MM.yyyy")),
             qPrintable(last));
    const QByteArray edit1 = QStringLiteral("readingEdit%1").arg(r1).toLatin1();

    // Below the previous reading, more digits than the meter has, over the company's maximum.
    type(d, edit1.constData(), QString::number(m1.lastReading - 1));
    QCOMPARE(d->messageText(r1),
             rules::readingMessage(QString::fromLatin1(errc::ReadingBelowPrevious), m1, company, m_today));
    type(d, edit1.constData(), QStringLiteral("100000"));
    QCOMPARE(d->messageText(r1),
             rules::readingMessage(QString::fromLatin1(errc::ReadingExceedsCapacity), m1, company, m_today));
    QVERIFY(d->messageText(r1).contains(QStringLiteral("99999")));
    type(d, edit1.constData(), QString::number(m1.lastReading + 600));
    QCOMPARE(d->messageText(r1),
             rules::readingMessage(QString::fromLatin1(errc::ConsumptionOverLimit), m1, company, m_today));
    QCOMPARE(d->consumptionText(r1), QStringLiteral("Расход: 600 м³"));
    // What a person types stays as typed: a fraction or a letter is refused
    // as not whole, never read as a shorter number (5280.5 → 52805).
    for (const QString& typed : {QStringLiteral("5280.5"), QStringLiteral("52a0"), QStringLiteral("12a")}) {
        type(d, edit1.constData(), typed);
        QCOMPARE(d->edit(r1)->text(), typed);
        QCOMPARE(d->messageText(r1),
                 rules::readingMessage(QString::fromLatin1(errc::ReadingNotInteger), m1, company, m_today));
        QVERIFY(d->consumptionText(r1).isEmpty());
    }

    // A ticked meter left unchanged would send its previous reading: refused here (no zero consumption).
    m_submittedM1 = m1.lastReading + 7;
    type(d, edit1.constData(), QString::number(m_submittedM1));
    QCOMPARE(d->consumptionText(r1), QStringLiteral("Расход: 7 м³"));
    QVERIFY(d->messageText(r1).isEmpty());
    click(d, "readingsSubmitButton");
    QCOMPARE(d->stage(), ReadingsSubmitDialog::Stage::Form);
    QVERIFY(!d->messageText(r2).isEmpty()); // the untouched second meter is named
    QCOMPARE(int(serverReadings(QStringLiteral("-M1")).size()), m1Before);

    // Untick it and send.
    QTest::mouseClick(d->checkBox(r2), Qt::LeftButton, {}, QPoint(5, d->checkBox(r2)->height() / 2));
    QVERIFY(!d->checkBox(r2)->isChecked());
    QVERIFY(d->messageText(r2).isEmpty());
    click(d, "readingsSubmitButton");
    QTRY_COMPARE_WITH_TIMEOUT(d->stage(), ReadingsSubmitDialog::Stage::Results, kNetworkWaitMs);
    snapshot(d, QStringLiteral("readings-result"));
    TextTableModel* results = d->resultsModel();
    QCOMPARE(results->rowCount(), 1);
    QVERIFY2(results->rows().first().at(0).contains(QStringLiteral("71110001")),
             qPrintable(results->rows().first().at(0)));
    QCOMPARE(results->rows().first().at(1), QStringLiteral("Принято, расход 7 м³"));
    auto* close = d->findChild<QPushButton*>(QStringLiteral("readingsCancelButton"));
    QCOMPARE(close->text(), QStringLiteral("Закрыть"));

    // The server holds exactly this reading, and nothing for the unticked meter.
    const QJsonArray m1After = serverReadings(QStringLiteral("-M1"));
    QCOMPARE(int(m1After.size()), m1Before + 1);
    QCOMPARE(countValue(m1After, m_submittedM1), 1);
    QCOMPARE(int(serverReadings(QStringLiteral("-M2")).size()), m2Before);
    click(d, "readingsCancelButton");
    QTRY_VERIFY(!d->isVisible());

    // The table and the history follow after the sync round.
    QTRY_COMPARE_WITH_TIMEOUT(cachedMeter(QStringLiteral("-M1")).lastReading, m_submittedM1, kNetworkWaitMs);
    int row = 0;
    for (int i = 0; i < section->model()->rowCount(); ++i) {
        if (section->model()->meters().at(i).id == m1.id)
            row = i;
    }
    QTRY_COMPARE(section->model()->index(row, MetersModel::LastReading).data().toString(),
                 QStringLiteral("%1 м³").arg(m_submittedM1));
    QCOMPARE(section->model()->index(row, MetersModel::LastReadingDate).data().toString(),
             m_today.toString(QStringLiteral("dd.MM.yyyy")));
    section->findChild<QAbstractItemView*>(QStringLiteral("metersTable"))
        ->setCurrentIndex(section->model()->index(row, 0));
    click(section, "meterHistoryButton");
    ReadingsHistoryDialog* history = section->historyDialog();
    QTRY_VERIFY(history && history->isVisible());
    const Reading newest = history->model()->readings().first();
    QCOMPARE(newest.value, m_submittedM1);
    QCOMPARE(newest.consumption, qint64(7));
    QCOMPARE(history->model()->index(0, ReadingsModel::State).data().toString(), QStringLiteral("Принято"));
    history->close();
    QVERIFY(section->outboxTexts().isEmpty());
}

void TestClientReadingsGui::offlineReadingWaitsAndGoesOutWhenServerReturns()
{
    MetersSection* section = openMeters(m_extendedId);
    QVERIFY(section);
    const Meter m2 = cachedMeter(QStringLiteral("-M2"));
    const int m2Before = int(serverReadings(QStringLiteral("-M2")).size());
    m_server.stop();

    ReadingsSubmitDialog* d = openForm(section);
    QVERIFY(d);
    const int r1 = rowOfMeter(d, QStringLiteral("-M1"));
    const int r2 = rowOfMeter(d, QStringLiteral("-M2"));
    d->checkBox(r1)->setChecked(false);
    const qint64 value = m2.lastReading + 31;
    type(d, QStringLiteral("readingEdit%1").arg(r2).toLatin1().constData(), QString::number(value));
    QCOMPARE(d->consumptionText(r2), QStringLiteral("Расход: 31 м³"));
    click(d, "readingsSubmitButton");
    // No server: the dialog closes and the page says the reading waits.
    QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), kNetworkWaitMs);
    QTRY_COMPARE(section->outboxTexts().size(), 1);
    const QString pending = section->outboxTexts().first();
    QVERIFY2(pending.startsWith(QStringLiteral("Ожидает отправки")) && pending.contains(QString::number(value)),
             qPrintable(pending));
    QVERIFY(!section->noticeText().isEmpty());
    QVERIFY(!section->findChild<QPushButton*>(QStringLiteral("outboxCorrectButton0"))); // nothing to correct yet
    snapshot(main(), QStringLiteral("readings-pending"));

    // The server returns: the reading goes out by itself, once.
    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(section->outboxTexts().isEmpty(), kNetworkWaitMs);
    const QJsonArray after = serverReadings(QStringLiteral("-M2"));
    QCOMPARE(int(after.size()), m2Before + 1);
    QCOMPARE(countValue(after, value), 1);
    QTRY_COMPARE_WITH_TIMEOUT(cachedMeter(QStringLiteral("-M2")).lastReading, value, kNetworkWaitMs);
    // Nothing says any more that the server cannot be reached or that readings wait.
    QTRY_VERIFY(section->noticeText().isEmpty());
    QTRY_VERIFY(!main()->findChild<QPushButton*>(QStringLiteral("mainNoticeRetry"))->isVisible());
}

void TestClientReadingsGui::refusedQueuedReadingShowsReasonAndCanBeCorrected()
{
    MetersSection* section = openMeters(m_extendedId);
    QVERIFY(section);
    const Meter m1 = cachedMeter(QStringLiteral("-M1"));
    QCOMPARE(m1.lastReading, m_submittedM1);
    m_server.stop();

    ReadingsSubmitDialog* d = openForm(section);
    QVERIFY(d);
    const int r1 = rowOfMeter(d, QStringLiteral("-M1"));
    const int r2 = rowOfMeter(d, QStringLiteral("-M2"));
    d->checkBox(r2)->setChecked(false);
    const qint64 value = m1.lastReading + 5;
    type(d, QStringLiteral("readingEdit%1").arg(r1).toLatin1().constData(), QString::number(value));
    click(d, "readingsSubmitButton");
    QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), kNetworkWaitMs);
    QTRY_COMPARE(section->outboxTexts().size(), 1);

    // By the time the server is back its window has closed (the 26th): it refuses the reading.
    const QDate serverDay = m_today.addDays(6);
    m_server.setClockOffset(m_offset + 6 * 86400);
    QString error;
    QVERIFY2(m_server.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(section->findChild<QPushButton*>(QStringLiteral("outboxCorrectButton0")), kNetworkWaitMs);
    Company company;
    for (const Company& c : m_root->cache()->companies()) {
        if (c.id == QLatin1String("severogorsk"))
            company = c;
    }
    const QString reason = rules::readingMessage(QString::fromLatin1(errc::OutsideWindow), m1, company, serverDay);
    const QString refused = section->outboxTexts().first();
    QVERIFY2(refused.startsWith(QStringLiteral("Не принято")) && refused.contains(QString::number(value)) &&
                 refused.contains(reason),
             qPrintable(refused + QStringLiteral(" / ") + reason));
    const QJsonArray onServer = serverReadings(QStringLiteral("-M1"));
    QVERIFY(onServer.size() > kFixtureMonths);
    QCOMPARE(countValue(onServer, value), 0);
    snapshot(main(), QStringLiteral("readings-refused"));

    // «Исправить»: the form with that meter ticked and its value.
    click(section, "outboxCorrectButton0");
    QTRY_VERIFY(d->isVisible());
    QCOMPARE(d->stage(), ReadingsSubmitDialog::Stage::Form);
    QVERIFY(d->checkBox(r1)->isChecked());
    QVERIFY(!d->checkBox(r2)->isChecked());
    QCOMPARE(d->edit(r1)->text(), QString::number(value));
    click(d, "readingsCancelButton");
    QTRY_VERIFY(!d->isVisible());
    QCOMPARE(section->outboxTexts().size(), 1); // «Отмена» keeps it

    // «Удалить» gives it up.
    click(section, "outboxRemoveButton0");
    QTRY_VERIFY(section->outboxTexts().isEmpty());
    QVERIFY(m_root->readings()->outbox(m_extendedId).isEmpty());
    m_server.setClockOffset(m_offset);
}

void TestClientReadingsGui::consumptionChartMatchesMonthlyFigures()
{
    MetersSection* section = openMeters(m_extendedId);
    QVERIFY(section);
    QTRY_COMPARE(section->model()->rowCount(), 2);
    auto* table = section->findChild<QAbstractItemView*>(QStringLiteral("metersTable"));
    int m1Row = 0;
    for (int i = 0; i < section->model()->rowCount(); ++i) {
        if (section->model()->meters().at(i).id.endsWith(QLatin1String("-M1")))
            m1Row = i;
    }
    table->setCurrentIndex(section->model()->index(m1Row, 0));
    click(section, "meterHistoryButton");
    ReadingsHistoryDialog* history = section->historyDialog();
    QTRY_VERIFY(history && history->isVisible());
    history->tabs()->setCurrentWidget(history->consumption());
    ConsumptionView* view = history->consumption();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->hasChart()); // Qt Charts loaded from the plugin

    const Meter m1 = cachedMeter(QStringLiteral("-M1"));
    const QDate thisMonth = firstOfMonth(m_today);
    const QList<Reading> cached = m_root->cache()->readings(m1.id, thisMonth.addYears(-5), m_today);
    // The fixture's figures: month k before this one, and this month's reading sent through the form.
    auto expected = [&](const QDate& month) -> qint64 {
        const int k = int((thisMonth.year() - month.year()) * 12 + thisMonth.month() - month.month());
        if (k == 0)
            return 7;
        return k <= kFixtureMonths ? fixtureConsumption(1, k) : 0;
    };
    auto* combo = view->findChild<QComboBox*>(QStringLiteral("consumptionPeriod"));
    QVERIFY(combo);
    for (int months : {12, 36}) {
        combo->setCurrentIndex(combo->findData(months));
        QCOMPARE(view->months(), months);
        QCOMPARE(view->categoryCount(), months);
        QVERIFY2(view->chartTitle().contains(QStringLiteral("последние %1 мес.").arg(months)),
                 qPrintable(view->chartTitle()));
        const QList<rules::MonthConsumption> figures = rules::monthlyConsumption(cached, m_today, months);
        const QList<QStringList>& rows = view->tableModel()->rows();
        QCOMPARE(rows.size(), figures.size());
        for (int i = 0; i < rows.size(); ++i) {
            const rules::MonthConsumption& f = figures.at(i);
            QCOMPARE(rows.at(i).at(0), f.month.toString(QStringLiteral("MM.yyyy")));
            // A month without readings reads «—», not a zero.
            QCOMPARE(rows.at(i).at(1), f.hasReading ? QString::number(f.m3) : QStringLiteral("—"));
            QCOMPARE(f.m3, expected(f.month));
            QCOMPARE(rows.at(i).at(2),
                     f.yearEarlierHasReading ? QString::number(f.yearEarlierM3) : QStringLiteral("—"));
            QCOMPARE(f.yearEarlierM3, expected(f.month.addYears(-1)));
        }
        QCOMPARE(rows.last().at(0), m_today.toString(QStringLiteral("MM.yyyy")));
        snapshot(history, QStringLiteral("consumption-%1").arg(months));
    }
    QCOMPARE(view->tableModel()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Годом ранее, м³"));
    history->close();
}

void TestClientReadingsGui::remindersOncePerWindowAndKind()
{
    ReminderService* reminders = m_root->reminders();
    QVERIFY(reminders->isRunning());
    const QDate nextMonth = firstOfMonth(m_today).addMonths(1);
    ManualClock manual(QDateTime(nextMonth.addDays(14), QTime(9, 0), Qt::UTC)); // the 15th
    Clock::setInstance(&manual);
    auto restoreClock = qScopeGuard([this]() { Clock::setInstance(&m_clock); });
    auto reminded = [&](const QSignalSpy& spy, const QString& accountId) {
        QList<ReminderService::Reminder> found;
        for (const QList<QVariant>& args : spy) {
            const auto r = args.first().value<ReminderService::Reminder>();
            if (r.accountId == accountId)
                found.append(r);
        }
        return found;
    };

    // The 15th of next month: Severogorsk opens; neither meter has a reading for it.
    QSignalSpy spy(reminders, &ReminderService::reminderDue);
    reminders->check();
    QList<ReminderService::Reminder> got = reminded(spy, m_extendedId);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().kind, rules::ReminderKind::WindowOpened);
    QCOMPARE(got.first().unreadMeters, 2);
    QCOMPARE(got.first().text, QStringLiteral("Открыт прием показаний по л/с %1: до %2")
                                   .arg(kNumber, nextMonth.addDays(24).toString(QStringLiteral("dd.MM.yyyy"))));
    QVERIFY(reminded(spy, m_limitedId).isEmpty()); // Заречье opens on the 20th
    QVERIFY2(main()->noticeText().contains(got.first().text), qPrintable(main()->noticeText())); // no tray on Xvfb
    QVERIFY(!m_root->reminderTray()->hasTray());
    QCOMPARE(m_root->reminderTray()->lastText(), got.first().text);
    QVERIFY(QFile::exists(QStringLiteral(":/icons/mygas.svg"))); // the tray's icon where the theme has none
    // Again, and after a restart (a new service on the same settings): not repeated.
    reminders->check();
    ReminderService restarted(m_root->cache());
    QVERIFY(restarted.check().isEmpty());
    QCOMPARE(reminded(spy, m_extendedId).size(), 1);

    // The 23rd: two days after today remain → the closing reminder, once.
    manual.set(QDateTime(nextMonth.addDays(22), QTime(9, 0), Qt::UTC));
    reminders->check();
    got = reminded(spy, m_extendedId);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.last().kind, rules::ReminderKind::ClosingSoon);
    QCOMPARE(got.last().text, QStringLiteral("Осталось 3 дн. для передачи показаний по л/с %1").arg(kNumber));
    QVERIFY(main()->noticeText().contains(got.last().text));
    QVERIFY(restarted.check().isEmpty());

    // This month's window: both meters were read through the form → nothing for this account.
    manual.set(QDateTime(m_today.addDays(4), QTime(9, 0), Qt::UTC)); // the 24th, closing soon
    const QList<ReminderService::Reminder> thisMonth = restarted.check();
    for (const ReminderService::Reminder& r : thisMonth)
        QVERIFY(r.accountId != m_extendedId);

    // The setting off (the check box in «Настройки»): nothing, even for a new window.
    click(main(), "menuSettings");
    auto* box = main()->settingsPage()->remindersCheck();
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->isChecked());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    QVERIFY(!box->isChecked());
    QVERIFY(!ReminderService::isEnabled());
    manual.set(QDateTime(nextMonth.addMonths(1).addDays(14), QTime(9, 0), Qt::UTC));
    spy.clear();
    QVERIFY(reminders->check().isEmpty());
    QVERIFY(restarted.check().isEmpty());
    QCOMPARE(spy.size(), 0);
    // On again: that window's reminder comes.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    QVERIFY(ReminderService::isEnabled());
    QTRY_COMPARE(reminded(spy, m_extendedId).size(), 1);
    main()->showAccounts();
}

QStringList TestClientReadingsGui::problems(QWidget* window)
{
    QStringList found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (qobject_cast<QHeaderView*>(w))
            continue;
        bool part = false;
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            part =
                part || qobject_cast<QTabBar*>(p) || qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractItemView*>(p);
        if (part)
            continue;
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w);
        if (!interactive)
            continue;
        const QString who =
            QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (w->accessibleName().trimmed().isEmpty())
            found << who + QStringLiteral(": no accessible name");
        if (w->objectName().isEmpty())
            found << who + QStringLiteral(": no object name");
        if (w->focusPolicy() == Qt::NoFocus)
            found << who + QStringLiteral(": not reachable by keyboard");
    }
    return found;
}

void TestClientReadingsGui::newControlsAreNamedAndReachableByTab()
{
    MetersSection* section = openMeters(m_extendedId);
    QVERIFY(section);
    QStringList all = problems(section);
    ReadingsSubmitDialog* d = openForm(section);
    QVERIFY(d);
    all += problems(d);

    // From the first check box, Tab visits every check box, field and button of the form.
    QVERIFY(QTest::qWaitForWindowExposed(d));
    d->activateWindow();
    d->checkBox(0)->setFocus();
    QTRY_VERIFY(d->checkBox(0)->hasFocus());
    QStringList order;
    for (int i = 0; i < 12 && QApplication::focusWidget(); ++i) {
        order << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const QString& name : {QStringLiteral("readingCheck0"), QStringLiteral("readingEdit0"),
                                QStringLiteral("readingCheck1"), QStringLiteral("readingEdit1"),
                                QStringLiteral("readingsSubmitButton"), QStringLiteral("readingsCancelButton")})
        QVERIFY2(order.contains(name), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY(order.indexOf(QStringLiteral("readingCheck0")) < order.indexOf(QStringLiteral("readingEdit0")));
    QVERIFY(order.indexOf(QStringLiteral("readingEdit0")) < order.indexOf(QStringLiteral("readingCheck1")));
    // Each field says which meter it is for.
    QVERIFY(d->edit(0)->accessibleName().contains(d->checkBox(0)->text()));
    click(d, "readingsCancelButton");

    click(section, "meterHistoryButton");
    QTRY_VERIFY(section->historyDialog() && section->historyDialog()->isVisible());
    all += problems(section->historyDialog());
    section->historyDialog()->close();
    click(main(), "menuSettings");
    all += problems(main()->settingsPage());
    main()->showAccounts();
    all.removeDuplicates();
    QVERIFY2(all.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestClientReadingsGui)
#include "tst_client_readings_gui.moc"
