// The company's side of «Заявки» (manual 4.4) against the real server: an
// operator lists, filters and opens the company's requests and moves them
// through every status with its words in the history; the abonent answers a
// question («Ответить оператору») and sees each step in the list and the
// sync; an operator of another company and another abonent find nothing;
// `mygas-server operator …` does the same from a terminal; the demo
// operator moves a new request along by itself.
#include "models/core/ApiTypes.h"
#include "models/requests/RequestTypes.h"
#include "tests/server/ApiTestHelpers.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace mygas;
using namespace apitest;

namespace {
const QString kOperatorS = QStringLiteral("operator@severogorsk.example"); // the demo's
const QString kOperatorZ = QStringLiteral("operator@zarechye.example");    // added by the command
} // namespace

class TestApiOperators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStatusWithItsHistory();
    void refusalNeedsItsReason();
    void companiesAndUsersApart();
    void listFilters();
    void operatorCommandLine();
    void demoOperatorMovesARequestAlong();

private:
    struct Run
    {
        int rc = -1;
        QString output;
    };
    Run command(const QStringList& args, const QByteArray& input = {}, const QString& password = {}) const;
    QString newRequest(ApiCaller& a, const QString& account, const QString& description);
    ApiCaller::Reply step(ApiCaller& op, const QString& id, const QString& status, const QString& comment = {});
    ApiCaller::Reply reply(ApiCaller& a, const QString& account, const QString& id, const QString& text,
                           const QByteArray& key);
    ServiceRequest listed(ApiCaller& a, const QString& account, const QString& id);

    ServerProcess m_server;
    ApiCaller m_a; // abonent of severogorsk
    ApiCaller m_b; // abonent of zarechye
    ApiCaller m_opS;
    ApiCaller m_opZ;
    QString m_accountA;
    QString m_accountB;
    QString m_work;
    QDate m_today;
    int m_keys = 0;
};

void TestApiOperators::initTestCase()
{
    QString error;
    ServerProcess::Options options;
    options.extraArgs = {"--demo-operator-delay", "86400"}; // the demo operator stays away here
    QVERIFY2(m_server.start(options, &error), qPrintable(error));
    for (ApiCaller* a : {&m_a, &m_b}) {
        a->setBase(m_server.apiUrl(QString()));
        a->setCaFile(m_server.caFile());
    }
    Company severogorsk;
    for (const QJsonValue& v : m_a.get("/companies").json.array()) {
        if (v.toObject().value("id").toString() == "severogorsk")
            severogorsk = Company::fromJson(v.toObject());
    }
    m_work = severogorsk.maintenanceWorks.value(0);
    QVERIFY(!m_work.isEmpty());
    m_today = QDate(2027, 3, 10);
    const QDateTime noon(m_today, QTime(12, 0), QTimeZone(severogorsk.timeZone.toLatin1()));
    m_server.setClockOffset(noon.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch());

    consentedUser(m_a, "abonent-s@example.ru");
    m_accountA = linkExtended(m_a, kDemoAccounts[1]);
    consentedUser(m_b, "abonent-z@example.ru");
    m_accountB = linkExtended(m_b, kDemoAccounts[2]);
    QVERIFY(!m_accountA.isEmpty() && !m_accountB.isEmpty());

    // An operator of «Заречьегаз», its password on standard input.
    const Run added =
        command({"operator", "add", "--db", m_server.databaseUrl(), "--company", "zarechye", "--login", kOperatorZ},
                "zar7op\n");
    QVERIFY2(added.rc == 0, qPrintable(added.output));
    const Run again =
        command({"operator", "add", "--db", m_server.databaseUrl(), "--company", "zarechye", "--login", kOperatorZ},
                "zar7op\n");
    QCOMPARE(again.rc, 1);
    QVERIFY2(again.output.contains("taken"), qPrintable(again.output));
    QCOMPARE(
        command({"operator", "add", "--db", m_server.databaseUrl(), "--company", "nowhere", "--login", "x@example.ru"},
                "zar7op\n")
            .rc,
        1);
    signIn(m_opS, m_server, kOperatorS, "oper1");
    signIn(m_opZ, m_server, kOperatorZ, "zar7op");
}

TestApiOperators::Run TestApiOperators::command(const QStringList& args, const QByteArray& input,
                                                const QString& password) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("MYGAS_OPERATOR_PASSWORD");
    if (!password.isEmpty())
        env.insert("MYGAS_OPERATOR_PASSWORD", password);
    p.setProcessEnvironment(env);
    p.start(ServerProcess::binary(), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QString TestApiOperators::newRequest(ApiCaller& a, const QString& account, const QString& description)
{
    const ApiCaller::Reply made = a.post("/accounts/" + account + "/requests",
                                         {{"kind", "maintenance"},
                                          {"work_kind", m_work},
                                          {"description", description},
                                          {"desired_date", m_today.addDays(2).toString(Qt::ISODate)}},
                                         {{"Idempotency-Key", QByteArray::number(++m_keys)}});
    if (made.status != 201)
        qWarning() << "request refused" << made.status << made.body;
    return made.object().value("id").toString();
}

ApiCaller::Reply TestApiOperators::step(ApiCaller& op, const QString& id, const QString& status, const QString& comment)
{
    QJsonObject body{{"status", status}};
    if (!comment.isNull())
        body.insert("comment", comment);
    return op.post("/operator/requests/" + id + "/status", body);
}

ApiCaller::Reply TestApiOperators::reply(ApiCaller& a, const QString& account, const QString& id, const QString& text,
                                         const QByteArray& key)
{
    return a.post("/accounts/" + account + "/requests/" + id + "/replies", {{"comment", text}},
                  {{"Idempotency-Key", key}});
}

ServiceRequest TestApiOperators::listed(ApiCaller& a, const QString& account, const QString& id)
{
    for (const QJsonValue& v : a.get("/accounts/" + account + "/requests").json.array()) {
        if (v.toObject().value("id").toString() == id)
            return ServiceRequest::fromJson(v.toObject());
    }
    return {};
}

void TestApiOperators::everyStatusWithItsHistory()
{
    const QString id = newRequest(m_a, m_accountA, "Колонка гаснет");
    QVERIFY(!id.isEmpty());
    const QString cursor = m_a.get("/sync").object().value("cursor").toString();

    // The operator finds it among the company's new requests and opens it.
    const ApiCaller::Reply incoming = m_opS.get("/operator/requests?status=in_progress&kind=maintenance");
    QCOMPARE(incoming.status, 200);
    QVERIFY(!incoming.json.array().isEmpty());
    const IncomingRequest first = IncomingRequest::fromJson(incoming.json.array().first().toObject());
    QCOMPARE(first.request.id, id);
    QCOMPARE(first.companyId, QString("severogorsk"));
    QCOMPARE(first.accountNumber, QString(kDemoAccounts[1].number));
    QVERIFY(!first.accountAddress.isEmpty());
    const ApiCaller::Reply opened = m_opS.get("/operator/requests/" + id);
    QCOMPARE(opened.status, 200);
    QCOMPARE(IncomingRequest::fromJson(opened.object()).request.description, QString("Колонка гаснет"));

    // A question needs its words; then «Требует уточнения» with them.
    const ApiCaller::Reply blank = step(m_opS, id, "clarification", "  ");
    QCOMPARE(blank.status, 400);
    QCOMPARE(blank.errorCode(), QString("comment_required"));
    QCOMPARE(blank.errorMessage(), QString("Введите текст сообщения"));
    QCOMPARE(listed(m_a, m_accountA, id).status, QString(requests::kInProgress));
    const QString question = "Уточните время визита мастера";
    const ApiCaller::Reply asked = step(m_opS, id, "clarification", question);
    QCOMPARE(asked.status, 200);
    QCOMPARE(IncomingRequest::fromJson(asked.object()).request.status, QString(requests::kClarification));
    const ApiCaller::Reply twice = step(m_opS, id, "clarification", "И еще вопрос");
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), QString("status_change_not_allowed"));

    // The abonent sees the question in the list and in the sync's delta.
    ServiceRequest seen = listed(m_a, m_accountA, id);
    QCOMPARE(seen.status, QString(requests::kClarification));
    QCOMPARE(seen.history.size(), 2);
    QCOMPARE(seen.history[1].author, QString(requests::kOperator));
    QCOMPARE(seen.history[1].comment, question);
    const QJsonArray synced =
        m_a.get("/sync?cursor=" + cursor).object().value("changes").toObject().value("requests").toArray();
    QCOMPARE(synced.size(), 1);
    QCOMPARE(ServiceRequest::fromJson(synced.first().toObject()).status, QString(requests::kClarification));

    // «Ответить оператору»: back «В обработке» with the answer; once per key.
    const ApiCaller::Reply empty = reply(m_a, m_accountA, id, "", "answer-0");
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.errorCode(), QString("comment_required"));
    const QString answer = "После 18:00,\nтелефон 8 912 000-00-00";
    const ApiCaller::Reply answered = reply(m_a, m_accountA, id, answer, "answer-1");
    QCOMPARE(answered.status, 200);
    QCOMPARE(ServiceRequest::fromJson(answered.object()).status, QString(requests::kInProgress));
    const ApiCaller::Reply repeated = reply(m_a, m_accountA, id, answer, "answer-1");
    QCOMPARE(repeated.status, 200);
    QCOMPARE(repeated.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(repeated.body, answered.body);
    const ApiCaller::Reply notAsked = reply(m_a, m_accountA, id, "Еще раз", "answer-2");
    QCOMPARE(notAsked.status, 409);
    QCOMPARE(notAsked.errorCode(), QString("reply_not_expected"));

    // «Выполнена» ends it; nothing moves it afterwards.
    const ApiCaller::Reply done = step(m_opS, id, "done");
    QCOMPARE(done.status, 200);
    const ApiCaller::Reply after = step(m_opS, id, "rejected", "Поздно");
    QCOMPARE(after.status, 409);
    QCOMPARE(after.errorCode(), QString("request_closed"));

    seen = listed(m_a, m_accountA, id);
    QCOMPARE(seen.status, QString(requests::kDone));
    const QStringList statuses{requests::kInProgress, requests::kClarification, requests::kInProgress, requests::kDone};
    const QStringList authors{requests::kAbonent, requests::kOperator, requests::kAbonent, requests::kOperator};
    QCOMPARE(seen.history.size(), 4);
    for (int i = 0; i < seen.history.size(); ++i) {
        QCOMPARE(seen.history[i].status, statuses[i]);
        QCOMPARE(seen.history[i].author, authors[i]);
        QVERIFY(QDateTime::fromString(seen.history[i].at, Qt::ISODate).isValid());
    }
    QCOMPARE(seen.history[2].comment, answer); // as typed, line end included
}

void TestApiOperators::refusalNeedsItsReason()
{
    const QString id = newRequest(m_a, m_accountA, "Проверить счетчик");
    const ApiCaller::Reply bare = step(m_opS, id, "rejected");
    QCOMPARE(bare.status, 400);
    QCOMPARE(bare.errorCode(), QString("comment_required"));
    QCOMPARE(bare.errorField(), QString("comment"));
    const ApiCaller::Reply unknown = step(m_opS, id, "accepted_by_magic", "?");
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.errorCode(), QString("request_status_invalid"));
    const ApiCaller::Reply tooLong = step(m_opS, id, "rejected", QString(1001, QChar(u'я')));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.errorCode(), QString("comment_too_long"));
    const ApiCaller::Reply rejected = step(m_opS, id, "rejected", "Прибор учета на гарантии производителя");
    QCOMPARE(rejected.status, 200);
    const ServiceRequest seen = listed(m_a, m_accountA, id);
    QCOMPARE(seen.status, QString(requests::kRejected));
    QCOMPARE(seen.history.last().comment, QString("Прибор учета на гарантии производителя"));
    QCOMPARE(reply(m_a, m_accountA, id, "Но как же", "late-1").status, 409);
}

void TestApiOperators::companiesAndUsersApart()
{
    const QString id = newRequest(m_a, m_accountA, "Утечка? Запах газа у плиты");
    const QString zId = newRequest(m_b, m_accountB, "ТО котла");
    QVERIFY(!id.isEmpty() && !zId.isEmpty());

    // An operator of «Заречьегаз» does not see «Северогорскгаз»'s request.
    QCOMPARE(m_opZ.get("/operator/requests/" + id).status, 404);
    QCOMPARE(m_opZ.get("/operator/requests/" + id).errorCode(), QString("request_not_found"));
    QCOMPARE(step(m_opZ, id, "done").status, 404);
    for (const QJsonValue& v : m_opZ.get("/operator/requests").json.array())
        QCOMPARE(v.toObject().value("company_id").toString(), QString("zarechye"));
    QCOMPARE(m_opZ.get("/operator/requests/" + zId).status, 200);
    QCOMPARE(listed(m_a, m_accountA, id).status, QString(requests::kInProgress));

    // An abonent is no operator, and an operator no abonent.
    const ApiCaller::Reply abonentThere = m_a.get("/operator/requests");
    QCOMPARE(abonentThere.status, 403);
    QCOMPARE(abonentThere.errorCode(), QString("operator_required"));
    QCOMPARE(m_opS.get("/accounts").status, 401);
    QCOMPARE(m_opS.post("/accounts", linkBody(kDemoAccounts[3])).status, 401);
    ApiCaller nobody(m_server.apiUrl(QString()), m_server.caFile());
    QCOMPARE(nobody.get("/operator/requests").status, 401);

    // Another abonent answers nothing of this one's, by either account.
    ApiCaller::Reply other = reply(m_b, m_accountA, id, "Чужой ответ", "x-1");
    QCOMPARE(other.status, 404);
    QVERIFY(step(m_opS, id, "clarification", "Когда появился запах?").status == 200);
    other = reply(m_b, m_accountB, id, "Чужой ответ", "x-2");
    QCOMPARE(other.status, 404);
    QCOMPARE(other.errorCode(), QString("request_not_found"));
    QCOMPARE(listed(m_a, m_accountA, id).status, QString(requests::kClarification));
}

void TestApiOperators::listFilters()
{
    const QJsonArray all = m_opS.get("/operator/requests").json.array();
    QVERIFY(all.size() >= 3);
    QString previous = "9999";
    for (const QJsonValue& v : all) {
        const QString created = v.toObject().value("created_at").toString();
        QVERIFY(created <= previous); // newest first
        previous = created;
    }
    for (const QString& status : {"done", "rejected", "clarification"}) {
        const QJsonArray some = m_opS.get("/operator/requests?status=" + status).json.array();
        QVERIFY(!some.isEmpty());
        for (const QJsonValue& v : some)
            QCOMPARE(v.toObject().value("status").toString(), status);
    }
    QCOMPARE(m_opS.get("/operator/requests?limit=1").json.array().size(), 1);
    QCOMPARE(m_opS.get("/operator/requests?kind=recalculation&status=in_progress").json.array().size(), 0);
    QCOMPARE(m_opS.get("/operator/requests?status=open").errorCode(), QString("request_status_invalid"));
    QCOMPARE(m_opS.get("/operator/requests?kind=repair").errorCode(), QString("request_kind_invalid"));
    QCOMPARE(m_opS.get("/operator/requests?limit=0").errorCode(), QString("field_type"));
    QCOMPARE(m_opS.get("/operator/requests?limit=501").errorCode(), QString("field_type"));
}

void TestApiOperators::operatorCommandLine()
{
    const QString id = newRequest(m_b, m_accountB, "Заменить кран");
    const QStringList tool{"operator", "--url",   m_server.baseUrl().toString(), "--ca", m_server.caFile(),
                           "--login",  kOperatorZ};
    // Without the right password nothing happens, with the server's words.
    const Run wrong = command(tool + QStringList{"list"}, {}, "wrong1");
    QCOMPARE(wrong.rc, 1);
    QVERIFY2(wrong.output.contains("(invalid_credentials)"), qPrintable(wrong.output));

    const Run list = command(tool + QStringList{"list", "--status", "in_progress"}, "zar7op\n");
    QVERIFY2(list.rc == 0, qPrintable(list.output));
    QVERIFY2(list.output.contains(id) && list.output.contains("В обработке") &&
                 list.output.contains(kDemoAccounts[2].number),
             qPrintable(list.output));
    const Run asked = command(tool + QStringList{"clarify", id, "Какой кран: на плите или на стояке?"}, {}, "zar7op");
    QVERIFY2(asked.rc == 0, qPrintable(asked.output));
    QVERIFY2(asked.output.contains("Требует уточнения") && asked.output.contains("на стояке"),
             qPrintable(asked.output));
    QCOMPARE(listed(m_b, m_accountB, id).status, QString(requests::kClarification));
    QCOMPARE(reply(m_b, m_accountB, id, "На плите", "cli-1").status, 200);
    const Run done = command(tool + QStringList{"complete", id, "Кран заменен"}, {}, "zar7op");
    QVERIFY2(done.rc == 0, qPrintable(done.output));
    const Run shown = command(tool + QStringList{"show", id}, {}, "zar7op");
    QVERIFY2(shown.rc == 0, qPrintable(shown.output));
    for (const char* line : {"На плите", "Кран заменен", "Выполнена", "abonent", "operator"})
        QVERIFY2(shown.output.contains(QString::fromUtf8(line)), qPrintable(shown.output));
    // The times are the company's: the history's first entry at noon there.
    QVERIFY2(shown.output.contains("10.03.2027 12:0"), qPrintable(shown.output));
    QCOMPARE(listed(m_b, m_accountB, id).status, QString(requests::kDone));

    // Another company's request is not found, and the rc says so.
    const QString sId = newRequest(m_a, m_accountA, "Не трогать");
    const Run foreign = command(tool + QStringList{"complete", sId}, {}, "zar7op");
    QCOMPARE(foreign.rc, 1);
    QVERIFY2(foreign.output.contains("(request_not_found)"), qPrintable(foreign.output));
    QCOMPARE(command(tool + QStringList{"clarify", id}, {}, "zar7op").rc, 2); // a question needs its text
}

void TestApiOperators::demoOperatorMovesARequestAlong()
{
    ServerProcess demo;
    ServerProcess::Options options;
    options.extraArgs = {"--demo-operator-delay", "1"};
    QString error;
    QVERIFY2(demo.start(options, &error), qPrintable(error));
    ApiCaller a(demo.apiUrl(QString()), demo.caFile());
    consentedUser(a, "demo-cycle@example.ru");
    const QString account = linkExtended(a, kDemoAccounts[1]);
    const QDate today = QDate::currentDate();
    const ApiCaller::Reply made = a.post("/accounts/" + account + "/requests",
                                         {{"kind", "recalculation"},
                                          {"reason", "residents"},
                                          {"from_date", today.addDays(-3).toString(Qt::ISODate)},
                                          {"residents", 3}},
                                         {{"Idempotency-Key", "demo-1"}});
    QCOMPARE(made.status, 201);
    const QString id = made.object().value("id").toString();
    auto status = [&] {
        for (const QJsonValue& v : a.get("/accounts/" + account + "/requests").json.array()) {
            if (v.toObject().value("id").toString() == id)
                return ServiceRequest::fromJson(v.toObject());
        }
        return ServiceRequest{};
    };
    QTRY_COMPARE_WITH_TIMEOUT(status().status, QString(requests::kClarification), 30000);
    QVERIFY(!status().history.last().comment.isEmpty());
    QCOMPARE(a.post("/accounts/" + account + "/requests/" + id + "/replies", {{"comment", "Родился сын"}},
                    {{"Idempotency-Key", "demo-2"}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(status().status, QString(requests::kDone), 30000);
    QCOMPARE(status().history.size(), 4);
}

QTEST_GUILESS_MAIN(TestApiOperators)
#include "tst_api_operators.moc"
