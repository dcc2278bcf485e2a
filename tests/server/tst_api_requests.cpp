// «Заявки» of an account (manual 4.4): «Заявка на ТО» and «Заявка на
// перерасчет» are «В обработке» at once, listed and synced with their
// history; every rule of the manual and of the company at its boundary with
// a Russian message and nothing written; the same Idempotency-Key makes one
// request; the limited version is refused and another user's account is
// not found.
#include "models/core/ApiTypes.h"
#include "models/requests/RequestTypes.h"
#include "tests/server/ApiTestHelpers.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace mygas;
using namespace apitest;

class TestApiRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void maintenanceRequestIsInProgressAtOnce();
    void recalculationKeepsTheFieldsOfItsReason();
    void sameKeyMakesOneRequest();
    void rulesOfTheManualAndTheCompany_data();
    void rulesOfTheManualAndTheCompany();
    void limitedVersionAndOtherUsers();

private:
    ApiCaller::Reply post(ApiCaller& a, const QString& account, const QJsonObject& body, const QByteArray& key);
    QJsonArray list(ApiCaller& a, const QString& account)
    {
        return a.get("/accounts/" + account + "/requests").json.array();
    }
    QString day(int offset) const { return m_today.addDays(offset).toString(Qt::ISODate); }

    ServerProcess m_server;
    ApiCaller m_a;
    QString m_extended; // severogorsk: the company plans 30 days ahead
    QString m_limited;  // lesnogorsk, limited
    QStringList m_works;
    QDate m_today; // the company's
    int m_keys = 0;
};

void TestApiRequests::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString()));
    m_a.setCaFile(m_server.caFile());
    Company severogorsk;
    for (const QJsonValue& v : m_a.get("/companies").json.array()) {
        if (v.toObject().value("id").toString() == "severogorsk")
            severogorsk = Company::fromJson(v.toObject());
    }
    QCOMPARE(severogorsk.requestHorizonDays, 30);
    m_works = severogorsk.maintenanceWorks;
    QVERIFY(m_works.size() >= 3);
    // Noon of a fixed day in the company's zone, so that no date here falls
    // on the company's midnight.
    m_today = QDate(2027, 3, 10);
    const QDateTime noon(m_today, QTime(12, 0), QTimeZone(severogorsk.timeZone.toLatin1()));
    m_server.setClockOffset(noon.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch());

    consentedUser(m_a, "requests@example.ru");
    m_extended = linkExtended(m_a, kDemoAccounts[1]);
    QVERIFY(!m_extended.isEmpty());
    m_limited = linkAccount(m_a, kDemoAccounts[0]);
    QVERIFY(!m_limited.isEmpty());
}

ApiCaller::Reply TestApiRequests::post(ApiCaller& a, const QString& account, const QJsonObject& body,
                                       const QByteArray& key)
{
    QMap<QByteArray, QByteArray> headers;
    if (!key.isEmpty())
        headers.insert("Idempotency-Key", key);
    return a.post("/accounts/" + account + "/requests", body, headers);
}

void TestApiRequests::maintenanceRequestIsInProgressAtOnce()
{
    const QString cursor = m_a.get("/sync").object().value("cursor").toString();
    const QJsonObject body{{"kind", "maintenance"},
                           {"work_kind", m_works[1]},
                           {"description", "Плита не зажигается,\nнужна замена"},
                           {"desired_date", day(3)}};
    const ApiCaller::Reply made = post(m_a, m_extended, body, "maintenance-1");
    QCOMPARE(made.status, 201);
    const ServiceRequest r = ServiceRequest::fromJson(made.object());
    QVERIFY(r.id.startsWith(m_extended + "-"));
    QCOMPARE(r.accountId, m_extended);
    QCOMPARE(r.kind, QString(requests::kMaintenance));
    QCOMPARE(r.status, QString(requests::kInProgress));
    QCOMPARE(r.workKind, m_works[1]);
    QCOMPARE(r.description, QString("Плита не зажигается,\nнужна замена")); // as typed, line end included
    QCOMPARE(r.desiredDate, m_today.addDays(3));
    QCOMPARE(r.history.size(), 1);
    QCOMPARE(r.history[0].status, QString(requests::kInProgress));
    QCOMPARE(r.history[0].author, QString(requests::kAbonent));
    const QDateTime at = QDateTime::fromString(r.history[0].at, Qt::ISODate);
    QVERIFY(at.isValid());
    QCOMPARE(at.timeSpec(), Qt::UTC);
    QCOMPARE(r.createdAt, r.history[0].at);

    // Listed (the models' JSON exactly) and in the next sync's delta.
    const QJsonArray listed = list(m_a, m_extended);
    QVERIFY(!listed.isEmpty());
    QCOMPARE(listed.first().toObject(), made.object());
    QCOMPARE(ServiceRequest::fromJson(listed.first().toObject()).toJson(), made.object());
    const QJsonObject delta = m_a.get("/sync?cursor=" + cursor).object();
    const QJsonArray synced = delta.value("changes").toObject().value("requests").toArray();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(synced.first().toObject(), made.object());
}

void TestApiRequests::recalculationKeepsTheFieldsOfItsReason()
{
    // A form that showed other fields before sends them too; the request
    // keeps what its reason asks for.
    const ApiCaller::Reply absence = post(m_a, m_extended,
                                          {{"kind", "recalculation"},
                                           {"reason", "absence"},
                                           {"from_date", day(-20)},
                                           {"to_date", day(-15)},
                                           {"residents", 4},
                                           {"work_kind", m_works[0]}},
                                          "absence-1");
    QCOMPARE(absence.status, 201);
    const ServiceRequest a = ServiceRequest::fromJson(absence.object());
    QCOMPARE(a.reason, QString(requests::kAbsence));
    QCOMPARE(a.fromDate, m_today.addDays(-20));
    QCOMPARE(a.toDate, m_today.addDays(-15));
    QCOMPARE(a.residents, 0);
    QVERIFY(a.workKind.isEmpty());

    const ApiCaller::Reply area =
        post(m_a, m_extended,
             {{"kind", "recalculation"}, {"reason", "heated_area"}, {"from_date", day(0)}, {"heated_area_m2", 84.5}},
             "area-1");
    QCOMPARE(area.status, 201);
    QCOMPARE(ServiceRequest::fromJson(area.object()).heatedAreaM2, 84.5);

    const ApiCaller::Reply residents = post(
        m_a, m_extended,
        {{"kind", "recalculation"}, {"reason", "residents"}, {"from_date", day(-40)}, {"residents", 0}}, "residents-1");
    QCOMPARE(residents.status, 201);
    QCOMPARE(ServiceRequest::fromJson(residents.object()).residents, 0);
    QCOMPARE(ServiceRequest::fromJson(residents.object()).status, QString(requests::kInProgress));
}

void TestApiRequests::sameKeyMakesOneRequest()
{
    const int before = list(m_a, m_extended).size();
    const QJsonObject body{
        {"kind", "maintenance"}, {"work_kind", m_works[0]}, {"description", "Плановое ТО"}, {"desired_date", day(10)}};
    const ApiCaller::Reply first = post(m_a, m_extended, body, "same-key");
    QCOMPARE(first.status, 201);
    const ApiCaller::Reply again = post(m_a, m_extended, body, "same-key");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(list(m_a, m_extended).size(), before + 1);
    // The key with another body: refused, nothing made.
    QJsonObject other = body;
    other["description"] = "Другое";
    const ApiCaller::Reply reused = post(m_a, m_extended, other, "same-key");
    QCOMPARE(reused.status, 422);
    QCOMPARE(reused.errorCode(), QString("idempotency_key_reused"));
    // No key: refused.
    QCOMPARE(post(m_a, m_extended, body, {}).status, 400);
    QCOMPARE(list(m_a, m_extended).size(), before + 1);
}

void TestApiRequests::rulesOfTheManualAndTheCompany_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addColumn<QString>("field");
    const QJsonObject to{
        {"kind", "maintenance"}, {"work_kind", "<first>"}, {"description", "ТО"}, {"desired_date", "<0>"}};
    auto with = [](QJsonObject o, const char* key, const QJsonValue& v) {
        if (v.isUndefined())
            o.remove(key);
        else
            o[key] = v;
        return o;
    };
    QTest::newRow("ТО today") << to << ""
                              << "";
    QTest::newRow("ТО on the horizon's last day") << with(to, "desired_date", "<30>") << ""
                                                  << "";
    QTest::newRow("ТО a day past the horizon") << with(to, "desired_date", "<31>") << "date_too_far"
                                               << "desired_date";
    QTest::newRow("ТО yesterday") << with(to, "desired_date", "<-1>") << "desired_date_past"
                                  << "desired_date";
    QTest::newRow("ТО without a date") << with(to, "desired_date", QJsonValue::Undefined) << "field_required"
                                       << "desired_date";
    QTest::newRow("ТО date not a date") << with(to, "desired_date", "10.03.2027") << "field_type"
                                        << "desired_date";
    QTest::newRow("ТО date a number") << with(to, "desired_date", 20270310) << "field_type"
                                      << "desired_date";
    QTest::newRow("work not in the list") << with(to, "work_kind", "Покраска труб") << "work_kind_invalid"
                                          << "work_kind";
    QTest::newRow("no description") << with(to, "description", "   ") << "description_required"
                                    << "description";
    QTest::newRow("description of 1000") << with(to, "description", QString(1000, QChar(0x0436))) << ""
                                         << "";
    QTest::newRow("description of 1001") << with(to, "description", QString(1001, QChar(0x0436)))
                                         << "description_too_long"
                                         << "description";
    QTest::newRow("description with a bell") << with(to, "description", QString("ТО\aсрочно")) << "control_characters"
                                             << "description";
    QTest::newRow("unknown kind") << with(to, "kind", "repair") << "request_kind_invalid"
                                  << "kind";

    const QJsonObject re{{"kind", "recalculation"}, {"reason", "residents"}, {"from_date", "<-5>"}, {"residents", 3}};
    QTest::newRow("residents 99") << with(re, "residents", 99) << ""
                                  << "";
    QTest::newRow("residents 100") << with(re, "residents", 100) << "residents_invalid"
                                   << "residents";
    QTest::newRow("residents -1") << with(re, "residents", -1) << "residents_invalid"
                                  << "residents";
    QTest::newRow("residents 2.5") << with(re, "residents", 2.5) << "residents_invalid"
                                   << "residents";
    QTest::newRow("residents not given") << with(re, "residents", QJsonValue::Undefined) << "field_required"
                                         << "residents";
    QTest::newRow("residents as text") << with(re, "residents", "3") << "field_type"
                                       << "residents";
    QTest::newRow("no reason") << with(re, "reason", QJsonValue::Undefined) << "recalculation_reason_invalid"
                               << "reason";
    QTest::newRow("no first day") << with(re, "from_date", QJsonValue::Undefined) << "recalculation_date_required"
                                  << "from_date";
    QTest::newRow("first day past the horizon") << with(re, "from_date", "<31>") << "date_too_far"
                                                << "from_date";
    const QJsonObject away{{"kind", "recalculation"}, {"reason", "absence"}, {"from_date", "<1>"}, {"to_date", "<6>"}};
    QTest::newRow("absence of 6 days") << away << ""
                                       << "";
    QTest::newRow("absence of 5 days") << with(away, "to_date", "<5>") << "absence_too_short"
                                       << "to_date";
    QTest::newRow("absence ending before it starts") << with(away, "to_date", "<-1>") << "absence_too_short"
                                                     << "to_date";
    QTest::newRow("absence without its end") << with(away, "to_date", QJsonValue::Undefined) << "absence_too_short"
                                             << "to_date";
    const QJsonObject area{{"kind", "recalculation"}, {"reason", "heated_area"}, {"from_date", "<0>"}};
    QTest::newRow("area 0") << with(area, "heated_area_m2", 0) << "heated_area_invalid"
                            << "heated_area_m2";
    QTest::newRow("area 10000") << with(area, "heated_area_m2", 10000) << ""
                                << "";
    QTest::newRow("area 10000.5") << with(area, "heated_area_m2", 10000.5) << "heated_area_invalid"
                                  << "heated_area_m2";
}

void TestApiRequests::rulesOfTheManualAndTheCompany()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    // "<n>": the company's today plus n days; "<first>": its first kind of work.
    static const QRegularExpression dayRef(QStringLiteral("^<(-?[0-9]+)>$"));
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString text = it.value().toString();
        if (const QRegularExpressionMatch m = dayRef.match(text); m.hasMatch())
            it.value() = day(m.captured(1).toInt());
        else if (text == "<first>")
            it.value() = m_works.first();
    }
    const int before = list(m_a, m_extended).size();
    const ApiCaller::Reply r = post(m_a, m_extended, body, QByteArray("rule-") + QByteArray::number(++m_keys));
    if (code.isEmpty()) {
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(list(m_a, m_extended).size(), before + 1);
        return;
    }
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
    const QJsonObject e = r.object().value("error").toObject();
    QCOMPARE(e.value("field").toString(), field);
    // A message for a person, in Russian.
    QVERIFY2(e.value("message").toString().contains(QRegularExpression("[а-яА-Я]")), r.body.constData());
    QCOMPARE(list(m_a, m_extended).size(), before);
}

void TestApiRequests::limitedVersionAndOtherUsers()
{
    const QJsonObject body{
        {"kind", "maintenance"}, {"work_kind", m_works[0]}, {"description", "ТО"}, {"desired_date", day(1)}};
    const ApiCaller::Reply limitedPost = post(m_a, m_limited, body, "limited-1");
    QCOMPARE(limitedPost.status, 403);
    QCOMPARE(limitedPost.errorCode(), QString("extended_required"));
    QCOMPARE(m_a.get("/accounts/" + m_limited + "/requests").status, 403);

    ApiCaller b(m_server.apiUrl(QString()), m_server.caFile());
    consentedUser(b, "requests-b@example.ru");
    const int before = list(m_a, m_extended).size();
    QVERIFY(before > 0);
    QCOMPARE(post(b, m_extended, body, "b-1").status, 404);
    QCOMPARE(b.get("/accounts/" + m_extended + "/requests").status, 404);
    QCOMPARE(list(m_a, m_extended).size(), before);
    // The same key from another user is that user's own.
    const ApiCaller::Reply sameKey = post(b, m_extended, body, "maintenance-1");
    QCOMPARE(sameKey.status, 404);
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_api_requests.moc"
