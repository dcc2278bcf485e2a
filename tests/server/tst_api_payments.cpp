// Card payments through the sandbox bank (manual 4.3.1.4, 4.3.1.5, 4.7.3,
// section 6 row 3): the order, the bank's card and 3-D Secure pages as a
// browser posts them, each test card of docs/payments.md, the signed notices
// (forged, replayed, late), bound cards, two users, and no card number in
// the database or the log.
#include "tests/server/ApiTestHelpers.h"

#include "models/accounts/AccountTypes.h"
#include "models/payments/PaymentRules.h"
#include "models/payments/PaymentTypes.h"
#include "models/readings/ReadingTypes.h"
#include "server/db/Database.h"
#include "server/payments/AcquirerNotice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace mygas;
using namespace apitest;
using mygas::server::AcquirerNotice;
using mygas::server::Database;
using mygas::server::Transaction;

namespace {
const char* const kVisa = "4111 1111 1111 1111";
const QList<QByteArray> kTestPans = {"4111111111111111", "5555555555554444", "6759649826438453", "2200000000000004",
                                     "4000000000000002", "4000000000000010", "4000000000000028", "378282246310005"};
} // namespace

class TestApiPayments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachTestCard_data();
    void eachTestCard();
    void cardPageRefusesBadInput();
    void totalsAndItemsAreChecked_data();
    void totalsAndItemsAreChecked();
    void sameKeyMakesOnePayment();
    void noticesAreVerified();
    void boundCardPaysWithTheCodeOnly();
    void otherUserSeesNothing();
    void readingsGoWithThePayment();
    void paidAmountCountsInTheOpenMonthAtOnce();
    void noCardNumberIsKept();
    void pageAddressesIgnoreTheHostHeader();
    void olderOnlineRowIdsAreRenamed();
    void aNoticeNotTakenIsSentAgain();

private:
    struct Started
    {
        QString id;
        QUrl page;
    };
    ApiCaller api() { return ApiCaller(m_server.apiUrl(QString()), m_server.caFile()); }
    ApiCaller::Reply pay(ApiCaller& a, const QJsonArray& items, const QByteArray& key, const QString& cardId = {},
                         const QMap<QByteArray, QByteArray>& extraHeaders = {});
    QJsonArray firstService(qint64 amountKop);
    Started start(qint64 amountKop, const QString& cardId = {});
    // A form posted as a browser does; redirects are followed.
    ApiCaller::Reply submit(const QUrl& page, const QString& step, const QList<QPair<QString, QString>>& fields);
    ApiCaller::Reply enterCard(const QUrl& page, const QString& number, bool save = false);
    PaymentOrder order(const QString& id);
    qint64 balance(const QString& serviceId);
    int onlinePayments();
    QByteArray notice(const QJsonObject& body);
    // Moves the server's date (Moscow noon of day) and signs in again.
    void setToday(const QDate& day);

    ServerProcess m_server;
    ApiCaller m_a;
    QString m_account;
    QString m_service;
};

void TestApiPayments::initTestCase()
{
    // The readings writer says how many submissions each of its commits carried.
    qputenv("QT_LOGGING_RULES", "mygas.server.readings.debug=true");
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString()));
    m_a.setCaFile(m_server.caFile());
    consentedUser(m_a, "payer@example.ru");
    m_account = linkAccount(m_a, kDemoAccounts[1]);
    QVERIFY(!m_account.isEmpty());
    const QJsonArray services = m_a.get("/accounts/" + m_account + "/services").json.array();
    QVERIFY(!services.isEmpty());
    m_service = services.first().toObject().value("id").toString();
}

ApiCaller::Reply TestApiPayments::pay(ApiCaller& a, const QJsonArray& items, const QByteArray& key,
                                      const QString& cardId, const QMap<QByteArray, QByteArray>& extraHeaders)
{
    QJsonObject body{{"items", items}};
    if (!cardId.isEmpty())
        body.insert("card_id", cardId);
    QMap<QByteArray, QByteArray> headers = extraHeaders;
    if (!key.isEmpty())
        headers.insert("Idempotency-Key", key);
    return a.post("/accounts/" + m_account + "/payments", body, headers);
}

QJsonArray TestApiPayments::firstService(qint64 amountKop)
{
    return {QJsonObject{{"service_id", m_service}, {"amount_kop", amountKop}}};
}

TestApiPayments::Started TestApiPayments::start(qint64 amountKop, const QString& cardId)
{
    const ApiCaller::Reply r =
        pay(m_a, firstService(amountKop), QUuid::createUuid().toByteArray(QUuid::WithoutBraces), cardId);
    if (r.status != 201)
        qWarning() << "payment not created" << r.status << r.body << m_server.output().right(2000);
    const PaymentOrder o = PaymentOrder::fromJson(r.object().value("payment").toObject());
    return {o.id, QUrl(r.object().value("confirmation_url").toString())};
}

ApiCaller::Reply TestApiPayments::submit(const QUrl& page, const QString& step,
                                         const QList<QPair<QString, QString>>& fields)
{
    QUrlQuery form;
    for (const auto& [name, value] : fields)
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    ApiCaller browser(m_server.baseUrl(), m_server.caFile());
    return browser.send("POST", page.path() + "/" + step, form.query(QUrl::FullyEncoded).toUtf8(),
                        {{"Content-Type", "application/x-www-form-urlencoded"}});
}

ApiCaller::Reply TestApiPayments::enterCard(const QUrl& page, const QString& number, bool save)
{
    QList<QPair<QString, QString>> fields = {
        {"number", number}, {"expiry", "12/35"}, {"cvc", "123"}, {"holder", "IVAN PETROV"}};
    if (save)
        fields.append(qMakePair(QStringLiteral("save"), QStringLiteral("1")));
    return submit(page, "card", fields);
}

PaymentOrder TestApiPayments::order(const QString& id)
{
    return PaymentOrder::fromJson(m_a.get("/payments/" + id).object());
}

qint64 TestApiPayments::balance(const QString& serviceId)
{
    for (const QJsonValue& v : m_a.get("/accounts/" + m_account + "/services").json.array()) {
        if (v.toObject().value("id").toString() == serviceId)
            return v.toObject().value("balance_kop").toInteger();
    }
    return -1;
}

int TestApiPayments::onlinePayments()
{
    int n = 0;
    for (const QJsonValue& v : m_a.get("/accounts/" + m_account + "/payments").json.array())
        n += v.toObject().value("online").toBool() ? 1 : 0;
    return n;
}

void TestApiPayments::eachTestCard_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("declined"); // "" when paid
    QTest::addColumn<QString>("network");
    QTest::newRow("Visa") << kVisa << "12345"
                          << ""
                          << "Visa";
    QTest::newRow("Mastercard") << "5555 5555 5555 4444"
                                << "12345"
                                << ""
                                << "Mastercard";
    QTest::newRow("Maestro") << "6759 6498 2643 8453"
                             << "12345"
                             << ""
                             << "Maestro";
    QTest::newRow("Mir") << "2200 0000 0000 0004"
                         << "12345"
                         << ""
                         << "Mir";
    QTest::newRow("insufficient funds") << "4000 0000 0000 0002"
                                        << "12345"
                                        << "insufficient_funds"
                                        << "Visa";
    QTest::newRow("blocked") << "4000 0000 0000 0010"
                             << "12345"
                             << "card_blocked"
                             << "Visa";
    QTest::newRow("issued abroad") << "4000 0000 0000 0028"
                                   << "12345"
                                   << "card_foreign"
                                   << "Visa";
    QTest::newRow("American Express") << "3782 822463 10005"
                                      << ""
                                      << "card_network_not_accepted"
                                      << "American Express";
    QTest::newRow("wrong 3-D Secure code") << kVisa << "54321"
                                           << "secure_code_wrong"
                                           << "Visa";
}

void TestApiPayments::eachTestCard()
{
    QFETCH(QString, number);
    QFETCH(QString, code);
    QFETCH(QString, declined);
    QFETCH(QString, network);
    const qint64 before = balance(m_service);
    const int paymentsBefore = onlinePayments();
    const Started s = start(1500);
    QVERIFY(!s.id.isEmpty());
    QCOMPARE(s.page.scheme(), QStringLiteral("https"));
    QCOMPARE(s.page.port(), m_server.baseUrl().port());
    QCOMPARE(order(s.id).status, PaymentOrder::Status::Pending);

    ApiCaller browser(m_server.baseUrl(), m_server.caFile());
    const ApiCaller::Reply page = browser.get(s.page.path());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Номер карты"));
    QVERIFY(page.body.contains("Зарегистрировать карту"));
    QVERIFY(page.body.contains("15,00"));

    ApiCaller::Reply r = enterCard(s.page, number);
    QCOMPARE(r.status, 200);
    if (!code.isEmpty()) {
        // The 3-D Secure page shows the masked card, never the number.
        QVERIFY2(r.body.contains("Код подтверждения"), r.body.constData());
        QVERIFY(!r.body.contains(number.remove(' ').toLatin1()));
        QCOMPARE(order(s.id).status, PaymentOrder::Status::Pending);
        r = submit(s.page, "code", {{"code", code}});
        QCOMPARE(r.status, 200);
    }
    // Back at the provider's return page, which the app catches.
    QVERIFY2(r.body.contains("Оплата завершена"), r.body.constData());

    const ApiCaller::Reply status = m_a.get("/payments/" + s.id);
    QCOMPARE(status.status, 200);
    const PaymentOrder o = PaymentOrder::fromJson(status.object());
    QVERIFY(o.finishedAt.isValid());
    if (declined.isEmpty()) {
        QCOMPARE(o.status, PaymentOrder::Status::Succeeded);
        QCOMPARE(o.cardNetwork, network);
        QVERIFY(o.cardMasked.contains("**"));
        // The bank's operation number for the payment receipt.
        QVERIFY2(QRegularExpression("^[0-9]{12}$").match(o.bankOperation).hasMatch(), qPrintable(o.bankOperation));
        // Counted at once: the balance and «Платежи» (manual 4.3.1.5).
        QCOMPARE(balance(m_service), before + 1500);
        QCOMPARE(onlinePayments(), paymentsBefore + 1);
        const QJsonArray payments = m_a.get("/accounts/" + m_account + "/payments").json.array();
        bool found = false;
        for (const QJsonValue& v : payments) {
            const Payment p = Payment::fromJson(v.toObject());
            if (p.id.contains(s.id)) {
                found = true;
                // «<account id>-<id>» as every row: the order's first service.
                QCOMPARE(p.id, m_account + "-online-" + s.id + "-1");
                QCOMPARE(rules::orderOfPayment(p.id), s.id);
                QCOMPARE(p.amountKop, 1500);
                QCOMPARE(p.serviceId, m_service);
                QVERIFY(p.online);
                QCOMPARE(p.place, QStringLiteral("ЛК «Мой газ»"));
            }
        }
        QVERIFY(found);
    } else {
        QCOMPARE(o.status, PaymentOrder::Status::Declined);
        QCOMPARE(o.declineCode, declined);
        QVERIFY(o.bankOperation.isEmpty());
        const QString message = status.object().value("decline").toObject().value("message").toString();
        QVERIFY2(message.contains(QRegularExpression("[а-яА-Я]")), qPrintable(message));
        QCOMPARE(balance(m_service), before);
        QCOMPARE(onlinePayments(), paymentsBefore);
    }
    // The finished page only sends the browser back; posting again changes nothing.
    QVERIFY(submit(s.page, "code", {{"code", "12345"}}).body.contains("Оплата завершена"));
    QCOMPARE(order(s.id).status, o.status);
}

void TestApiPayments::cardPageRefusesBadInput()
{
    const Started s = start(2000);
    const QList<QPair<QList<QPair<QString, QString>>, QByteArray>> bad = {
        {{{"number", "4111 1111 1111 1112"}, {"expiry", "12/35"}, {"cvc", "123"}, {"holder", "IVAN PETROV"}},
         "Проверьте номер карты"},
        {{{"number", kVisa}, {"expiry", "01/20"}, {"cvc", "123"}, {"holder", "IVAN PETROV"}}, "истек"},
        {{{"number", kVisa}, {"expiry", "13/35"}, {"cvc", "123"}, {"holder", "IVAN PETROV"}}, "истек"},
        {{{"number", kVisa}, {"expiry", "12/35"}, {"cvc", "12a"}, {"holder", "IVAN PETROV"}}, "цифры"},
        {{{"number", kVisa}, {"expiry", "12/35"}, {"cvc", "123"}, {"holder", "Иван"}}, "латинск"},
    };
    for (const auto& [fields, message] : bad) {
        const ApiCaller::Reply r = submit(s.page, "card", fields);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.body.contains("role=\"alert\""), r.body.constData());
        QVERIFY2(r.body.toLower().contains(message.toLower()), r.body.constData());
        // The page asks again; the number typed is not sent back.
        QVERIFY(!r.body.contains("4111 1111 1111 111"));
        QCOMPARE(order(s.id).status, PaymentOrder::Status::Pending);
    }
    // Tabs, no-break and thin spaces between the groups are spaces too; the
    // card is kept without them.
    QVERIFY(enterCard(s.page, QStringLiteral("4111\t1111\u00a01111\u20091111")).body.contains("Код подтверждения"));
    QVERIFY(submit(s.page, "code", {{"code", "12345"}}).body.contains("Оплата завершена"));
    QCOMPARE(order(s.id).status, PaymentOrder::Status::Succeeded);
    QCOMPARE(order(s.id).cardMasked, QStringLiteral("4111 11** **** 1111"));
    // An unknown page address is not a payment.
    ApiCaller browser(m_server.baseUrl(), m_server.caFile());
    QCOMPARE(browser.get("/acquirer/no-such-page").status, 404);
}

void TestApiPayments::totalsAndItemsAreChecked_data()
{
    QTest::addColumn<QByteArray>("items"); // JSON
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray service = m_service.toUtf8();
    QTest::newRow("9.99 ₽") << "[{\"service_id\":\"" + service + "\",\"amount_kop\":999}]" << 422
                              << "payment_too_small";
    QTest::newRow("15 000.01 ₽") << "[{\"service_id\":\"" + service + "\",\"amount_kop\":1500001}]" << 422
                                   << "payment_too_large";
    QTest::newRow("no services") << QByteArray("[]") << 400 << "payment_items_invalid";
    QTest::newRow("zero") << "[{\"service_id\":\"" + service + "\",\"amount_kop\":0}]" << 400
                          << "payment_items_invalid";
    QTest::newRow("fraction of a kopeck")
        << "[{\"service_id\":\"" + service + "\",\"amount_kop\":1000.5}]" << 400 << "payment_items_invalid";
    QTest::newRow("amount as text") << "[{\"service_id\":\"" + service + "\",\"amount_kop\":\"1000\"}]" << 400
                                    << "payment_items_invalid";
    QTest::newRow("one service twice") << "[{\"service_id\":\"" + service +
                                              "\",\"amount_kop\":1000},"
                                              "{\"service_id\":\"" +
                                              service + "\",\"amount_kop\":1000}]"
                                       << 400 << "payment_items_invalid";
    QTest::newRow("another account's service")
        << QByteArray("[{\"service_id\":\"1-gas\",\"amount_kop\":1000}]") << 404 << "service_not_found";
}

void TestApiPayments::totalsAndItemsAreChecked()
{
    QFETCH(QByteArray, items);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qint64 before = balance(m_service);
    const ApiCaller::Reply r =
        pay(m_a, QJsonDocument::fromJson(items).array(), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.status, status);
    QVERIFY(r.errorMessage().contains(QRegularExpression("[а-яА-Я]")));
    QCOMPARE(balance(m_service), before);
    // Without an Idempotency-Key no payment is made at all.
    QCOMPARE(pay(m_a, firstService(1000), {}).errorCode(), QStringLiteral("idempotency_key_required"));
}

void TestApiPayments::sameKeyMakesOnePayment()
{
    const ApiCaller::Reply first = pay(m_a, firstService(1234), "double-click");
    QCOMPARE(first.status, 201);
    const ApiCaller::Reply again = pay(m_a, firstService(1234), "double-click");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
    const ApiCaller::Reply other = pay(m_a, firstService(4321), "double-click");
    QCOMPARE(other.status, 422);
    QCOMPARE(other.errorCode(), QStringLiteral("idempotency_key_reused"));
    // One order, one bank page: paying it once counts once.
    const QUrl page(first.object().value("confirmation_url").toString());
    const qint64 before = balance(m_service);
    enterCard(page, kVisa);
    submit(page, "code", {{"code", "12345"}});
    QCOMPARE(balance(m_service), before + 1234);
    QCOMPARE(pay(m_a, firstService(1234), "double-click").body, first.body);
    QCOMPARE(balance(m_service), before + 1234);
}

QByteArray TestApiPayments::notice(const QJsonObject& body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void TestApiPayments::noticesAreVerified()
{
    QFile secretFile(m_server.dataDir() + "/acquirer.secret");
    QVERIFY(secretFile.open(QIODevice::ReadOnly));
    const QByteArray secret = secretFile.readAll().trimmed();
    const auto sign = [&](const QByteArray& body) {
        return QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
    };
    const Started s = start(3000);
    const qint64 before = balance(m_service);
    QJsonObject body{{"id", "notice-1"},
                     {"order_id", s.id},
                     {"outcome", "succeeded"},
                     {"amount_kop", 3000},
                     {"card_masked", "4111 11** **** 1111"},
                     {"card_network", "Visa"},
                     {"sent_at", QDateTime::currentSecsSinceEpoch()}};
    ApiCaller bank(m_server.apiUrl(QString()), m_server.caFile());
    const auto send = [&](const QByteArray& b, const QByteArray& signature) {
        return bank.postRaw("/acquirer/notifications", b,
                            {{"Content-Type", "application/json"}, {"X-Acquirer-Signature", signature}});
    };
    // Forged: signed with another secret, or a signed body changed afterwards.
    ApiCaller::Reply r =
        send(notice(body), QMessageAuthenticationCode::hash(notice(body), "guess", QCryptographicHash::Sha256).toHex());
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("notification_invalid"));
    QJsonObject more = body;
    more["amount_kop"] = 300000;
    QCOMPARE(send(notice(more), sign(notice(body))).status, 401);
    QCOMPARE(send(notice(body), QByteArray()).status, 401);
    // Late: a copy sent an hour after it was made.
    QJsonObject late = body;
    late["sent_at"] = QDateTime::currentSecsSinceEpoch() - 3600;
    QCOMPARE(send(notice(late), sign(notice(late))).status, 401);
    QCOMPARE(order(s.id).status, PaymentOrder::Status::Pending);
    QCOMPARE(balance(m_service), before);

    // The bank's own notice is applied once.
    QCOMPARE(send(notice(body), sign(notice(body))).status, 204);
    QCOMPARE(order(s.id).status, PaymentOrder::Status::Succeeded);
    QCOMPARE(balance(m_service), before + 3000);
    QCOMPARE(send(notice(body), sign(notice(body))).status, 204); // replayed
    QCOMPARE(balance(m_service), before + 3000);
    // A new notice cannot change a final order.
    QJsonObject decline = body;
    decline["id"] = "notice-2";
    decline["outcome"] = "declined";
    decline["decline_code"] = "card_blocked";
    QCOMPARE(send(notice(decline), sign(notice(decline))).status, 204);
    QCOMPARE(order(s.id).status, PaymentOrder::Status::Succeeded);
    QCOMPARE(balance(m_service), before + 3000);
}

void TestApiPayments::boundCardPaysWithTheCodeOnly()
{
    // The offer the person accepts can be read first, signed in or not.
    ApiCaller anyone(m_server.apiUrl(QString()), m_server.caFile());
    const ApiCaller::Reply offer = anyone.get("/cards/offer");
    QCOMPARE(offer.status, 200);
    QVERIFY(offer.object().value("title").toString().contains("оферт"));
    QVERIFY(offer.object().value("text").toString().contains("3-D Secure"));

    // «Зарегистрировать карту» on the bank's page while paying.
    QCOMPARE(m_a.get("/cards").json.array().size(), 0);
    const Started s = start(1000);
    QVERIFY(enterCard(s.page, "2200 0000 0000 0004", true).body.contains("Код подтверждения"));
    submit(s.page, "code", {{"code", "12345"}});
    QJsonArray cards = m_a.get("/cards").json.array();
    QCOMPARE(cards.size(), 1);
    const SavedCard mir = SavedCard::fromJson(cards.first().toObject());
    QCOMPARE(mir.network, QStringLiteral("Mir"));
    QCOMPARE(mir.masked, QStringLiteral("2200 00** **** 0004"));
    QCOMPARE(mir.expiry, QStringLiteral("12/35"));

    // Paying by it: the bank asks only for the code.
    const qint64 before = balance(m_service);
    const Started byCard = start(1100, mir.id);
    ApiCaller browser(m_server.baseUrl(), m_server.caFile());
    const ApiCaller::Reply page = browser.get(byCard.page.path());
    QVERIFY(page.body.contains("Код подтверждения"));
    QVERIFY(page.body.contains("2200 00** **** 0004"));
    submit(byCard.page, "code", {{"code", "12345"}});
    QCOMPARE(order(byCard.id).status, PaymentOrder::Status::Succeeded);
    QCOMPARE(balance(m_service), before + 1100);

    // «Новая карта» in settings: the offer must be accepted first.
    ApiCaller::Reply r = m_a.post("/cards", {{"offer_accepted", false}}, {{"Idempotency-Key", "new-card-1"}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("offer_not_accepted"));
    r = m_a.post("/cards", {{"offer_accepted", true}}, {{"Idempotency-Key", "new-card-2"}});
    QCOMPARE(r.status, 201);
    const QUrl bindPage(r.object().value("confirmation_url").toString());
    const ApiCaller::Reply form = browser.get(bindPage.path());
    QVERIFY(form.body.contains("Зарегистрировать"));
    QVERIFY(!form.body.contains("Зарегистрировать карту"));
    enterCard(bindPage, "5555 5555 5555 4444");
    submit(bindPage, "code", {{"code", "12345"}});
    cards = m_a.get("/cards").json.array();
    QCOMPARE(cards.size(), 2);
    QCOMPARE(balance(m_service), before + 1100); // binding takes no money

    // «Удалить карту»: gone here and at the bank.
    QCOMPARE(m_a.send("DELETE", "/cards/" + mir.id, {}).status, 204);
    QCOMPARE(m_a.get("/cards").json.array().size(), 1);
    QCOMPARE(pay(m_a, firstService(1000), "deleted-card", mir.id).errorCode(), QStringLiteral("card_not_found"));
    QCOMPARE(m_a.send("DELETE", "/cards/" + mir.id, {}).status, 404);
}

void TestApiPayments::otherUserSeesNothing()
{
    const Started s = start(1000);
    const QString card = SavedCard::fromJson(m_a.get("/cards").json.array().first().toObject()).id;
    ApiCaller b = api();
    consentedUser(b, "stranger@example.ru");
    ApiCaller::Reply r = pay(b, firstService(1000), "stranger-pays");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("account_not_found"));
    r = b.get("/payments/" + s.id);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("payment_not_found"));
    QCOMPARE(b.get("/cards").json.array().size(), 0);
    QCOMPARE(b.send("DELETE", "/cards/" + card, {}).errorCode(), QStringLiteral("card_not_found"));
    QCOMPARE(m_a.get("/cards").json.array().size(), 1);
    // B links an account of its own and tries A's card on it.
    const QString own = linkAccount(b, kDemoAccounts[2]);
    QVERIFY(!own.isEmpty());
    const QString service =
        b.get("/accounts/" + own + "/services").json.array().first().toObject().value("id").toString();
    r = b.post("/accounts/" + own + "/payments",
               {{"items", QJsonArray{QJsonObject{{"service_id", service}, {"amount_kop", 1000}}}}, {"card_id", card}},
               {{"Idempotency-Key", "stranger-card"}});
    QCOMPARE(r.errorCode(), QStringLiteral("card_not_found"));
    // And A's service on B's account.
    r = b.post("/accounts/" + own + "/payments",
               {{"items", QJsonArray{QJsonObject{{"service_id", m_service}, {"amount_kop", 1000}}}}},
               {{"Idempotency-Key", "stranger-service"}});
    QCOMPARE(r.errorCode(), QStringLiteral("service_not_found"));
    // Without a token nothing at all.
    ApiCaller anonymous = api();
    QCOMPARE(anonymous.get("/payments/" + s.id).status, 401);
    QCOMPARE(anonymous.get("/cards").status, 401);
}

void TestApiPayments::setToday(const QDate& day)
{
    const QDateTime noon(day, QTime(12, 0), QTimeZone(3 * 3600));
    m_server.setClockOffset(noon.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch());
    const ApiCaller::Reply r = m_a.post("/auth/login", credentials("payer@example.ru", "pass1"));
    QCOMPARE(r.status, 200);
    m_a.setBearer(r.object().value("access_token").toString());
}

// Manual 4.3.1.4 point 3: readings sent with a payment follow every reading
// rule, are stored with it, and are not sent twice by a repeated request.
void TestApiPayments::readingsGoWithThePayment()
{
    const QJsonObject meterJson = m_a.get("/accounts/" + m_account + "/meters").json.array().first().toObject();
    const QString meter = meterJson.value("id").toString();
    const qint64 last = meterJson.value("last_reading").toInteger();
    const QJsonArray oneReading{QJsonObject{{"meter_id", meter}, {"value", last + 5}}};
    const auto withReadings = [&](const QJsonArray& readings, const QByteArray& key) {
        return m_a.post("/accounts/" + m_account + "/payments", {{"items", firstService(1000)}, {"readings", readings}},
                        {{"Idempotency-Key", key}});
    };
    // The limited version sends no readings, with a payment neither; nothing is made.
    ApiCaller::Reply r = withReadings(oneReading, "limited-readings");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("extended_required"));
    QCOMPARE(
        m_a.post("/accounts/" + m_account + "/extended", {{"method", "pin"}, {"answer", kDemoAccounts[1].pin}}).status,
        200);

    // Inside the company's reading window (15–25).
    setToday(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 20));
    const int historyBefore = m_a.get("/accounts/" + m_account + "/meters/" + meter + "/readings").json.array().size();
    // A malformed reading refuses the whole request, the payment included.
    r = withReadings({QJsonObject{{"meter_id", meter}, {"value", "many"}}}, "bad-reading");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("field_type"));
    QCOMPARE(r.object().value("error").toObject().value("field").toString(), QStringLiteral("readings[0].value"));

    // Written by the readings writer, in its group commits, like any reading.
    const auto writerCommits = [&] { return QString::fromUtf8(m_server.output()).count("submissions in one commit"); };
    const int commitsBefore = writerCommits();
    r = withReadings(oneReading, "with-readings");
    QCOMPARE(r.status, 201);
    QTRY_VERIFY2(writerCommits() > commitsBefore, "the readings of a payment went around the readings writer");
    const ReadingAnswer verdict = ReadingAnswer::fromJson(r.object().value("readings").toObject());
    QCOMPARE(verdict.results.size(), 1);
    QVERIFY(verdict.results.first().accepted);
    QCOMPARE(verdict.results.first().consumption, 5);
    const QString readingId = verdict.results.first().readingId;
    QVERIFY2(readingId.startsWith(m_account + "-online-"), qPrintable(readingId));
    QCOMPARE(
        m_a.get("/accounts/" + m_account + "/meters").json.array().first().toObject().value("last_reading").toInteger(),
        last + 5);
    const QJsonArray history = m_a.get("/accounts/" + m_account + "/meters/" + meter + "/readings").json.array();
    QCOMPARE(history.size(), historyBefore + 1);
    QCOMPARE(history.last().toObject().value("id").toString(), readingId);
    // A retry (the same key and body) answers the same, with no second reading.
    const ApiCaller::Reply again = withReadings(oneReading, "with-readings");
    QCOMPARE(again.body, r.body);
    QCOMPARE(m_a.get("/accounts/" + m_account + "/meters/" + meter + "/readings").json.array().size(),
             historyBefore + 1);
    // A reading the rules refuse is reported; the payment is still made.
    r = withReadings({QJsonObject{{"meter_id", meter}, {"value", last}}}, "refused-reading");
    QCOMPARE(r.status, 201);
    const ReadingResult refused = ReadingAnswer::fromJson(r.object().value("readings").toObject()).results.value(0);
    QVERIFY(!refused.accepted);
    QCOMPARE(refused.error.code, QStringLiteral("reading_below_previous"));
    QVERIFY(!r.object().value("confirmation_url").toString().isEmpty());
    QCOMPARE(m_a.get("/accounts/" + m_account + "/meters/" + meter + "/readings").json.array().size(),
             historyBefore + 1);
    setToday(QDate::currentDate());
}

// Manual 4.3.1.5: an online payment counts at once wherever the sum shows.
// Paid 15,00 ₽: the open month's «Взаиморасчеты» has it in «Оплачено», and
// the receipt of that month (and so its QR sum) asks 15,00 ₽ less.
void TestApiPayments::paidAmountCountsInTheOpenMonthAtOnce()
{
    // Extended since readingsGoWithThePayment.
    const auto openSettlement = [&]() {
        QJsonObject latest;
        for (const QJsonValue& v : m_a.get("/accounts/" + m_account + "/settlements").json.array()) {
            const QJsonObject o = v.toObject();
            if (o.value("service_id").toString() == m_service && o.value("closing_kop").isNull() &&
                o.value("period").toString() > latest.value("period").toString())
                latest = o;
        }
        return latest;
    };
    const QJsonObject before = openSettlement();
    QVERIFY2(!before.isEmpty(), "the account has no open month");
    const QString period = before.value("period").toString();
    const auto invoiceLine = [&]() {
        const ApiCaller::Reply r = m_a.get("/accounts/" + m_account + "/invoice?period=" + period);
        for (const QJsonValue& v : r.object().value("lines").toArray()) {
            if (v.toObject().value("service_id").toString() == m_service)
                return qMakePair(v.toObject(), r.object().value("total_to_pay_kop").toInteger());
        }
        return qMakePair(QJsonObject(), qint64(-1));
    };
    const auto [lineBefore, totalBefore] = invoiceLine();
    QVERIFY(!lineBefore.isEmpty());
    // Owing more than is paid here, so that the whole amount shows.
    QVERIFY2(lineBefore.value("to_pay_kop").toInteger() >= 1500, qPrintable(QString::number(totalBefore)));

    const Started s = start(1500);
    QCOMPARE(enterCard(s.page, "4111 1111 1111 1111").status, 200);
    QCOMPARE(submit(s.page, "code", {{"code", "12345"}}).status, 200);
    QCOMPARE(order(s.id).status, PaymentOrder::Status::Succeeded);

    const QJsonObject after = openSettlement();
    QCOMPARE(after.value("period").toString(), period);
    QCOMPARE(after.value("paid_kop").toInteger(), before.value("paid_kop").toInteger() + 1500);
    const auto [lineAfter, totalAfter] = invoiceLine();
    QCOMPARE(lineAfter.value("paid_kop").toInteger(), lineBefore.value("paid_kop").toInteger() + 1500);
    QCOMPARE(lineAfter.value("to_pay_kop").toInteger(), lineBefore.value("to_pay_kop").toInteger() - 1500);
    QCOMPARE(totalAfter, totalBefore - 1500);
}

void TestApiPayments::noCardNumberIsKept()
{
    QByteArray stored;
    if (ServerProcess::usingPostgres()) {
        QProcess dump;
        const QString binDir = qEnvironmentVariable("MYGAS_PG_BINDIR", "/usr/lib/postgresql/15/bin");
        dump.start(binDir + "/pg_dump", {"--data-only", "--dbname=" + m_server.databaseUrl()});
        QVERIFY(dump.waitForFinished(60000));
        QCOMPARE(dump.exitCode(), 0);
        stored = dump.readAllStandardOutput();
        QVERIFY(stored.contains("payment_orders"));
    } else {
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(m_server.dataDir() + "/mygas.sqlite" + suffix);
            if (f.open(QIODevice::ReadOnly))
                stored += f.readAll();
        }
    }
    QVERIFY(stored.contains("4111 11** **** 1111"));
    const QByteArray log = m_server.output();
    QVERIFY(log.contains("payment order"));
    for (const QByteArray& pan : kTestPans) {
        QVERIFY2(!stored.contains(pan), pan.constData());
        QVERIFY2(!log.contains(pan), pan.constData());
        QByteArray spaced = pan;
        for (int i = 12; i > 0; i -= 4)
            spaced.insert(i, ' ');
        QVERIFY2(!stored.contains(spaced) && !log.contains(spaced), spaced.constData());
    }
}

// The bank's page address comes from the configuration (--public-url, or
// the address the server listens on), never from what a client writes in
// Host: a link to evil.example would send the card there.
void TestApiPayments::pageAddressesIgnoreTheHostHeader()
{
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QMap<QByteArray, QByteArray> evil{
        {"Host", "evil.example"}, {"X-Forwarded-Host", "evil.example"}, {"X-Forwarded-Proto", "http"}};
    ApiCaller::Reply r = pay(m_a, firstService(1000), key, {}, evil);
    QCOMPARE(r.status, 201);
    QUrl page(r.object().value("confirmation_url").toString());
    QCOMPARE(page.host(), m_server.baseUrl().host());
    QCOMPARE(page.port(), m_server.baseUrl().port());
    QCOMPARE(page.scheme(), QStringLiteral("https"));

    ServerProcess::Options behindProxy;
    behindProxy.extraArgs = QStringList{QStringLiteral("--public-url"), QStringLiteral("https://lk.gaz.example/")};
    QString error;
    QVERIFY2(m_server.restartWith(behindProxy, &error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString())); // the session lives in the database
    r = pay(m_a, firstService(1000), QUuid::createUuid().toByteArray(QUuid::WithoutBraces), {}, evil);
    QCOMPARE(r.status, 201);
    page = QUrl(r.object().value("confirmation_url").toString());
    QVERIFY2(page.toString().startsWith(QStringLiteral("https://lk.gaz.example/acquirer/")),
             qPrintable(page.toString()));

    // A public URL that is not one is refused at the start.
    QProcess bad;
    bad.start(ServerProcess::binary(), {QStringLiteral("serve"), QStringLiteral("--demo"),
                                        QStringLiteral("--public-url"), QStringLiteral("lk.gaz.example/path")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--public-url expects"));
}

// A database of a server before online rows had "<account id>-" in their
// ids: the newer server renames them when it starts, and a client synced
// before gets the renamed rows and is told to remove the old ids.
void TestApiPayments::olderOnlineRowIdsAreRenamed()
{
    const auto onlineIds = [&](const char* section) {
        QStringList ids;
        QStringList urls{"/accounts/" + m_account + "/" + section};
        if (QLatin1String(section) == QLatin1String("readings")) {
            urls = {};
            for (const QJsonValue& m : m_a.get("/accounts/" + m_account + "/meters").json.array())
                urls << "/accounts/" + m_account + "/meters/" + m.toObject().value("id").toString() +
                            "/readings?from=2000-01-01&to=2100-12-31";
        }
        for (const QString& url : urls) {
            for (const QJsonValue& v : m_a.get(url).json.array()) {
                const QString id = v.toObject().value("id").toString();
                if (id.contains("-online-"))
                    ids << id;
            }
        }
        ids.sort();
        return ids;
    };
    const QStringList payments = onlineIds("payments");
    const QStringList readings = onlineIds("readings");
    QVERIFY2(payments.size() >= 4 && readings.size() == 1, qPrintable((payments + readings).join(" ")));
    const QString cursor = m_a.get("/sync").object().value("cursor").toString();

    m_server.stop();
    {
        Database db(QStringLiteral("older"));
        QVERIFY(db.open(m_server.databaseUrl()).ok());
        Transaction tx(db);
        QSqlQuery q = db.newQuery();
        for (const char* table : {"payments", "readings"}) {
            QVERIFY(db.exec(q,
                            QStringLiteral("UPDATE %1 SET id = SUBSTR(id, %2) WHERE id LIKE ?")
                                .arg(QLatin1String(table))
                                .arg(m_account.size() + 2),
                            {m_account + "-online-%"}));
        }
        // Schema 11, as that server left it (later versions' tables gone too).
        for (const char* sql : {"DELETE FROM schema_version WHERE version >= 12", "DROP TABLE applications",
                                "DROP TABLE upload_parts", "DROP TABLE uploads", "DROP TABLE requests",
                                "DROP INDEX sandbox_sessions_owed", "ALTER TABLE sandbox_sessions DROP COLUMN notice",
                                "ALTER TABLE sandbox_sessions DROP COLUMN notice_taken",
                                "ALTER TABLE users DROP COLUMN operator_company"})
            QVERIFY2(db.exec(q, QString::fromLatin1(sql)), sql);
        QVERIFY(tx.commit());
    }
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    m_a.setBase(m_server.apiUrl(QString()));
    QCOMPARE(onlineIds("payments"), payments);
    QCOMPARE(onlineIds("readings"), readings);

    const QJsonObject delta = m_a.get("/sync?cursor=" + QUrl::toPercentEncoding(cursor)).object();
    QVERIFY(!delta.value("full").toBool());
    for (const auto& [section, ids] : {std::pair{"payments", payments}, {"readings", readings}}) {
        QStringList changed;
        for (const QJsonValue& v : delta.value("changes").toObject().value(section).toArray())
            changed << v.toObject().value("id").toString();
        changed.sort();
        QCOMPARE(changed, ids);
        QStringList removed;
        for (const QJsonValue& v : delta.value("removed").toObject().value(section).toArray())
            removed << v.toString();
        removed.sort();
        QStringList old;
        for (const QString& id : ids)
            old << id.mid(m_account.size() + 1);
        QCOMPARE(removed, old);
    }
}

// The process died after the bank's page took the code and before the
// provider took the notice: the session is done, the order still pending.
// The sandbox bank sends the notice again, as a bank does, and the payment
// counts once.
void TestApiPayments::aNoticeNotTakenIsSentAgain()
{
    const qint64 before = balance(m_service);
    const int paymentsBefore = onlinePayments();
    const Started s = start(1200);
    QVERIFY(!s.id.isEmpty());
    const QString session = s.page.path().section('/', -1);
    AcquirerNotice n;
    n.id = QStringLiteral("notice-of-a-dead-process");
    n.orderId = s.id;
    n.succeeded = true;
    n.amountKop = 1200;
    n.cardMasked = QStringLiteral("4111 11** **** 1111");
    n.cardNetwork = QStringLiteral("Visa");
    n.cardExpiry = QStringLiteral("12/35");
    n.operation = QStringLiteral("123456789012");
    {
        Database db(QStringLiteral("dead"));
        QVERIFY(db.open(m_server.databaseUrl()).ok());
        QSqlQuery q = db.newQuery();
        QVERIFY(db.exec(q,
                        QStringLiteral("UPDATE sandbox_sessions SET state = 'done', notice = ?, notice_taken = 0 "
                                       "WHERE id = ?"),
                        {QString::fromUtf8(QJsonDocument(n.toJson()).toJson(QJsonDocument::Compact)), session}));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QCOMPARE(order(s.id).status, PaymentOrder::Status::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(order(s.id).status, PaymentOrder::Status::Succeeded, 20000);
    QCOMPARE(order(s.id).bankOperation, n.operation);
    QCOMPARE(balance(m_service), before + 1200);
    QCOMPARE(onlinePayments(), paymentsBefore + 1);
    // Taken once; later rounds send nothing more.
    QTest::qWait(6000);
    QCOMPARE(balance(m_service), before + 1200);
    QCOMPARE(onlinePayments(), paymentsBefore + 1);
}

QTEST_GUILESS_MAIN(TestApiPayments)
#include "tst_api_payments.moc"
