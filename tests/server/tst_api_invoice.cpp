// GET /accounts/{id}/invoice (manual 4.3.1.3): the data a receipt is drawn
// from. The extended version gets the month's settlement per service with
// «К оплате» by the manual's formula, the payee's requisites and the owner;
// the limited version the current debts only, masked serials, no owner and
// no past months. Bad periods, future months and another user's account.
#include "tests/server/ApiTestHelpers.h"
#include "tests/server/ImportFixture.h"

#include "models/accounts/AccountRules.h"
#include "models/accounts/ExtendedTypes.h"
#include "models/core/ApiTypes.h"
#include "models/documents/InvoiceTypes.h"

#include <QJsonArray>
#include <QTest>

using namespace mygas;
using namespace apitest;

class TestApiInvoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void extendedInvoiceFollowsTheSettlements();
    void limitedInvoiceShowsTodaysDebtOnly();
    void badPeriods_data();
    void badPeriods();
    void otherUsersAccountIsNotFound();
    void noPinWhereTheCompanyPrintsNone();
    void importedPinIsPrintedWithTheServersKey();

private:
    ApiCaller api() { return ApiCaller(m_server.apiUrl(QString()), m_server.caFile()); }
    Payee payeeOf(const QString& companyId);

    ServerProcess m_server;
    ApiCaller m_a;
    QString m_extended; // severogorsk, extended
    QString m_limited;  // lesnogorsk, limited
};

void TestApiInvoice::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString()));
    m_a.setCaFile(m_server.caFile());
    consentedUser(m_a, "invoice@example.ru");
    m_extended = linkExtended(m_a, kDemoAccounts[1]);
    QVERIFY(!m_extended.isEmpty());
    m_limited = linkAccount(m_a, kDemoAccounts[0]);
    QVERIFY(!m_limited.isEmpty());
}

Payee TestApiInvoice::payeeOf(const QString& companyId)
{
    for (const QJsonValue& v : m_a.get("/companies").json.array()) {
        const Company c = Company::fromJson(v.toObject());
        if (c.id == companyId)
            return c.payee;
    }
    return {};
}

void TestApiInvoice::extendedInvoiceFollowsTheSettlements()
{
    // The latest month that has settlements, and the one before it.
    const QJsonArray settlements = m_a.get("/accounts/" + m_extended + "/settlements").json.array();
    QVERIFY(!settlements.isEmpty());
    QStringList periods;
    for (const QJsonValue& v : settlements) {
        const QString p = Settlement::fromJson(v.toObject()).period;
        if (!periods.contains(p))
            periods.append(p);
    }
    std::sort(periods.begin(), periods.end());
    QVERIFY(periods.size() >= 2);
    QHash<QString, QString> serviceNames;
    for (const QJsonValue& v : m_a.get("/accounts/" + m_extended + "/services").json.array())
        serviceNames.insert(v.toObject().value("id").toString(), v.toObject().value("name").toString());
    const QJsonObject subscriber = m_a.get("/accounts/" + m_extended + "/subscriber").object();
    const QString owner = subscriber.value("owner_name").toString();
    QVERIFY(!owner.isEmpty());
    const QJsonArray meters = m_a.get("/accounts/" + m_extended + "/meters").json.array();

    for (const QString& period : {periods.last(), periods.at(periods.size() - 2)}) {
        const ApiCaller::Reply r = m_a.get("/accounts/" + m_extended + "/invoice?period=" + period);
        QCOMPARE(r.status, 200);
        const Invoice inv = Invoice::fromJson(r.object());
        QCOMPARE(inv.period, period);
        QCOMPARE(inv.accountNumber, QString::fromLatin1(kDemoAccounts[1].number));
        QCOMPARE(inv.owner, owner);
        // The fields a gas receipt carries: residents and the heated area.
        QCOMPARE(inv.residents, subscriber.value("residents").toInt());
        QVERIFY(inv.residents > 0);
        QCOMPARE(inv.heatedAreaM2, subscriber.value("heated_area_m2").toDouble());
        // Северогорскгаз prints the PIN on its receipts: the extended version gets it.
        QCOMPARE(inv.pin, QString::fromLatin1(kDemoAccounts[1].pin));
        QVERIFY(!inv.address.isEmpty());
        const Payee expected = payeeOf("severogorsk");
        QCOMPARE(inv.payee.account, expected.account);
        QCOMPARE(inv.payee.bic, expected.bic);
        QCOMPARE(inv.payee.inn, expected.inn);
        QCOMPARE(inv.meters.size(), meters.size());
        QCOMPARE(inv.meters.first().serial, meters.first().toObject().value("serial").toString());
        // Each meter with the month's own reading: the last accepted one dated
        // up to the month's end, never one taken after it.
        const QDate lastDay = QDate::fromString(period + "-01", Qt::ISODate).addMonths(1).addDays(-1);
        for (int i = 0; i < meters.size(); ++i) {
            const QString meterId = meters.at(i).toObject().value("id").toString();
            Reading expected;
            for (const QJsonValue& v :
                 m_a.get("/accounts/" + m_extended + "/meters/" + meterId + "/readings").json.array()) {
                const Reading rd = Reading::fromJson(v.toObject());
                if (rd.state == "accepted" && rd.date <= lastDay &&
                    (!expected.date.isValid() || rd.date >= expected.date))
                    expected = rd;
            }
            QVERIFY2(expected.date.isValid(), qPrintable(meterId));
            QCOMPARE(inv.meters.at(i).lastReadingDate, expected.date);
            QCOMPARE(inv.meters.at(i).lastReading, expected.value);
        }

        int matched = 0;
        qint64 total = 0;
        for (const QJsonValue& v : settlements) {
            const Settlement s = Settlement::fromJson(v.toObject());
            if (s.period != period)
                continue;
            ++matched;
            const auto line = std::find_if(inv.lines.begin(), inv.lines.end(),
                                           [&](const InvoiceLine& l) { return l.serviceId == s.serviceId; });
            QVERIFY2(line != inv.lines.end(), qPrintable(s.serviceId));
            QCOMPARE(line->serviceName, serviceNames.value(s.serviceId));
            QCOMPARE(line->openingKop, s.openingKop);
            QCOMPARE(line->chargedKop, s.chargedKop);
            QCOMPARE(line->paidKop, s.paidKop);
            QCOMPARE(line->benefitsKop, s.benefitsKop);
            QCOMPARE(line->recalculationKop, s.recalculationKop);
            // «К оплате»: what the state opening − charged + paid leaves owing.
            const qint64 state = s.openingKop - s.chargedKop + s.paidKop;
            QCOMPARE(line->toPayKop, state < 0 ? -state : 0);
            total += line->toPayKop;
        }
        QCOMPARE(inv.lines.size(), matched);
        QCOMPARE(r.object().value("total_to_pay_kop").toInteger(), total);
    }
}

void TestApiInvoice::limitedInvoiceShowsTodaysDebtOnly()
{
    const ApiCaller::Reply r = m_a.get("/accounts/" + m_limited + "/invoice");
    QCOMPARE(r.status, 200);
    const Invoice inv = Invoice::fromJson(r.object());
    QVERIFY(inv.owner.isEmpty());
    QCOMPARE(inv.residents, 0); // the household is the extended version's
    QCOMPARE(inv.heatedAreaM2, 0.0);
    QVERIFY(!r.object().contains("pin"));
    const QJsonArray services = m_a.get("/accounts/" + m_limited + "/services").json.array();
    QCOMPARE(inv.lines.size(), services.size());
    for (int i = 0; i < services.size(); ++i) {
        const qint64 balance = services[i].toObject().value("balance_kop").toInteger();
        QCOMPARE(inv.lines[i].toPayKop, balance < 0 ? -balance : 0);
        QCOMPARE(inv.lines[i].chargedKop, 0);
    }
    const QJsonArray meters = m_a.get("/accounts/" + m_limited + "/meters").json.array();
    QCOMPARE(inv.meters.size(), meters.size());
    for (int i = 0; i < meters.size(); ++i) {
        QCOMPARE(inv.meters[i].serial, meters[i].toObject().value("serial").toString());
        QVERIFY(inv.meters[i].serial.contains("****"));
    }
    // A past month needs the extended version.
    const QString lastMonth = QDate::fromString(inv.period + "-01", Qt::ISODate).addMonths(-1).toString("yyyy-MM");
    const ApiCaller::Reply past = m_a.get("/accounts/" + m_limited + "/invoice?period=" + lastMonth);
    QCOMPARE(past.status, 403);
    QCOMPARE(past.errorCode(), QStringLiteral("extended_required"));
}

void TestApiInvoice::badPeriods_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("month 13") << "2026-13" << 400 << "period_invalid";
    QTest::newRow("day given") << "2026-01-15" << 400 << "period_invalid";
    QTest::newRow("words") << "january" << 400 << "period_invalid";
    QTest::newRow("next year") << QString::number(QDate::currentDate().year() + 1) + "-01" << 404
                               << "invoice_not_found";
    QTest::newRow("before any charge") << "1999-01" << 404 << "invoice_not_found";
}

void TestApiInvoice::badPeriods()
{
    QFETCH(QString, period);
    QFETCH(int, status);
    QFETCH(QString, code);
    const ApiCaller::Reply r = m_a.get("/accounts/" + m_extended + "/invoice?period=" + period);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.errorMessage().isEmpty());
}

void TestApiInvoice::otherUsersAccountIsNotFound()
{
    ApiCaller b = api();
    consentedUser(b, "invoice-b@example.ru");
    for (const QString& id : {m_extended, m_limited}) {
        const ApiCaller::Reply r = b.get("/accounts/" + id + "/invoice");
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("account_not_found"));
    }
    ApiCaller anonymous = api();
    QCOMPARE(anonymous.get("/accounts/" + m_extended + "/invoice").status, 401);
}

// «Заречье» prints no PIN on its receipts: none in the extended version either.
void TestApiInvoice::noPinWhereTheCompanyPrintsNone()
{
    const QString id = linkAccount(m_a, kDemoAccounts[2]);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_a.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", kDemoAccounts[2].pin}}).status,
             200);
    const ApiCaller::Reply r = m_a.get("/accounts/" + id + "/invoice");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().contains("pin") || r.object().value("pin").toString().isEmpty());
    QCOMPARE(m_a.send("DELETE", "/accounts/" + id, {}).status, 204);
}

// A company's export carries the PIN it prints. Imported with the server's
// key (DATA_DIR/pin.key) the receipt prints it; imported without, the PIN
// unlocks the extended version but is not printed; a new PIN replaces it.
void TestApiInvoice::importedPinIsPrintedWithTheServersKey()
{
    const QString file = m_server.dataDir() + "/export.json";
    QJsonObject acc = importfixture::account("0422222222");
    importfixture::Run run =
        importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    const QString id = linkAccount(m_a, {"severogorsk", "0422222222", "61234537", "258043", "4321"});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_a.post("/accounts/" + id + "/extended", {{"method", "pin"}, {"answer", "4321"}}).status, 200);
    const QString url = "/accounts/" + id + "/invoice?period=2025-02";
    ApiCaller::Reply r = m_a.get(url);
    QCOMPARE(r.status, 200);
    QVERIFY(Invoice::fromJson(r.object()).pin.isEmpty());

    const QStringList withKey{"--pin-key", m_server.dataDir() + "/pin.key"};
    acc["pin"] = "5678";
    run = importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}),
                                withKey);
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QCOMPARE(Invoice::fromJson(m_a.get(url).object()).pin, QStringLiteral("5678"));
    // The import does not print the PIN it stored.
    QVERIFY(!run.output.contains("5678"));
    // A key that is not the server's is refused, and nothing is imported.
    QFile other(m_server.dataDir() + "/other.key");
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("not a key");
    other.close();
    acc["pin"] = "9999";
    run = importfixture::import(ServerProcess::binary(), m_server.databaseUrl(), file, importfixture::document({acc}),
                                {"--pin-key", other.fileName()});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(Invoice::fromJson(m_a.get(url).object()).pin, QStringLiteral("5678"));
    QCOMPARE(m_a.send("DELETE", "/accounts/" + id, {}).status, 204);
}

QTEST_GUILESS_MAIN(TestApiInvoice)
#include "tst_api_invoice.moc"
