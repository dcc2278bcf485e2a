// ApplicationsService against the real mygas-server (--demo): a draft is
// written on the PC as typed and goes to the server by itself, where a
// second PC continues it; with the server down a draft and its
// «Отправить на рассмотрение» wait on the PC, and a new process (the first
// one gone without a word) sends them: exactly one application on the
// server, «В обработке», as typed; a step's rule names its field before
// anything leaves.
#include "models/applications/ApplicationTypes.h"
#include "models/files/FileRules.h"
#include "services/applications/ApplicationsService.h"
#include "services/files/FileDownloads.h"
#include "tests/support/client/ClientTestSupport.h"
#include "tests/support/client/ReadingsTestSupport.h"
#include "translations/Translations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace mygas;
using readingstest::Client;

namespace {
struct ApplicationsClient
{
    std::unique_ptr<Client> engine;
    std::unique_ptr<ApplicationsService> applications;
};

QJsonObject supplyForm(const QString& name)
{
    return {{"full_name", name},
            {"residence_address", "г. Лесногорск, ул. Лесная, д. 1"},
            {"id_document", "passport"},
            {"id_number", "4510 123456"},
            {"id_issued", "ОВД, 2015"},
            {"object_type", "house"},
            {"object_address", "п. Сосновка, ул. Полевая, д. 7"},
            {"ownership", "Выписка ЕГРН"},
            {"equipment", QJsonArray{QJsonObject{{"kind", "stove"}, {"model", "Гефест"}, {"count", "1"}}}},
            {"residents", "2"},
            {"living_area", "54,3"},
            {"email", "maria@example.ru"},
            {"phone", "+7 912 345-67-89"}};
}

bool settled(const ApplicationsService& s, qint64 localId)
{
    const std::optional<LocalApplication> a = s.item(localId);
    return a && !a->application.id.isEmpty() && a->pending == LocalApplication::Pending::None;
}
} // namespace

class TestClientApplications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftGoesUpAndContinuesOnAnotherPc();
    void stepRuleNamesItsField();
    void offlineSubmissionSentOnceByANewProcess();
    void submittedWhileTheLastSaveIsOnItsWay();
    void surveyAnswersFillTheConnectionDraft();
    void filesWaitWithTheDraftAndGoOnce();
    void companyStepIsToldAndCounted();

private:
    ApplicationsClient client(const QString& name, bool sync = true);
    // The person's applications on the server with this full name.
    QList<ContractApplication> onServer(const QString& fullName) const;

    QTemporaryDir m_dir;
    ServerProcess m_server;
    Tokens m_tokens;
    QString m_company;
};

void TestClientApplications::initTestCase()
{
    clienttest::isolateSettings(m_dir);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    QVERIFY(!m_tokens.accessToken.isEmpty());
    ApplicationsClient c = client(QStringLiteral("first"));
    QVERIFY(c.engine);
    m_company = readingstest::accountOf(c.engine->cache, Access::Extended).companyId;
    QVERIFY(!m_company.isEmpty());
}

ApplicationsClient TestClientApplications::client(const QString& name, bool sync)
{
    const QString cacheFile = m_dir.filePath(name + QStringLiteral(".sqlite"));
    ApplicationsClient c;
    c.engine = readingstest::makeClient(m_server, m_tokens, cacheFile);
    if (!c.engine || (sync && !readingstest::syncAndLoadCompanies(*c.engine)))
        return {};
    c.applications = std::make_unique<ApplicationsService>(&c.engine->api, &c.engine->cache, &c.engine->engine);
    if (!c.applications->open(ApplicationsService::storePathFor(cacheFile)).ok())
        return {};
    return c;
}

QList<ContractApplication> TestClientApplications::onServer(const QString& fullName) const
{
    ApiCaller api(m_server.apiUrl(QString()), m_server.caFile());
    api.setBearer(m_tokens.accessToken);
    QList<ContractApplication> found;
    for (const QJsonValue& v : api.get(QStringLiteral("/applications")).json.array()) {
        const ContractApplication a = ContractApplication::fromJson(v.toObject());
        if (a.form.value("full_name").toString() == fullName)
            found.append(a);
    }
    return found;
}

void TestClientApplications::draftGoesUpAndContinuesOnAnotherPc()
{
    ApplicationsClient home = client(QStringLiteral("home"));
    QVERIFY(home.engine);
    const Result<qint64> made = home.applications->startDraft(m_company, QLatin1String(applications::kSupply));
    QVERIFY(made.ok());
    // On the PC at once, as typed (a comma in a number stays a comma).
    const QJsonObject typed{{"full_name", "Соколова Ирина"}, {"living_area", "54,3"}};
    QVERIFY(home.applications->saveDraft(made.value(), typed).ok());
    QCOMPARE(home.applications->item(made.value())->application.form, typed);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*home.applications, made.value()), 30000);
    const QList<ContractApplication> there = onServer("Соколова Ирина");
    QCOMPARE(there.size(), 1);
    QCOMPARE(there.first().status, QString(applications::kDraft));
    QCOMPARE(there.first().form, typed);

    // The office PC finds it and goes on with it.
    ApplicationsClient office = client(QStringLiteral("office"));
    QVERIFY(office.engine);
    qint64 officeId = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const LocalApplication& a : office.applications->items()) {
                if (a.application.id == there.first().id)
                    officeId = a.localId;
            }
            return officeId != 0;
        }(),
        30000);
    QCOMPARE(office.applications->item(officeId)->application.form, typed);
    QJsonObject more = typed;
    more.insert("residence_address", "г. Лесногорск, ул. Лесная, д. 1");
    QVERIFY(office.applications->saveDraft(officeId, more).ok());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*office.applications, officeId), 30000);
    // Home sees it with the next round.
    home.applications->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(home.applications->item(made.value())->application.form, more, 30000);

    // «Удалить» on one PC: gone on the server and, with its next round, on the other.
    QVERIFY(home.applications->remove(made.value()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(onServer("Соколова Ирина").isEmpty(), 30000);
    office.applications->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!office.applications->item(officeId), 30000);
}

void TestClientApplications::stepRuleNamesItsField()
{
    ApplicationsClient c = client(QStringLiteral("rules"));
    QVERIFY(c.engine);
    const qint64 id = c.applications->startDraft(m_company, QLatin1String(applications::kSupply)).value();
    QJsonObject form = supplyForm("Орлова Нина");
    form.remove("residence_address");
    const std::optional<Error> first = c.applications->checkStep(id, 0, form);
    QVERIFY(first);
    QCOMPARE(first->field, QString("residence_address"));
    QCOMPARE(first->message, QString("Не заполнено обязательное поле"));
    const Status refused = c.applications->submit(id, form);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QString("residence_address"));
    // Nothing left the PC as a submission: still a draft.
    QCOMPARE(c.applications->item(id)->application.status, QString(applications::kDraft));
    QVERIFY(c.applications->item(id)->pending != LocalApplication::Pending::Submit);
    form = supplyForm("Орлова Нина");
    form.insert("phone", "12");
    QCOMPARE(c.applications->submit(id, form).error().code, QString("phone_invalid"));
}

void TestClientApplications::offlineSubmissionSentOnceByANewProcess()
{
    const QString name = QStringLiteral("Белова Ольга");
    {
        ApplicationsClient c = client(QStringLiteral("offline"));
        QVERIFY(c.engine);
        m_server.stop();
        const qint64 id = c.applications->startDraft(m_company, QLatin1String(applications::kSupply)).value();
        QVERIFY(c.applications->saveDraft(id, {{"full_name", name}}).ok());
        QVERIFY(c.applications->submit(id, supplyForm(name)).ok());
        QTest::qWait(1500); // the attempts fail: everything waits on the PC
        QCOMPARE(c.applications->item(id)->pending, LocalApplication::Pending::Submit);
        QVERIFY(c.applications->item(id)->application.id.isEmpty());
    } // the process is gone; only its file remains
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    ApplicationsClient again = client(QStringLiteral("offline"), false); // opening it sends what waits
    QVERIFY(again.engine);
    QTRY_VERIFY_WITH_TIMEOUT(
        onServer(name).size() == 1 && onServer(name).first().status == QLatin1String(requests::kInProgress), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(again.applications->items().size() == 1 &&
                                 again.applications->items().first().pending == LocalApplication::Pending::None,
                             30000);
    QCOMPARE(again.applications->items().first().application.status, QString(requests::kInProgress));
    QCOMPARE(onServer(name).first().form, supplyForm(name));
    // A second round changes nothing: one application.
    again.applications->refresh();
    QTest::qWait(1000);
    QCOMPARE(onServer(name).size(), 1);
}

// «Отправить на рассмотрение» pressed while the save of the last keys is
// still on its way: the save's answer must not cancel the submission.
void TestClientApplications::submittedWhileTheLastSaveIsOnItsWay()
{
    ApplicationsClient c = client(QStringLiteral("quick"));
    QVERIFY(c.engine);
    const QString name = QStringLiteral("Зайцева Вера");
    const qint64 id = c.applications->startDraft(m_company, QLatin1String(applications::kSupply)).value();
    QTRY_VERIFY_WITH_TIMEOUT(settled(*c.applications, id), 30000);
    // As the wizard does: the form saved (on its way now), then sent as it is.
    QVERIFY(c.applications->saveDraft(id, supplyForm(name)).ok());
    QVERIFY(c.applications->submit(id, supplyForm(name)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        onServer(name).size() == 1 && onServer(name).first().status == QLatin1String(requests::kInProgress), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(c.applications->item(id)->application.status, QString(requests::kInProgress), 30000);
}

// manual 4.1.2: the company's survey (from the cached /companies) walked as
// the person answered it; its answers fill in the connection form and go to
// the server with the draft, texts and all.
void TestClientApplications::surveyAnswersFillTheConnectionDraft()
{
    ApplicationsClient c = client(QStringLiteral("survey"));
    QVERIFY(c.engine);
    Company company;
    for (const Company& k : c.engine->cache.companies()) {
        if (k.applicationsEnabled && !k.connectionSurvey.isEmpty())
            company = k;
    }
    QVERIFY(!company.id.isEmpty());
    const applications::ConnectionSurvey survey = applications::ConnectionSurvey::fromJson(company.connectionSurvey);
    // The last answer of every question, following where each leads.
    QList<applications::SurveyReply> replies;
    for (const applications::SurveyQuestion* q = &survey.questions.first(); q;) {
        const int last = int(q->answers.size()) - 1;
        replies.append({q->id, last, q->text, q->answers.at(last).text});
        q = q->answers.at(last).next.isEmpty() ? nullptr : survey.question(q->answers.at(last).next);
    }
    QVERIFY(applications::walkSurvey(survey, replies).ok());
    QJsonObject form = applications::formOf(survey, replies);
    QVERIFY(!form.isEmpty());
    form.insert("full_name", "Опросова Вера");
    const Result<qint64> made =
        c.applications->startDraft(company.id, QLatin1String(applications::kConnection), form, replies);
    QVERIFY(made.ok());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*c.applications, made.value()), 30000);
    const QList<ContractApplication> there = onServer("Опросова Вера");
    QCOMPARE(there.size(), 1);
    QCOMPARE(there.first().form, form);
    QCOMPARE(there.first().survey.size(), replies.size());
    QCOMPARE(there.first().survey.last().answerText, replies.last().answerText);
    QCOMPARE(c.applications->item(made.value())->application.survey.first().questionText,
             survey.questions.first().text);
}

// «Прикрепить файл» on a draft offline: the file is checked by its content
// and kept on the PC; the process goes; a new one carries the draft, its
// file (in parts) and the submission: one application holding the file,
// byte for byte, which a second PC sees with the draft.
void TestClientApplications::filesWaitWithTheDraftAndGoOnce()
{
    const QString name = QStringLiteral("Файлова Нина");
    QByteArray pdf("%PDF-1.6\n");
    while (pdf.size() < files::kPartBytes + 4000)
        pdf += QByteArray::number(pdf.size());
    {
        ApplicationsClient c = client(QStringLiteral("files"));
        QVERIFY(c.engine);
        m_server.stop();
        const qint64 id = c.applications->startDraft(m_company, QLatin1String(applications::kSupply)).value();
        QVERIFY(c.applications->saveDraft(id, supplyForm(name)).ok());
        const Status spoofed = c.applications->addFile(id, "photo.png", pdf);
        QCOMPARE(spoofed.error().code, QString("file_type_mismatch"));
        QVERIFY(c.applications->addFile(id, "Выписка ЕГРН.pdf", pdf).ok());
        const QList<FileInfo> held = c.applications->item(id)->application.files;
        QCOMPARE(held.size(), 1);
        QCOMPARE(c.applications->fileData(held.first().id), pdf);
        QVERIFY(c.applications->submit(id, supplyForm(name)).ok());
        QTest::qWait(1000);
        QCOMPARE(c.applications->item(id)->pending, LocalApplication::Pending::Submit);
    } // the process is gone; only its file remains
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    ApplicationsClient again = client(QStringLiteral("files"), false);
    QVERIFY(again.engine);
    QTRY_VERIFY_WITH_TIMEOUT(
        onServer(name).size() == 1 && onServer(name).first().status == QLatin1String(requests::kInProgress), 60000);
    const ContractApplication sent = onServer(name).first();
    QCOMPARE(sent.files.size(), 1);
    QCOMPARE(sent.files.first().name, QString("Выписка ЕГРН.pdf"));
    QCOMPARE(sent.files.first().size, pdf.size());
    QCOMPARE(sent.files.first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    ApiCaller api(m_server.apiUrl(QString()), m_server.caFile());
    api.setBearer(m_tokens.accessToken);
    QByteArray back;
    for (int n = 0; n < 2; ++n)
        back += api.get(QStringLiteral("/files/%1/parts/%2").arg(sent.files.first().id).arg(n)).body;
    QCOMPARE(back, pdf);
    // «Открыть файл»: fetched part by part, checked and kept on the PC; then
    // it opens without the server. A file that is not what the server said
    // it holds is not kept.
    FileDownloads downloads(&again.engine->api);
    downloads.setFolder(m_dir.filePath("files-kept"));
    const auto fetched = [&downloads, this](const FileInfo& f) -> Result<QString> {
        std::optional<Result<QString>> got;
        downloads.fetch("/files", f, this, [&got](const Result<QString>& r) { got = r; });
        QTest::qWaitFor([&got] { return got.has_value(); }, 30000);
        return got.value_or(Result<QString>(makeError("no_answer")));
    };
    const Result<QString> kept = fetched(sent.files.first());
    QVERIFY(kept.ok());
    QVERIFY(kept.value().endsWith("Выписка ЕГРН.pdf"));
    QFile file(kept.value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    FileInfo forged = sent.files.first();
    forged.sha256 = QString(64, QLatin1Char('0'));
    QCOMPARE(fetched(forged).error().code, QString("bad_response"));
    m_server.stop();
    QCOMPARE(fetched(sent.files.first()).value(), kept.value());
    QVERIFY2(m_server.restart(&error), qPrintable(error));

    // Another PC sees the file with the application.
    ApplicationsClient office = client(QStringLiteral("files-office"));
    QVERIFY(office.engine);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const LocalApplication& a : office.applications->items()) {
                if (a.application.id == sent.id)
                    return a.application.files.size() == 1 && a.application.files.first().id == sent.files.first().id;
            }
            return false;
        }(),
        30000);
}

// The company's operator moves a sent application: the next round tells it
// (statusChanged, for the tray) and counts it for «Договоры (N)» until the
// person opens the page (markSeen).
void TestClientApplications::companyStepIsToldAndCounted()
{
    ApplicationsClient c = client(QStringLiteral("told"));
    QVERIFY(c.engine);
    const QString name = QStringLiteral("Новостева Ада");
    const qint64 id =
        c.applications->startDraft(QStringLiteral("severogorsk"), QLatin1String(applications::kSupply)).value();
    QVERIFY(c.applications->submit(id, supplyForm(name)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(c.applications->item(id)->application.status, QString(requests::kInProgress), 30000);
    QSignalSpy told(c.applications.get(), &ApplicationsService::statusChanged);
    QSignalSpy counted(c.applications.get(), &ApplicationsService::unseenChanged);
    QCOMPARE(c.applications->unseenCount(), 0);

    ApiCaller op(m_server.apiUrl(QString()), m_server.caFile());
    op.setBearer(op.post("/auth/login", {{"login", "operator@severogorsk.example"}, {"password", "oper1"}})
                     .object()
                     .value("access_token")
                     .toString());
    const QString serverId = c.applications->item(id)->application.id;
    QCOMPARE(op.post("/operator/applications/" + serverId + "/status", {{"status", "accepted"}}).status, 200);
    c.applications->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(told.count() >= 1, 30000);
    QCOMPARE(told.first().first().value<ContractApplication>().status, QString(applications::kAccepted));
    QCOMPARE(c.applications->unseenCount(), 1);
    QVERIFY(!counted.isEmpty());
    QCOMPARE(counted.last().first().toInt(), 1);
    c.applications->markSeen();
    QCOMPARE(c.applications->unseenCount(), 0);
    QCOMPARE(counted.last().first().toInt(), 0);

    // The company asks; «Ответить оператору» with a file (a fake .png
    // refused first): the answer's step on the server holds it.
    QCOMPARE(op.post("/operator/applications/" + serverId + "/status",
                     {{"status", "clarification"}, {"comment", "Приложите план"}})
                 .status,
             200);
    c.applications->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(c.applications->item(id)->application.status, QString(requests::kClarification), 30000);
    QByteArray png("\x89PNG\r\n\x1a\n");
    png += QByteArray(3000, 'p');
    QCOMPARE(c.applications->reply(id, "План приложен", {{"план.png", "%PDF-1.4 not a png"}}).error().code,
             QString("file_type_mismatch"));
    QVERIFY(c.applications->reply(id, "План приложен", {{"план.png", png}}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(c.applications->item(id)->application.status, QString(requests::kInProgress), 30000);
    const ContractApplication there = onServer(name).first();
    QCOMPARE(there.history.last().comment, QString("План приложен"));
    QCOMPARE(there.history.last().files.size(), 1);
    QCOMPARE(there.history.last().files.first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    QVERIFY(c.applications->item(id)->replyFiles.isEmpty());
}

QTEST_GUILESS_MAIN(TestClientApplications)
#include "tst_client_applications.moc"
