// The auth API of the real mygas-server over TLS: registration, codes, login,
// tokens, recovery, consent (manual section 3).
#include "models/auth/AuthRules.h"
#include "tests/server/ApiTestHelpers.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace apitest;

class TestApiAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registrationFlow();
    void registrationValidation();
    void fiveWrongCodesLockTheChallenge();
    void expiredRegistrationCode();
    void resendTiming();
    void loginAnswersIdenticallyForUnknownAndWrong();
    void loginThrottle();
    void strangersDoNotLockTheOwnerOut();
    void limitsHoldAcrossProcesses();
    void refreshRotationAndReuse();
    void logoutRevokesSession();
    void recoveryFlow();
    void consentGate();
    void bearerErrors();
    void malformedRequests();

private:
    ApiCaller api() { return ApiCaller(m_server.apiUrl(QString()), m_server.caFile()); }
    ServerProcess m_server;
};

void TestApiAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
}

void TestApiAuth::registrationFlow()
{
    ApiCaller a = api();
    const ApiCaller::Reply start = a.post("/auth/register", credentials("8 (912) 000-00-01", "pass1"));
    QCOMPARE(start.status, 202);
    QCOMPARE(start.object().value("expires_in").toInt(), 160);
    QCOMPARE(start.object().value("resend_after").toInt(), 160);
    const QString id = start.object().value("challenge_id").toString();
    QVERIFY(!id.isEmpty());

    const ApiCaller::Reply outbox = a.get("/demo/outbox?to=%2B79120000001");
    QCOMPARE(outbox.status, 200);
    const QJsonObject msg = outbox.json.array().first().toObject();
    QCOMPARE(msg.value("channel").toString(), QStringLiteral("sms"));
    QCOMPARE(msg.value("to").toString(), QStringLiteral("+79120000001"));
    const QString code = msg.value("code").toString();
    QCOMPARE(code.size(), 6);
    QVERIFY(msg.value("body").toString().contains(code));
    QVERIFY(msg.value("body").toString().contains(QStringLiteral("160 секунд")));

    ApiCaller::Reply bad = a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", "12ab"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("code_format"));

    const ApiCaller::Reply done = a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", code}});
    QCOMPARE(done.status, 201);
    QVERIFY(!done.object().value("access_token").toString().isEmpty());
    QVERIFY(!done.object().value("refresh_token").toString().isEmpty());
    QCOMPARE(done.object().value("expires_in").toInt(), 900);
    QCOMPARE(done.object().value("user").toObject().value("login").toString(), QStringLiteral("+79120000001"));

    // The challenge is spent, and the login is now taken in any spelling.
    QCOMPARE(a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", code}}).errorCode(),
             QStringLiteral("challenge_not_found"));
    const ApiCaller::Reply again = a.post("/auth/register", credentials("+7 912 000 00 01", "other1"));
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("login_taken"));
    QVERIFY(!again.errorMessage().isEmpty());

    // An e-mail login gets its code by e-mail.
    registerUser(a, "Mail.User@Example.ru", "pass2");
    QCOMPARE(a.get("/demo/outbox?to=mail.user@example.ru").json.array().first().toObject().value("channel").toString(),
             QStringLiteral("email"));
    QCOMPARE(a.post("/auth/login", credentials("mail.user@example.ru", "pass2")).status, 200);
}

void TestApiAuth::registrationValidation()
{
    ApiCaller a = api();
    ApiCaller::Reply r = a.post("/auth/register", credentials("12345", "pass1"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("login_invalid"));
    QCOMPARE(r.object().value("error").toObject().value("field").toString(), QStringLiteral("login"));
    r = a.post("/auth/register", credentials("+79120000002", "пароль1"));
    QCOMPARE(r.errorCode(), QStringLiteral("password_invalid"));
    QCOMPARE(r.object().value("error").toObject().value("field").toString(), QStringLiteral("password"));
    QCOMPARE(a.post("/auth/register", credentials("+79120000002", "abcd")).errorCode(),
             QStringLiteral("password_invalid"));
    QCOMPARE(a.post("/auth/register", credentials("+79120000002", "abcdefghijk")).errorCode(),
             QStringLiteral("password_invalid"));
    QCOMPARE(a.post("/auth/register", credentials("", "abcde")).errorCode(), QStringLiteral("login_required"));
    // The format fits, but a guesser tries these first.
    for (const char* common : {"12345", "aaaaa", "qwerty", "password", "Password1"}) {
        r = a.post("/auth/register", credentials("+79120000002", common));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("password_common"));
        QVERIFY(r.errorMessage().contains(QStringLiteral("пароль")));
    }
}

void TestApiAuth::fiveWrongCodesLockTheChallenge()
{
    ApiCaller a = api();
    const QString id =
        a.post("/auth/register", credentials("+79120000003", "pass1")).object().value("challenge_id").toString();
    const QString code = lastCode(a, "+79120000003");
    const QString wrong = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    for (int i = 1; i <= 4; ++i) {
        const ApiCaller::Reply r = a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", wrong}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("code_invalid"));
    }
    QCOMPARE(a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", wrong}}).errorCode(),
             QStringLiteral("challenge_locked"));
    // Even the right code no longer works.
    QCOMPARE(a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", code}}).errorCode(),
             QStringLiteral("challenge_locked"));
}

void TestApiAuth::expiredRegistrationCode()
{
    ApiCaller a = api();
    const QString id =
        a.post("/auth/register", credentials("+79120000004", "pass1")).object().value("challenge_id").toString();
    const QString code = lastCode(a, "+79120000004");
    m_server.advanceClock(161);
    const ApiCaller::Reply r = a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", code}});
    QCOMPARE(r.status, 410);
    QCOMPARE(r.errorCode(), QStringLiteral("code_expired"));
}

void TestApiAuth::resendTiming()
{
    ApiCaller a = api();
    const QString id =
        a.post("/auth/register", credentials("+79120000005", "pass1")).object().value("challenge_id").toString();
    const QString oldCode = lastCode(a, "+79120000005");
    m_server.advanceClock(100);
    const ApiCaller::Reply early = a.post("/auth/challenges/" + id + "/resend", {});
    QCOMPARE(early.status, 429);
    QCOMPARE(early.errorCode(), QStringLiteral("resend_too_early"));
    const int retryAfter = early.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 50 && retryAfter <= 60, early.headers.value("retry-after").constData());
    // Starting the registration over does not bypass the wait either: no code flood.
    const ApiCaller::Reply restart = a.post("/auth/register", credentials("+79120000005", "other2"));
    QCOMPARE(restart.status, 429);
    QCOMPARE(restart.errorCode(), QStringLiteral("resend_too_early"));
    QVERIFY(restart.headers.value("retry-after").toInt() > 50);
    QCOMPARE(lastCode(a, "+79120000005"), oldCode);

    m_server.advanceClock(60);
    const ApiCaller::Reply resent = a.post("/auth/challenges/" + id + "/resend", {});
    QCOMPARE(resent.status, 202);
    QCOMPARE(resent.object().value("expires_in").toInt(), 160);
    QCOMPARE(resent.object().value("resend_after").toInt(), 160);
    const QString newCode = lastCode(a, "+79120000005");
    if (newCode != oldCode) // the old code stops working
        QCOMPARE(a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", oldCode}}).errorCode(),
                 QStringLiteral("code_invalid"));
    // The TTL restarted: 150 s after the resend the new code still works.
    m_server.advanceClock(150);
    QCOMPARE(a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", newCode}}).status, 201);
    QCOMPARE(a.post("/auth/challenges/nonexistent/resend", {}).errorCode(), QStringLiteral("challenge_not_found"));
}

void TestApiAuth::loginAnswersIdenticallyForUnknownAndWrong()
{
    ApiCaller a = api();
    registerUser(a, "+79120000006", "pass1");
    const ApiCaller::Reply ok = a.post("/auth/login", credentials("89120000006", "pass1"));
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.object().value("access_token").toString().isEmpty());
    QCOMPARE(ok.object().value("user").toObject().value("login").toString(), QStringLiteral("+79120000006"));
    const ApiCaller::Reply wrong = a.post("/auth/login", credentials("+79120000006", "wrong1"));
    const ApiCaller::Reply unknown = a.post("/auth/login", credentials("+79129999999", "wrong1"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
    QCOMPARE(unknown.status, wrong.status);
    QCOMPARE(unknown.body, wrong.body);
}

void TestApiAuth::loginThrottle()
{
    ApiCaller a = api();
    registerUser(a, "+79120000007", "pass1");
    for (int i = 0; i < 5; ++i)
        QCOMPARE(a.post("/auth/login", credentials("+79120000007", "wrong1")).status, 401);
    const ApiCaller::Reply blocked = a.post("/auth/login", credentials("+79120000007", "pass1"));
    QCOMPARE(blocked.status, 429);
    QCOMPARE(blocked.errorCode(), QStringLiteral("too_many_attempts"));
    const int retryAfter = blocked.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 800 && retryAfter <= 900, blocked.headers.value("retry-after").constData());
    // Unknown logins are throttled the same way.
    for (int i = 0; i < 5; ++i)
        a.post("/auth/login", credentials("+79128888888", "wrong1"));
    QCOMPARE(a.post("/auth/login", credentials("+79128888888", "wrong1")).status, 429);

    m_server.advanceClock(retryAfter + 1);
    QCOMPARE(a.post("/auth/login", credentials("+79120000007", "pass1")).status, 200);
}

void TestApiAuth::refreshRotationAndReuse()
{
    ApiCaller a = api();
    const Session s = registerUser(a, "+79120000008", "pass1");
    const ApiCaller::Reply r1 = a.post("/auth/refresh", {{"refresh_token", s.refresh}});
    QCOMPARE(r1.status, 200);
    const QString access2 = r1.object().value("access_token").toString();
    const QString refresh2 = r1.object().value("refresh_token").toString();
    QVERIFY(refresh2 != s.refresh);
    QCOMPARE(r1.object().value("expires_in").toInt(), 900);
    a.setBearer(access2);
    QCOMPARE(a.get("/me").status, 200);
    a.setBearer(QString());

    // The same refresh token again at once (two requests of one app that
    // raced, an answer lost): the same successor, nothing revoked.
    const ApiCaller::Reply again = a.post("/auth/refresh", {{"refresh_token", s.refresh}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value("access_token").toString(), access2);
    QCOMPARE(again.object().value("refresh_token").toString(), refresh2);

    // After the grace period someone replays it: the whole session ends.
    m_server.advanceClock(mygas::rules::kRefreshReuseGraceSec + 1);
    const ApiCaller::Reply reuse = a.post("/auth/refresh", {{"refresh_token", s.refresh}});
    QCOMPARE(reuse.status, 401);
    QCOMPARE(reuse.errorCode(), QStringLiteral("token_invalid"));
    QCOMPARE(a.post("/auth/refresh", {{"refresh_token", refresh2}}).errorCode(), QStringLiteral("token_invalid"));
    a.setBearer(access2);
    const ApiCaller::Reply me = a.get("/me");
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QStringLiteral("token_invalid"));
    a.setBearer(QString());
    QCOMPARE(a.post("/auth/refresh", {{"refresh_token", "garbage"}}).status, 401);

    // Within the grace period too, once the successor was used in turn the
    // old token is a replay.
    const Session u = registerUser(a, "+79120000028", "pass1");
    const QString u2 =
        a.post("/auth/refresh", {{"refresh_token", u.refresh}}).object().value("refresh_token").toString();
    const ApiCaller::Reply u3 = a.post("/auth/refresh", {{"refresh_token", u2}});
    QCOMPARE(u3.status, 200);
    QCOMPARE(a.post("/auth/refresh", {{"refresh_token", u.refresh}}).status, 401);
    QCOMPARE(a.post("/auth/refresh", {{"refresh_token", u3.object().value("refresh_token").toString()}}).status, 401);

    // Access tokens expire after 900 s.
    const Session t = registerUser(a, "+79120000018", "pass1");
    a.setBearer(t.access);
    QCOMPARE(a.get("/me").status, 200);
    m_server.advanceClock(901);
    QCOMPARE(a.get("/me").errorCode(), QStringLiteral("token_invalid"));
}

void TestApiAuth::logoutRevokesSession()
{
    ApiCaller a = api();
    const Session s = registerUser(a, "+79120000009", "pass1");
    QCOMPARE(a.post("/auth/logout", {}).status, 401);
    a.setBearer(s.access);
    QCOMPARE(a.post("/auth/logout", {}).status, 204);
    QCOMPARE(a.get("/me").errorCode(), QStringLiteral("token_invalid"));
    a.setBearer(QString());
    QCOMPARE(a.post("/auth/refresh", {{"refresh_token", s.refresh}}).errorCode(), QStringLiteral("token_invalid"));
}

void TestApiAuth::recoveryFlow()
{
    ApiCaller a = api();
    const Session old = registerUser(a, "rec@example.ru", "pass1");
    const ApiCaller::Reply unknown =
        a.post("/auth/recover", {{"login", "nobody@example.ru"}, {"new_password", "newpass1"}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("user_not_found"));
    QCOMPARE(a.post("/auth/recover", {{"login", "rec@example.ru"}, {"new_password", "no"}}).errorCode(),
             QStringLiteral("password_invalid"));
    QCOMPARE(a.post("/auth/recover", {{"login", "rec@example.ru"}, {"new_password", "qwerty123"}}).errorCode(),
             QStringLiteral("password_common"));

    const ApiCaller::Reply start = a.post("/auth/recover", {{"login", "REC@example.ru"}, {"new_password", "newpass1"}});
    QCOMPARE(start.status, 202);
    QCOMPARE(start.object().value("expires_in").toInt(), 70);
    QCOMPARE(start.object().value("resend_after").toInt(), 70);
    const QString id = start.object().value("challenge_id").toString();
    QVERIFY(a.get("/demo/outbox?to=rec@example.ru")
                .json.array()
                .first()
                .toObject()
                .value("body")
                .toString()
                .contains(QStringLiteral("70 секунд")));
    m_server.advanceClock(71);
    QCOMPARE(
        a.post("/auth/recover/confirm", {{"challenge_id", id}, {"code", lastCode(a, "rec@example.ru")}}).errorCode(),
        QStringLiteral("code_expired"));
    QCOMPARE(a.post("/auth/challenges/" + id + "/resend", {}).status, 202);
    // A registration confirmation does not accept a recovery challenge.
    QCOMPARE(
        a.post("/auth/register/confirm", {{"challenge_id", id}, {"code", lastCode(a, "rec@example.ru")}}).errorCode(),
        QStringLiteral("challenge_not_found"));
    const ApiCaller::Reply done =
        a.post("/auth/recover/confirm", {{"challenge_id", id}, {"code", lastCode(a, "rec@example.ru")}});
    QCOMPARE(done.status, 200);
    QVERIFY(!done.object().value("access_token").toString().isEmpty());
    QCOMPARE(done.object().value("user").toObject().value("login").toString(), QStringLiteral("rec@example.ru"));

    // Other sessions end; the new password works, the old one does not.
    a.setBearer(old.access);
    QCOMPARE(a.get("/me").errorCode(), QStringLiteral("token_invalid"));
    a.setBearer(done.object().value("access_token").toString());
    QCOMPARE(a.get("/me").status, 200);
    a.setBearer(QString());
    QCOMPARE(a.post("/auth/login", credentials("rec@example.ru", "pass1")).errorCode(),
             QStringLiteral("invalid_credentials"));
    QCOMPARE(a.post("/auth/login", credentials("rec@example.ru", "newpass1")).status, 200);
}

void TestApiAuth::consentGate()
{
    ApiCaller a = api();
    const Session s = registerUser(a, "+79120000010", "pass1");
    a.setBearer(s.access);
    ApiCaller::Reply me = a.get("/me");
    QCOMPARE(me.status, 200);
    QVERIFY(me.object().value("consent_version").isNull());
    QVERIFY(me.object().value("consent_at").isNull());
    const ApiCaller::Reply gated = a.get("/accounts");
    QCOMPARE(gated.status, 403);
    QCOMPARE(gated.errorCode(), QStringLiteral("consent_required"));

    const ApiCaller::Reply wrong = a.post("/me/consent", {{"version", "1999-01"}});
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorCode(), QStringLiteral("consent_version_invalid"));
    QCOMPARE(a.post("/me/consent", {{"version", "2024-01"}}).status, 204);
    me = a.get("/me");
    QCOMPARE(me.object().value("consent_version").toString(), QStringLiteral("2024-01"));
    QVERIFY(QDateTime::fromString(me.object().value("consent_at").toString(), Qt::ISODate).isValid());
    const ApiCaller::Reply accounts = a.get("/accounts");
    QCOMPARE(accounts.status, 200);
    QVERIFY(accounts.json.isArray());
    QCOMPARE(accounts.json.array().size(), 0);
}

void TestApiAuth::bearerErrors()
{
    ApiCaller a = api();
    ApiCaller::Reply r = a.get("/me");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
    a.setBearer("not-a-token");
    r = a.get("/me");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("token_invalid"));
    QCOMPARE(a.get("/accounts").errorCode(), QStringLiteral("token_invalid"));
}

void TestApiAuth::malformedRequests()
{
    ApiCaller a = api();
    QByteArray big = "{\"login\":\"+79120000011\",\"password\":\"pass1\",\"pad\":\"";
    big += QByteArray(65 * 1024, 'x') + "\"}";
    ApiCaller::Reply r = a.postRaw("/auth/register", big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), QStringLiteral("body_too_large"));
    // Every route refuses an oversized body before acting, whatever the method.
    for (const QByteArray& verb : {QByteArray("GET"), QByteArray("POST")}) {
        const QString path = verb == "GET" ? QStringLiteral("/companies") : QStringLiteral("/auth/logout");
        const ApiCaller::Reply big413 = a.send(verb, path, big);
        QCOMPARE(big413.status, 413);
        QCOMPARE(big413.errorCode(), QStringLiteral("body_too_large"));
    }
    QCOMPARE(a.send("POST", "/auth/challenges/x/resend", big).status, 413);
    r = a.postRaw("/auth/login", "{\"login\": ");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_json"));
    QCOMPARE(a.postRaw("/auth/login", "[1,2]").errorCode(), QStringLiteral("invalid_json"));
    r = a.post("/auth/register", {{"login", "+79120000011"}, {"password", 12345}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("field_type"));
    QCOMPARE(r.object().value("error").toObject().value("field").toString(), QStringLiteral("password"));
    // Unknown fields are ignored.
    QCOMPARE(
        a.post("/auth/register", {{"login", "+79120000011"}, {"password", "pass1"}, {"extra", QJsonArray{1}}}).status,
        202);
    r = a.get("/no/such/path");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
}

// Behind a trusted proxy (--trusted-proxy), failures count per login and
// client address: five wrong passwords from a stranger's address lock that
// address only, the owner still signs in from theirs; twenty from any number of
// addresses lock the login everywhere for the hour, and a password recovery
// (the owner's code) lifts it. X-Forwarded-For from anyone else is ignored.
// Registration and recovery starts, which tell whether a login exists, are
// capped per address.
void TestApiAuth::strangersDoNotLockTheOwnerOut()
{
    ServerProcess server;
    ServerProcess::Options options;
    options.extraArgs = QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.1")};
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    ApiCaller a(server.apiUrl(QString()), server.caFile());
    const QString login = QStringLiteral("owner@example.ru");
    apitest::registerUser(a, login, QStringLiteral("pass1"));
    const auto from = [](const char* address) { return QMap<QByteArray, QByteArray>{{"X-Forwarded-For", address}}; };
    const auto attempt = [&](const char* address, const char* password) {
        return a.post("/auth/login", apitest::credentials(login, password), from(address)).status;
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(attempt("203.0.113.5", "wrong1"), 401);
    QCOMPARE(attempt("203.0.113.5", "pass1"), 429);
    // The proxy appends the address it saw: a forged first entry changes nothing.
    QCOMPARE(a.post("/auth/login", apitest::credentials(login, "pass1"), from("198.51.100.7, 203.0.113.5")).status,
             429);
    QCOMPARE(attempt("198.51.100.7", "pass1"), 200);

    // Fifteen more addresses make twenty failures in the hour with the five above.
    for (int i = 0; i < 15; ++i)
        QCOMPARE(attempt(QStringLiteral("192.0.2.%1").arg(i + 1).toLatin1().constData(), "wrong1"), 401);
    const ApiCaller::Reply everywhere =
        a.post("/auth/login", apitest::credentials(login, "pass1"), from("198.51.100.7"));
    QCOMPARE(everywhere.status, 429);
    QVERIFY(everywhere.headers.value("retry-after").toInt() > 15 * 60);
    const ApiCaller::Reply recover =
        a.post("/auth/recover", {{"login", login}, {"new_password", "pass7"}}, from("198.51.100.7"));
    QCOMPARE(recover.status, 202);
    QCOMPARE(a.post("/auth/recover/confirm",
                    {{"challenge_id", recover.object().value("challenge_id").toString()},
                     {"code", apitest::lastCode(a, login)}},
                    from("198.51.100.7"))
                 .status,
             200);
    QCOMPARE(attempt("198.51.100.7", "pass7"), 200);

    // Starts per address: twenty an hour, then 429 for that address only.
    for (int i = 0; i < 20; ++i) {
        const ApiCaller::Reply r =
            a.post("/auth/register",
                   apitest::credentials(QStringLiteral("+7912555%1").arg(i, 4, 10, QLatin1Char('0')), "pass1"),
                   from("203.0.113.9"));
        QCOMPARE(r.status, 202);
    }
    const ApiCaller::Reply taken = a.post("/auth/register", apitest::credentials(login, "pass1"), from("203.0.113.9"));
    QCOMPARE(taken.status, 429);
    QVERIFY(taken.headers.value("retry-after").toInt() > 0);
    QCOMPARE(a.post("/auth/recover", {{"login", "nobody@example.ru"}, {"new_password", "pass7"}}, from("203.0.113.9"))
                 .status,
             429);
    QCOMPARE(a.post("/auth/register", apitest::credentials(login, "pass1"), from("203.0.113.10")).status, 409);

    // Without --trusted-proxy the header is ignored: the peer is the address.
    ApiCaller direct(m_server.apiUrl(QString()), m_server.caFile());
    const QString other = QStringLiteral("direct@example.ru");
    apitest::registerUser(direct, other, QStringLiteral("pass1"));
    for (int i = 0; i < 5; ++i) {
        const QByteArray forged = QByteArray("203.0.113.") + QByteArray::number(50 + i);
        QCOMPARE(direct.post("/auth/login", apitest::credentials(other, "wrong1"), from(forged.constData())).status,
                 401);
    }
    QCOMPARE(direct.post("/auth/login", apitest::credentials(other, "pass1"), from("203.0.113.99")).status, 429);
}

// Two server processes on one database, as behind a balancer: wrong
// passwords sent to either count together, and the codes one login gets are
// capped together, whichever process sends them.
void TestApiAuth::limitsHoldAcrossProcesses()
{
    QTemporaryDir dir;
    QProcess second;
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(ServerProcess::binary(),
                 {"serve", "--listen", "127.0.0.1:0", "--db", m_server.databaseUrl(), "--data-dir", dir.path(),
                  "--insecure-http", "--clock-file", m_server.clockFile()});
    QVERIFY(second.waitForStarted());
    QByteArray output;
    static const QRegularExpression ready("listening on (http://\\S+)");
    QTRY_VERIFY_WITH_TIMEOUT((output += second.readAll(), ready.match(QString::fromUtf8(output)).hasMatch()), 30000);
    ApiCaller a = api();
    ApiCaller b(QUrl(ready.match(QString::fromUtf8(output)).captured(1) + "/api/v1"));

    const QString login = QStringLiteral("two-processes@example.ru");
    registerUser(a, login, QStringLiteral("pass1"));
    for (int i = 0; i < mygas::rules::kMaxLoginFailures; ++i)
        QCOMPARE((i % 2 ? b : a).post("/auth/login", credentials(login, "wrong1")).status, 401);
    QCOMPARE(a.post("/auth/login", credentials(login, "pass1")).status, 429);
    QCOMPARE(b.post("/auth/login", credentials(login, "pass1")).status, 429);

    // Codes: the registration's one, then recoveries started on either
    // process (the test clock moves past each code's resend time).
    int sent = 1;
    while (sent < mygas::rules::kMaxCodesPerHour) {
        m_server.advanceClock(mygas::rules::kRecoveryCodeTtlSec + 1);
        const ApiCaller::Reply r =
            (sent % 2 ? b : a).post("/auth/recover", {{"login", login}, {"new_password", "pass7"}});
        QVERIFY2(r.status == 202, r.body.constData());
        ++sent;
    }
    m_server.advanceClock(mygas::rules::kRecoveryCodeTtlSec + 1);
    const ApiCaller::Reply capped = b.post("/auth/recover", {{"login", login}, {"new_password", "pass7"}});
    QCOMPARE(capped.status, 429);
    QCOMPARE(capped.errorCode(), QStringLiteral("resend_too_early"));
    QCOMPARE(a.post("/auth/recover", {{"login", login}, {"new_password", "pass7"}}).status, 429);
    second.terminate();
    QVERIFY(second.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestApiAuth)
#include "tst_api_auth.moc"
