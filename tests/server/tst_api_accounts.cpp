// Linking personal accounts (manual 4.7.2): the rules and their error codes,
// rename and unlink, the extended version by each control answer, the daily
// limit of wrong answers, the PIN request, access shaping, and ownership:
// another user's account answers 404 on every URL.
#include "tests/server/ApiTestHelpers.h"

#include "models/accounts/AccountRules.h"
#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/core/ApiTypes.h"
#include "models/documents/InvoiceTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace mygas;
using namespace apitest;

class TestApiAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linkingRules();
    void renameAndUnlink();
    void extendedByEachMethod_data();
    void extendedByEachMethod();
    void noLimitedValueIsAnAnswer_data();
    void noLimitedValueIsAnAnswer();
    void wrongAnswersAreCountedPerDay();
    void wrongAnswersAreCountedPerAccountToo();
    void pinRequestLandsInOutbox();
    void limitedAccessShaping();
    void extendedAccessData();
    void otherUsersAccountIsNotFound_data();
    void otherUsersAccountIsNotFound();
    void everyAnswerIsTheModelsJson();

private:
    ApiCaller api() { return ApiCaller(m_server.apiUrl(QString()), m_server.caFile()); }
    ServerProcess m_server;
};

void TestApiAccounts::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
}

void TestApiAccounts::linkingRules()
{
    ApiCaller a = api();
    consentedUser(a, "link@example.ru");
    auto post = [&](const char* company, const char* number) {
        return a.post("/accounts", {{"company_id", company}, {"number", number}});
    };
    ApiCaller::Reply r = post("nowhere", "0412345678");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("company_not_found"));
    r = post("severogorsk", "  ");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("account_number_required"));
    r = post("severogorsk", "12-34");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("account_number_invalid"));
    r = post("severogorsk", "0400000000");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("account_number_unknown"));
    QVERIFY(r.errorMessage().contains(QStringLiteral("лицев")));
    // The number of one company is not found under another.
    QCOMPARE(post("zarechye", "0412345678").errorCode(), QStringLiteral("account_number_invalid"));

    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        r = a.post("/accounts", linkBody(kDemoAccounts[i]));
        QCOMPARE(r.status, 201);
        const Account acc = Account::fromJson(r.object());
        QCOMPARE(acc.number, QString::fromLatin1(kDemoAccounts[i].number));
        QCOMPARE(acc.companyId, QString::fromLatin1(kDemoAccounts[i].company));
        QCOMPARE(acc.access, Access::Limited);
        QVERIFY(!acc.address.isEmpty());
        ids.append(acc.id);
    }
    r = a.post("/accounts", linkBody(kDemoAccounts[1]));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("account_already_linked"));
    r = a.post("/accounts", linkBody(kDemoAccounts[3]));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("account_limit"));
    const QJsonArray list = a.get("/accounts").json.array();
    QCOMPARE(list.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(list[i].toObject().value("id").toString(), ids[i]);
}

void TestApiAccounts::renameAndUnlink()
{
    ApiCaller a = api();
    consentedUser(a, "rename@example.ru");
    const QString id = linkAccount(a, kDemoAccounts[0]);
    ApiCaller::Reply r = a.send("PATCH", "/accounts/" + id, R"({"alias":"  Дача  "})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("alias").toString(), QStringLiteral("Дача"));
    QCOMPARE(a.get("/accounts").json.array().first().toObject().value("alias").toString(), QStringLiteral("Дача"));
    r = a.send("PATCH", "/accounts/" + id, QJsonDocument(QJsonObject{{"alias", QString(41, 'x')}}).toJson());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("alias_too_long"));
    r = a.send("PATCH", "/accounts/" + id, R"({"alias":5})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("field_type"));
    // No alias said, or null: refused, not a server error.
    for (const QByteArray& body : {QByteArray("{}"), QByteArray(R"({"alias":null})")}) {
        r = a.send("PATCH", "/accounts/" + id, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("field_required"));
    }
    // Control characters and direction overrides are refused as typed.
    for (const QString& alias : {QStringLiteral("Да\u0000ча"), QStringLiteral("Да\tча"), QStringLiteral("Дача\n"),
                                 QStringLiteral("\u202eачаД")}) {
        r = a.send("PATCH", "/accounts/" + id, QJsonDocument(QJsonObject{{"alias", alias}}).toJson());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("control_characters"));
        QVERIFY(r.errorMessage().contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))));
    }
    QCOMPARE(a.get("/accounts").json.array().first().toObject().value("alias").toString(), QStringLiteral("Дача"));
    r = a.post("/accounts/" + id + "/pin-request",
               {{"full_name", QStringLiteral("Иванов\u0000Иван")}, {"email", "ivanov@example.ru"}, {"phone", ""}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("control_characters"));

    QCOMPARE(a.send("DELETE", "/accounts/" + id, {}).status, 204);
    QCOMPARE(a.get("/accounts").json.array().size(), 0);
    const ApiCaller::Reply gone = a.get("/accounts/" + id + "/services");
    QCOMPARE(gone.errorCode(), QStringLiteral("account_not_found"));
    // Not the linking dialog's message: nothing is being connected here.
    QVERIFY2(!gone.errorMessage().contains(QStringLiteral("подключить")), qPrintable(gone.errorMessage()));
    QCOMPARE(a.send("DELETE", "/accounts/" + id, {}).status, 404);
    // «Если Вы случайно удалите не тот лицевой счет, его всегда можно добавить снова.»
    QCOMPARE(linkAccount(a, kDemoAccounts[0]), id);
    QCOMPARE(a.get("/accounts").json.array().first().toObject().value("alias").toString(), QString());
}

void TestApiAccounts::extendedByEachMethod_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("account");
    QTest::newRow("meter_serial") << "meter_serial" << 0;
    QTest::newRow("last_charge") << "last_charge" << 1;
    QTest::newRow("pin") << "pin" << 2;
}

void TestApiAccounts::extendedByEachMethod()
{
    QFETCH(QString, method);
    QFETCH(int, account);
    const DemoAccount& demo = kDemoAccounts[account];
    ApiCaller a = api();
    consentedUser(a, "unlock-" + method + "@example.ru");
    const QString id = linkAccount(a, demo);
    QCOMPARE(a.get("/accounts/" + id + "/subscriber").errorCode(), QStringLiteral("extended_required"));
    ApiCaller::Reply r = a.post("/accounts/" + id + "/extended", {{"method", "passport"}, {"answer", "1"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("extended_method_invalid"));
    const QString answer = method == "meter_serial"  ? QString::fromLatin1(demo.serial)
                           : method == "last_charge" ? QString::fromLatin1(demo.lastCharge)
                                                     : QString::fromLatin1(demo.pin);
    r = a.post("/accounts/" + id + "/extended", {{"method", method}, {"answer", answer}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("access").toString(), QStringLiteral("extended"));
    QCOMPARE(a.get("/accounts").json.array().first().toObject().value("access").toString(), QStringLiteral("extended"));
    QCOMPARE(a.get("/accounts/" + id + "/subscriber").status, 200);
    // Unlocking again is harmless.
    QCOMPARE(a.post("/accounts/" + id + "/extended", {{"method", method}, {"answer", "0"}}).status, 200);
}

namespace {
// Every text and whole number in a JSON answer, as a person would copy it
// into the answer field (amounts also without their minus).
void collectShown(const QJsonValue& v, QSet<QString>* out)
{
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectShown(item, out);
    } else if (v.isObject()) {
        for (const QJsonValue& item : v.toObject())
            collectShown(item, out);
    } else if (v.isDouble() && v.toDouble() == double(v.toInteger())) {
        out->insert(QString::number(v.toInteger()));
        out->insert(QString::number(qAbs(v.toInteger())));
    } else if (v.isString() && !v.toString().trimmed().isEmpty()) {
        out->insert(v.toString());
    }
}
} // namespace

// The table of docs/demo.md whole: the four above and the demo user's two.
const DemoAccount kAllDemoAccounts[] = {kDemoAccounts[0],
                                        kDemoAccounts[1],
                                        kDemoAccounts[2],
                                        kDemoAccounts[3],
                                        {"severogorsk", "0412345678", "61234537", "31472", "204517"},
                                        {"zarechye", "630100012345", "48151623", "28950", "731904"}};

void TestApiAccounts::noLimitedValueIsAnAnswer_data()
{
    QTest::addColumn<int>("account");
    for (int i = 0; i < int(std::size(kAllDemoAccounts)); ++i)
        QTest::newRow(kAllDemoAccounts[i].number) << i;
}

// Manual 4.7.2.2 with issue-proof answers: whatever the limited version
// shows (its services with their tariffs, meters, all readings, payments,
// the receipt of the month, the same through /sync) unlocks nothing, and
// trying it costs the owner no attempt: the right answers still work after.
void TestApiAccounts::noLimitedValueIsAnAnswer()
{
    QFETCH(int, account);
    const DemoAccount& demo = kAllDemoAccounts[account];
    ApiCaller a = api();
    consentedUser(a, QStringLiteral("shown%1@example.ru").arg(account));
    const QString id = linkAccount(a, demo);
    const QString base = "/accounts/" + id;
    QSet<QString> shown;
    collectShown(a.get("/accounts").json.array(), &shown);
    for (const char* section : {"/services", "/meters", "/payments", "/invoice"}) {
        const ApiCaller::Reply r = a.get(base + section);
        QCOMPARE(r.status, 200);
        collectShown(r.json.isArray() ? QJsonValue(r.json.array()) : QJsonValue(r.json.object()), &shown);
    }
    for (const QJsonValue& m : a.get(base + "/meters").json.array()) {
        const ApiCaller::Reply r =
            a.get(base + "/meters/" + m.toObject().value("id").toString() + "/readings?from=1900-01-01");
        QVERIFY(r.json.array().size() >= 24);
        collectShown(r.json.array(), &shown);
    }
    const QJsonObject sync = a.get("/sync").object();
    collectShown(sync.value("accounts"), &shown);
    collectShown(sync.value("changes"), &shown);
    QVERIFY(shown.size() > 100);
    // The fixed ТО ВДГО tariff and a payment of exactly a month's charge are among them.
    QVERIFY(shown.contains(
        QString::number(a.get(base + "/services").json.array().at(1).toObject().value("tariff_kop").toInteger())));

    for (const QString& value : std::as_const(shown)) {
        bool number = false;
        value.toLongLong(&number);
        for (const char* method : {"meter_serial", "last_charge", "pin"}) {
            if (!number && method == QLatin1String("last_charge"))
                continue; // not an amount: never a last charge

            const ApiCaller::Reply r = a.post(base + "/extended", {{"method", method}, {"answer", value}});
            QVERIFY2(r.status == 400, qPrintable(QStringLiteral("%1 = %2 → %3").arg(method, value).arg(r.status)));
            QVERIFY2(r.errorCode() == QLatin1String("extended_answer_visible"),
                     qPrintable(QStringLiteral("%1 = %2 → %3").arg(method, value, r.errorCode())));
        }
    }
    // Nothing of that was counted: each right answer still opens the account.
    for (const auto& [method, answer] :
         {std::pair{"last_charge", demo.lastCharge}, {"meter_serial", demo.serial}, {"pin", demo.pin}}) {
        QVERIFY2(!shown.contains(QString::fromLatin1(answer)), answer);
        const ApiCaller::Reply r = a.post(base + "/extended", {{"method", method}, {"answer", answer}});
        QCOMPARE(r.status, 200);
        QCOMPARE(a.send("DELETE", base, {}).status, 204);
        QCOMPARE(linkAccount(a, demo), id);
    }
}

void TestApiAccounts::wrongAnswersAreCountedPerDay()
{
    ApiCaller a = api();
    consentedUser(a, "wrong@example.ru");
    const DemoAccount& demo = kDemoAccounts[3];
    const QString id = linkAccount(a, demo);
    const QString url = "/accounts/" + id + "/extended";
    const QJsonObject wrongAnswers[] = {{{"method", "meter_serial"}, {"answer", "00000000"}},
                                        {{"method", "last_charge"}, {"answer", "1234567"}},
                                        {{"method", "last_charge"}, {"answer", "сто"}},
                                        {{"method", "pin"}, {"answer", "000000"}},
                                        {{"method", "pin"}, {"answer", ""}}};
    for (const QJsonObject& body : wrongAnswers) {
        const ApiCaller::Reply r = a.post(url, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("extended_answer_wrong"));
    }
    const QJsonObject right{{"method", "pin"}, {"answer", demo.pin}};
    ApiCaller::Reply r = a.post(url, right);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), QStringLiteral("extended_attempts_exceeded"));
    const int retryAfter = r.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 23 * 3600 && retryAfter <= 24 * 3600, r.headers.value("retry-after"));
    // Access tokens live 15 minutes: sign in again after moving the clock.
    auto signIn = [&] {
        a.setBearer(
            a.post("/auth/login", credentials("wrong@example.ru", "pass1")).object().value("access_token").toString());
    };
    m_server.advanceClock(12 * 3600);
    signIn();
    QCOMPARE(a.post(url, right).status, 429);
    m_server.advanceClock(12 * 3600 + 60);
    signIn();
    r = a.post(url, right);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("access").toString(), QStringLiteral("extended"));
}

// A new login brings no new guesses: two users spend the account's daily
// budget, and a third is refused even with the right PIN, told when to try
// again; a day later the right PIN opens it.
void TestApiAccounts::wrongAnswersAreCountedPerAccountToo()
{
    const DemoAccount& demo = kDemoAccounts[3];
    QString id;
    for (const char* login : {"guess1@example.ru", "guess2@example.ru"}) {
        ApiCaller a = api();
        consentedUser(a, login);
        id = linkAccount(a, demo);
        for (int i = 0; i < rules::kMaxExtendedAttemptsPerDay; ++i) {
            const ApiCaller::Reply r =
                a.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", QString::number(100000 + i)}});
            QCOMPARE(r.errorCode(), QStringLiteral("extended_answer_wrong"));
        }
    }
    ApiCaller owner = api();
    consentedUser(owner, "guess3@example.ru");
    QCOMPARE(linkAccount(owner, demo), id);
    const QJsonObject right{{"method", "pin"}, {"answer", demo.pin}};
    ApiCaller::Reply r = owner.post("/accounts/" + id + "/extended", right);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), QStringLiteral("extended_attempts_exceeded"));
    const int retryAfter = r.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 23 * 3600 && retryAfter <= 24 * 3600, r.headers.value("retry-after"));
    // «…через 23 ч 59 мин…»: when, in the message itself.
    const int minutes = (retryAfter + 59) / 60;
    QVERIFY2(r.errorMessage().contains(QStringLiteral("через %1 ч %2 мин").arg(minutes / 60).arg(minutes % 60)),
             qPrintable(r.errorMessage()));
    m_server.advanceClock(24 * 3600 + 60);
    owner.setBearer(
        owner.post("/auth/login", credentials("guess3@example.ru", "pass1")).object().value("access_token").toString());
    r = owner.post("/accounts/" + id + "/extended", right);
    QCOMPARE(r.status, 200);
}

void TestApiAccounts::pinRequestLandsInOutbox()
{
    ApiCaller a = api();
    consentedUser(a, "pin@example.ru");
    const QString id = linkAccount(a, kDemoAccounts[2]);
    const QString url = "/accounts/" + id + "/pin-request";
    const QJsonObject bad[] = {{{"full_name", ""}, {"email", "pin@example.ru"}},
                               {{"full_name", "Иванов Иван"}, {"email", "not-an-address"}},
                               {{"full_name", "Иванов Иван"}, {"email", "pin@example.ru"}, {"phone", "12"}}};
    for (const QJsonObject& body : bad) {
        const ApiCaller::Reply r = a.post(url, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("pin_request_invalid"));
    }
    const ApiCaller::Reply r =
        a.post(url, {{"full_name", "Иванов Иван Иванович"}, {"email", "Owner@Example.ru"}, {"phone", "+79120000001"}});
    QCOMPARE(r.status, 202);
    // The demo server approves at once; tst_pin_requests covers the company's decision.
    const QString pin = lastCode(a, "owner@example.ru");
    QVERIFY2(QRegularExpression("^[0-9]{6}$").match(pin).hasMatch(), qPrintable(pin));
    const QJsonObject message = a.get("/demo/outbox?to=owner%40example.ru").json.array().first().toObject();
    QVERIFY(message.value("body").toString().contains(pin));
    QVERIFY(message.value("body").toString().contains(QString::fromLatin1(kDemoAccounts[2].number)));
    // The new PIN unlocks the account; the printed one no longer does.
    QCOMPARE(a.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", kDemoAccounts[2].pin}}).status,
             400);
    QCOMPARE(a.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", pin}}).status, 200);
}

void TestApiAccounts::limitedAccessShaping()
{
    ApiCaller a = api();
    consentedUser(a, "limited@example.ru");
    const QString id = linkAccount(a, kDemoAccounts[0]);
    const QString base = "/accounts/" + id;
    const ApiCaller::Reply meters = a.get(base + "/meters");
    QCOMPARE(meters.status, 200);
    const Meter m = Meter::fromJson(meters.json.array().first().toObject());
    QCOMPARE(m.serial, rules::maskSerial(QString::fromLatin1(kDemoAccounts[0].serial)));
    QCOMPARE(m.serial, QStringLiteral("7****12"));
    QVERIFY(!meters.body.contains(kDemoAccounts[0].serial));
    QCOMPARE(a.get(base + "/services").status, 200);
    QVERIFY(a.get(base + "/services").json.array().size() >= 2);
    QVERIFY(a.get(base + "/payments").json.array().size() > 10);
    QVERIFY(a.get(base + "/meters/" + m.id + "/readings").json.array().size() >= 11);
    for (const char* section :
         {"/subscriber", "/settlements", "/contracts", "/contracts?archive=true", "/acts", "/acts/anything"}) {
        const ApiCaller::Reply r = a.get(base + section);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("extended_required"));
        QVERIFY(!r.errorMessage().isEmpty());
    }
}

void TestApiAccounts::extendedAccessData()
{
    ApiCaller a = api();
    a.setBearer(
        a.post("/auth/login", credentials("demo@mygas.example", "demo1")).object().value("access_token").toString());
    const QJsonArray accounts = a.get("/accounts").json.array();
    QCOMPARE(accounts.size(), 2);
    const Account extended = Account::fromJson(accounts[0].toObject());
    QCOMPARE(extended.access, Access::Extended);
    QCOMPARE(Account::fromJson(accounts[1].toObject()).access, Access::Limited);
    const QString base = "/accounts/" + extended.id;

    // Shapes are exactly the models' JSON.
    const QJsonArray meters = a.get(base + "/meters").json.array();
    const Meter m = Meter::fromJson(meters.first().toObject());
    QCOMPARE(m.toJson(), meters.first().toObject());
    QCOMPARE(m.serial, QStringLiteral("61234537"));
    QVERIFY(m.nextVerificationDate.isValid() && m.avgMonthlyM3 > 0 && m.lastReading > 0);

    const QJsonArray readings = a.get(base + "/meters/" + m.id + "/readings").json.array();
    QVERIFY(readings.size() >= 11 && readings.size() <= 13);
    QDate previous;
    for (const QJsonValue& v : readings) {
        const Reading r = Reading::fromJson(v.toObject());
        QCOMPARE(r.toJson(), v.toObject());
        QCOMPARE(r.meterId, m.id);
        QVERIFY(!previous.isValid() || r.date > previous);
        previous = r.date;
    }
    QCOMPARE(Reading::fromJson(readings.last().toObject()).value, m.lastReading);
    const QString from = readings.first().toObject().value("date").toString();
    QCOMPARE(a.get(base + "/meters/" + m.id + "/readings?from=" + from + "&to=" + from).json.array().size(), 1);
    QCOMPARE(a.get(base + "/meters/" + m.id + "/readings?from=2020-13-01").status, 400);
    QCOMPARE(a.get(base + "/meters/nope/readings").status, 404);

    const QJsonArray payments = a.get(base + "/payments").json.array();
    for (int i = 1; i < payments.size(); ++i)
        QVERIFY(Payment::fromJson(payments[i - 1].toObject()).date >= Payment::fromJson(payments[i].toObject()).date);
    QVERIFY(!Payment::fromJson(payments.first().toObject()).place.isEmpty());

    const QJsonObject subscriber = a.get(base + "/subscriber").object();
    const Subscriber s = Subscriber::fromJson(subscriber);
    QCOMPARE(s.toJson(), subscriber);
    QCOMPARE(s.number, QStringLiteral("0412345678"));
    QVERIFY(!s.ownerName.isEmpty() && !s.equipment.isEmpty() && !s.regimes.isEmpty() && s.residents > 0);

    const QJsonArray settlements = a.get(base + "/settlements").json.array();
    QVERIFY(settlements.size() >= 24);
    int open = 0;
    for (const QJsonValue& v : settlements) {
        const Settlement st = Settlement::fromJson(v.toObject());
        QCOMPARE(st.toJson(), v.toObject());
        if (!st.closingKop) {
            ++open;
            continue;
        }
        QCOMPARE(*st.closingKop, st.openingKop - st.chargedKop + st.paidKop + st.recalculationKop);
    }
    QVERIFY(open >= 2);
    const QString lastPeriod = settlements.last().toObject().value("period").toString();
    QCOMPARE(a.get(base + "/settlements?from=" + lastPeriod + "&to=" + lastPeriod).json.array().size(), open);
    for (const char* bad : {"?from=2024-13", "?from=2024-1", "?to=abc", "?from=2024-05&to=2024-01"}) {
        const ApiCaller::Reply r = a.get(base + "/settlements" + bad);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("period_invalid"));
    }

    const QJsonArray active = a.get(base + "/contracts").json.array();
    const QJsonArray archive = a.get(base + "/contracts?archive=true").json.array();
    QVERIFY(active.size() >= 2 && archive.size() >= 1);
    for (const QJsonValue& v : active)
        QVERIFY(Contract::fromJson(v.toObject()).active);
    for (const QJsonValue& v : archive)
        QVERIFY(!Contract::fromJson(v.toObject()).active && Contract::fromJson(v.toObject()).dateTo.isValid());
    QCOMPARE(a.get(base + "/contracts?archive=maybe").status, 400);

    const QJsonArray acts = a.get(base + "/acts").json.array();
    QVERIFY(acts.size() >= 2);
    const Act act = Act::fromJson(a.get(base + "/acts/" + acts.first().toObject().value("id").toString()).object());
    qint64 sum = 0;
    for (const ActWork& w : act.works)
        sum += w.costKop;
    QVERIFY(act.works.size() >= 2);
    QCOMPARE(sum, act.totalKop);
    QCOMPARE(a.get(base + "/acts/nope").status, 404);
}

void TestApiAccounts::otherUsersAccountIsNotFound_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QByteArray none;
    QTest::newRow("services") << QByteArray("GET") << "/services" << none;
    QTest::newRow("meters") << QByteArray("GET") << "/meters" << none;
    QTest::newRow("readings") << QByteArray("GET") << "/meters/{meter}/readings" << none;
    QTest::newRow("payments") << QByteArray("GET") << "/payments" << none;
    QTest::newRow("subscriber") << QByteArray("GET") << "/subscriber" << none;
    QTest::newRow("settlements") << QByteArray("GET") << "/settlements?from=2020-01" << none;
    QTest::newRow("contracts") << QByteArray("GET") << "/contracts" << none;
    QTest::newRow("archive") << QByteArray("GET") << "/contracts?archive=true" << none;
    QTest::newRow("acts") << QByteArray("GET") << "/acts" << none;
    QTest::newRow("act") << QByteArray("GET") << "/acts/{act}" << none;
    QTest::newRow("rename") << QByteArray("PATCH") << "" << QByteArray(R"({"alias":"чужой"})");
    QTest::newRow("unlink") << QByteArray("DELETE") << "" << none;
    QTest::newRow("extended") << QByteArray("POST") << "/extended"
                              << QByteArray(R"({"method":"meter_serial","answer":"61234537"})");
    QTest::newRow("pin-request") << QByteArray("POST") << "/pin-request"
                                 << QByteArray(R"({"full_name":"Чужой","email":"b@example.ru"})");
}

void TestApiAccounts::otherUsersAccountIsNotFound()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    // User A: the demo user with the extended account 0412345678.
    ApiCaller owner = api();
    owner.setBearer(owner.post("/auth/login", credentials("demo@mygas.example", "demo1"))
                        .object()
                        .value("access_token")
                        .toString());
    const QString id = owner.get("/accounts").json.array().first().toObject().value("id").toString();
    const QString meter =
        owner.get("/accounts/" + id + "/meters").json.array().first().toObject().value("id").toString();
    const QString act = owner.get("/accounts/" + id + "/acts").json.array().first().toObject().value("id").toString();
    QVERIFY(!meter.isEmpty() && !act.isEmpty());
    QString suffix = path;
    suffix.replace("{meter}", meter).replace("{act}", act);

    static QString stranger;
    ApiCaller b = api();
    if (stranger.isEmpty())
        stranger = consentedUser(b, "stranger@example.ru");
    b.setBearer(stranger);
    for (const QString& accountId : {id, QStringLiteral("999999"), QStringLiteral("abc")}) {
        const ApiCaller::Reply r = b.send(verb, "/accounts/" + accountId + suffix, body);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("account_not_found"));
    }
    // Nothing of A's changed.
    const Account still = Account::fromJson(owner.get("/accounts").json.array().first().toObject());
    QCOMPARE(still.id, id);
    QCOMPARE(still.alias, QString());
    QCOMPARE(still.access, Access::Extended);
    QCOMPARE(owner.get("/accounts/" + id + "/services").status, 200);
    QVERIFY(b.get("/demo/outbox?to=b%40example.ru").json.array().isEmpty());
}

namespace {

// The differences between an object the server sent and the same object read
// into the models' type and written back: "" when they are the same, so the
// client and the server agree on every field's name, type and form.
template <typename T> QString notTheModel(const QString& where, const QJsonValue& sent)
{
    const QJsonObject o = sent.toObject();
    const QJsonObject back = T::fromJson(o).toJson();
    if (o.isEmpty())
        return where + QStringLiteral(": not an object");
    if (back == o)
        return {};
    return where + QStringLiteral(":\n sent  ") + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) +
           QStringLiteral("\n model ") + QString::fromUtf8(QJsonDocument(back).toJson(QJsonDocument::Compact));
}

template <typename T> void collect(QStringList* out, const QString& where, const QJsonArray& list)
{
    if (list.isEmpty()) {
        out->append(where + QStringLiteral(": no rows to compare"));
        return;
    }
    for (const QJsonValue& v : list) {
        if (QString d = notTheModel<T>(where, v); !d.isEmpty())
            out->append(d);
    }
}

} // namespace

// Every section and list the server sends, in both versions of an account,
// is exactly the JSON of the models' types (models/): one shape, written once.
void TestApiAccounts::everyAnswerIsTheModelsJson()
{
    ApiCaller a = api();
    a.setBearer(
        a.post("/auth/login", credentials("demo@mygas.example", "demo1")).object().value("access_token").toString());
    QStringList bad;
    const QJsonArray accounts = a.get("/accounts").json.array();
    QCOMPARE(accounts.size(), 2);
    collect<Account>(&bad, "accounts", accounts);
    collect<Company>(&bad, "companies", a.get("/companies").json.array());
    collect<Office>(&bad, "offices", a.get("/offices").json.array());
    collect<FaqTopic>(&bad, "faq", a.get("/faq").json.array());
    for (const QJsonValue& entry : accounts) {
        const Account account = Account::fromJson(entry.toObject());
        const QString base = "/accounts/" + account.id;
        const QString level = account.access == Access::Extended ? "extended " : "limited ";
        collect<ServiceInfo>(&bad, level + "services", a.get(base + "/services").json.array());
        const QJsonArray meters = a.get(base + "/meters").json.array();
        collect<Meter>(&bad, level + "meters", meters);
        for (const QJsonValue& m : meters) {
            const QString id = m.toObject().value("id").toString();
            collect<Reading>(&bad, level + "readings", a.get(base + "/meters/" + id + "/readings").json.array());
        }
        collect<Payment>(&bad, level + "payments", a.get(base + "/payments").json.array());
        const ApiCaller::Reply invoice = a.get(base + "/invoice");
        QCOMPARE(invoice.status, 200);
        if (QString d = notTheModel<Invoice>(level + "invoice", invoice.json.object()); !d.isEmpty())
            bad.append(d);
        if (account.access != Access::Extended)
            continue;
        if (QString d = notTheModel<Subscriber>("subscriber", a.get(base + "/subscriber").json.object()); !d.isEmpty())
            bad.append(d);
        collect<Settlement>(&bad, "settlements", a.get(base + "/settlements").json.array());
        collect<Contract>(&bad, "contracts", a.get(base + "/contracts").json.array());
        collect<Contract>(&bad, "contracts archive", a.get(base + "/contracts?archive=true").json.array());
        const QJsonArray acts = a.get(base + "/acts").json.array();
        collect<Act>(&bad, "acts", acts);
        for (const QJsonValue& act : acts) {
            const QString id = act.toObject().value("id").toString();
            if (QString d = notTheModel<Act>("act", a.get(base + "/acts/" + id).json.object()); !d.isEmpty())
                bad.append(d);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestApiAccounts)
#include "tst_api_accounts.moc"
