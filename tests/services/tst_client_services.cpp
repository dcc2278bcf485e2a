// ApiClient, AuthService and CredentialStore against the real mygas-server
// and the real keychain.
#include "models/core/ErrorCatalog.h"
#include "services/auth/AuthService.h"
#include "services/auth/CredentialStore.h"
#include "services/net/ApiClient.h"
#include "tests/support/client/ClientTestSupport.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace mygas;

class TestClientServices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverErrorKeepsCodeAndRussianMessage();
    void untrustedCertificateFailsWithoutData();
    void stoppedServerIsNetworkUnreachable();
    void registerConfirmLogoutLoginRestore();
    void expiredAccessTokenIsRefreshedOnce();
    void concurrentRefreshesShareOneExchange();
    void pendingKeychainWritesFinishBeforeQuit();

private:
    Result<QJsonDocument> call(ApiClient& api, const QByteArray& verb, const QString& path,
                               const QJsonObject& body = {});
    CredentialStore::ReadResult readStored(CredentialStore& store, const QString& server);
    // A client signed up and in against the suite's server (its own keychain entry).
    struct Client
    {
        ApiClient api;
        CredentialStore store;
        AuthService auth{&api, &store};
        QString server;
    };
    bool signUp(Client& c, const QString& name);

    QTemporaryDir m_settings;
    ServerProcess m_server;
};

void TestClientServices::initTestCase()
{
    clienttest::isolateSettings(m_settings);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
}

Result<QJsonDocument> TestClientServices::call(ApiClient& api, const QByteArray& verb, const QString& path,
                                               const QJsonObject& body)
{
    std::optional<Result<QJsonDocument>> result;
    auto store = [&result](const Result<QJsonDocument>& r) { result = r; };
    if (verb == "GET")
        api.get(path, this, store);
    else if (path.startsWith(QLatin1String("/auth/")))
        api.postPublic(path, body, this, store);
    else
        api.post(path, body, this, store);
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 40000))
        return Result<QJsonDocument>(makeError("test_timeout"));
    return *result;
}

CredentialStore::ReadResult TestClientServices::readStored(CredentialStore& store, const QString& server)
{
    std::optional<CredentialStore::ReadResult> result;
    store.readSession(server, this, [&result](const CredentialStore::ReadResult& r) { result = r; });
    if (!QTest::qWaitFor([&result]() { return result.has_value(); }, 20000))
        qWarning("the keychain did not answer");
    return result.value_or(CredentialStore::ReadResult{});
}

void TestClientServices::pendingKeychainWritesFinishBeforeQuit()
{
    // Two quick rotations, then the app quits: the store waits for both
    // writes, so the next start reads the newest token, not a used one.
    const QString server = QStringLiteral("https://quit.example:1");
    const QString login = clienttest::uniqueLogin(QStringLiteral("quit"));
    {
        CredentialStore store;
        store.writeSession(server, login, QStringLiteral("token-a"), &store, {});
        store.writeSession(server, login, QStringLiteral("token-b"), &store, {});
        QCOMPARE(store.pendingWrites(), 2);
        QVERIFY(store.waitForPendingWrites(20000));
        QCOMPARE(store.pendingWrites(), 0);
    }
    CredentialStore next;
    const CredentialStore::ReadResult r = readStored(next, server);
    QCOMPARE(r.outcome, CredentialStore::Outcome::Ok);
    QCOMPARE(r.login, login);
    QCOMPARE(r.secret, QStringLiteral("token-b"));
    next.forgetSession(server, login, &next, {});
    QVERIFY(next.waitForPendingWrites(20000));
}

void TestClientServices::serverErrorKeepsCodeAndRussianMessage()
{
    ApiClient api;
    api.setBaseUrl(m_server.baseUrl());
    QVERIFY(api.addCaFile(m_server.caFile()));
    const auto r = call(api, "POST", QStringLiteral("/auth/login"),
                        {{QStringLiteral("login"), clienttest::uniqueLogin(QStringLiteral("nobody"))},
                         {QStringLiteral("password"), QStringLiteral("gorgaz2026")}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("invalid_credentials"));
    QCOMPARE(r.error().httpStatus, 401);
    QVERIFY2(r.error().message.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]"))),
             qPrintable(r.error().message));

    const auto taken = call(api, "POST", QStringLiteral("/auth/register"),
                            {{QStringLiteral("login"), QStringLiteral("not a login")},
                             {QStringLiteral("password"), QStringLiteral("gorgaz2026")}});
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().code, QStringLiteral("login_invalid"));
    QCOMPARE(taken.error().field, QStringLiteral("login"));
}

void TestClientServices::untrustedCertificateFailsWithoutData()
{
    ApiClient api; // the demo CA is not among the system CAs
    api.setBaseUrl(m_server.baseUrl());
    const QString login = clienttest::uniqueLogin(QStringLiteral("tls"));
    const auto r = call(api, "POST", QStringLiteral("/auth/register"),
                        {{QStringLiteral("login"), login}, {QStringLiteral("password"), QStringLiteral("gorgaz2026")}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(errc::TlsError));
    QVERIFY(!r.error().message.isEmpty());
    // The request never reached the server: no code was sent.
    QCOMPARE(clienttest::outboxCount(m_server, login), 0);

    const auto directory = call(api, "GET", QStringLiteral("/companies"));
    QVERIFY(!directory.ok());
    QCOMPARE(directory.error().code, QString::fromLatin1(errc::TlsError));
}

void TestClientServices::stoppedServerIsNetworkUnreachable()
{
    ServerProcess other;
    QString error;
    QVERIFY2(other.start(ServerProcess::Options{}, &error), qPrintable(error));
    ApiClient api;
    api.setBaseUrl(other.baseUrl());
    QVERIFY(api.addCaFile(other.caFile()));
    QVERIFY(call(api, "GET", QStringLiteral("/companies")).ok());
    other.stop();
    const auto r = call(api, "GET", QStringLiteral("/companies"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QString::fromLatin1(errc::NetworkUnreachable));
    QVERIFY(r.error().isNetwork());
}

void TestClientServices::registerConfirmLogoutLoginRestore()
{
    const QString server = m_server.baseUrl().toString();
    ApiClient api;
    api.setBaseUrl(m_server.baseUrl());
    QVERIFY(api.addCaFile(m_server.caFile()));
    CredentialStore store;
    AuthService auth(&api, &store);
    auth.setServerIdentity(server);
    QSignalSpy signedIn(&auth, &AuthService::signedIn);
    QSignalSpy notSaved(&auth, &AuthService::credentialsNotSaved);

    const QString login = clienttest::uniqueLogin(QStringLiteral("svc"));
    std::optional<Status> status;
    auto keep = [&status](const Status& s) { status = s; };
    auth.registerUser(login, QStringLiteral("gorgaz2026"), this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY2(status->ok(), qPrintable(status->ok() ? QString() : status->error().message));
    QCOMPARE(auth.pendingChallenge().kind, AuthService::ChallengeKind::Registration);

    status.reset();
    auth.confirmCode(QStringLiteral("000000") == clienttest::latestCode(m_server, login) ? QStringLiteral("111111")
                                                                                         : QStringLiteral("000000"),
                     this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(!status->ok());
    QCOMPARE(status->error().code, QStringLiteral("code_invalid"));

    status.reset();
    auth.confirmCode(clienttest::latestCode(m_server, login), this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(status->ok());
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(auth.user().login, login);
    QVERIFY(!auth.user().hasConsented());

    // The refresh token is in the keychain, under this server and login.
    QTRY_COMPARE_WITH_TIMEOUT(readStored(store, server).secret, api.tokens().refreshToken, 20000);
    QCOMPARE(notSaved.size(), 0);
    const QString revoked = api.tokens().refreshToken;

    status.reset();
    auth.acceptConsent(this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(status->ok());
    QVERIFY(auth.user().hasConsented());

    status.reset();
    auth.logout(this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(status->ok());
    QVERIFY(!auth.isSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(readStored(store, server).outcome, CredentialStore::Outcome::NotFound, 20000);
    // The server revoked the session: its refresh token no longer works.
    ApiCaller caller(m_server.apiUrl(QString()), m_server.caFile());
    QCOMPARE(caller.post(QStringLiteral("/auth/refresh"), {{QStringLiteral("refresh_token"), revoked}}).status, 401);

    status.reset();
    auth.login(login, QStringLiteral("wrong123"), this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(!status->ok());
    QCOMPARE(status->error().code, QStringLiteral("invalid_credentials"));

    status.reset();
    auth.login(login, QStringLiteral("gorgaz2026"), this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(status->ok());
    QTRY_COMPARE_WITH_TIMEOUT(readStored(store, server).secret, api.tokens().refreshToken, 20000);

    // A second start restores the session from the keychain.
    ApiClient api2;
    api2.setBaseUrl(m_server.baseUrl());
    QVERIFY(api2.addCaFile(m_server.caFile()));
    CredentialStore store2;
    AuthService restored(&api2, &store2);
    restored.setServerIdentity(server);
    std::optional<AuthService::RestoreOutcome> outcome;
    restored.restoreSession(this, [&outcome](AuthService::RestoreOutcome o, const Error&) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QCOMPARE(*outcome, AuthService::RestoreOutcome::Restored);
    QCOMPARE(restored.user().login, login);
    QVERIFY(restored.user().hasConsented());
    // The refresh token rotated, and the keychain holds the new one.
    QVERIFY(api2.tokens().refreshToken != api.tokens().refreshToken);
    QTRY_COMPARE_WITH_TIMEOUT(readStored(store2, server).secret, api2.tokens().refreshToken, 20000);

    // Another server (or no remembered session) has nothing to restore.
    restored.setServerIdentity(QStringLiteral("https://elsewhere.example:1"));
    outcome.reset();
    restored.restoreSession(this, [&outcome](AuthService::RestoreOutcome o, const Error&) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
    QCOMPARE(*outcome, AuthService::RestoreOutcome::NoSession);
}

bool TestClientServices::signUp(Client& c, const QString& name)
{
    c.server = m_server.baseUrl().toString() + QLatin1Char('/') + name;
    c.api.setBaseUrl(m_server.baseUrl());
    if (!c.api.addCaFile(m_server.caFile()))
        return false;
    c.auth.setServerIdentity(c.server);
    const QString login = clienttest::uniqueLogin(name);
    std::optional<Status> status;
    auto keep = [&status](const Status& s) { status = s; };
    c.auth.registerUser(login, QStringLiteral("gorgaz2026"), this, keep);
    if (!QTest::qWaitFor([&] { return status.has_value(); }, 20000) || !status->ok())
        return false;
    status.reset();
    c.auth.confirmCode(clienttest::latestCode(m_server, login), this, keep);
    return QTest::qWaitFor([&] { return status.has_value(); }, 20000) && status->ok();
}

void TestClientServices::expiredAccessTokenIsRefreshedOnce()
{
    Client c;
    QVERIFY(signUp(c, QStringLiteral("refresh")));
    ApiClient& api = c.api;
    CredentialStore& store = c.store;
    AuthService& auth = c.auth;
    const QString server = c.server;
    std::optional<Status> status;
    auto keep = [&status](const Status& s) { status = s; };
    const Tokens before = api.tokens();

    QSignalSpy refreshed(&api, &ApiClient::tokensRefreshed);
    m_server.advanceClock(20 * 60); // past the access token's 15 minutes
    status.reset();
    auth.fetchMe(this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    m_server.setClockOffset(0);
    QVERIFY2(status->ok(), qPrintable(status->ok() ? QString() : status->error().code));
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(api.tokens().accessToken != before.accessToken);
    QVERIFY(api.tokens().refreshToken != before.refreshToken);
    QTRY_COMPARE_WITH_TIMEOUT(readStored(store, server).secret, api.tokens().refreshToken, 20000);

    // A refresh token the server has revoked ends the session instead of looping.
    QSignalSpy signedOut(&auth, &AuthService::signedOut);
    ApiCaller caller(m_server.apiUrl(QString()), m_server.caFile());
    caller.setBearer(api.tokens().accessToken);
    QCOMPARE(caller.post(QStringLiteral("/auth/logout"), {}).status, 204);
    status.reset();
    auth.fetchMe(this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QVERIFY(!status->ok());
    QCOMPARE(status->error().httpStatus, 401);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!auth.isSignedIn());
}

// A reconnect: the start-up restore and several requests whose access token
// expired all need a new pair at once. The refresh token goes to the server
// once; every caller gets that answer (the server would take a second use,
// after its grace period, for a stolen token and end the session).
void TestClientServices::concurrentRefreshesShareOneExchange()
{
    Client c;
    QVERIFY(signUp(c, QStringLiteral("concurrent")));
    AuthService& auth = c.auth;
    QTRY_COMPARE_WITH_TIMEOUT(readStored(c.store, c.server).secret, c.api.tokens().refreshToken, 20000);

    const qsizetype seen = m_server.output().size(); // what the server said so far
    m_server.advanceClock(20 * 60);
    QSignalSpy signedOut(&auth, &AuthService::signedOut);
    QList<std::optional<Status>> me(3);
    for (int i = 0; i < me.size(); ++i)
        auth.fetchMe(this, [&me, i](const Status& s) { me[i] = s; });
    std::optional<AuthService::RestoreOutcome> restored;
    auth.restoreSession(this, [&restored](AuthService::RestoreOutcome o, const Error&) { restored = o; });
    QTRY_VERIFY_WITH_TIMEOUT(restored.has_value() && me[0] && me[1] && me[2], 30000);
    m_server.setClockOffset(0);
    QCOMPARE(*restored, AuthService::RestoreOutcome::Restored);
    for (const std::optional<Status>& s : me)
        QVERIFY2(s->ok(), qPrintable(s->ok() ? QString() : s->error().code));
    QCOMPARE(signedOut.size(), 0);
    QVERIFY(auth.isSignedIn());
    const QByteArray said = m_server.output().mid(seen);
    QVERIFY2(!said.contains("within the grace period") && !said.contains("reused"), said.constData());
}

QTEST_GUILESS_MAIN(TestClientServices)
#include "tst_client_services.moc"
