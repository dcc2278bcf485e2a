// `mygas-server import`: a valid company export loads; every kind of bad
// record is named by its path and nothing at all is written; a second import
// of the same file changes nothing; a company's request rules are checked,
// and an import leaves the abonents' requests.
#include "models/core/ApiTypes.h"
#include "models/readings/ReadingRules.h"
#include "tests/server/ApiTestHelpers.h"
#include "tests/server/ImportFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace apitest;
using namespace mygas;

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badRecordsAreNamedAndNothingIsWritten_data();
    void badRecordsAreNamedAndNothingIsWritten();
    void validFileLoads();
    void reimportKeepsVersions();
    void companyRequestRulesAreChecked();
    void connectionSurveyFromImportedData();
    void badSurveyIsNamed();
    void importLeavesTheRequests();
    void accountWithoutPin();
    void answersTheLimitedVersionShows();

private:
    importfixture::Run import(const QJsonObject& doc)
    {
        return importfixture::import(ServerProcess::binary(), m_server.databaseUrl(),
                                     m_server.dataDir() + "/export.json", doc);
    }
    ServerProcess m_server;
    ApiCaller m_api;
};

void TestImport::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_api.setBase(m_server.apiUrl(QString()));
    m_api.setCaFile(m_server.caFile());
    consentedUser(m_api, "import@example.ru");
}

void TestImport::badRecordsAreNamedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kopecks as text") << "settlements" << 0 << "charged_kop" << QJsonValue("2580.43")
                                     << "accounts[1].settlements[0].charged_kop: expected an integer number of kopecks";
    QTest::newRow("fractional kopecks") << "payments" << 0 << "amount_kop" << QJsonValue(1500.5)
                                        << "accounts[1].payments[0].amount_kop: expected an integer number of kopecks";
    QTest::newRow("bad date") << "readings" << 2 << "date" << QJsonValue("2025-02-30")
                              << "accounts[1].readings[2].date: expected a date YYYY-MM-DD";
    QTest::newRow("unknown meter") << "readings" << 1 << "meter_id" << QJsonValue("M9")
                                   << "accounts[1].readings[1].meter_id: no meters with id \"M9\" in this account";
    QTest::newRow("unknown service") << "payments" << 0 << "service_id" << QJsonValue("water")
                                     << "accounts[1].payments[0].service_id: no services with id \"water\"";
    QTest::newRow("bad state") << "meters" << 0 << "state" << QJsonValue("broken")
                               << "accounts[1].meters[0].state: expected one of working";
    QTest::newRow("bad period") << "settlements" << 0 << "period" << QJsonValue("2025-13")
                                << "accounts[1].settlements[0].period: expected a month YYYY-MM";
    QTest::newRow("bad id") << "contracts" << 0 << "id" << QJsonValue("C 1")
                            << "accounts[1].contracts[0].id: expected 1–40 Latin letters";
    QTest::newRow("the server's id")
        << "payments" << 0 << "id" << QJsonValue("online-pay-1-1")
        << "accounts[1].payments[0].id: ids starting with \"online-\" are the server's own";
    QTest::newRow("act total") << "acts" << 0 << "total_kop" << QJsonValue(1)
                               << "accounts[1].acts[0].total_kop: 1 is not the sum of the works' costs (150000)";
    QTest::newRow("bool as text") << "payments" << 0 << "online" << QJsonValue("yes")
                                  << "accounts[1].payments[0].online: expected true or false";
    QTest::newRow("number format") << "" << 0 << "number" << QJsonValue("12")
                                   << "accounts[1].number: \"12\" does not match the company's account number format";
    QTest::newRow("unknown company") << "" << 0 << "company_id" << QJsonValue("mars")
                                     << "accounts[1].company_id: unknown company \"mars\"";
    QTest::newRow("duplicate account") << "" << 0 << "number" << QJsonValue("0422222222")
                                       << "accounts[1].number: the account severogorsk/0422222222 appears twice";
}

void TestImport::badRecordsAreNamedAndNothingIsWritten()
{
    QFETCH(QString, section);
    QFETCH(int, row);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject bad = importfixture::account("0433333333");
    if (section.isEmpty()) {
        bad[field] = value;
    } else {
        QJsonArray rows = bad[section].toArray();
        QJsonObject r = rows[row].toObject();
        r[field] = value;
        rows[row] = r;
        bad[section] = rows;
    }
    const importfixture::Run run = import(importfixture::document({importfixture::account("0422222222"), bad}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(expected), qPrintable(run.output));
    QVERIFY2(run.output.contains("nothing was imported"), qPrintable(run.output));
    // All or nothing: the good account in the same file was not written either.
    const ApiCaller::Reply r = m_api.post("/accounts", {{"company_id", "severogorsk"}, {"number", "0422222222"}});
    QCOMPARE(r.errorCode(), QStringLiteral("account_number_unknown"));
}

void TestImport::validFileLoads()
{
    QJsonObject doc = importfixture::document({importfixture::account("0422222222")});
    doc["companies"] = QJsonArray{QJsonObject{{"id", "pribrezhny"},
                                              {"name", "АО «Прибрежный газ»"},
                                              {"region", "Прибрежный край"},
                                              {"account_number_hint", "6 цифр"},
                                              {"account_number_regex", "^[0-9]{6}$"}}};
    QJsonObject other = importfixture::account("123456");
    other["company_id"] = "pribrezhny";
    QJsonArray accounts = doc["accounts"].toArray();
    accounts.append(other);
    doc["accounts"] = accounts;
    const importfixture::Run run = import(doc);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains("1 companies, 2 accounts (2 new)"), qPrintable(run.output));
    // The running server lists the imported company without a restart.
    QTRY_VERIFY_WITH_TIMEOUT(m_api.get("/companies").body.contains("\"pribrezhny\""), 15000);
    const ApiCaller::Reply linked = m_api.post("/accounts", {{"company_id", "severogorsk"}, {"number", "0422222222"}});
    QCOMPARE(linked.status, 201);
    const QString id = linked.object().value("id").toString();
    QCOMPARE(m_api.post("/accounts", {{"company_id", "pribrezhny"}, {"number", "123456"}}).status, 201);
    const QJsonObject meter = m_api.get("/accounts/" + id + "/meters").json.array().first().toObject();
    QCOMPARE(meter.value("last_reading").toInteger(), 1045);
    QCOMPARE(meter.value("last_reading_date").toString(), QStringLiteral("2025-03-20"));
    QCOMPARE(meter.value("serial").toString(), QStringLiteral("6****37"));
    QCOMPARE(m_api.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
    const QJsonArray settlements = m_api.get("/accounts/" + id + "/settlements?from=2025-01&to=2025-12").json.array();
    QCOMPARE(settlements.size(), 1);
    QVERIFY(settlements[0].toObject().value("closing_kop").isNull());
}

// `pin` is optional: an account without one loads, links, and its extended
// version cannot be had by a PIN (an empty answer never matches).
void TestImport::accountWithoutPin()
{
    QJsonObject account = importfixture::account("0433333333");
    account.remove("pin");
    const importfixture::Run run = import(importfixture::document({account}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains("1 accounts (1 new)"), qPrintable(run.output));
    m_api.setBearer(consentedUser(m_api, "nopin@example.ru"));
    const ApiCaller::Reply linked = m_api.post("/accounts", {{"company_id", "severogorsk"}, {"number", "0433333333"}});
    QCOMPARE(linked.status, 201);
    const QString id = linked.object().value("id").toString();
    QCOMPARE(m_api.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", ""}}).status, 400);
    const ApiCaller::Reply guessed =
        m_api.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", "4321"}});
    QCOMPARE(guessed.status, 400);
    QCOMPARE(guessed.errorCode(), QStringLiteral("extended_method_unavailable"));
    QVERIFY2(guessed.errorMessage().contains(QStringLiteral("Подайте запрос на получение ПИН-кода")),
             qPrintable(guessed.errorMessage()));
    // A later file with a PIN gives it one.
    const importfixture::Run again = import(importfixture::document({importfixture::account("0433333333")}));
    QVERIFY2(again.exitCode == 0, qPrintable(again.output));
    QCOMPARE(m_api.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
}

namespace {
QJsonObject settlement(const char* id, const char* period, const char* service, qint64 opening, qint64 charged,
                       qint64 paid, bool closed)
{
    return {{"id", id},
            {"period", period},
            {"service_id", service},
            {"opening_kop", opening},
            {"charged_kop", charged},
            {"volume_m3", 0},
            {"paid_kop", paid},
            {"benefits_kop", 0},
            {"recalculation_kop", 0},
            {"closing_kop", closed ? QJsonValue(opening - charged + paid) : QJsonValue()}};
}

QJsonObject service(const char* id, const char* name, qint64 balance, qint64 tariff)
{
    return {{"id", id},      {"name", name}, {"balance_kop", balance}, {"regime", ""}, {"tariff_kop", tariff},
            {"unit", "₽"}, {"norm_m3", 0}};
}
} // namespace

// Manual 4.7.2.2 where the limited version gives the answers away: the
// last month charged only the fixed ТО ВДГО fee, which is also the tariff
// shown and the amount paid; the serial is so short that its mask shows
// most of it; the PIN is a reading. Each is refused without costing an
// attempt. Where the month's total is not shown, it is the answer, and one
// service's charge is not.
void TestImport::answersTheLimitedVersionShows()
{
    QJsonObject shown = importfixture::account("0444444444");
    shown["pin"] = "1030";
    shown["services"] = QJsonArray{service("gas", "Газоснабжение", 0, 712),
                                   service("vdgo", "Техническое обслуживание ВДГО", -39800, 19900)};
    QJsonObject meter = shown["meters"].toArray().first().toObject();
    meter["serial"] = "AB-12";
    shown["meters"] = QJsonArray{meter};
    shown["settlements"] = QJsonArray{settlement("S1", "2025-01", "vdgo", -19900, 19900, 19900, true),
                                      settlement("S2", "2025-02", "vdgo", -19900, 19900, 0, false)};
    shown["payments"] = QJsonArray{QJsonObject{{"id", "P1"},
                                               {"date", "2025-01-10"},
                                               {"amount_kop", 19900},
                                               {"place", "ПАО Сбербанк"},
                                               {"service_id", "vdgo"},
                                               {"online", false}}};
    QJsonObject hidden = importfixture::account("0455555555");
    hidden["services"] = QJsonArray{service("gas", "Газоснабжение", -15800, 712),
                                    service("vdgo", "Техническое обслуживание ВДГО", -39800, 19900)};
    hidden["settlements"] = QJsonArray{settlement("S1", "2025-01", "gas", 0, 7900, 0, true),
                                       settlement("S2", "2025-01", "vdgo", -19900, 19900, 19900, true),
                                       settlement("S3", "2025-02", "gas", -7900, 7900, 0, false),
                                       settlement("S4", "2025-02", "vdgo", -19900, 19900, 0, false)};
    hidden["payments"] = shown["payments"];
    const importfixture::Run run = import(importfixture::document({shown, hidden}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));

    m_api.setBearer(consentedUser(m_api, "shown@example.ru"));
    const QString id = linkAccount(m_api, {"severogorsk", "0444444444", "", "", ""});
    const QString url = "/accounts/" + id + "/extended";
    const QJsonArray services = m_api.get("/accounts/" + id + "/services").json.array();
    QCOMPARE(services.last().toObject().value("tariff_kop").toInteger(), 19900);
    QCOMPARE(m_api.get("/accounts/" + id + "/meters").json.array().first().toObject().value("serial").toString(),
             QStringLiteral("A****12"));
    ApiCaller::Reply r = m_api.post(url, {{"method", "last_charge"}, {"answer", "19900"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("extended_answer_visible"));
    QVERIFY2(r.errorMessage().contains(QStringLiteral("другой")), qPrintable(r.errorMessage()));
    r = m_api.post(url, {{"method", "meter_serial"}, {"answer", "AB-12"}});
    QCOMPARE(r.errorCode(), QStringLiteral("extended_method_unavailable"));
    r = m_api.post(url, {{"method", "pin"}, {"answer", "1030"}});
    QCOMPARE(r.errorCode(), QStringLiteral("extended_answer_visible"));
    QVERIFY2(r.errorMessage().contains(QStringLiteral("видно")), qPrintable(r.errorMessage()));
    // None of them was a counted guess: five wrong PINs still fit in the day.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_api.post(url, {{"method", "pin"}, {"answer", QString::number(9000 + i)}}).errorCode(),
                 QStringLiteral("extended_answer_wrong"));
    QCOMPARE(m_api.post(url, {{"method", "pin"}, {"answer", "9999"}}).errorCode(),
             QStringLiteral("extended_attempts_exceeded"));

    const QString other = linkAccount(m_api, {"severogorsk", "0455555555", "", "", ""});
    const QString otherUrl = "/accounts/" + other + "/extended";
    QCOMPARE(m_api.post(otherUrl, {{"method", "last_charge"}, {"answer", "19900"}}).errorCode(),
             QStringLiteral("extended_answer_visible"));
    QCOMPARE(m_api.post(otherUrl, {{"method", "last_charge"}, {"answer", "7900"}}).errorCode(),
             QStringLiteral("extended_answer_wrong"));
    // What a caller puts into the limited version itself (here an alias) is
    // no lever: the question stays open and a wrong answer counts as ever,
    // so no caller can test a guess for free.
    QCOMPARE(m_api.send("PATCH", "/accounts/" + other, R"({"alias":"27800"})").status, 200);
    QCOMPARE(m_api.post(otherUrl, {{"method", "last_charge"}, {"answer", "7800"}}).errorCode(),
             QStringLiteral("extended_answer_wrong"));
    r = m_api.post(otherUrl, {{"method", "last_charge"}, {"answer", "27800"}});
    QCOMPARE(r.status, 200);
}

void TestImport::reimportKeepsVersions()
{
    m_api.setBearer(consentedUser(m_api, "reimport@example.ru"));
    const QString id = linkAccount(m_api, {"severogorsk", "0422222222", "", "", ""});
    const QString cursor = m_api.get("/sync").object().value("cursor").toString();
    const importfixture::Run run = import(importfixture::document({importfixture::account("0422222222")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY2(run.output.contains("0 new); rows added 0, changed 0, removed 0"), qPrintable(run.output));
    const QJsonObject after = m_api.get("/sync?cursor=" + cursor).object();
    QCOMPARE(after.value("cursor").toString(), cursor);
    QVERIFY(!after.value("full").toBool());
    for (const QJsonValue& list : after.value("changes").toObject())
        QVERIFY(list.toArray().isEmpty());
    QVERIFY(!id.isEmpty());
}

// A company's kinds of ТО work and its request horizon (docs/import-format.md).
void TestImport::companyRequestRulesAreChecked()
{
    QJsonObject doc = importfixture::document({});
    doc["companies"] = QJsonArray{QJsonObject{{"id", "ztest"},
                                              {"name", "Тестовая газовая компания"},
                                              {"account_number_regex", "^[0-9]{10}$"},
                                              {"maintenance_works", QJsonArray{"Замена плиты", ""}},
                                              {"request_horizon_days", 0}}};
    const importfixture::Run run = import(doc);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains("companies[0].maintenance_works: expected an array of non-empty strings"),
             qPrintable(run.output));
    QVERIFY2(run.output.contains("companies[0].request_horizon_days: expected an integer from 1 to 366"),
             qPrintable(run.output));
}

namespace {
// A company whose survey branches: a house goes on to the flow, a garden
// house straight to the ownership; "flow" fills in max_flow for over 7 m³/h.
QJsonObject surveyCompany(const QJsonArray& survey)
{
    return {{"id", "zsurvey"},
            {"name", "Газовая компания с опросом"},
            {"account_number_regex", "^[0-9]{10}$"},
            {"applications_enabled", true},
            {"connection_survey", survey}};
}

QJsonArray branchingSurvey()
{
    return {QJsonObject{{"id", "object"},
                        {"text", "Какой объект подключаете?"},
                        {"answers", QJsonArray{QJsonObject{{"text", "Жилой дом"},
                                                           {"next", "flow"},
                                                           {"sets", QJsonObject{{"object_type", "house"}}}},
                                               QJsonObject{{"text", "Садовый дом"},
                                                           {"next", "ownership"},
                                                           {"sets", QJsonObject{{"object_type", "garden_house"}}}}}}},
            QJsonObject{{"id", "flow"},
                        {"text", "Расход газа?"},
                        {"answers", QJsonArray{QJsonObject{{"text", "До 7 м³/ч"}, {"next", "ownership"}},
                                               QJsonObject{{"text", "Больше 7 м³/ч"},
                                                           {"next", "ownership"},
                                                           {"sets", QJsonObject{{"max_flow", "7,1"}}},
                                                           {"note", "Нужен расчет расхода"}}}}},
            QJsonObject{{"id", "ownership"},
                        {"text", "Участок ваш?"},
                        {"answers", QJsonArray{QJsonObject{{"text", "Да"}}, QJsonObject{{"text", "Нет"}}}}}};
}

QJsonArray replies(const QList<QPair<QString, int>>& walk)
{
    QJsonArray out;
    for (const auto& [question, answer] : walk)
        out.append(QJsonObject{{"question", question}, {"answer", answer}});
    return out;
}
} // namespace

// manual 4.1.2: the survey's questions and branching come from the
// company's export, and a connection application must walk it.
void TestImport::connectionSurveyFromImportedData()
{
    QJsonObject doc = importfixture::document({});
    doc["companies"] = QJsonArray{surveyCompany(branchingSurvey())};
    const importfixture::Run run = import(doc);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    // A running server shows a new company within a few seconds.
    const auto surveyShown = [this]() {
        for (const QJsonValue& v : m_api.get("/companies").json.array()) {
            if (v.toObject().value("id").toString() == "zsurvey")
                return Company::fromJson(v.toObject()).connectionSurvey;
        }
        return QJsonArray();
    };
    QTRY_COMPARE_WITH_TIMEOUT(surveyShown(), branchingSurvey(), 20000);

    int key = 0;
    const auto create = [&](const QJsonArray& survey) {
        return m_api.post("/applications", {{"company_id", "zsurvey"}, {"type", "connection"}, {"survey", survey}},
                          {{"Idempotency-Key", "survey-" + QByteArray::number(++key)}});
    };
    // Without the survey, stopping half-way, or off the branch the answer took.
    for (const QJsonArray& bad :
         {QJsonArray{}, replies({{"object", 0}, {"flow", 1}}), replies({{"object", 1}, {"flow", 0}, {"ownership", 0}}),
          replies({{"object", 2}}), replies({{"flow", 0}, {"ownership", 0}})}) {
        const ApiCaller::Reply refused = create(bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QString("survey_incomplete"));
        QCOMPARE(refused.object().value("error").toObject().value("field").toString(), QString("survey"));
    }
    // A house over 7 m³/h: three questions; a garden house skips the flow.
    const ApiCaller::Reply house = create(replies({{"object", 0}, {"flow", 1}, {"ownership", 1}}));
    QCOMPARE(house.status, 201);
    const QJsonArray answered = house.object().value("survey").toArray();
    QCOMPARE(answered.size(), 3);
    QCOMPARE(answered.at(1).toObject().value("question_text").toString(), QString("Расход газа?"));
    QCOMPARE(answered.at(1).toObject().value("answer_text").toString(), QString("Больше 7 м³/ч"));
    QCOMPARE(create(replies({{"object", 1}, {"ownership", 0}})).status, 201);
    // Another type has no survey.
    QCOMPARE(m_api
                 .post("/applications",
                       {{"company_id", "zsurvey"}, {"type", "supply"}, {"survey", replies({{"object", 0}})}},
                       {{"Idempotency-Key", "survey-supply"}})
                 .errorCode(),
             QString("survey_incomplete"));

    // The company changes its survey: a new application follows the new one.
    QJsonArray shorter = branchingSurvey();
    shorter.removeAt(1);
    QJsonObject first = shorter.at(0).toObject();
    QJsonArray answers = first.value("answers").toArray();
    QJsonObject toOwnership = answers.at(0).toObject();
    toOwnership["next"] = "ownership";
    answers[0] = toOwnership;
    first["answers"] = answers;
    shorter[0] = first;
    doc["companies"] = QJsonArray{surveyCompany(shorter)};
    QVERIFY(import(doc).exitCode == 0);
    QTRY_COMPARE_WITH_TIMEOUT(surveyShown(), shorter, 20000);
    QCOMPARE(create(replies({{"object", 0}, {"flow", 1}, {"ownership", 1}})).errorCode(), QString("survey_incomplete"));
    QCOMPARE(create(replies({{"object", 0}, {"ownership", 1}})).status, 201);
}

// A survey that could not be walked is named by its path; nothing is imported.
void TestImport::badSurveyIsNamed()
{
    QJsonArray survey = branchingSurvey();
    QJsonObject flow = survey.at(1).toObject();
    QJsonArray answers = flow.value("answers").toArray();
    QJsonObject back = answers.at(0).toObject();
    back["next"] = "object"; // backwards: a circle
    answers[0] = back;
    QJsonObject wrongField = answers.at(1).toObject();
    wrongField["sets"] = QJsonObject{{"object_type", "castle"}, {"meters", "1"}};
    answers[1] = wrongField;
    flow["answers"] = answers;
    survey[1] = flow;
    survey.append(QJsonObject{{"id", "ownership"}, {"text", ""}, {"answers", QJsonArray{}}});
    QJsonObject doc = importfixture::document({});
    QJsonObject company = surveyCompany(survey);
    company["id"] = "zbadsurvey";
    doc["companies"] = QJsonArray{company};
    const importfixture::Run run = import(doc);
    QCOMPARE(run.exitCode, 1);
    for (const char* problem :
         {"companies[0].connection_survey[1].answers[0].next: expected the id of a later question",
          "companies[0].connection_survey[1].answers[1].sets.object_type: not one of the field's values",
          "companies[0].connection_survey[1].answers[1].sets.meters: not a field of the connection application",
          "companies[0].connection_survey[3].id: the question \"ownership\" appears twice",
          "companies[0].connection_survey[3].text: expected a non-empty string",
          "companies[0].connection_survey[3].answers: expected 1–10 answers"})
        QVERIFY2(run.output.contains(QString::fromUtf8(problem)), qPrintable(run.output));
    bool imported = false;
    for (const QJsonValue& v : m_api.get("/companies").json.array())
        imported = imported || v.toObject().value("id").toString() == "zbadsurvey";
    QVERIFY(!imported);
}

// «Заявки» are the abonents', not the company's: an import of the account's
// data leaves them, and the sync says nothing of them.
void TestImport::importLeavesTheRequests()
{
    m_api.setBearer(consentedUser(m_api, "requests-import@example.ru"));
    const QJsonObject doc = importfixture::document({importfixture::account("0466666666")});
    importfixture::Run run = import(doc);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = linkAccount(m_api, {"severogorsk", "0466666666", "", "", ""});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_api.post("/accounts/" + id + "/extended", {{"method", "meter_serial"}, {"answer", "61234537"}}).status,
             200);
    Company company;
    for (const QJsonValue& v : m_api.get("/companies").json.array()) {
        if (v.toObject().value("id").toString() == "severogorsk")
            company = Company::fromJson(v.toObject());
    }
    QVERIFY(!company.maintenanceWorks.isEmpty());
    // Tomorrow is within the horizon on either side of the company's midnight.
    const QString tomorrow = rules::providerToday(company).addDays(1).toString(Qt::ISODate);
    const ApiCaller::Reply made = m_api.post("/accounts/" + id + "/requests",
                                             {{"kind", "maintenance"},
                                              {"work_kind", company.maintenanceWorks.first()},
                                              {"description", "Плановое ТО"},
                                              {"desired_date", tomorrow}},
                                             {{"Idempotency-Key", "import-1"}});
    QCOMPARE(made.status, 201);
    const QString cursor = m_api.get("/sync").object().value("cursor").toString();

    run = import(doc);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QJsonArray listed = m_api.get("/accounts/" + id + "/requests").json.array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject(), made.object());
    const QJsonObject after = m_api.get("/sync?cursor=" + cursor).object();
    QVERIFY(!after.value("full").toBool());
    QVERIFY(!after.value("removed").toObject().contains("requests"));
    QVERIFY(after.value("changes").toObject().value("requests").toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
