// «Договоры» (manual 4.5) against the real server: a draft made, saved as
// typed and continued from a second session (another PC), refused steps
// naming their field, «Отправить на рассмотрение», every operator step
// including «Принята» with its history, the abonent's answer; two abonents
// and two companies apart; `mygas-server operator` on applications.
#include "models/applications/ApplicationTypes.h"
#include "models/core/ApiTypes.h"
#include "tests/server/ApiTestHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace mygas;
using namespace apitest;

namespace {
const QString kOperatorS = QStringLiteral("operator@severogorsk.example"); // the demo's
const QString kOperatorL = QStringLiteral("operator@lesnogorsk.example");  // added by the command

QJsonObject person()
{
    return {{"full_name", "Петрова Анна Сергеевна"},
            {"residence_address", "г. Северогорск, ул. Лесная, д. 3"},
            {"id_document", "passport"},
            {"id_number", "4510 123456"},
            {"id_issued", "ОВД Северного района, 12.04.2015"}};
}

// «Договор на поставку газа» filled in, every section of its object step.
QJsonObject supplyForm()
{
    QJsonObject f = person();
    f.insert("object_type", "house");
    f.insert("object_address", "п. Сосновка, ул. Полевая, д. 7");
    f.insert("ownership", "Выписка ЕГРН от 01.02.2027");
    f.insert("equipment", QJsonArray{QJsonObject{{"kind", "stove"}, {"model", "Гефест 3200"}, {"count", "1"}},
                                     QJsonObject{{"kind", "boiler"}, {"model", "Navien Deluxe"}, {"count", "1"}}});
    f.insert("meters",
             QJsonArray{QJsonObject{
                 {"meter_type", "СГМН-1 G6"}, {"meter_place", "кухня"}, {"last_verification", "2026-05-14"}}});
    f.insert("residents", "3");
    f.insert("living_area", "72,5");
    f.insert("email", "anna@example.ru");
    f.insert("phone", "8 912 345-67-89");
    return f;
}
} // namespace

class TestApiApplications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftContinuedOnAnotherPc();
    void stepsNameTheirMissingField();
    void submittedThroughEveryStatus();
    void usersAndCompaniesApart();
    void companyAndTypeChecked();
    void operatorCommandLine();
    void demoOperatorMovesAnApplicationAlong();

private:
    struct Run
    {
        int rc = -1;
        QString output;
    };
    Run command(const QStringList& args, const QString& password) const;
    ApiCaller::Reply create(ApiCaller& a, const QString& type, const QJsonObject& form,
                            const QString& company = "severogorsk");
    ApiCaller::Reply save(ApiCaller& a, const ContractApplication& app, const QJsonObject& form);
    ApiCaller::Reply submit(ApiCaller& a, const ContractApplication& app, const QJsonObject& form);
    ApiCaller::Reply step(ApiCaller& op, const QString& id, const QString& status, const QString& comment = {});
    ContractApplication listed(ApiCaller& a, const QString& id);

    ServerProcess m_server;
    ApiCaller m_a;  // an abonent
    ApiCaller m_a2; // the same person on another PC
    ApiCaller m_b;  // another abonent
    ApiCaller m_opS;
    ApiCaller m_opL;
    int m_keys = 0;
};

void TestApiApplications::initTestCase()
{
    QString error;
    ServerProcess::Options options;
    options.extraArgs = {"--demo-operator-delay", "86400"}; // the demo operator stays away here
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    for (ApiCaller* a : {&m_a, &m_a2, &m_b}) {
        a->setBase(m_server.apiUrl(QString()));
        a->setCaFile(m_server.caFile());
    }
    // 10 March 2027, noon in Severogorsk: dates are judged by its calendar.
    Company severogorsk;
    for (const QJsonValue& v : m_a.get("/companies").json.array()) {
        if (v.toObject().value("id").toString() == "severogorsk")
            severogorsk = Company::fromJson(v.toObject());
    }
    const QDateTime noon(QDate(2027, 3, 10), QTime(12, 0), QTimeZone(severogorsk.timeZone.toLatin1()));
    m_server.setClockOffset(noon.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch());

    consentedUser(m_a, "applicant@example.ru");
    signIn(m_a2, m_server, "applicant@example.ru", "pass1");
    consentedUser(m_b, "neighbour@example.ru");
    QProcess add;
    add.start(ServerProcess::binary(),
              {"operator", "add", "--db", m_server.databaseUrl(), "--company", "lesnogorsk", "--login", kOperatorL});
    add.write("les7op\n");
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(60000));
    QCOMPARE(add.exitCode(), 0);
    signIn(m_opS, m_server, kOperatorS, "oper1");
    signIn(m_opL, m_server, kOperatorL, "les7op");
}

TestApiApplications::Run TestApiApplications::command(const QStringList& args, const QString& password) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MYGAS_OPERATOR_PASSWORD", password);
    p.setProcessEnvironment(env);
    p.start(ServerProcess::binary(), args);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

ApiCaller::Reply TestApiApplications::create(ApiCaller& a, const QString& type, const QJsonObject& form,
                                             const QString& company)
{
    return a.post("/applications", {{"company_id", company}, {"type", type}, {"form", form}},
                  {{"Idempotency-Key", "new-" + QByteArray::number(++m_keys)}});
}

ApiCaller::Reply TestApiApplications::save(ApiCaller& a, const ContractApplication& app, const QJsonObject& form)
{
    const QJsonObject body{{"form", form}, {"version", app.version}};
    return a.send("PUT", "/applications/" + app.id, QJsonDocument(body).toJson(QJsonDocument::Compact),
                  {{"Content-Type", "application/json"}});
}

ApiCaller::Reply TestApiApplications::submit(ApiCaller& a, const ContractApplication& app, const QJsonObject& form)
{
    return a.post("/applications/" + app.id + "/submit", {{"form", form}, {"version", app.version}},
                  {{"Idempotency-Key", "submit-" + QByteArray::number(++m_keys)}});
}

ApiCaller::Reply TestApiApplications::step(ApiCaller& op, const QString& id, const QString& status,
                                           const QString& comment)
{
    QJsonObject body{{"status", status}};
    if (!comment.isNull())
        body.insert("comment", comment);
    return op.post("/operator/applications/" + id + "/status", body);
}

ContractApplication TestApiApplications::listed(ApiCaller& a, const QString& id)
{
    for (const QJsonValue& v : a.get("/applications").json.array()) {
        if (v.toObject().value("id").toString() == id)
            return ContractApplication::fromJson(v.toObject());
    }
    return {};
}

void TestApiApplications::draftContinuedOnAnotherPc()
{
    // A draft with the first step half typed; sent twice with one key, one draft.
    const QJsonObject typed{{"full_name", "Петрова Анна"}, {"residence_address", "г. Северогорск"}};
    const QMap<QByteArray, QByteArray> key{{"Idempotency-Key", "draft-1"}};
    const QJsonObject body{{"company_id", "severogorsk"}, {"type", "supply"}, {"form", typed}};
    const ApiCaller::Reply made = m_a.post("/applications", body, key);
    QCOMPARE(made.status, 201);
    QCOMPARE(m_a.post("/applications", body, key).body, made.body);
    const ContractApplication draft = ContractApplication::fromJson(made.object());
    QCOMPARE(draft.status, QString(applications::kDraft));
    QVERIFY(draft.history.isEmpty());
    QCOMPARE(draft.form, typed);

    // The other PC finds it as typed and goes on; a number keeps its comma.
    const ContractApplication there = listed(m_a2, draft.id);
    QCOMPARE(there.form, typed);
    QJsonObject more = typed;
    more.insert("living_area", "72,5");
    const ApiCaller::Reply saved = save(m_a2, there, more);
    QCOMPARE(saved.status, 200);
    const ContractApplication after = ContractApplication::fromJson(saved.object());
    QVERIFY(after.version > draft.version);
    QCOMPARE(listed(m_a, draft.id).form.value("living_area").toString(), QString("72,5"));

    // The first PC, still at the old version, cannot overwrite it unseen...
    QJsonObject stale = typed;
    stale.insert("full_name", "Петрова А. С.");
    const ApiCaller::Reply refused = save(m_a, draft, stale);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QString("application_changed"));
    QCOMPARE(listed(m_a, draft.id).form, more);
    // ...while the same save sent again (its answer lost) is no conflict.
    QCOMPARE(save(m_a2, there, more).status, 200);

    // A draft holds only its type's fields, as texts within their length.
    QJsonObject unknown = more;
    unknown.insert("salary", "100");
    QCOMPARE(save(m_a, after, unknown).errorCode(), QString("field_type"));
    QJsonObject longText = more;
    longText.insert("full_name", QString(301, QChar(u'я')));
    QCOMPARE(save(m_a, after, longText).errorCode(), QString("field_too_long"));
    QJsonObject number = more;
    number.insert("residents", 3);
    QCOMPARE(save(m_a, after, number).errorCode(), QString("field_type"));

    // «Удалить»: gone for both PCs.
    const ApiCaller::Reply removed = m_a.send("DELETE", "/applications/" + draft.id, {});
    QCOMPARE(removed.status, 204);
    QCOMPARE(listed(m_a2, draft.id).id, QString());
    QCOMPARE(m_a.send("DELETE", "/applications/" + draft.id, {}).status, 404);
}

void TestApiApplications::stepsNameTheirMissingField()
{
    const ContractApplication draft = ContractApplication::fromJson(create(m_a, "supply", {}).object());
    QVERIFY(!draft.id.isEmpty());
    // «Отправить на рассмотрение» refuses, naming the first empty field of
    // the first unfinished step; nothing is changed.
    const auto refusal = [&](const QJsonObject& form) {
        const ApiCaller::Reply r = submit(m_a, draft, form);
        return r.status == 400 ? r.errorCode() + " " + r.object().value("error").toObject().value("field").toString()
                               : QString::number(r.status) + " " + r.body;
    };
    QCOMPARE(refusal({}), QString("field_required full_name"));
    QJsonObject f = person();
    QCOMPARE(refusal(f), QString("field_required object_type"));
    f = supplyForm();
    f.remove("equipment");
    QCOMPARE(refusal(f), QString("field_required equipment"));
    f = supplyForm();
    f.insert("equipment", QJsonArray{QJsonObject{{"kind", "stove"}, {"model", "Гефест"}, {"count", "0"}}});
    QCOMPARE(refusal(f), QString("number_invalid equipment.0.count"));
    f.insert("equipment", QJsonArray{QJsonObject{{"kind", "fireplace"}, {"model", "Гефест"}, {"count", "1"}}});
    QCOMPARE(refusal(f), QString("choice_invalid equipment.0.kind"));
    f = supplyForm();
    f.insert("meters", QJsonArray{QJsonObject{
                           {"meter_type", "СГМН-1"}, {"meter_place", "кухня"}, {"last_verification", "2027-03-11"}}});
    QCOMPARE(refusal(f), QString("date_in_future meters.0.last_verification"));
    f = supplyForm();
    f.insert("living_area", "72,5 м");
    QCOMPARE(refusal(f), QString("number_invalid living_area"));
    f = supplyForm();
    f.insert("email", "anna@");
    QCOMPARE(refusal(f), QString("email_invalid email"));
    f = supplyForm();
    f.insert("phone", "12");
    QCOMPARE(refusal(f), QString("phone_invalid phone"));
    // The meters, the non-living area, animals and benefits may stay empty.
    f = supplyForm();
    f.remove("meters");
    QCOMPARE(submit(m_a, draft, f).status, 200);

    // The connection's own: the flow and a commissioning date not in the past
    // (the company's 10 March).
    // (The demo company's survey walked: a house, up to 7 m³/h, a network
    // on the plot, the applicant's own plot.)
    const QJsonArray survey{
        QJsonObject{{"question", "object"}, {"answer", 0}}, QJsonObject{{"question", "flow"}, {"answer", 0}},
        QJsonObject{{"question", "network"}, {"answer", 0}}, QJsonObject{{"question", "ownership"}, {"answer", 0}}};
    const ContractApplication connection = ContractApplication::fromJson(
        m_a.post("/applications",
                 {{"company_id", "severogorsk"}, {"type", "connection"}, {"form", person()}, {"survey", survey}},
                 {{"Idempotency-Key", "new-connection"}})
            .object());
    QCOMPARE(connection.survey.size(), 4);
    QCOMPARE(connection.survey.last().answerText, QString("Мне (заявителю)"));
    QJsonObject c = person();
    c.insert("object_type", "house");
    c.insert("object_address", "п. Сосновка, участок 12");
    c.insert("max_flow", "5");
    c.insert("commissioning_date", "2027-03-09");
    c.insert("email", "anna@example.ru");
    c.insert("phone", "+79123456789");
    const ApiCaller::Reply past = submit(m_a, connection, c);
    QCOMPARE(past.errorCode(), QString("date_in_past"));
    QCOMPARE(past.errorMessage(), QString("Дата не может быть в прошлом"));
    c.insert("commissioning_date", "2027-03-10");
    c.insert("max_flow", "501");
    QCOMPARE(submit(m_a, connection, c).errorCode(), QString("number_invalid"));
    c.insert("max_flow", "6,8");
    QCOMPARE(submit(m_a, connection, c).status, 200);
}

void TestApiApplications::submittedThroughEveryStatus()
{
    ContractApplication app = ContractApplication::fromJson(create(m_a, "supply", person()).object());
    const QJsonObject form = supplyForm();
    // An operator never sees a draft.
    QCOMPARE(m_opS.get("/operator/applications/" + app.id).status, 404);
    const QMap<QByteArray, QByteArray> key{{"Idempotency-Key", "send-once"}};
    const QJsonObject body{{"form", form}, {"version", app.version}};
    const ApiCaller::Reply sent = m_a.post("/applications/" + app.id + "/submit", body, key);
    QCOMPARE(sent.status, 200);
    QCOMPARE(m_a.post("/applications/" + app.id + "/submit", body, key).body, sent.body);
    app = ContractApplication::fromJson(sent.object());
    QCOMPARE(app.status, QString(requests::kInProgress));
    QVERIFY(!app.submittedAt.isEmpty());
    QCOMPARE(app.history.size(), 1);
    QCOMPARE(app.form, form);
    // Sent, it is no draft any more: not saved, sent or deleted again.
    QCOMPARE(save(m_a, app, form).errorCode(), QString("application_not_draft"));
    QCOMPARE(submit(m_a, app, form).errorCode(), QString("application_not_draft"));
    QCOMPARE(m_a.send("DELETE", "/applications/" + app.id, {}).errorCode(), QString("application_not_draft"));

    // The company's operator finds it with the applicant and the form.
    const ApiCaller::Reply incoming = m_opS.get("/operator/applications?status=in_progress&type=supply");
    QCOMPARE(incoming.status, 200);
    const IncomingApplication first = IncomingApplication::fromJson(incoming.json.array().first().toObject());
    QCOMPARE(first.application.id, app.id);
    QCOMPARE(first.applicant, QString("applicant@example.ru"));
    QCOMPARE(first.application.form.value("living_area").toString(), QString("72,5"));

    // «Принята», once, and not while a question waits.
    QCOMPARE(step(m_opS, app.id, "accepted").status, 200);
    QCOMPARE(listed(m_a, app.id).status, QString(applications::kAccepted));
    QCOMPARE(step(m_opS, app.id, "accepted").errorCode(), QString("status_change_not_allowed"));
    const QString question = "Приложите выписку ЕГРН";
    QCOMPARE(step(m_opS, app.id, "clarification", question).status, 200);
    QCOMPARE(step(m_opS, app.id, "accepted").errorCode(), QString("status_change_not_allowed"));
    // «Ответить оператору»: back «В обработке» with the answer, once per key.
    const QMap<QByteArray, QByteArray> answerKey{{"Idempotency-Key", "answer-1"}};
    QCOMPARE(m_a.post("/applications/" + app.id + "/replies", {{"comment", "Отправлю завтра"}}, answerKey).status, 200);
    QCOMPARE(m_a.post("/applications/" + app.id + "/replies", {{"comment", "Отправлю завтра"}}, answerKey).status, 200);
    QCOMPARE(m_a.post("/applications/" + app.id + "/replies", {{"comment", "Еще"}}, {{"Idempotency-Key", "answer-2"}})
                 .errorCode(),
             QString("reply_not_expected"));
    QCOMPARE(step(m_opS, app.id, "done", "Договор заключен").status, 200);
    QCOMPARE(step(m_opS, app.id, "rejected", "Поздно").errorCode(), QString("request_closed"));

    const ContractApplication seen = listed(m_a, app.id);
    QCOMPARE(seen.status, QString(requests::kDone));
    QStringList steps;
    for (const RequestEvent& e : seen.history)
        steps << e.status + "/" + e.author + "/" + e.comment;
    QCOMPARE(steps, QStringList({"in_progress/abonent/", "accepted/operator/", "clarification/operator/" + question,
                                 "in_progress/abonent/Отправлю завтра", "done/operator/Договор заключен"}));
    QCOMPARE(m_opS.get("/operator/applications?status=draft").errorCode(), QString("request_status_invalid"));
    QCOMPARE(m_opS.get("/operator/applications?type=lease").errorCode(), QString("application_type_invalid"));
}

void TestApiApplications::usersAndCompaniesApart()
{
    ContractApplication app = ContractApplication::fromJson(create(m_a, "maintenance", person()).object());
    QVERIFY(!app.id.isEmpty());
    // Another abonent: not in the list, and 404 for every route.
    QCOMPARE(listed(m_b, app.id).id, QString());
    QCOMPARE(save(m_b, app, person()).status, 404);
    QCOMPARE(submit(m_b, app, person()).status, 404);
    QCOMPARE(m_b.send("DELETE", "/applications/" + app.id, {}).status, 404);
    QCOMPARE(m_b.post("/applications/" + app.id + "/replies", {{"comment", "x"}}, {{"Idempotency-Key", "b-1"}}).status,
             404);
    QCOMPARE(listed(m_a, app.id).status, QString(applications::kDraft));

    QJsonObject form = person();
    form.insert("object_type", "apartment");
    form.insert("object_address", "г. Северогорск, ул. Лесная, д. 3, кв. 5");
    form.insert("ownership", "Свидетельство 12-АБ 345678");
    form.insert("equipment", QJsonArray{QJsonObject{{"kind", "stove"}, {"model", "Гефест"}, {"count", "1"}}});
    form.insert("email", "anna@example.ru");
    form.insert("phone", "+7 912 345 67 89");
    const ApiCaller::Reply noPayment = submit(m_a, app, form);
    QCOMPARE(noPayment.errorCode() + " " + noPayment.object().value("error").toObject().value("field").toString(),
             QString("field_required payment_form"));
    form.insert("payment_form", "monthly");
    QCOMPARE(submit(m_a, app, form).status, 200);
    // Another company's operator: nothing listed, 404 and no step.
    for (const QJsonValue& v : m_opL.get("/operator/applications").json.array())
        QVERIFY(v.toObject().value("id").toString() != app.id);
    QCOMPARE(m_opL.get("/operator/applications/" + app.id).status, 404);
    QCOMPARE(step(m_opL, app.id, "accepted").status, 404);
    QCOMPARE(listed(m_a, app.id).status, QString(requests::kInProgress));
    // The tokens stay on their side.
    QCOMPARE(m_a.get("/operator/applications").status, 403);
    QCOMPARE(m_opS.get("/applications").status, 401);
}

void TestApiApplications::companyAndTypeChecked()
{
    const ApiCaller::Reply closed = create(m_b, "connection", {}, "zarechye");
    QCOMPARE(closed.status, 409);
    QCOMPARE(closed.errorCode(), QString("connection_not_accepted"));
    QCOMPARE(create(m_b, "supply", {}, "zarechye").status, 201); // its other contracts are open
    QCOMPARE(create(m_b, "supply", {}, "atlantis").errorCode(), QString("company_not_found"));
    QCOMPARE(create(m_b, "lease", {}).errorCode(), QString("application_type_invalid"));
    QCOMPARE(m_b.post("/applications", {{"company_id", "severogorsk"}, {"type", "supply"}}).errorCode(),
             QString("idempotency_key_required"));
}

void TestApiApplications::operatorCommandLine()
{
    const ContractApplication draft = ContractApplication::fromJson(create(m_b, "supply", {}, "lesnogorsk").object());
    QCOMPARE(submit(m_b, draft, supplyForm()).status, 200);
    const QStringList tool{"operator", "--url",   m_server.baseUrl().toString(), "--ca", m_server.caFile(),
                           "--login",  kOperatorL};
    const Run list = command(tool + QStringList{"applications", "--type", "supply"}, "les7op");
    QVERIFY2(list.rc == 0, qPrintable(list.output));
    QVERIFY2(list.output.contains(draft.id) && list.output.contains("neighbour@example.ru") &&
                 list.output.contains("В обработке") && list.output.contains("Договор на поставку газа"),
             qPrintable(list.output));
    const Run accepted = command(tool + QStringList{"accept", draft.id}, "les7op");
    QVERIFY2(accepted.rc == 0, qPrintable(accepted.output));
    // The form as the wizard labels it, a list's entries each with theirs.
    for (const char* line : {"ФИО: Петрова Анна Сергеевна", "Площадь жилых отапливаемых помещений, м²: 72,5",
                             "Газовое оборудование 2:", "Оборудование: Газовый котел", "Принята"})
        QVERIFY2(accepted.output.contains(QString::fromUtf8(line)), qPrintable(accepted.output));
    const Run again = command(tool + QStringList{"accept", draft.id}, "les7op");
    QCOMPARE(again.rc, 1);
    QVERIFY2(again.output.contains("status_change_not_allowed"), qPrintable(again.output));
    QCOMPARE(command(tool + QStringList{"applications", "--kind", "supply"}, "les7op").rc, 2);

    // A connection application shows the survey as answered, before the form.
    const QJsonArray survey{
        QJsonObject{{"question", "object"}, {"answer", 1}}, QJsonObject{{"question", "flow"}, {"answer", 1}},
        QJsonObject{{"question", "network"}, {"answer", 1}}, QJsonObject{{"question", "ownership"}, {"answer", 1}}};
    const ContractApplication connection = ContractApplication::fromJson(
        m_b.post("/applications", {{"company_id", "severogorsk"}, {"type", "connection"}, {"survey", survey}},
                 {{"Idempotency-Key", "cli-connection"}})
            .object());
    QJsonObject c = person();
    c.insert("object_type", "garden_house");
    c.insert("object_address", "СНТ «Ромашка», участок 40");
    c.insert("max_flow", "7,1");
    c.insert("commissioning_date", "2027-09-01");
    c.insert("email", "neighbour@example.ru");
    c.insert("phone", "+79123456780");
    QCOMPARE(submit(m_b, connection, c).status, 200);
    const QStringList toolS{"operator", "--url",   m_server.baseUrl().toString(), "--ca", m_server.caFile(),
                            "--login",  kOperatorS};
    const Run shown = command(toolS + QStringList{"show", connection.id}, "oper1");
    QVERIFY2(shown.rc == 0, qPrintable(shown.output));
    for (const char* line :
         {"Какой объект вы планируете подключить к газоснабжению? — Садовый дом",
          "Кому принадлежит земельный участок? — Другому лицу", "Тип объекта газификации: Садовый дом"})
        QVERIFY2(shown.output.contains(QString::fromUtf8(line)), qPrintable(shown.output));
}

// With --demo, a sent application gets a question, and after the answer «Принята».
void TestApiApplications::demoOperatorMovesAnApplicationAlong()
{
    ServerProcess demo;
    ServerProcess::Options options;
    options.extraArgs = {"--demo-operator-delay", "1"};
    QString error;
    QVERIFY2(demo.start(options, &error), qPrintable(error));
    ApiCaller a(demo.apiUrl(QString()), demo.caFile());
    consentedUser(a, "demo-contract@example.ru");
    const ApiCaller::Reply made =
        a.post("/applications", {{"company_id", "severogorsk"}, {"type", "supply"}}, {{"Idempotency-Key", "demo-1"}});
    QCOMPARE(made.status, 201);
    const ContractApplication draft = ContractApplication::fromJson(made.object());
    QCOMPARE(a.post("/applications/" + draft.id + "/submit", {{"form", supplyForm()}, {"version", draft.version}},
                    {{"Idempotency-Key", "demo-2"}})
                 .status,
             200);
    auto now = [&] {
        for (const QJsonValue& v : a.get("/applications").json.array()) {
            if (v.toObject().value("id").toString() == draft.id)
                return ContractApplication::fromJson(v.toObject());
        }
        return ContractApplication{};
    };
    QTRY_COMPARE_WITH_TIMEOUT(now().status, QString(requests::kClarification), 30000);
    QVERIFY(!now().history.last().comment.isEmpty());
    QCOMPARE(a.post("/applications/" + draft.id + "/replies", {{"comment", "Выписку приложу в офисе"}},
                    {{"Idempotency-Key", "demo-3"}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(now().status, QString(applications::kAccepted), 30000);
    QCOMPARE(now().history.size(), 4);
}

QTEST_GUILESS_MAIN(TestApiApplications)
#include "tst_api_applications.moc"
