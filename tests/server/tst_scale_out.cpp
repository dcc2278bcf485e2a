// Three mygas-server processes on one PostgreSQL database behind nginx with
// TLS (docs/operator.md 6), each a real process sharing the data directory's
// keys: a sync cursor from one process is valid on another; four abonents
// send readings and pay by card through nginx while one process after
// another is killed with kill -9 and started again, and every acknowledged
// reading and payment is stored exactly once; every code message reaches the
// SMS gateway once although all three processes deliver the outbox; login
// and code limits count across the processes.
#include "models/accounts/AccountTypes.h"
#include "models/auth/AuthRules.h"
#include "models/payments/PaymentTypes.h"
#include "models/readings/ReadingTypes.h"
#include "server/app/CertificateFactory.h"
#include "server/db/Database.h"
#include "tests/server/ApiTestHelpers.h"
#include "tests/server/ScaleOutFixture.h"
#include "tests/support/PostgresCluster.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace mygas;
using namespace apitest;
using mygas::server::Database;

namespace {
constexpr int kProcesses = 3;

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

// One abonent: a reading, and every third time a card payment, one after
// another. A request is repeated with the same Idempotency-Key until it has
// an answer: a process killed under it leaves nginx answering 502.
class Abonent : public QThread
{
public:
    struct Setup
    {
        QUrl api;
        QUrl site;
        QString ca;
        QString token;
        QString account;
        QString meter;
        qint64 lastValue = 0;
        QString service;
    };
    explicit Abonent(Setup s) : m_s(std::move(s)) {}

    QAtomicInt stop;
    // What the server acknowledged.
    QStringList readingIds;
    QStringList paidOrders;
    int paymentKeys = 0;
    int repeated = 0; // requests sent again after no answer
    QString failure;

protected:
    void run() override
    {
        ApiCaller api(m_s.api, m_s.ca);
        api.setBearer(m_s.token);
        ApiCaller site(m_s.site, m_s.ca);
        qint64 value = m_s.lastValue;
        for (int i = 1; !stop.loadRelaxed() && failure.isEmpty(); ++i) {
            const QJsonObject item{{"meter_id", m_s.meter}, {"value", value + 1}};
            const ApiCaller::Reply r =
                answered(api, "/accounts/" + m_s.account + "/readings",
                         QJsonDocument(QJsonObject{{"items", QJsonArray{item}}}).toJson(), newKey());
            const ReadingAnswer answer = ReadingAnswer::fromJson(r.object());
            if (r.status != 200 || answer.results.size() != 1 || !answer.results.first().accepted) {
                failure = QStringLiteral("reading: %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
                break;
            }
            readingIds << answer.results.first().readingId;
            ++value;
            if (i % 3 == 0)
                pay(api, site);
        }
    }

private:
    ApiCaller::Reply answered(ApiCaller& c, const QString& path, const QByteArray& body, const QByteArray& key,
                              bool form = false)
    {
        QMap<QByteArray, QByteArray> headers{
            {"Content-Type", form ? "application/x-www-form-urlencoded" : "application/json"}};
        if (!key.isEmpty())
            headers.insert("Idempotency-Key", key);
        for (int attempt = 0; attempt < 600; ++attempt) {
            const ApiCaller::Reply r = body.isNull() ? c.get(path) : c.send("POST", path, body, headers);
            if (r.status != 0 && r.status != 502 && r.status != 503 && r.status != 504)
                return r;
            ++repeated;
            QThread::msleep(50);
        }
        return {};
    }

    void pay(ApiCaller& api, ApiCaller& site)
    {
        ++paymentKeys;
        const QJsonArray items{QJsonObject{{"service_id", m_s.service}, {"amount_kop", 1000}}};
        const ApiCaller::Reply created = answered(api, "/accounts/" + m_s.account + "/payments",
                                                  QJsonDocument(QJsonObject{{"items", items}}).toJson(), newKey());
        if (created.status != 201) {
            failure = QStringLiteral("payment: %1 %2").arg(created.status).arg(QString::fromUtf8(created.body));
            return;
        }
        const QString order = created.object().value("payment").toObject().value("id").toString();
        const QString page = QUrl(created.object().value("confirmation_url").toString()).path();
        const auto form = [](const QList<QPair<QString, QString>>& fields) {
            QUrlQuery q;
            for (const auto& [name, value] : fields)
                q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
            return q.query(QUrl::FullyEncoded).toUtf8();
        };
        // As a person whose page broke: the card again (a page already past
        // it just shows where it is), the code, then the order's status. A
        // notice the process died before giving comes again within seconds.
        for (int attempt = 0; attempt < 3; ++attempt) {
            answered(site, page + "/card",
                     form({{"number", "4111 1111 1111 1111"}, {"expiry", "12/35"}, {"cvc", "123"}, {"holder", "IVAN"}}),
                     {}, true);
            answered(site, page + "/code", form({{"code", "12345"}}), {}, true);
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < 15000) {
                const ApiCaller::Reply status = answered(api, "/payments/" + order, QByteArray(), {});
                const PaymentOrder o = PaymentOrder::fromJson(status.object());
                if (o.status == PaymentOrder::Status::Succeeded) {
                    paidOrders << order;
                    return;
                }
                if (o.status != PaymentOrder::Status::Pending) {
                    failure = QStringLiteral("order %1: %2").arg(order, QString::fromUtf8(status.body));
                    return;
                }
                QThread::msleep(200);
            }
        }
        failure = QStringLiteral("order %1 still pending").arg(order);
    }

    Setup m_s;
};
} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncCursorsHoldAcrossProcesses();
    void killedProcessesLoseNothing();
    void codeMessagesGoOutOnce();
    void limitsHoldAcrossProcesses();

private:
    ApiCaller backend(int i) const
    {
        return ApiCaller(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(m_ports[i])));
    }
    ApiCaller front() const { return ApiCaller(m_site.toString() + "/api/v1", m_ca); }
    QString signedInUser(const QString& login, const DemoAccount& account, QString* accountId);
    void setClock(qint64 offset);
    qint64 count(const QString& sql, const QVariantList& args);

    QTemporaryDir m_shared;
    QString m_ca;
    QUrl m_site;
    QString m_db;
    QList<int> m_ports;
    ServerProcess::Options m_options;
    std::unique_ptr<ServerProcess> m_servers[kProcesses];
    scaleout::Nginx m_nginx;
    scaleout::SmsGateway m_gateway;
    qint64 m_clock = 0;
    std::unique_ptr<Database> m_check; // the test's own connection, for counting rows
};

void TestScaleOut::initTestCase()
{
    qputenv("MYGAS_TEST_DB", "postgresql");
    QString error;
    m_db = PostgresCluster::shared().createDatabase(&error);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    mygas::server::CertificateFactory tls(m_shared.path());
    QVERIFY(tls.ensure().ok());
    m_ca = tls.caFile();
    QVERIFY(m_gateway.listen());
    // Inside every demo company's reading window: the 22nd, Moscow noon.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Moscow")).date();
    setClock(
        QDateTime(QDate(today.year(), today.month(), 22), QTime(12, 0), QTimeZone("Europe/Moscow")).toSecsSinceEpoch() -
        QDateTime::currentSecsSinceEpoch());

    const int nginxPort = scaleout::freePort();
    m_site = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(nginxPort));
    m_options.insecureHttp = true;
    m_options.databaseUrl = m_db;
    m_options.dataDir = m_shared.path();
    m_options.clockFile = m_shared.filePath("clock-offset");
    m_options.extraArgs = {
        "--trusted-proxy",
        "127.0.0.1",
        "--public-url",
        m_site.toString(),
        "--sms-gateway",
        QStringLiteral("http://127.0.0.1:%1/send?to={to}&text={text}&id={id}").arg(m_gateway.port())};
    // One after another: the first migrates the database and seeds the demo.
    for (auto& server : m_servers) {
        server = std::make_unique<ServerProcess>();
        QVERIFY2(server->start(m_options, &error), qPrintable(error));
        m_ports << server->baseUrl().port();
    }
    QVERIFY2(m_nginx.start(nginxPort, m_ports, tls.certFile(), tls.keyFile(), &error), qPrintable(error));
    QCOMPARE(front().get("/companies").status, 200);
}

void TestScaleOut::cleanupTestCase()
{
    m_nginx.stop();
    for (auto& server : m_servers) {
        if (server)
            server->stop();
    }
}

void TestScaleOut::setClock(qint64 offset)
{
    m_clock = offset;
    QFile f(m_shared.filePath("clock-offset"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::number(offset));
}

qint64 TestScaleOut::count(const QString& sql, const QVariantList& args)
{
    if (!m_check) {
        m_check = std::make_unique<Database>(QStringLiteral("check"));
        if (!m_check->open(m_db).ok())
            return -1;
    }
    QSqlQuery q = m_check->newQuery();
    if (!q.prepare(sql))
        return -1;
    for (const QVariant& v : args)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString TestScaleOut::signedInUser(const QString& login, const DemoAccount& account, QString* accountId)
{
    ApiCaller a = front();
    const QString token = consentedUser(a, login);
    *accountId = linkAccount(a, account);
    const ApiCaller::Reply r =
        a.post("/accounts/" + *accountId + "/extended", {{"method", "pin"}, {"answer", account.pin}});
    if (r.status != 200)
        qWarning() << "unlock failed" << r.status << r.body;
    return token;
}

// GET /sync from one process, a reading through another, the delta from the
// third: the cursor means the same everywhere, and each process's section
// answers follow the change at once.
void TestScaleOut::syncCursorsHoldAcrossProcesses()
{
    QString account;
    const QString token = signedInUser("cursor@example.ru", kDemoAccounts[0], &account);
    ApiCaller p[kProcesses] = {backend(0), backend(1), backend(2)};
    for (ApiCaller& c : p)
        c.setBearer(token);
    const QJsonObject first = p[0].get("/sync").object();
    QVERIFY(first.value("full").toBool());
    const Meter meter = Meter::fromJson(p[2].get("/accounts/" + account + "/meters").json.array().first().toObject());
    const QJsonObject item{{"meter_id", meter.id}, {"value", meter.lastReading + 3}};
    const ApiCaller::Reply r = p[1].postRaw("/accounts/" + account + "/readings",
                                            QJsonDocument(QJsonObject{{"items", QJsonArray{item}}}).toJson(),
                                            {{"Content-Type", "application/json"}, {"Idempotency-Key", newKey()}});
    QVERIFY2(r.status == 200, r.body.constData());
    const QString readingId = ReadingAnswer::fromJson(r.object()).results.value(0).readingId;
    QVERIFY(!readingId.isEmpty());
    const QJsonObject delta =
        p[2].get("/sync?cursor=" + QUrl::toPercentEncoding(first.value("cursor").toString())).object();
    QVERIFY(!delta.value("full").toBool());
    QStringList changed;
    for (const QJsonValue& v : delta.value("changes").toObject().value("readings").toArray())
        changed << v.toObject().value("id").toString();
    QVERIFY2(changed.contains(readingId), qPrintable(changed.join(' ')));
    const QJsonObject none =
        p[0].get("/sync?cursor=" + QUrl::toPercentEncoding(delta.value("cursor").toString())).object();
    QVERIFY(!none.value("full").toBool());
    for (const QJsonValue& list : none.value("changes").toObject())
        QVERIFY(list.toArray().isEmpty());
    // The process that answered the meters before the reading answers anew.
    QCOMPARE(Meter::fromJson(p[2].get("/accounts/" + account + "/meters").json.array().first().toObject()).lastReading,
             meter.lastReading + 3);
}

void TestScaleOut::killedProcessesLoseNothing()
{
    QList<std::shared_ptr<Abonent>> abonents;
    QStringList accounts;
    QStringList services;
    QList<qint64> balances;
    for (int i = 0; i < 4; ++i) {
        Abonent::Setup s;
        s.api = QUrl(m_site.toString() + "/api/v1");
        s.site = m_site;
        s.ca = m_ca;
        s.token = signedInUser(QStringLiteral("load%1@example.ru").arg(i), kDemoAccounts[i], &s.account);
        ApiCaller a = front();
        a.setBearer(s.token);
        const Meter meter =
            Meter::fromJson(a.get("/accounts/" + s.account + "/meters").json.array().first().toObject());
        s.meter = meter.id;
        s.lastValue = meter.lastReading;
        const QJsonObject service = a.get("/accounts/" + s.account + "/services").json.array().first().toObject();
        s.service = service.value("id").toString();
        balances << service.value("balance_kop").toInteger();
        services << s.service;
        accounts << s.account;
        abonents << std::make_shared<Abonent>(s);
    }
    QList<qint64> readingsBefore;
    QList<qint64> paymentsBefore;
    QList<qint64> ordersBefore;
    for (const QString& account : accounts) {
        ordersBefore << count("SELECT COUNT(*) FROM payment_orders WHERE account_id = ?", {account.toLongLong()});
        readingsBefore << count("SELECT COUNT(*) FROM readings WHERE account_id = ? AND source = 'online'",
                                {account.toLongLong()});
        paymentsBefore << count("SELECT COUNT(*) FROM payments WHERE account_id = ? AND online = 1",
                                {account.toLongLong()});
    }
    for (auto& a : abonents)
        a->start();
    QTest::qWait(3000);
    QString error;
    for (int victim : {1, 2}) {
        const qint64 pid = m_servers[victim]->pid();
        m_servers[victim]->killHard();
        qInfo() << "killed process" << pid;
        QTest::qWait(1500);
        ServerProcess::Options again = m_options;
        again.port = m_ports[victim];
        QVERIFY2(m_servers[victim]->start(again, &error), qPrintable(error));
        QTest::qWait(3000);
    }
    for (auto& a : abonents)
        a->stop.storeRelaxed(1);
    for (auto& a : abonents)
        QVERIFY(QTest::qWaitFor([&] { return a->isFinished(); }, 120000));

    int repeated = 0;
    QPair<int, int> total;
    for (int i = 0; i < abonents.size(); ++i) {
        const Abonent& a = *abonents[i];
        total.first += a.readingIds.size();
        total.second += a.paidOrders.size();
        QVERIFY2(a.failure.isEmpty(), qPrintable(a.failure));
        QVERIFY(a.readingIds.size() >= 5 && !a.paidOrders.isEmpty());
        repeated += a.repeated;
        const qint64 account = accounts[i].toLongLong();
        // Each acknowledged reading is there once, and there is no other.
        QCOMPARE(count("SELECT COUNT(*) FROM readings WHERE account_id = ? AND source = 'online'", {account}),
                 readingsBefore[i] + a.readingIds.size());
        QCOMPARE(QSet<QString>(a.readingIds.begin(), a.readingIds.end()).size(), a.readingIds.size());
        for (const QString& id : a.readingIds)
            QCOMPARE(count("SELECT COUNT(*) FROM readings WHERE id = ?", {id}), 1);
        // One order per key, one payment row per paid order, counted once
        // in the balance.
        QCOMPARE(count("SELECT COUNT(*) FROM payment_orders WHERE account_id = ?", {account}),
                 ordersBefore[i] + a.paymentKeys);
        QCOMPARE(count("SELECT COUNT(*) FROM payments WHERE account_id = ? AND online = 1", {account}),
                 paymentsBefore[i] + a.paidOrders.size());
        for (const QString& order : a.paidOrders)
            QCOMPARE(count("SELECT COUNT(*) FROM payments WHERE id = ?", {accounts[i] + "-online-" + order + "-1"}), 1);
        QCOMPARE(count("SELECT balance_kop FROM services WHERE account_id = ? AND id = ?", {account, services[i]}),
                 balances[i] + 1000 * a.paidOrders.size());
    }
    qInfo() << "readings" << total.first << "paid orders" << total.second << "requests sent again" << repeated;
}

// Registrations through nginx land on all three processes; each process
// delivers the outbox on its own, and the gateway answers slowly, so that
// another process sees a message while one is sending it.
void TestScaleOut::codeMessagesGoOutOnce()
{
    m_gateway.setDelayMs(300);
    ApiCaller a = front();
    QStringList logins;
    for (int i = 0; i < 20; ++i) {
        const QString login = QStringLiteral("+7912777%1").arg(i, 4, 10, QLatin1Char('0'));
        const ApiCaller::Reply r = a.post("/auth/register", credentials(login, "pass1"));
        QCOMPARE(r.status, 202);
        logins << login;
        QTest::qWait(50);
    }
    const QString sms =
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE channel = 'sms' AND recipient LIKE '+7912777%'");
    QCOMPARE(count(sms, {}), 20);
    QTRY_VERIFY_WITH_TIMEOUT(count(sms + " AND sent_at IS NULL", {}) == 0, 60000);
    QTest::qWait(1000); // an answer on its way after the last mark
    QHash<qint64, int> times;
    for (const scaleout::SmsGateway::Message& m : m_gateway.messages()) {
        if (m.to.startsWith("+7912777"))
            ++times[m.id];
    }
    QCOMPARE(times.size(), 20);
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("message %1 sent %2 times").arg(it.key()).arg(it.value())));
    m_gateway.setDelayMs(0);
}

// Failed logins and codes are counted in the database, so a client that
// each time reaches another process gets no more tries.
void TestScaleOut::limitsHoldAcrossProcesses()
{
    ApiCaller p[kProcesses] = {backend(0), backend(1), backend(2)};
    const QString login = QStringLiteral("limits@example.ru");
    ApiCaller a = front();
    registerUser(a, login, "pass1");
    const QMap<QByteArray, QByteArray> from{{"X-Forwarded-For", "203.0.113.40"}};
    for (int i = 0; i < rules::kMaxLoginFailures; ++i)
        QCOMPARE(p[i % kProcesses].post("/auth/login", credentials(login, "wrong1"), from).status, 401);
    for (ApiCaller& c : p)
        QCOMPARE(c.post("/auth/login", credentials(login, "pass1"), from).status, 429);

    // Codes per login and hour: the registration's, then recoveries started
    // on one process after another (the shared clock past each resend time).
    int sent = 1;
    while (sent < rules::kMaxCodesPerHour) {
        setClock(m_clock + rules::kRecoveryCodeTtlSec + 1);
        const ApiCaller::Reply r =
            p[sent % kProcesses].post("/auth/recover", {{"login", login}, {"new_password", "pass7"}}, from);
        QVERIFY2(r.status == 202, r.body.constData());
        ++sent;
    }
    setClock(m_clock + rules::kRecoveryCodeTtlSec + 1);
    for (ApiCaller& c : p) {
        const ApiCaller::Reply capped = c.post("/auth/recover", {{"login", login}, {"new_password", "pass7"}}, from);
        QCOMPARE(capped.status, 429);
        QCOMPARE(capped.errorCode(), QStringLiteral("resend_too_early"));
    }
}

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scale_out.moc"
