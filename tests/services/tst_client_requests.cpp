// RequestsService against the real mygas-server (--demo): «Заявка на ТО»
// and «Заявка на перерасчет» wait in the requests outbox until the server
// has answered, then show in the cache at once; a rule stops a request
// before anything is stored; with the server down the request waits, and a
// new process (the first one gone without a word) sends it: exactly one
// request on the server, also when the first process went while the
// answer was on its way; «Ответить оператору» takes the request back to
// «В обработке»; a request the server refuses stays until removed.
#include "models/core/ErrorCatalog.h"
#include "models/files/FileRules.h"
#include "models/readings/ReadingRules.h"
#include "services/requests/RequestsService.h"
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
// The client engine and its requests service, as the app has them.
struct RequestsClient
{
    std::unique_ptr<Client> engine;
    std::unique_ptr<RequestsService> requests;
};
} // namespace

class TestClientRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void maintenanceSentOnceAndCached();
    void ruleRefusesBeforeAnythingIsStored();
    void serverDownThenANewProcessSendsIt();
    void processGoneBeforeTheAnswer();
    void answerToTheOperator();
    void refusedByTheServerStaysUntilRemoved();
    void filesGoUpFirstEvenAfterARestart();
    void fileRefusedBeforeAnythingIsStored();

private:
    RequestsClient client(const QString& name, bool sync = true);
    // The requests the server has for the account with this description or reason date.
    int onServer(const QString& accountId, const QString& field, const QString& value) const;
    ServiceRequest maintenance(const QString& description) const;
    // «Заявка на перерасчет» for a new number of residents from a day.
    static ServiceRequest residentsFrom(const QDate& from, qint64 residents);

    QTemporaryDir m_dir;
    ServerProcess m_server;
    Tokens m_tokens;
    Account m_extended;
    Company m_company;
};

void TestClientRequests::initTestCase()
{
    clienttest::isolateSettings(m_dir);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_tokens = clienttest::signIn(m_server, QStringLiteral("demo@mygas.example"), QStringLiteral("demo1"));
    QVERIFY(!m_tokens.accessToken.isEmpty());
    RequestsClient c = client(QStringLiteral("first"));
    QVERIFY(c.engine);
    m_extended = readingstest::accountOf(c.engine->cache, Access::Extended);
    const std::optional<Company> company = c.engine->cache.company(m_extended.companyId);
    QVERIFY(company);
    m_company = *company;
    QVERIFY(!m_company.maintenanceWorks.isEmpty());
}

RequestsClient TestClientRequests::client(const QString& name, bool sync)
{
    const QString cacheFile = m_dir.filePath(name + QStringLiteral(".sqlite"));
    RequestsClient c;
    c.engine = readingstest::makeClient(m_server, m_tokens, cacheFile);
    if (!c.engine || (sync && !readingstest::syncAndLoadCompanies(*c.engine)))
        return {};
    c.requests = std::make_unique<RequestsService>(&c.engine->api, &c.engine->cache, &c.engine->engine);
    if (!c.requests->open(RequestsService::outboxPathFor(cacheFile)).ok())
        return {};
    return c;
}

int TestClientRequests::onServer(const QString& accountId, const QString& field, const QString& value) const
{
    ApiCaller api(m_server.apiUrl(QString()), m_server.caFile());
    api.setBearer(m_tokens.accessToken);
    int n = 0;
    for (const QJsonValue& v : api.get(QStringLiteral("/accounts/%1/requests").arg(accountId)).json.array())
        n += v.toObject().value(field).toString() == value ? 1 : 0;
    return n;
}

ServiceRequest TestClientRequests::maintenance(const QString& description) const
{
    ServiceRequest r;
    r.kind = QLatin1String(requests::kMaintenance);
    r.workKind = m_company.maintenanceWorks.last();
    r.description = description;
    r.desiredDate = rules::providerToday(m_company).addDays(2);
    return r;
}

ServiceRequest TestClientRequests::residentsFrom(const QDate& from, qint64 residents)
{
    ServiceRequest r;
    r.kind = QLatin1String(requests::kRecalculation);
    r.reason = QLatin1String(requests::kResidents);
    r.fromDate = from;
    r.residents = residents;
    return r;
}

void TestClientRequests::maintenanceSentOnceAndCached()
{
    RequestsClient c = client(QStringLiteral("sent"));
    QVERIFY(c.engine);
    QSignalSpy answered(c.requests.get(), &RequestsService::answered);
    const QString description = QStringLiteral("Колонка гудит,\nпроверить тягу");
    const Result<QString> key = c.requests->submit(m_extended.id, maintenance(description));
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
    // In the outbox before any answer, as typed.
    const QList<RequestOutboxEntry> waiting = c.requests->outbox(m_extended.id);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().state, RequestOutboxEntry::State::Pending);
    QCOMPARE(waiting.first().body.value("description").toString(), description);

    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 30000);
    QVERIFY(answered.first().at(2).value<Error>().code.isEmpty());
    QVERIFY(c.requests->outbox().isEmpty());
    const QList<ServiceRequest> cached = c.engine->cache.requests(m_extended.id);
    QVERIFY(!cached.isEmpty());
    QCOMPARE(cached.first().description, description);
    QCOMPARE(cached.first().status, QString(requests::kInProgress));
    QCOMPARE(onServer(m_extended.id, "description", description), 1);
}

void TestClientRequests::ruleRefusesBeforeAnythingIsStored()
{
    RequestsClient c = client(QStringLiteral("rules"));
    QVERIFY(c.engine);
    const Result<QString> blank = c.requests->submit(m_extended.id, maintenance(QStringLiteral("   ")));
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().code, QString(errc::DescriptionRequired));
    QCOMPARE(blank.error().field, QString("description"));
    QCOMPARE(blank.error().message, QString("Введите краткое описание требуемых работ"));
    ServiceRequest late = maintenance(QStringLiteral("Поздно"));
    late.desiredDate = rules::providerToday(m_company).addDays(m_company.requestHorizonDays + 1);
    QCOMPARE(c.requests->submit(m_extended.id, late).error().code, QString(errc::DateTooFar));
    ServiceRequest shortAbsence;
    shortAbsence.kind = QLatin1String(requests::kRecalculation);
    shortAbsence.reason = QLatin1String(requests::kAbsence);
    shortAbsence.fromDate = rules::providerToday(m_company).addDays(-10);
    shortAbsence.toDate = shortAbsence.fromDate.addDays(4); // five days
    QCOMPARE(c.requests->submit(m_extended.id, shortAbsence).error().code, QString(errc::AbsenceTooShort));
    QCOMPARE(c.requests->reply(m_extended.id, QStringLiteral("x"), QStringLiteral("\n")).error().code,
             QString(errc::CommentRequired));
    QVERIFY(c.requests->outbox().isEmpty());
}

void TestClientRequests::serverDownThenANewProcessSendsIt()
{
    const QDate from = rules::providerToday(m_company).addDays(-17);
    {
        RequestsClient c = client(QStringLiteral("offline"));
        QVERIFY(c.engine);
        m_server.stop();
        const ServiceRequest r = residentsFrom(from, 0); // nobody lives there any more: 0 is an answer
        QVERIFY(c.requests->submit(m_extended.id, r).ok());
        QTest::qWait(1500); // the attempt fails: the entry stays
        QCOMPARE(c.requests->outbox().size(), 1);
        QCOMPARE(c.requests->outbox().first().state, RequestOutboxEntry::State::Pending);
    } // the process is gone; only the outbox file remains
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    RequestsClient again = client(QStringLiteral("offline"), false); // opening the outbox sends what waits
    QVERIFY(again.engine);
    QTRY_VERIFY_WITH_TIMEOUT(again.requests->outbox().isEmpty(), 30000);
    QCOMPARE(onServer(m_extended.id, "from_date", from.toString(Qt::ISODate)), 1);
    const QList<ServiceRequest> cached = again.engine->cache.requests(m_extended.id);
    QVERIFY(std::any_of(cached.begin(), cached.end(),
                        [&](const ServiceRequest& r) { return r.fromDate == from && r.residents == 0; }));
}

void TestClientRequests::processGoneBeforeTheAnswer()
{
    const QString description = QStringLiteral("Ушел, не дождавшись ответа");
    {
        RequestsClient c = client(QStringLiteral("gone"));
        QVERIFY(c.engine);
        QVERIFY(c.requests->submit(m_extended.id, maintenance(description)).ok());
        QTest::qWait(5); // the request may or may not have reached the server
    }
    RequestsClient again = client(QStringLiteral("gone"), false);
    QVERIFY(again.engine);
    QTRY_VERIFY_WITH_TIMEOUT(again.requests->outbox().isEmpty(), 30000);
    QCOMPARE(onServer(m_extended.id, "description", description), 1);
}

void TestClientRequests::answerToTheOperator()
{
    RequestsClient c = client(QStringLiteral("reply"));
    QVERIFY(c.engine);
    QList<ServiceRequest> cached = c.engine->cache.requests(m_extended.id);
    const auto asked = std::find_if(cached.begin(), cached.end(), [](const ServiceRequest& r) {
        return r.status == QLatin1String(requests::kClarification);
    });
    QVERIFY(asked != cached.end()); // the demo's recalculation the company asked about
    const QString id = asked->id;
    QVERIFY(c.requests->reply(m_extended.id, id, QStringLiteral("Справку принесу в офис")).ok());
    QCOMPARE(c.requests->outbox().first().requestId, id);
    QTRY_VERIFY_WITH_TIMEOUT(c.requests->outbox().isEmpty(), 30000);
    cached = c.engine->cache.requests(m_extended.id);
    const auto answered =
        std::find_if(cached.begin(), cached.end(), [&](const ServiceRequest& r) { return r.id == id; });
    QVERIFY(answered != cached.end());
    QCOMPARE(answered->status, QString(requests::kInProgress));
    QCOMPARE(answered->history.last().author, QString(requests::kAbonent));
    QCOMPARE(answered->history.last().comment, QString("Справку принесу в офис"));
}

void TestClientRequests::refusedByTheServerStaysUntilRemoved()
{
    RequestsClient c = client(QStringLiteral("refused"));
    QVERIFY(c.engine);
    // The limited account passes the company's rules here; the server
    // refuses it (the extended version only).
    const Account limited = readingstest::accountOf(c.engine->cache, Access::Limited);
    const std::optional<Company> company = c.engine->cache.company(limited.companyId);
    QVERIFY(company);
    ServiceRequest r = maintenance(QStringLiteral("Ограниченная версия"));
    r.workKind = company->maintenanceWorks.first();
    r.desiredDate = rules::providerToday(*company).addDays(1);
    const Result<QString> key = c.requests->submit(limited.id, r);
    QVERIFY(key.ok());
    QTRY_COMPARE_WITH_TIMEOUT(c.requests->outbox().first().state, RequestOutboxEntry::State::Rejected, 30000);
    QCOMPARE(c.requests->outbox().first().error.code, QString(errc::ExtendedRequired));
    QVERIFY(!c.requests->outbox().first().error.message.isEmpty());
    c.requests->flush(); // a refused one is not sent again
    QTest::qWait(300);
    QCOMPARE(c.requests->outbox().size(), 1);
    c.requests->dismiss(key.value());
    QVERIFY(c.requests->outbox().isEmpty());
}

namespace {
QByteArray fileOf(const QByteArray& head, int size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char((i * 7919) % 251);
    data.replace(0, head.size(), head);
    return data;
}

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}
} // namespace

void TestClientRequests::filesGoUpFirstEvenAfterARestart()
{
    const QDate from = rules::providerToday(m_company).addDays(-23);
    // 2.5 parts of 1 MiB and a small image.
    const QByteArray pdf = fileOf("%PDF-1.6\n", int(2 * files::kPartBytes + files::kPartBytes / 2));
    const QByteArray png = fileOf("\x89PNG\r\n\x1A\n", 5000);
    {
        RequestsClient c = client(QStringLiteral("files"));
        QVERIFY(c.engine);
        m_server.stop();
        const ServiceRequest r = residentsFrom(from, 3);
        const Result<QString> key = c.requests->submit(
            m_extended.id, r, {{QStringLiteral("Справка.pdf"), pdf}, {QStringLiteral("фото.png"), png}});
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QTest::qWait(1000);
        const QList<RequestOutboxEntry> waiting = c.requests->outbox();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().files.size(), 2);
        QCOMPARE(waiting.first().files.first().size, pdf.size());
    } // gone; the files wait in the outbox file
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    RequestsClient again = client(QStringLiteral("files"), false);
    QVERIFY(again.engine);
    QTRY_VERIFY_WITH_TIMEOUT(again.requests->outbox().isEmpty(), 30000);
    QCOMPARE(onServer(m_extended.id, "from_date", from.toString(Qt::ISODate)), 1);
    const QList<ServiceRequest> cached = again.engine->cache.requests(m_extended.id);
    const auto made =
        std::find_if(cached.begin(), cached.end(), [&](const ServiceRequest& r) { return r.fromDate == from; });
    QVERIFY(made != cached.end());
    const QList<FileInfo> sent = made->history.first().files;
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent[0].name, QString("Справка.pdf"));
    QCOMPARE(sent[0].sha256, sha256(pdf));
    QCOMPARE(sent[1].contentType, QString(files::kPng));
    QCOMPARE(sent[1].sha256, sha256(png));
}

void TestClientRequests::fileRefusedBeforeAnythingIsStored()
{
    RequestsClient c = client(QStringLiteral("badfile"));
    QVERIFY(c.engine);
    const ServiceRequest r = residentsFrom(rules::providerToday(m_company), 1);
    const Result<QString> spoofed =
        c.requests->submit(m_extended.id, r, {{QStringLiteral("scan.png"), fileOf("\xFF\xD8\xFF\xE0", 3000)}});
    QVERIFY(!spoofed.ok());
    QCOMPARE(spoofed.error().code, QString(errc::FileTypeMismatch));
    QCOMPARE(spoofed.error().message, QString("Содержимое файла не соответствует его имени: это файл другого типа"));
    QList<RequestsService::Attachment> six;
    for (int i = 0; i < 6; ++i)
        six.append({QStringLiteral("p%1.png").arg(i), fileOf("\x89PNG\r\n\x1A\n", 100)});
    QCOMPARE(c.requests->submit(m_extended.id, r, six).error().code, QString(errc::TooManyFiles));
    QVERIFY(c.requests->outbox().isEmpty());
}

QTEST_GUILESS_MAIN(TestClientRequests)
#include "tst_client_requests.moc"
