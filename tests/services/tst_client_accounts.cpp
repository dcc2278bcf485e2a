// AccountsService against the real mygas-server (--demo) with a new user:
// companies, linking up to three accounts, alias, the extended version by a
// meter serial or a PIN sent to the outbox, unlinking. Every change is in the
// cache when its callback runs.
#include "models/core/ErrorCatalog.h"
#include "services/accounts/AccountsService.h"
#include "services/cache/CacheStore.h"
#include "services/net/ApiClient.h"
#include "services/sync/SyncEngine.h"
#include "tests/support/client/ClientTestSupport.h"

#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace mygas;

class TestClientAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void companiesAreLoadedIntoCache();
    void badInputIsRefusedBeforeAnyRequest();
    void unknownNumberIsNotFound();
    void linkedAccountIsInCacheAtOnce();
    void alreadyLinkedIsRefused();
    void threeAccountsAreTheLimit();
    void renameIsReflected();
    void wrongControlAnswerIsRefused();
    void meterSerialUnlocksExtended();
    void pinRequestSendsPinThatUnlocks();
    void attemptsEndAfterFiveWrongAnswers();
    void unlinkDropsAccountAndItsData();

private:
    Status wait(const std::function<void(const AccountsService::Callback&)>& action);
    std::optional<Account> byNumber(const QString& number) const;

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_login;
    ApiClient m_api;
    CacheStore m_cache;
    SyncEngine m_sync{&m_api, &m_cache};
    AccountsService m_accounts{&m_api, &m_cache, &m_sync};
};

void TestClientAccounts::initTestCase()
{
    clienttest::isolateSettings(m_dir);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_login = clienttest::uniqueLogin(QStringLiteral("accounts"));
    const Tokens tokens = clienttest::registerUser(m_server, m_login, QStringLiteral("gorgaz7"));
    QVERIFY(!tokens.accessToken.isEmpty());
    m_api.setBaseUrl(m_server.baseUrl());
    QVERIFY(m_api.addCaFile(m_server.caFile()));
    m_api.setTokens(tokens);
    QVERIFY(m_cache.open(m_dir.filePath(QStringLiteral("accounts.sqlite"))).ok());
}

Status TestClientAccounts::wait(const std::function<void(const AccountsService::Callback&)>& action)
{
    std::optional<Status> result;
    action([&result](const Status& s) { result = s; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 60000))
        return makeError("test_timeout");
    return *result;
}

std::optional<Account> TestClientAccounts::byNumber(const QString& number) const
{
    for (const Account& a : m_cache.accounts()) {
        if (a.number == number)
            return a;
    }
    return std::nullopt;
}

void TestClientAccounts::companiesAreLoadedIntoCache()
{
    const Status s = wait([this](const auto& done) { m_accounts.loadCompanies(this, done); });
    QVERIFY(s.ok());
    const QList<Company> companies = m_cache.companies();
    QVERIFY(companies.size() >= 3);
    const auto it = std::find_if(companies.begin(), companies.end(),
                                 [](const Company& c) { return c.id == QLatin1String("severogorsk"); });
    QVERIFY(it != companies.end());
    QVERIFY(!it->accountNumberHint.isEmpty());
    QVERIFY(!it->accountNumberRegex.isEmpty());
    QVERIFY(m_accounts.canLinkMore());
}

// An ApiClient without an address would answer network_unreachable to any
// request: these codes prove the input was refused before one was sent.
void TestClientAccounts::badInputIsRefusedBeforeAnyRequest()
{
    ApiClient nowhere;
    SyncEngine sync(&nowhere, &m_cache);
    AccountsService accounts(&nowhere, &m_cache, &sync);
    const QString company = QStringLiteral("severogorsk");
    auto code = [&](const std::function<void(const AccountsService::Callback&)>& action) {
        const Status s = wait(action);
        return s.ok() ? QString() : s.error().code;
    };
    QCOMPARE(code([&](const auto& d) { accounts.link(company, QStringLiteral("  "), this, d); }),
             QString::fromLatin1(errc::AccountNumberRequired));
    QCOMPARE(code([&](const auto& d) { accounts.link(company, QStringLiteral("12ab"), this, d); }),
             QString::fromLatin1(errc::AccountNumberInvalid));
    QCOMPARE(code([&](const auto& d) { accounts.link(QStringLiteral("atlantis"), QStringLiteral("1"), this, d); }),
             QString::fromLatin1(errc::CompanyNotFound));
    QCOMPARE(code([&](const auto& d) { accounts.rename(QStringLiteral("1"), QString(41, QLatin1Char('x')), this, d); }),
             QString::fromLatin1(errc::AliasTooLong));
    QCOMPARE(code([&](const auto& d) {
                 accounts.requestPin(QStringLiteral("1"), QString(), QStringLiteral("a@b.ru"), QString(), this, d);
             }),
             QString::fromLatin1(errc::PinRequestInvalid));
    QCOMPARE(code([&](const auto& d) {
                 accounts.requestPin(QStringLiteral("1"), QStringLiteral("Иванов И. И."), QString(), QString(), this,
                                     d);
             }),
             QString::fromLatin1(errc::PinRequestInvalid));
    // A well-formed request does go out, and finds no server.
    QCOMPARE(code([&](const auto& d) { accounts.link(company, QStringLiteral("0400000000"), this, d); }),
             QString::fromLatin1(errc::NetworkUnreachable));
}

void TestClientAccounts::unknownNumberIsNotFound()
{
    const Status s = wait([this](const auto& done) {
        m_accounts.link(QStringLiteral("severogorsk"), QStringLiteral("0400000001"), this, done);
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QString::fromLatin1(errc::AccountNumberUnknown));
    QCOMPARE(s.error().httpStatus, 404);
    QVERIFY(s.error().message.contains(QRegularExpression(QStringLiteral("[А-Яа-я]"))));
    QVERIFY(m_cache.accounts().isEmpty());
}

void TestClientAccounts::linkedAccountIsInCacheAtOnce()
{
    const Status s = wait([this](const auto& done) {
        m_accounts.link(QStringLiteral("severogorsk"), QStringLiteral("0498765432"), this, done);
    });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().code));
    const auto a = byNumber(QStringLiteral("0498765432"));
    QVERIFY(a.has_value());
    QCOMPARE(a->access, Access::Limited);
    QVERIFY(!m_cache.services(a->id).isEmpty());
    QVERIFY(!m_cache.payments(a->id).isEmpty());
    QCOMPARE(m_cache.meters(a->id).at(0).serial, QStringLiteral("5****71"));
    QVERIFY(m_cache.settlementPeriods(a->id).isEmpty());
}

void TestClientAccounts::alreadyLinkedIsRefused()
{
    const Status s = wait([this](const auto& done) {
        m_accounts.link(QStringLiteral("severogorsk"), QStringLiteral("0498765432"), this, done);
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QString::fromLatin1(errc::AccountAlreadyLinked));
    QCOMPARE(m_cache.accounts().size(), 1);
}

void TestClientAccounts::threeAccountsAreTheLimit()
{
    for (const auto& [company, number] : {std::pair{"zarechye", "630100054321"}, std::pair{"lesnogorsk", "66012345"}}) {
        const Status s = wait([&](const auto& done) {
            m_accounts.link(QString::fromLatin1(company), QString::fromLatin1(number), this, done);
        });
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().code));
    }
    QCOMPARE(m_cache.accounts().size(), 3);
    QVERIFY(!m_accounts.canLinkMore());
    const Status fourth = wait([this](const auto& done) {
        m_accounts.link(QStringLiteral("lesnogorsk"), QStringLiteral("66054321"), this, done);
    });
    QVERIFY(!fourth.ok());
    QCOMPARE(fourth.error().code, QString::fromLatin1(errc::AccountLimit));

    // The server refuses a fourth as well.
    ApiCaller raw(m_server.apiUrl(QString()), m_server.caFile());
    raw.setBearer(m_api.tokens().accessToken);
    const ApiCaller::Reply r = raw.post(QStringLiteral("/accounts"), {{QStringLiteral("company_id"), "lesnogorsk"},
                                                                      {QStringLiteral("number"), "66054321"}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QString::fromLatin1(errc::AccountLimit));
}

void TestClientAccounts::renameIsReflected()
{
    const QString id = byNumber(QStringLiteral("0498765432"))->id;
    const Status s = wait([&](const auto& done) { m_accounts.rename(id, QStringLiteral("  Дача  "), this, done); });
    QVERIFY(s.ok());
    QCOMPARE(m_cache.account(id)->alias, QStringLiteral("Дача"));
    QCOMPARE(m_cache.account(id)->number, QStringLiteral("0498765432")); // the number itself stays
}

void TestClientAccounts::wrongControlAnswerIsRefused()
{
    const QString id = byNumber(QStringLiteral("0498765432"))->id;
    const Status s = wait([&](const auto& done) {
        m_accounts.unlockExtended(id, AccountsService::ControlQuestion::MeterSerial, QStringLiteral("11111111"), this,
                                  done);
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QString::fromLatin1(errc::ExtendedAnswerWrong));
    QCOMPARE(m_cache.account(id)->access, Access::Limited);
}

void TestClientAccounts::meterSerialUnlocksExtended()
{
    const QString id = byNumber(QStringLiteral("0498765432"))->id;
    const Status s = wait([&](const auto& done) {
        m_accounts.unlockExtended(id, AccountsService::ControlQuestion::MeterSerial, QStringLiteral(" 52908871 "), this,
                                  done);
    });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().code));
    QCOMPARE(m_cache.account(id)->access, Access::Extended);
    QCOMPARE(m_cache.meters(id).at(0).serial, QStringLiteral("52908871"));
    QVERIFY(m_cache.subscriber(id).has_value());
    QVERIFY(m_cache.settlementPeriods(id).size() >= 36);
    QVERIFY(!m_cache.contracts(id, false).isEmpty());
    QVERIFY(!m_cache.acts(id).isEmpty());
}

void TestClientAccounts::pinRequestSendsPinThatUnlocks()
{
    const QString id = byNumber(QStringLiteral("630100054321"))->id;
    const QString email = clienttest::uniqueLogin(QStringLiteral("pin"));
    const Status sent = wait([&](const auto& done) {
        m_accounts.requestPin(id, QStringLiteral("Иванов Иван Иванович"), email, QStringLiteral("+79991234567"), this,
                              done);
    });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().code));
    const QString pin = clienttest::latestCode(m_server, email);
    QVERIFY(!pin.isEmpty());
    const Status s = wait([&](const auto& done) {
        m_accounts.unlockExtended(id, AccountsService::ControlQuestion::Pin, pin, this, done);
    });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().code));
    QCOMPARE(m_cache.account(id)->access, Access::Extended);
    QVERIFY(m_cache.subscriber(id).has_value());
}

void TestClientAccounts::attemptsEndAfterFiveWrongAnswers()
{
    const QString id = byNumber(QStringLiteral("66012345"))->id;
    for (int i = 0; i < 5; ++i) {
        const Status s = wait([&](const auto& done) {
            m_accounts.unlockExtended(id, AccountsService::ControlQuestion::Pin, QStringLiteral("000000"), this, done);
        });
        QCOMPARE(s.error().code, QString::fromLatin1(errc::ExtendedAnswerWrong));
    }
    // Even the right answer is refused for the rest of the day.
    const Status s = wait([&](const auto& done) {
        m_accounts.unlockExtended(id, AccountsService::ControlQuestion::MeterSerial, QStringLiteral("70345112"), this,
                                  done);
    });
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QString::fromLatin1(errc::ExtendedAttemptsExceeded));
    QCOMPARE(s.error().httpStatus, 429);
    QVERIFY(s.error().retryAfterSec > 0);
    QCOMPARE(m_cache.account(id)->access, Access::Limited);
}

void TestClientAccounts::unlinkDropsAccountAndItsData()
{
    const QString id = byNumber(QStringLiteral("66012345"))->id;
    const Status s = wait([&](const auto& done) { m_accounts.unlink(id, this, done); });
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().code));
    QVERIFY(!m_cache.account(id).has_value());
    QVERIFY(m_cache.services(id).isEmpty());
    QVERIFY(m_cache.payments(id).isEmpty());
    QCOMPARE(m_cache.accounts().size(), 2);
    QVERIFY(m_accounts.canLinkMore());
}

QTEST_GUILESS_MAIN(TestClientAccounts)
#include "tst_client_accounts.moc"
