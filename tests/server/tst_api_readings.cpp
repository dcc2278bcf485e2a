// POST /accounts/{id}/readings against the real server (manual 4.3.2.2,
// section 6 row 6): every reading rule at its boundaries with the server's
// clock placed on the day, per-meter answers, the accepted reading in the
// meters, the history and the sync delta, idempotency by key, ownership and
// access, and an answered reading still there after a restart.
#include "tests/server/ApiTestHelpers.h"
#include "tests/server/ImportFixture.h"

#include "models/accounts/AccountTypes.h"
#include "models/readings/ReadingTypes.h"
#include "models/sync/SyncTypes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

using namespace mygas;
using namespace apitest;

namespace {

// Companies whose rules the suite controls.
// rgas: window 10–20, at most 100 m³, zero refused, roll-over allowed.
// zgas: window 5–25, at most 50 m³, zero allowed, no roll-over.
// lgas: every day, no maximum, zero allowed, roll-over allowed.
QJsonObject company(const char* id, int fromDay, int toDay, int maxM3, bool zero, bool rollover)
{
    return {{"id", id},
            {"name", QStringLiteral("АО «Тестгаз» ") + id},
            {"region", "Тестовая область"},
            {"account_number_hint", "6 цифр"},
            {"account_number_regex", "^[0-9]{6}$"},
            {"reading_window", QJsonObject{{"from_day", fromDay}, {"to_day", toDay}}},
            {"max_consumption", maxM3},
            {"allow_zero_reading", zero},
            {"allow_rollover", rollover}};
}

const char* const kRgas = "rgas";
const char* const kZgas = "zgas";
const char* const kLgas = "lgas";
const char* const kNumber[] = {"100001", "200001", "300001"}; // rgas, zgas, lgas
const QDate kToday(2027, 3, 15);

// One rule at one boundary: a meter of its own in the company's account.
struct RuleCase
{
    const char* name;
    const char* company;
    int capacity;
    qint64 previous;
    const char* verification; // next_verification_date
    const char* state;
    const char* today;
    const char* value; // the JSON text of "value"
    const char* code;  // "" when accepted
    qint64 consumption;
    const char* messageHas; // '|'-separated figures the refusal names
};

const RuleCase kRules[] = {
    {"capacity 5: 99999 accepted", kRgas, 5, 99950, "2031-01-01", "working", "2027-03-15", "99999", "", 49, ""},
    {"capacity 5: 100000 refused", kRgas, 5, 99950, "2031-01-01", "working", "2027-03-15", "100000",
     "reading_exceeds_capacity", 0, "99999"},
    {"capacity 7: 9999999 accepted", kLgas, 7, 9999950, "2031-01-01", "working", "2027-03-15", "9999999", "", 49, ""},
    {"below previous", kRgas, 5, 5000, "2031-01-01", "working", "2027-03-15", "4999", "reading_below_previous", 0,
     "5000"},
    {"roll-over allowed", kRgas, 5, 99990, "2031-01-01", "working", "2027-03-15", "5", "", 15, ""},
    {"roll-over not allowed", kZgas, 5, 99990, "2031-01-01", "working", "2027-03-15", "5", "reading_below_previous", 0,
     "99990"},
    {"roll-over past the maximum", kRgas, 5, 99990, "2031-01-01", "working", "2027-03-15", "200",
     "reading_below_previous", 0, "99990"},
    {"zero refused", kRgas, 5, 1000, "2031-01-01", "working", "2027-03-15", "1000", "zero_consumption", 0, "1000"},
    {"zero allowed", kZgas, 5, 1000, "2031-01-01", "working", "2027-03-15", "1000", "", 0, ""},
    {"maximum accepted", kRgas, 5, 1000, "2031-01-01", "working", "2027-03-15", "1100", "", 100, ""},
    {"maximum + 1 refused", kRgas, 5, 1000, "2031-01-01", "working", "2027-03-15", "1101", "consumption_over_limit", 0,
     "100"},
    {"other maximum + 1 refused", kZgas, 5, 1000, "2031-01-01", "working", "2027-03-15", "1051",
     "consumption_over_limit", 0, "50"},
    {"verification date today", kRgas, 5, 1000, "2027-03-15", "working", "2027-03-15", "1010", "", 10, ""},
    {"verification date yesterday", kRgas, 5, 1000, "2027-03-14", "working", "2027-03-15", "1010",
     "verification_expired", 0, "14.03.2027"},
    {"meter marked verification_expired", kRgas, 5, 1000, "2031-01-01", "verification_expired", "2027-03-15", "1010",
     "verification_expired", 0, ""},
    {"meter removed", kRgas, 5, 1000, "2031-01-01", "removed", "2027-03-15", "1010", "meter_inactive", 0, ""},
    {"fraction", kRgas, 5, 10, "2031-01-01", "working", "2027-03-15", "12.5", "reading_not_integer", 0, ""},
    {"negative", kRgas, 5, 10, "2031-01-01", "working", "2027-03-15", "-1", "reading_not_integer", 0, ""},
    {"huge number", kRgas, 5, 10, "2031-01-01", "working", "2027-03-15", "1e30", "reading_exceeds_capacity", 0, ""},
    {"window first day", kRgas, 5, 1000, "2031-01-01", "working", "2027-03-10", "1010", "", 10, ""},
    {"window last day", kRgas, 5, 1000, "2031-01-01", "working", "2027-03-20", "1010", "", 10, ""},
    {"day before the window", kRgas, 5, 1000, "2031-01-01", "working", "2027-03-09", "1010", "outside_window", 0,
     "10.03.2027|20.03.2027"},
    {"day after the window", kRgas, 5, 1000, "2031-01-01", "working", "2027-03-21", "1010", "outside_window", 0,
     "10.04.2027|20.04.2027"},
    {"window day in February", kZgas, 5, 1000, "2031-01-01", "working", "2027-02-25", "1010", "", 10, ""},
};

QJsonObject meterRow(const QString& id, int capacity, const QString& verification, const QString& state)
{
    return {{"id", id},
            {"service_id", "gas"},
            {"name", "Счетчик газа"},
            {"model", "BK-G4"},
            {"serial", "7" + QString::number(qHash(id) % 10000000).rightJustified(7, '0')},
            {"capacity_digits", capacity},
            {"install_place", "Кухня"},
            {"next_verification_date", verification},
            {"state", state}};
}

QJsonObject readingRow(const QString& id, const QString& meter, const QString& date, qint64 value, qint64 consumption)
{
    return {{"id", id},           {"meter_id", meter},          {"date", date},
            {"value", value},     {"consumption", consumption}, {"source", "abonent"},
            {"state", "accepted"}};
}

QJsonObject accountOf(const char* companyId, const char* number, const QJsonArray& meters, const QJsonArray& readings)
{
    return {{"company_id", companyId},
            {"number", number},
            {"address", "г. Тестовск, ул. Счетчиков, д. 1"},
            {"pin", "4321"},
            {"services", QJsonArray{QJsonObject{{"id", "gas"},
                                                {"name", "Газоснабжение"},
                                                {"balance_kop", 0},
                                                {"regime", "Приготовление пищи"},
                                                {"tariff_kop", 712},
                                                {"unit", "м³"},
                                                {"norm_m3", 10.6}}}},
            {"meters", meters},
            {"readings", readings}};
}

QByteArray itemsBody(const QList<QPair<QString, QByteArray>>& items)
{
    QByteArray body = "{\"items\":[";
    for (int i = 0; i < items.size(); ++i)
        body += (i ? "," : "") + QByteArray("{\"meter_id\":\"") + items[i].first.toUtf8() +
                "\",\"value\":" + items[i].second + "}";
    return body + "]}";
}

QByteArray itemBody(const QString& meterId, qint64 value)
{
    return itemsBody({{meterId, QByteArray::number(value)}});
}

} // namespace

class TestApiReadings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void eachItemIsJudgedAlone();
    void acceptedReadingShowsEverywhere();
    void malformedRequests_data();
    void malformedRequests();
    void sameKeyGivesTheSameAnswer();
    void keysBelongToTheirUser();
    void keysKeepEveryPrintableCharacter();
    void sameKeyAtOnceOnTwoProcesses();
    void readingsArrivingTogetherShareACommit();
    void callersInOneBatchAreCheckedEachAlone();
    void logIsCopiedBackBySQLiteCheckpoints();
    void otherUsersAccountIsNotFound();
    void limitedVersionIsRefused();
    void answeredReadingSurvivesRestart();
    void importKeepsOnlineReadings();
    void windowAcrossTheMonthEnd();
    void companyTimeZones_data();
    void companyTimeZones();

private:
    ApiCaller api() { return ApiCaller(m_server.apiUrl(QString()), m_server.caFile()); }
    // Places the server's clock at noon, Moscow time, of the day, and signs
    // the users in again (their access tokens live 15 minutes of that clock).
    void setToday(const QDate& day);
    QString signIn(ApiCaller& a, const QString& login);
    ApiCaller::Reply post(ApiCaller& a, const QString& account, const QByteArray& body, const QByteArray& key);
    QJsonObject meter(ApiCaller& a, const QString& account, const QString& meterId);
    QJsonArray readings(ApiCaller& a, const QString& account, const QString& meterId);
    // A readings POST on its own connection pool, answered asynchronously.
    QNetworkReply* send(QNetworkAccessManager& nam, const QUrl& base, const QString& account, const QByteArray& key,
                        const QByteArray& body);
    // The same with another Authorization header (none when empty) and a key only when given.
    QNetworkReply* sendAs(QNetworkAccessManager& nam, const QByteArray& authorization, const QString& account,
                          const QByteArray& key, const QByteArray& body);
    // Opens n connections of nam beforehand, so that the requests that follow leave together.
    void warm(QNetworkAccessManager& nam, int n);
    // The most submissions one commit carried, as the server logged it.
    int largestCommit();
    QString meterId(int account, const QString& local) const { return m_accounts[account] + "-" + local; }

    // Runs `mygas-server import` of a document against the suite's database.
    bool reimport(const QJsonObject& doc);

    ServerProcess m_server;
    QJsonObject m_fixture; // the companies' export the suite starts from
    int m_imports = 0;
    ApiCaller m_a;         // the owner of the three accounts
    QString m_bearer;      // its access token
    QString m_accounts[3]; // rgas, zgas, lgas
    QDate m_today;
};

void TestApiReadings::setToday(const QDate& day)
{
    if (day == m_today)
        return;
    const QDateTime noon(day, QTime(12, 0), QTimeZone(3 * 3600));
    m_server.setClockOffset(noon.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch());
    m_today = day;
    m_bearer = signIn(m_a, "readings@example.ru");
}

QString TestApiReadings::signIn(ApiCaller& a, const QString& login)
{
    const ApiCaller::Reply r = a.post("/auth/login", credentials(login, "pass1"));
    if (r.status != 200)
        qWarning() << "login failed" << r.status << r.body;
    const QString token = r.object().value("access_token").toString();
    a.setBearer(token);
    return token;
}

ApiCaller::Reply TestApiReadings::post(ApiCaller& a, const QString& account, const QByteArray& body,
                                       const QByteArray& key)
{
    QMap<QByteArray, QByteArray> headers{{"Content-Type", "application/json"}};
    if (!key.isEmpty())
        headers.insert("Idempotency-Key", key);
    return a.postRaw("/accounts/" + account + "/readings", body, headers);
}

QJsonObject TestApiReadings::meter(ApiCaller& a, const QString& account, const QString& meterId)
{
    for (const QJsonValue& v : a.get("/accounts/" + account + "/meters").json.array()) {
        if (v.toObject().value("id").toString() == meterId)
            return v.toObject();
    }
    return {};
}

QJsonArray TestApiReadings::readings(ApiCaller& a, const QString& account, const QString& meterId)
{
    return a.get("/accounts/" + account + "/meters/" + meterId + "/readings?from=2020-01-01&to=2030-12-31")
        .json.array();
}

QNetworkReply* TestApiReadings::send(QNetworkAccessManager& nam, const QUrl& base, const QString& account,
                                     const QByteArray& key, const QByteArray& body)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    QNetworkRequest request(QUrl(base.toString() + "/accounts/" + account + "/readings"));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_bearer.toUtf8());
    request.setRawHeader("Idempotency-Key", key);
    return nam.post(request, body);
}

QNetworkReply* TestApiReadings::sendAs(QNetworkAccessManager& nam, const QByteArray& authorization,
                                       const QString& account, const QByteArray& key, const QByteArray& body)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    QNetworkRequest request(m_server.apiUrl("/accounts/" + account + "/readings"));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!key.isEmpty())
        request.setRawHeader("Idempotency-Key", key);
    return nam.post(request, body);
}

void TestApiReadings::warm(QNetworkAccessManager& nam, int n)
{
    QNetworkRequest warm(m_server.apiUrl("/companies"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_server.caFile()));
    warm.setSslConfiguration(tls);
    std::vector<std::unique_ptr<QNetworkReply>> warming;
    for (int i = 0; i < n; ++i)
        warming.emplace_back(nam.get(warm));
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(warming.begin(), warming.end(), [](auto& r) { return r->isFinished(); }),
                             15000);
}

int TestApiReadings::largestCommit()
{
    static const QRegularExpression commit("(\\d+) submissions in one commit");
    int largest = 0;
    auto it = commit.globalMatch(QString::fromUtf8(m_server.output()));
    while (it.hasNext())
        largest = qMax(largest, it.next().captured(1).toInt());
    return largest;
}

void TestApiReadings::initTestCase()
{
    // The server says how many submissions each commit carried.
    qputenv("QT_LOGGING_RULES", "mygas.server.readings.debug=true");
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));

    // One meter per rule case, and on lgas the meters of the other tests.
    QJsonArray meters[3];
    QJsonArray history[3];
    const char* companies[] = {kRgas, kZgas, kLgas};
    for (int i = 0; i < int(std::size(kRules)); ++i) {
        const RuleCase& c = kRules[i];
        const int account = int(std::find(std::begin(companies), std::end(companies), c.company) - companies);
        const QString id = QStringLiteral("C%1").arg(i);
        meters[account].append(meterRow(id, c.capacity, c.verification, c.state));
        history[account].append(readingRow("R" + id, id, "2027-01-15", c.previous, 10));
    }
    for (const char* id : {"P1", "P2", "K1", "K2", "D1", "H1", "Q1", "I1", "B1", "B2"})
        meters[2].append(meterRow(id, 5, "2031-01-01", "working"));
    meters[1].append(meterRow("W1", 5, "2031-01-01", "working"));
    history[1].append(readingRow("RW1", "W1", "2027-01-15", 1000, 10));
    // Meters that receive many readings at once (zgas: no roll-over, at most 50 m³).
    for (const char* id : {"G1", "G2", "G3", "G4"}) {
        meters[1].append(meterRow(id, 5, "2031-01-01", "working"));
        history[1].append(readingRow(QStringLiteral("R") + id, id, "2027-01-15", 100, 10));
    }
    history[2].append(readingRow("RP1", "P1", "2027-01-15", 1000, 10));
    history[2].append(readingRow("RP2", "P2", "2027-01-15", 2000, 10));
    history[2].append(readingRow("RK1", "K1", "2027-01-15", 500, 10));
    history[2].append(readingRow("RK2", "K2", "2027-01-15", 700, 10));
    history[2].append(readingRow("RD1", "D1", "2027-01-15", 100, 10));
    history[2].append(readingRow("RQ1", "Q1", "2027-01-15", 3000, 10));
    history[2].append(readingRow("RI1", "I1", "2027-01-15", 4000, 10));
    history[2].append(readingRow("RB1", "B1", "2027-01-15", 5000, 10));
    history[2].append(readingRow("RB2", "B2", "2027-01-15", 6000, 10));
    // H1: one old reading out of the year, then 20 m³ a month from May 2026 to February 2027.
    history[2].append(readingRow("RH0", "H1", "2025-12-15", 1000, 999));
    for (int m = 0; m < 10; ++m)
        history[2].append(readingRow(QStringLiteral("RH%1").arg(m + 1), "H1",
                                     QDate(2026, 5, 15).addMonths(m).toString(Qt::ISODate), 1020 + 20 * m, 20));
    QJsonObject doc = importfixture::document({accountOf(kRgas, kNumber[0], meters[0], history[0]),
                                               accountOf(kZgas, kNumber[1], meters[1], history[1]),
                                               accountOf(kLgas, kNumber[2], meters[2], history[2])});
    doc["companies"] = QJsonArray{company(kRgas, 10, 20, 100, false, true), company(kZgas, 5, 25, 50, true, false),
                                  company(kLgas, 1, 31, 0, true, true)};
    m_fixture = doc;
    QVERIFY(reimport(doc));

    m_a.setBase(m_server.apiUrl(QString()));
    m_a.setCaFile(m_server.caFile());
    consentedUser(m_a, "readings@example.ru");
    for (int i = 0; i < 3; ++i) {
        const ApiCaller::Reply r = m_a.post("/accounts", {{"company_id", companies[i]}, {"number", kNumber[i]}});
        QCOMPARE(r.status, 201);
        m_accounts[i] = r.object().value("id").toString();
        QCOMPARE(m_a.post("/accounts/" + m_accounts[i] + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status,
                 200);
    }
    setToday(kToday);
}

void TestApiReadings::rules_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(std::size(kRules)); ++i)
        QTest::newRow(kRules[i].name) << i;
}

void TestApiReadings::rules()
{
    QFETCH(int, index);
    const RuleCase& c = kRules[index];
    const int account = c.company == kRgas ? 0 : c.company == kZgas ? 1 : 2;
    const QString meterId = this->meterId(account, QStringLiteral("C%1").arg(index));
    const QDate today = QDate::fromString(c.today, Qt::ISODate);
    setToday(today);

    const ApiCaller::Reply r =
        post(m_a, m_accounts[account], itemsBody({{meterId, c.value}}), "rule-" + QByteArray::number(index));
    QCOMPARE(r.status, 200);
    const ReadingAnswer answer = ReadingAnswer::fromJson(r.object());
    QCOMPARE(answer.toJson(), r.object()); // the shape is the models' own
    QCOMPARE(answer.results.size(), 1);
    const ReadingResult& result = answer.results.first();
    QCOMPARE(result.meterId, meterId);
    const QString code = QString::fromLatin1(c.code);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.accepted, code.isEmpty());
    QCOMPARE(result.consumption, c.consumption);
    QCOMPARE(result.readingId.isEmpty(), !code.isEmpty());
    if (!code.isEmpty()) {
        QVERIFY(!result.error.message.isEmpty());
        for (const QString& figure : QString::fromLatin1(c.messageHas).split('|', Qt::SkipEmptyParts))
            QVERIFY2(result.error.message.contains(figure), qPrintable(result.error.message));
    }

    const QJsonObject m = meter(m_a, m_accounts[account], meterId);
    const QJsonArray rows = readings(m_a, m_accounts[account], meterId);
    if (code.isEmpty()) {
        QCOMPARE(m.value("last_reading").toInteger(), QByteArray(c.value).toLongLong());
        QCOMPARE(m.value("last_reading_date").toString(), today.toString(Qt::ISODate));
        QCOMPARE(rows.size(), 2);
        const Reading added = Reading::fromJson(rows.last().toObject());
        QCOMPARE(added.id, result.readingId);
        QCOMPARE(added.date, today);
        QCOMPARE(added.value, QByteArray(c.value).toLongLong());
        QCOMPARE(added.consumption, c.consumption);
        QCOMPARE(added.source, QStringLiteral("online"));
        QCOMPARE(added.state, QStringLiteral("accepted"));
    } else {
        // A refused reading is not stored and the meter is as it was.
        QCOMPARE(m.value("last_reading").toInteger(), c.previous);
        QCOMPARE(m.value("last_reading_date").toString(), QStringLiteral("2027-01-15"));
        QCOMPARE(rows.size(), 1);
    }
}

void TestApiReadings::eachItemIsJudgedAlone()
{
    setToday(kToday);
    const QString p1 = meterId(2, "P1");
    const QString p2 = meterId(2, "P2");
    const QString other = meterId(0, "C0"); // a meter of another account
    const qsizetype otherRows = readings(m_a, m_accounts[0], other).size();
    const ApiCaller::Reply r =
        post(m_a, m_accounts[2], itemsBody({{p2, "100"}, {p1, "1042"}, {"nope", "5"}, {other, "99999"}}), "alone");
    QCOMPARE(r.status, 200);
    const ReadingAnswer answer = ReadingAnswer::fromJson(r.object());
    QCOMPARE(answer.results.size(), 4);
    QCOMPARE(answer.acceptedCount(), 1);
    // In the order of the request.
    QCOMPARE(answer.results[0].meterId, p2);
    QCOMPARE(answer.results[0].error.code, QStringLiteral("reading_below_previous"));
    QVERIFY(answer.results[0].error.message.contains("2000"));
    QCOMPARE(answer.results[1].meterId, p1);
    QVERIFY(answer.results[1].accepted);
    QCOMPARE(answer.results[1].consumption, 42);
    QCOMPARE(answer.results[2].error.code, QStringLiteral("meter_not_found"));
    QCOMPARE(answer.results[3].error.code, QStringLiteral("meter_not_found"));
    QCOMPARE(meter(m_a, m_accounts[2], p1).value("last_reading").toInteger(), 1042);
    QCOMPARE(meter(m_a, m_accounts[2], p2).value("last_reading").toInteger(), 2000);
    QCOMPARE(readings(m_a, m_accounts[2], p2).size(), 1);
    QCOMPARE(readings(m_a, m_accounts[0], other).size(), otherRows);
}

void TestApiReadings::acceptedReadingShowsEverywhere()
{
    setToday(kToday);
    const QString h1 = meterId(2, "H1");
    ApiCaller::Reply r = m_a.get("/sync");
    QCOMPARE(r.status, 200);
    const QString cursor = SyncPayload::fromJson(r.object()).cursor;

    r = post(m_a, m_accounts[2], itemBody(h1, 1230), "history");
    QCOMPARE(r.status, 200);
    const ReadingResult result = ReadingAnswer::fromJson(r.object()).results.value(0);
    QVERIFY(result.accepted);
    QCOMPARE(result.consumption, 30);

    // The meter: last reading, its date, and the average over the year up to
    // today: 10 × 20 m³ + 30 m³ over May 2026 … March 2027, 11 months (the
    // December 2025 reading is older than a year).
    const Meter m = Meter::fromJson(meter(m_a, m_accounts[2], h1));
    QCOMPARE(m.lastReading, 1230);
    QCOMPARE(m.lastReadingDate, kToday);
    QVERIFY2(qAbs(m.avgMonthlyM3 - 230.0 / 11) < 1e-9, qPrintable(QString::number(m.avgMonthlyM3)));

    // The history, with the new row last.
    const QJsonArray rows =
        m_a.get("/accounts/" + m_accounts[2] + "/meters/" + h1 + "/readings?from=2027-03-01&to=2027-03-31")
            .json.array();
    QCOMPARE(rows.size(), 1);
    const Reading added = Reading::fromJson(rows.first().toObject());
    QCOMPARE(added.id, result.readingId);
    QCOMPARE(added.value, 1230);
    QCOMPARE(added.state, QStringLiteral("accepted"));
    QCOMPARE(readings(m_a, m_accounts[2], h1).size(), 12);

    // The sync delta: exactly that reading and that meter.
    r = m_a.get("/sync?cursor=" + QUrl::toPercentEncoding(cursor));
    QCOMPARE(r.status, 200);
    const SyncPayload delta = SyncPayload::fromJson(r.object());
    QVERIFY(!delta.full);
    QCOMPARE(delta.readings.size(), 1);
    QCOMPARE(delta.readings[0].toJson(), added.toJson());
    QCOMPARE(delta.meters.size(), 1);
    QCOMPARE(delta.meters[0].toJson(), m.toJson());
    QVERIFY(delta.services.isEmpty() && delta.payments.isEmpty());
}

void TestApiReadings::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("value is text") << QByteArray(R"({"items":[{"meter_id":"M","value":"abc"}]})") << "field_type"
                                   << "items[0].value";
    QTest::newRow("value is a string of digits")
        << QByteArray(R"({"items":[{"meter_id":"M","value":"12345"}]})") << "field_type"
        << "items[0].value";
    QTest::newRow("value missing") << QByteArray(R"({"items":[{"meter_id":"M"}]})") << "field_type"
                                   << "items[0].value";
    QTest::newRow("value is true") << QByteArray(
                                          R"({"items":[{"meter_id":"A","value":1},{"meter_id":"M","value":true}]})")
                                   << "field_type"
                                   << "items[1].value";
    QTest::newRow("meter_id is a number") << QByteArray(R"({"items":[{"meter_id":5,"value":1}]})") << "field_type"
                                          << "items[0].meter_id";
    QTest::newRow("item is a number") << QByteArray(R"({"items":[1]})") << "field_type"
                                      << "items[0]";
    QTest::newRow("items is an object") << QByteArray(R"({"items":{}})") << "field_type"
                                        << "items";
    QTest::newRow("items empty") << QByteArray(R"({"items":[]})") << "readings_empty"
                                 << "items";
    QTest::newRow("items missing") << QByteArray(R"({})") << "readings_empty"
                                   << "items";
    QTest::newRow("same meter twice") << QByteArray(
                                             R"({"items":[{"meter_id":"M","value":1},{"meter_id":"M","value":2}]})")
                                      << "reading_duplicate_meter"
                                      << "items[1].meter_id";
    QTest::newRow("not an object") << QByteArray("[1]") << "invalid_json"
                                   << "";
    QTest::newRow("not JSON") << QByteArray("value=5") << "invalid_json"
                              << "";
}

void TestApiReadings::malformedRequests()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    setToday(kToday);
    const QString k1 = meterId(2, "K1");
    body.replace("\"M\"", "\"" + k1.toUtf8() + "\"");
    const ApiCaller::Reply r = post(m_a, m_accounts[2], body, "malformed");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.object().value("error").toObject().value("field").toString(), field);
    QVERIFY(!r.errorMessage().isEmpty());
    // Nothing is stored, not even the answer: the key is still free.
    QCOMPARE(readings(m_a, m_accounts[2], k1).size(), 1);
}

void TestApiReadings::sameKeyGivesTheSameAnswer()
{
    setToday(kToday);
    const QString k1 = meterId(2, "K1");
    const QString url = m_accounts[2];
    // The key is checked before the body; absent or malformed it is refused.
    ApiCaller::Reply r = post(m_a, url, itemBody(k1, 510), {});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("idempotency_key_required"));
    QCOMPARE(post(m_a, url, "not json", {}).errorCode(), QStringLiteral("idempotency_key_required"));
    QCOMPARE(post(m_a, url, itemBody(k1, 510), QByteArray(101, 'k')).errorCode(),
             QStringLiteral("idempotency_key_required"));
    QCOMPARE(readings(m_a, url, k1).size(), 1);

    // The key of the malformed requests above was never taken.
    const ApiCaller::Reply first = post(m_a, url, itemBody(k1, 510), "malformed");
    QCOMPARE(first.status, 200);
    QVERIFY(!first.headers.contains("idempotent-replayed"));
    const ReadingResult accepted = ReadingAnswer::fromJson(first.object()).results.value(0);
    QVERIFY(accepted.accepted);
    QCOMPARE(accepted.consumption, 10);

    // The same key and body again: the same answer, nothing new.
    r = post(m_a, url, itemBody(k1, 510), "malformed");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, first.body);
    QCOMPARE(r.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(readings(m_a, url, k1).size(), 2);

    // The same key with another body: 422, nothing new.
    r = post(m_a, url, itemBody(k1, 520), "malformed");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(readings(m_a, url, k1).size(), 2);
    QCOMPARE(meter(m_a, url, k1).value("last_reading").toInteger(), 510);

    // A later submission does not change what an earlier key answers.
    QVERIFY(ReadingAnswer::fromJson(post(m_a, url, itemBody(k1, 530), "next").object()).results.value(0).accepted);
    r = post(m_a, url, itemBody(k1, 510), "malformed");
    QCOMPARE(r.body, first.body);
    QCOMPARE(readings(m_a, url, k1).size(), 3);
    QCOMPARE(meter(m_a, url, k1).value("last_reading").toInteger(), 530);

    // A refusal is an answer too: replayed as it was, even once the value would pass.
    const QString w1 = meterId(1, "W1");
    setToday(QDate(2027, 3, 26)); // the day after zgas's window
    const ApiCaller::Reply refused = post(m_a, m_accounts[1], itemBody(w1, 1010), "outside");
    QCOMPARE(ReadingAnswer::fromJson(refused.object()).results.value(0).error.code, QStringLiteral("outside_window"));
    setToday(QDate(2027, 4, 5)); // the first day of the next one
    r = post(m_a, m_accounts[1], itemBody(w1, 1010), "outside");
    QCOMPARE(r.body, refused.body);
    QCOMPARE(r.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(readings(m_a, m_accounts[1], w1).size(), 1);
    r = post(m_a, m_accounts[1], itemBody(w1, 1010), "inside");
    QVERIFY(ReadingAnswer::fromJson(r.object()).results.value(0).accepted);
    QCOMPARE(readings(m_a, m_accounts[1], w1).size(), 2);
}

void TestApiReadings::keysBelongToTheirUser()
{
    setToday(kToday);
    const QString k2 = meterId(2, "K2");
    ApiCaller::Reply r = post(m_a, m_accounts[2], itemBody(k2, 710), "shared-key");
    QVERIFY(ReadingAnswer::fromJson(r.object()).results.value(0).accepted);

    ApiCaller b = api();
    consentedUser(b, "readings-b@example.ru");
    signIn(b, "readings-b@example.ru");
    QCOMPARE(b.post("/accounts", {{"company_id", kLgas}, {"number", kNumber[2]}}).status, 201);
    QCOMPARE(b.post("/accounts/" + m_accounts[2] + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
    // B's request with A's key is B's own: judged afresh, neither replayed nor 422.
    r = post(b, m_accounts[2], itemBody(k2, 715), "shared-key");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.headers.contains("idempotent-replayed"));
    const ReadingResult result = ReadingAnswer::fromJson(r.object()).results.value(0);
    QVERIFY(result.accepted);
    QCOMPARE(result.consumption, 5);
    QCOMPARE(readings(m_a, m_accounts[2], k2).size(), 3);
    // And A's key still answers A's first request.
    QCOMPARE(post(m_a, m_accounts[2], itemBody(k2, 710), "shared-key").headers.value("idempotent-replayed"),
             QByteArray("true"));
}

// A key is any printable ASCII text: quotes, backslashes, braces, commas and
// the word NULL are stored and found as they were sent, each key its own.
void TestApiReadings::keysKeepEveryPrintableCharacter()
{
    setToday(kToday);
    const QString k2 = meterId(2, "K2");
    const QList<QByteArray> keys = {R"(q"uo\te{1,2}')", R"(q"uo\\te{1,2}')", "NULL", "null", " spaced key "};
    QList<QByteArray> answers;
    qint64 value = meter(m_a, m_accounts[2], k2).value("last_reading").toInteger();
    const qsizetype before = readings(m_a, m_accounts[2], k2).size();
    for (const QByteArray& key : keys) {
        const ApiCaller::Reply r = post(m_a, m_accounts[2], itemBody(k2, ++value), key);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.headers.contains("idempotent-replayed"), key.constData());
        QVERIFY(ReadingAnswer::fromJson(r.object()).results.value(0).accepted);
        answers.append(r.body);
    }
    QCOMPARE(readings(m_a, m_accounts[2], k2).size(), before + keys.size());
    // Each key again answers its own request (the header's outer spaces are
    // not part of the key).
    for (int i = 0; i < keys.size(); ++i) {
        const ApiCaller::Reply r = post(m_a, m_accounts[2], itemBody(k2, value - keys.size() + 1 + i), keys[i]);
        QCOMPARE(r.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(r.body, answers[i]);
    }
    QCOMPARE(readings(m_a, m_accounts[2], k2).size(), before + keys.size());
}

void TestApiReadings::sameKeyAtOnceOnTwoProcesses()
{
    // A second server process on the same database, as behind a balancer; a
    // client that retries on another connection may reach both at once.
    setToday(kToday);
    QTemporaryDir dir;
    QProcess second;
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(ServerProcess::binary(),
                 {"serve", "--listen", "127.0.0.1:0", "--db", m_server.databaseUrl(), "--data-dir", dir.path(),
                  "--insecure-http", "--clock-file", m_server.dataDir() + "/clock-offset"});
    QVERIFY(second.waitForStarted());
    QByteArray output;
    static const QRegularExpression ready("listening on (http://\\S+)");
    QTRY_VERIFY_WITH_TIMEOUT((output += second.readAll(), ready.match(QString::fromUtf8(output)).hasMatch()), 30000);
    const QUrl secondBase(ready.match(QString::fromUtf8(output)).captured(1) + "/api/v1");

    QNetworkAccessManager nam;
    const QString q1 = meterId(2, "Q1");
    auto send = [&](const QUrl& base, const QByteArray& key, const QByteArray& body) {
        return this->send(nam, base, m_accounts[2], key, body);
    };
    const int rounds = 30;
    for (int i = 1; i <= rounds; ++i) {
        const QByteArray key = "race-" + QByteArray::number(i);
        const QByteArray body = itemBody(q1, 3000 + i);
        std::unique_ptr<QNetworkReply> first(send(m_server.apiUrl(QString()), key, body));
        std::unique_ptr<QNetworkReply> other(send(secondBase, key, body));
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && other->isFinished(), 15000);
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(other->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray a = first->readAll();
        QCOMPARE(other->readAll(), a);
        QVERIFY2(a.contains("\"consumption\":1,"), a.constData());
    }
    QCOMPARE(readings(m_a, m_accounts[2], q1).size(), rounds + 1);
    QCOMPARE(meter(m_a, m_accounts[2], q1).value("last_reading").toInteger(), 3000 + rounds);
    second.terminate();
    QVERIFY(second.waitForFinished(10000));
    output += second.readAll();
    qInfo() << "requests that met their twin in the database:" << output.count("same Idempotency-Key");
}

void TestApiReadings::readingsArrivingTogetherShareACommit()
{
    // Requests in flight at once are written in one transaction, each judged
    // against the readings accepted before it, as if committed one by one.
    setToday(kToday);
    const QString account = m_accounts[1];
    const QStringList meters{meterId(1, "G1"), meterId(1, "G2"), meterId(1, "G3")};
    QNetworkAccessManager nam;
    warm(nam, 6);

    QHash<QString, qint64> sumOfAccepted;
    QHash<QString, int> accepted;
    for (int round = 0; round < 5 && largestCommit() < 2; ++round) {
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        QStringList sentTo;
        for (int i = 0; i < 6; ++i) {
            const QString meter = meters[i % meters.size()];
            // Per meter +5 then +2: the second is refused if it is judged after the first.
            const qint64 value = 100 + 10 * (round + 1) + (i < meters.size() ? 5 : 2);
            const QByteArray key = QStringLiteral("together-%1-%2").arg(round).arg(i).toUtf8();
            replies.emplace_back(send(nam, m_server.apiUrl(QString()), account, key, itemBody(meter, value)));
            sentTo.append(meter);
        }
        // And one request twice at once: one reading, one answer.
        const QString twice = meterId(1, "G4");
        const QByteArray key = "together-twice-" + QByteArray::number(round);
        replies.emplace_back(send(nam, m_server.apiUrl(QString()), account, key, itemBody(twice, 101 + round)));
        replies.emplace_back(send(nam, m_server.apiUrl(QString()), account, key, itemBody(twice, 101 + round)));
        sentTo << twice << QString();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](auto& r) { return r->isFinished(); }),
                                 30000);
        QByteArray twinAnswer;
        for (size_t i = 0; i < replies.size(); ++i) {
            QCOMPARE(replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QByteArray body = replies[i]->readAll();
            if (sentTo[int(i)].isEmpty()) {
                QCOMPARE(body, twinAnswer);
                continue;
            }
            if (sentTo[int(i)] == twice)
                twinAnswer = body;
            const ReadingResult r = ReadingAnswer::fromJson(QJsonDocument::fromJson(body).object()).results.value(0);
            QVERIFY2(r.accepted || r.error.code == QLatin1String("reading_below_previous"), body.constData());
            if (r.accepted) {
                sumOfAccepted[sentTo[int(i)]] += r.consumption;
                accepted[sentTo[int(i)]] += 1;
            }
        }
    }
    QVERIFY2(largestCommit() >= 2, "no two readings shared a commit");
    qInfo() << "the largest commit carried" << largestCommit() << "submissions";

    // Accepted consumptions add up to the meter's advance: each reading was
    // judged against the one accepted just before it, none twice.
    for (const QString& meter : meters) {
        const QJsonObject m = this->meter(m_a, account, meter);
        QCOMPARE(m.value("last_reading").toInteger() - 100, sumOfAccepted.value(meter));
        QCOMPARE(readings(m_a, account, meter).size(), 1 + accepted.value(meter));
        QVERIFY(m.value("avg_monthly_m3").toDouble() > 0);
    }
    const QString twice = meterId(1, "G4");
    QCOMPARE(readings(m_a, account, twice).size(), 1 + accepted.value(twice));
    QCOMPARE(meter(m_a, account, twice).value("last_reading").toInteger() - 100, sumOfAccepted.value(twice));
}

void TestApiReadings::callersInOneBatchAreCheckedEachAlone()
{
    // Requests written together are let through or refused each by its own
    // token and account: a stranger's, an anonymous and a forged request next
    // to the owner's change nothing and get their own answers.
    setToday(kToday);
    const QString account = m_accounts[2];
    const QString b1 = meterId(2, "B1");
    ApiCaller stranger = api();
    consentedUser(stranger, "readings-batch-stranger@example.ru");
    const QByteArray strangerAuth = "Bearer " + signIn(stranger, "readings-batch-stranger@example.ru").toUtf8();
    const QByteArray ownerAuth = "Bearer " + m_bearer.toUtf8();
    QNetworkAccessManager nam;
    warm(nam, 7);
    const int before = largestCommit();
    qint64 value = meter(m_a, account, b1).value("last_reading").toInteger();
    const qint64 start = value;
    int accepted = 0;
    for (int round = 0; round < 5; ++round) {
        struct Sent
        {
            std::unique_ptr<QNetworkReply> reply;
            int status;
            const char* code;
        };
        std::vector<Sent> sent;
        const QByteArray tag = QByteArray::number(round);
        auto add = [&](const QByteArray& auth, const QString& to, const QByteArray& key, const QByteArray& body,
                       int status, const char* code) {
            sent.push_back({std::unique_ptr<QNetworkReply>(sendAs(nam, auth, to, key, body)), status, code});
        };
        add(strangerAuth, account, "batch-stranger-" + tag, itemBody(b1, value + 500), 404, "account_not_found");
        add(ownerAuth, account, "batch-owner-" + tag, itemBody(b1, value + 1), 200, nullptr);
        add(QByteArray(), account, "batch-anonymous-" + tag, itemBody(b1, value + 600), 401, "unauthorized");
        add("Bearer forged-" + tag, account, "batch-forged-" + tag, itemBody(b1, value + 700), 401, "token_invalid");
        // The caller is judged before the key and the body.
        add(strangerAuth, account, QByteArray(), "{", 404, "account_not_found");
        add(ownerAuth, account, QByteArray(), itemBody(b1, value + 800), 400, "idempotency_key_required");
        add(ownerAuth, account, "batch-owner-bad-" + tag, "{\"items\": 5}", 400, "field_type");
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(sent.begin(), sent.end(), [](auto& s) { return s.reply->isFinished(); }),
                                 30000);
        for (Sent& s : sent) {
            const QByteArray body = s.reply->readAll();
            QCOMPARE(s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), s.status);
            if (s.code)
                QCOMPARE(QJsonDocument::fromJson(body).object().value("error").toObject().value("code").toString(),
                         QString::fromLatin1(s.code));
            else
                QVERIFY2(ReadingAnswer::fromJson(QJsonDocument::fromJson(body).object()).results.value(0).accepted,
                         body.constData());
        }
        value += 1;
        ++accepted;
        if (largestCommit() > before && round >= 1)
            break;
    }
    // Only the owner's readings were written.
    QCOMPARE(meter(m_a, account, b1).value("last_reading").toInteger(), start + accepted);
}

void TestApiReadings::logIsCopiedBackBySQLiteCheckpoints()
{
    if (ServerProcess::usingPostgres())
        QSKIP("SQLite's write-ahead log only");
    // The committing connections leave the log to the server's checkpoint
    // thread: a reading reaches the database file itself shortly after.
    setToday(kToday);
    const QString path = m_server.databaseUrl().mid(int(qstrlen("sqlite:")));
    auto fileDigest = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path + "-wal"), 5000);
    const QByteArray before = fileDigest();
    QVERIFY(!before.isEmpty());
    const QString b2 = meterId(2, "B2");
    const qint64 last = meter(m_a, m_accounts[2], b2).value("last_reading").toInteger();
    QCOMPARE(post(m_a, m_accounts[2], itemBody(b2, last + 3), "checkpoint").status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(fileDigest() != before, 10000);
}

void TestApiReadings::otherUsersAccountIsNotFound()
{
    setToday(kToday);
    const QByteArray before = m_a.get("/accounts/" + m_accounts[0] + "/meters").body;
    const QString c0 = meterId(0, "C0");
    ApiCaller stranger = api();
    consentedUser(stranger, "readings-stranger@example.ru");
    signIn(stranger, "readings-stranger@example.ru");
    for (const QString& account : {m_accounts[0], QStringLiteral("999999"), QStringLiteral("abc")}) {
        const ApiCaller::Reply r = post(stranger, account, itemBody(c0, 99999), "stranger");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("account_not_found"));
    }
    QCOMPARE(m_a.get("/accounts/" + m_accounts[0] + "/meters").body, before);

    // Without a token or without the consent.
    ApiCaller anonymous = api();
    QCOMPARE(post(anonymous, m_accounts[0], itemBody(c0, 99999), "anonymous").status, 401);
    ApiCaller fresh = api();
    const Session s = registerUser(fresh, "readings-noconsent@example.ru", "pass1");
    fresh.setBearer(s.access);
    const ApiCaller::Reply r = post(fresh, m_accounts[0], itemBody(c0, 99999), "fresh");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("consent_required"));

    // An oversized body is refused before anything is read.
    const QByteArray huge = "{\"items\":[],\"pad\":\"" + QByteArray(70 * 1024, 'x') + "\"}";
    QCOMPARE(post(m_a, m_accounts[0], huge, "huge").status, 413);
}

void TestApiReadings::limitedVersionIsRefused()
{
    setToday(kToday);
    const QString k1 = meterId(2, "K1");
    const qint64 last = meter(m_a, m_accounts[2], k1).value("last_reading").toInteger();
    ApiCaller c = api();
    consentedUser(c, "readings-limited@example.ru");
    signIn(c, "readings-limited@example.ru");
    QCOMPARE(c.post("/accounts", {{"company_id", kLgas}, {"number", kNumber[2]}}).status, 201);
    for (const QByteArray& key : {QByteArray("limited"), QByteArray()}) {
        const ApiCaller::Reply r = post(c, m_accounts[2], itemBody(k1, last + 1), key);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("extended_required"));
    }
    QCOMPARE(meter(m_a, m_accounts[2], k1).value("last_reading").toInteger(), last);
}

void TestApiReadings::answeredReadingSurvivesRestart()
{
    setToday(kToday);
    const QString d1 = meterId(2, "D1");
    const ApiCaller::Reply first = post(m_a, m_accounts[2], itemBody(d1, 150), "before-restart");
    QCOMPARE(first.status, 200);
    QVERIFY(ReadingAnswer::fromJson(first.object()).results.value(0).accepted);
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString()));
    const QJsonArray rows = readings(m_a, m_accounts[2], d1);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(Reading::fromJson(rows.last().toObject()).value, 150);
    QCOMPARE(meter(m_a, m_accounts[2], d1).value("last_reading").toInteger(), 150);
    // The stored answer came through the restart as well.
    const ApiCaller::Reply again = post(m_a, m_accounts[2], itemBody(d1, 150), "before-restart");
    QCOMPARE(again.body, first.body);
    QCOMPARE(readings(m_a, m_accounts[2], d1).size(), 2);
}

bool TestApiReadings::reimport(const QJsonObject& doc)
{
    const importfixture::Run run =
        importfixture::import(ServerProcess::binary(), m_server.databaseUrl(),
                              m_server.dataDir() + QStringLiteral("/fixture%1.json").arg(++m_imports), doc,
                              {QStringLiteral("--clock-file"), m_server.clockFile()});
    if (run.exitCode != 0)
        qWarning() << run.output;
    return run.exitCode == 0;
}

void TestApiReadings::importKeepsOnlineReadings()
{
    setToday(kToday);
    const QString i1 = meterId(2, "I1");
    const ApiCaller::Reply r = post(m_a, m_accounts[2], itemBody(i1, 4010), "import-keeps");
    QCOMPARE(r.status, 200);
    const QString online = ReadingAnswer::fromJson(r.object()).results.value(0).readingId;
    QVERIFY(!online.isEmpty());
    auto ids = [this, &i1] {
        QStringList out;
        for (const QJsonValue& v : readings(m_a, m_accounts[2], i1))
            out.append(v.toObject().value("id").toString());
        return out;
    };

    const double average = Meter::fromJson(meter(m_a, m_accounts[2], i1)).avgMonthlyM3;
    QVERIFY(average > 0);

    // The company's next export does not have the reading yet: it stays, and
    // so do the meter's last reading and its average, computed by one rule.
    QVERIFY(reimport(m_fixture));
    QVERIFY2(ids().contains(online), qPrintable(ids().join(' ')));
    QCOMPARE(Meter::fromJson(meter(m_a, m_accounts[2], i1)).lastReading, 4010);
    QCOMPARE(Meter::fromJson(meter(m_a, m_accounts[2], i1)).avgMonthlyM3, average);

    // An export with the company's own reading of that meter on the day covers it.
    QJsonObject doc = m_fixture;
    QJsonArray accounts = doc["accounts"].toArray();
    QJsonObject account = accounts[2].toObject();
    QJsonArray rows = account["readings"].toArray();
    rows.append(readingRow("RI2", "I1", kToday.toString(Qt::ISODate), 4012, 12));
    account["readings"] = rows;
    accounts[2] = account;
    doc["accounts"] = accounts;
    QVERIFY(reimport(doc));
    const QStringList after = ids();
    QVERIFY2(!after.contains(online) && after.contains(meterId(2, "RI2")), qPrintable(after.join(' ')));
    QCOMPARE(Meter::fromJson(meter(m_a, m_accounts[2], i1)).lastReading, 4012);
}

// A company taking readings from the 25th to the 5th: the 3rd belongs to the
// window that opened on the 25th, the 6th is outside and the message names
// the next period into the next month.
void TestApiReadings::windowAcrossTheMonthEnd()
{
    QJsonObject doc = importfixture::document({accountOf("wgas", "400001", {meterRow("X1", 5, "2031-01-01", "working")},
                                                         {readingRow("RX1", "X1", "2027-01-15", 1000, 10)})});
    doc["companies"] = QJsonArray{company("wgas", 25, 5, 0, true, true)};
    QVERIFY(reimport(doc));
    ApiCaller b = api();
    consentedUser(b, "wrap@example.ru");
    const ApiCaller::Reply linked = b.post("/accounts", {{"company_id", "wgas"}, {"number", "400001"}});
    QCOMPARE(linked.status, 201);
    const QString account = linked.object().value("id").toString();
    QCOMPARE(b.post("/accounts/" + account + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
    const QString meterId = account + "-X1";

    setToday(QDate(2027, 3, 3));
    signIn(b, "wrap@example.ru");
    ApiCaller::Reply r = post(b, account, itemBody(meterId, 1010), "wrap-1");
    QCOMPARE(r.status, 200);
    ReadingAnswer answer = ReadingAnswer::fromJson(r.object());
    QVERIFY2(answer.results.value(0).accepted, r.body.constData());

    setToday(QDate(2027, 3, 6));
    signIn(b, "wrap@example.ru");
    r = post(b, account, itemBody(meterId, 1020), "wrap-2");
    QCOMPARE(r.status, 200);
    answer = ReadingAnswer::fromJson(r.object());
    QCOMPARE(answer.results.value(0).error.code, QStringLiteral("outside_window"));
    const QString message = answer.results.value(0).error.message;
    QVERIFY2(message.contains("25.03.2027") && message.contains("05.04.2027"), qPrintable(message));

    setToday(QDate(2027, 3, 27));
    signIn(b, "wrap@example.ru");
    r = post(b, account, itemBody(meterId, 1020), "wrap-3");
    QVERIFY2(ReadingAnswer::fromJson(r.object()).results.value(0).accepted, r.body.constData());
    setToday(kToday);
}

void TestApiReadings::companyTimeZones_data()
{
    QTest::addColumn<QString>("serverZone");
    QTest::newRow("server on UTC") << QStringLiteral("UTC");
    QTest::newRow("server in Vladivostok") << QStringLiteral("Asia/Vladivostok");
}

// A company in Kamchatka (UTC+12) with a window of the 1st to the 10th, the
// server machine set to another zone: the window opens and closes by
// Kamchatka's date, and a reading taken just after its midnight shows in the
// history (whose default period ends «today») at once, dated in Kamchatka.
void TestApiReadings::companyTimeZones()
{
    QFETCH(QString, serverZone);
    const QString tag = serverZone.section('/', -1).toLower();
    const QString number = serverZone == QLatin1String("UTC") ? "500001" : "500002";
    QJsonObject doc = importfixture::document(
        {accountOf("kgas", number.toLatin1().constData(), {meterRow("K1", 5, "2031-01-01", "working")},
                   {readingRow("RK1", "K1", "2027-02-05", 2000, 10)})});
    QJsonObject kamchatka = company("kgas", 1, 10, 0, true, true);
    kamchatka["time_zone"] = "Asia/Kamchatka";
    doc["companies"] = QJsonArray{kamchatka};
    QVERIFY(reimport(doc));
    // A zone that is not one is refused by the import.
    QJsonObject nowhere = doc;
    QJsonObject wrong = kamchatka;
    wrong["time_zone"] = "Kamchatka"; // not an Area/Location name
    nowhere["companies"] = QJsonArray{wrong};
    QVERIFY(!reimport(nowhere));

    ServerProcess::Options options;
    options.environment = QStringList{QStringLiteral("TZ=") + serverZone};
    QString error;
    QVERIFY2(m_server.restartWith(options, &error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString()));
    const auto at = [this](const QDateTime& utc) {
        m_server.setClockOffset(utc.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch());
        m_today = QDate();
    };
    ApiCaller b = api();
    const QString login = "kamchatka-" + tag + "@example.ru";
    consentedUser(b, login);
    const ApiCaller::Reply linked = b.post("/accounts", {{"company_id", "kgas"}, {"number", number}});
    QCOMPARE(linked.status, 201);
    const QString account = linked.object().value("id").toString();
    QCOMPARE(b.post("/accounts/" + account + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
    const QString meterId = account + "-K1";

    // 12:30 UTC on 9 March: the 10th in Kamchatka, the 9th on the server.
    at(QDateTime(QDate(2027, 3, 9), QTime(12, 30), QTimeZone::utc()));
    signIn(b, login);
    ApiCaller::Reply r = post(b, account, itemBody(meterId, 2010), QByteArray("tz-1-") + tag.toLatin1());
    QCOMPARE(r.status, 200);
    QVERIFY2(ReadingAnswer::fromJson(r.object()).results.value(0).accepted, r.body.constData());
    const QJsonArray history = b.get("/accounts/" + account + "/meters/" + meterId + "/readings").json.array();
    QVERIFY2(!history.isEmpty(), "the reading is missing from the history");
    bool found = false;
    for (const QJsonValue& v : history)
        found = found || (v["value"].toInteger() == 2010 && v["date"].toString() == QLatin1String("2027-03-10"));
    QVERIFY2(found, QJsonDocument(history).toJson().constData());

    // 12:30 UTC on 10 March: the 11th in Kamchatka, the window has closed,
    // although it is still the 10th on the server and in Moscow.
    at(QDateTime(QDate(2027, 3, 10), QTime(12, 30), QTimeZone::utc()));
    signIn(b, login);
    r = post(b, account, itemBody(meterId, 2020), QByteArray("tz-2-") + tag.toLatin1());
    QCOMPARE(ReadingAnswer::fromJson(r.object()).results.value(0).error.code, QStringLiteral("outside_window"));

    QVERIFY2(m_server.restartWith(ServerProcess::Options{}, &error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString()));
    setToday(kToday);
}

QTEST_GUILESS_MAIN(TestApiReadings)
#include "tst_api_readings.moc"
