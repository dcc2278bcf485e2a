// The server core with a manual clock and a temporary SQLite file: code
// TTLs, resend timing, wrong-code lock, the login failure window, tokens.
#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "server/app/Crypto.h"
#include "server/auth/AuthService.h"
#include "server/db/Database.h"
#include "server/db/Migrations.h"
#include "server/notifications/NotificationOutbox.h"
#include "server/notifications/SmsGatewaySender.h"
#include "server/notifications/SmtpSender.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace mygas;
using namespace mygas::server;

class TestServerCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registrationCodeTtl_data();
    void registrationCodeTtl();
    void recoveryCodeTtl_data();
    void recoveryCodeTtl();
    void resendTiming();
    void fiveWrongCodesLock();
    void resendKeepsWrongCodes();
    void codesPerLoginAreCapped();
    void newChallengeEndsTheOlder();
    void loginFailureWindow();
    void tokenRotationAndReuse();
    void accessTokenExpiry();
    void migrationsAreRepeatable();
    void uploadsKeepTheirPartsWhenTheirTableIsMadeAgain();
    void smsGatewayUrl();
    void smtpMessage();

private:
    QString lastCode(const QString& login) const { return m_outbox->forRecipient(login, 1).value(0).code; }
    Result<SignedIn> registered(const QString& login, const QString& password);

    QTemporaryDir m_dir;
    int m_counter = 0;
    ManualClock m_clock{QDateTime(QDate(2024, 3, 15), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NotificationOutbox> m_outbox;
    std::unique_ptr<AuthService> m_auth;
};

void TestServerCore::initTestCase()
{
    QVERIFY(crypto::init());
    QVERIFY(m_dir.isValid());
}

void TestServerCore::init()
{
    Clock::setInstance(&m_clock);
    m_db = std::make_unique<Database>(QStringLiteral("core-%1").arg(++m_counter));
    QVERIFY(
        m_db->open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("core-%1.sqlite").arg(m_counter))).ok());
    QVERIFY(Migrations::migrate(*m_db).ok());
    m_outbox = std::make_unique<NotificationOutbox>(*m_db);
    m_auth = std::make_unique<AuthService>(*m_db, *m_outbox);
}

void TestServerCore::cleanup()
{
    m_auth.reset();
    m_outbox.reset();
    m_db.reset();
    Clock::setInstance(nullptr);
}

Result<SignedIn> TestServerCore::registered(const QString& login, const QString& password)
{
    const Result<Challenge> c = m_auth->startRegistration(login, password);
    if (!c.ok())
        return c.error();
    return m_auth->confirmRegistration(c.value().id, lastCode(login));
}

void TestServerCore::registrationCodeTtl_data()
{
    QTest::addColumn<int>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("at once") << 0 << QString();
    QTest::newRow("last second") << 160 << QString();
    QTest::newRow("just after") << 161 << QStringLiteral("code_expired");
}

void TestServerCore::registrationCodeTtl()
{
    QFETCH(int, after);
    QFETCH(QString, expected);
    const Result<Challenge> c = m_auth->startRegistration(QStringLiteral("+79120000001"), QStringLiteral("pass1"));
    QVERIFY(c.ok());
    QCOMPARE(c.value().expiresIn, 160);
    m_clock.advance(after);
    const Result<SignedIn> s = m_auth->confirmRegistration(c.value().id, lastCode(QStringLiteral("+79120000001")));
    QCOMPARE(s.ok() ? QString() : s.error().code, expected);
}

void TestServerCore::recoveryCodeTtl_data()
{
    QTest::addColumn<int>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("last second") << 70 << QString();
    QTest::newRow("just after") << 71 << QStringLiteral("code_expired");
}

void TestServerCore::recoveryCodeTtl()
{
    QFETCH(int, after);
    QFETCH(QString, expected);
    QVERIFY(registered(QStringLiteral("a@b.ru"), QStringLiteral("pass1")).ok());
    QCOMPARE(m_auth->startRecovery(QStringLiteral("x@b.ru"), QStringLiteral("pass2")).error().code,
             QStringLiteral("user_not_found"));
    const Result<Challenge> c = m_auth->startRecovery(QStringLiteral("a@b.ru"), QStringLiteral("pass2"));
    QVERIFY(c.ok());
    QCOMPARE(c.value().expiresIn, 70);
    QCOMPARE(c.value().resendAfter, 70);
    m_clock.advance(after);
    const Result<SignedIn> s = m_auth->confirmRecovery(c.value().id, lastCode(QStringLiteral("a@b.ru")));
    QCOMPARE(s.ok() ? QString() : s.error().code, expected);
    QCOMPARE(m_auth->login(QStringLiteral("a@b.ru"), QStringLiteral("pass2")).ok(), expected.isEmpty());
}

void TestServerCore::resendTiming()
{
    const QString login = QStringLiteral("+79120000002");
    const Result<Challenge> c = m_auth->startRegistration(login, QStringLiteral("pass1"));
    const QString first = lastCode(login);
    m_clock.advance(159);
    const Result<Challenge> early = m_auth->resend(c.value().id);
    QCOMPARE(early.error().code, QStringLiteral("resend_too_early"));
    QCOMPARE(early.error().httpStatus, 429);
    QCOMPARE(early.error().retryAfterSec, 1);
    m_clock.advance(1);
    const Result<Challenge> again = m_auth->resend(c.value().id);
    QVERIFY(again.ok());
    QCOMPARE(again.value().resendAfter, 160);
    QCOMPARE(m_outbox->forRecipient(login, 10).size(), 2);
    const QString second = lastCode(login);
    if (second != first)
        QCOMPARE(m_auth->confirmRegistration(c.value().id, first).error().code, QStringLiteral("code_invalid"));
    // The TTL counts from the resend: 160 s later the new code still works.
    m_clock.advance(160);
    QVERIFY(m_auth->confirmRegistration(c.value().id, second).ok());
}

void TestServerCore::fiveWrongCodesLock()
{
    const QString login = QStringLiteral("+79120000003");
    const Result<Challenge> c = m_auth->startRegistration(login, QStringLiteral("pass1"));
    const QString code = lastCode(login);
    const QString wrong = code == QLatin1String("999999") ? QStringLiteral("000000") : QStringLiteral("999999");
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_auth->confirmRegistration(c.value().id, wrong).error().code, QStringLiteral("code_invalid"));
    QCOMPARE(m_auth->confirmRegistration(c.value().id, wrong).error().code, QStringLiteral("challenge_locked"));
    QCOMPARE(m_auth->confirmRegistration(c.value().id, code).error().code, QStringLiteral("challenge_locked"));
    // A new code does not unlock it (each resend would otherwise bring five
    // more guesses); starting again does.
    m_clock.advance(160);
    QCOMPARE(m_auth->resend(c.value().id).error().code, QStringLiteral("challenge_locked"));
    const Result<Challenge> again = m_auth->startRegistration(login, QStringLiteral("pass1"));
    QVERIFY(again.ok());
    QVERIFY(m_auth->confirmRegistration(again.value().id, lastCode(login)).ok());
}

// A resend keeps the wrong codes counted: four wrong, a new code, one more
// wrong locks the challenge.
void TestServerCore::resendKeepsWrongCodes()
{
    const QString login = QStringLiteral("+79120000013");
    const Result<Challenge> c = m_auth->startRegistration(login, QStringLiteral("pass1"));
    QVERIFY(c.ok());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_auth->confirmRegistration(c.value().id, QStringLiteral("000000")).error().code,
                 QStringLiteral("code_invalid"));
    m_clock.advance(160);
    QVERIFY(m_auth->resend(c.value().id).ok());
    const QString code = lastCode(login);
    const QString wrong = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QCOMPARE(m_auth->confirmRegistration(c.value().id, wrong).error().code, QStringLiteral("challenge_locked"));
    QCOMPARE(m_auth->confirmRegistration(c.value().id, code).error().code, QStringLiteral("challenge_locked"));
}

// Codes to one login are capped at 6 an hour and 12 a day, resends and new
// starts together; the refusal says when the next one can go.
void TestServerCore::codesPerLoginAreCapped()
{
    const QString login = QStringLiteral("cap@example.ru");
    int sent = 0;
    Result<Challenge> c = m_auth->startRecovery(login, QStringLiteral("pass2"));
    QCOMPARE(c.error().code, QStringLiteral("user_not_found"));
    QVERIFY(registered(login, QStringLiteral("pass1")).ok());
    ++sent; // the registration code
    const qint64 hourStart = m_clock.now().toSecsSinceEpoch();
    c = m_auth->startRecovery(login, QStringLiteral("pass2"));
    QVERIFY(c.ok());
    ++sent;
    while (sent < rules::kMaxCodesPerHour) {
        m_clock.advance(rules::kRecoveryCodeTtlSec);
        // Starting over and resending count alike.
        const Result<Challenge> next =
            sent % 2 ? m_auth->resend(c.value().id) : m_auth->startRecovery(login, QStringLiteral("pass2"));
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().code));
        c = next;
        ++sent;
    }
    m_clock.advance(rules::kRecoveryCodeTtlSec);
    const Result<Challenge> refused = m_auth->resend(c.value().id);
    QCOMPARE(refused.error().code, QStringLiteral("resend_too_early"));
    const int wait = refused.error().retryAfterSec;
    QVERIFY2(wait > rules::kRecoveryCodeTtlSec, qPrintable(QString::number(wait)));
    QVERIFY(m_clock.now().toSecsSinceEpoch() + wait <= hourStart + 3600);
    QCOMPARE(m_auth->startRecovery(login, QStringLiteral("pass2")).error().code, QStringLiteral("resend_too_early"));
    m_clock.advance(wait);
    QVERIFY(m_auth->resend(c.value().id).ok());
    ++sent;
    // Hour after hour, the day's cap comes next.
    while (sent < rules::kMaxCodesPerDay) {
        m_clock.advance(3600);
        QVERIFY(m_auth->startRecovery(login, QStringLiteral("pass2")).ok());
        ++sent;
    }
    m_clock.advance(3600);
    const Result<Challenge> day = m_auth->startRecovery(login, QStringLiteral("pass2"));
    QCOMPARE(day.error().code, QStringLiteral("resend_too_early"));
    QVERIFY2(day.error().retryAfterSec > 3600, qPrintable(QString::number(day.error().retryAfterSec)));
}

// Starting over replaces the challenge: the older one's code is neither
// resent nor accepted, so codes cannot pile up to be guessed at.
void TestServerCore::newChallengeEndsTheOlder()
{
    const QString login = QStringLiteral("+79120000009");
    const Result<Challenge> first = m_auth->startRegistration(login, QStringLiteral("pass1"));
    QVERIFY(first.ok());
    const QString firstCode = lastCode(login);
    m_clock.advance(160);
    const Result<Challenge> second = m_auth->startRegistration(login, QStringLiteral("pass1"));
    QVERIFY(second.ok());
    QVERIFY(second.value().id != first.value().id);
    m_clock.advance(160);
    QCOMPARE(m_auth->resend(first.value().id).error().code, QStringLiteral("challenge_not_found"));
    QCOMPARE(m_auth->confirmRegistration(first.value().id, firstCode).error().code,
             QStringLiteral("challenge_not_found"));
    QVERIFY(m_auth->confirmRegistration(second.value().id, lastCode(login)).ok());
}

void TestServerCore::loginFailureWindow()
{
    const QString login = QStringLiteral("+79120000004");
    QVERIFY(registered(login, QStringLiteral("pass1")).ok());
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(m_auth->login(login, QStringLiteral("wrong1")).error().code, QStringLiteral("invalid_credentials"));
        m_clock.advance(10);
    }
    Result<SignedIn> r = m_auth->login(login, QStringLiteral("pass1"));
    QCOMPARE(r.error().code, QStringLiteral("too_many_attempts"));
    QCOMPARE(r.error().httpStatus, 429);
    QCOMPARE(r.error().retryAfterSec, 900 - 50);
    m_clock.advance(900 - 50 - 1);
    QCOMPARE(m_auth->login(login, QStringLiteral("pass1")).error().retryAfterSec, 1);
    m_clock.advance(1);
    QVERIFY(m_auth->login(login, QStringLiteral("pass1")).ok());
}

void TestServerCore::tokenRotationAndReuse()
{
    const Result<SignedIn> s = registered(QStringLiteral("t@b.ru"), QStringLiteral("pass1"));
    QVERIFY(s.ok());
    const Result<Tokens> next = m_auth->refresh(s.value().tokens.refreshToken);
    QVERIFY(next.ok());
    QVERIFY(next.value().refreshToken != s.value().tokens.refreshToken);
    const QString bearer = QStringLiteral("Bearer ") + next.value().accessToken;
    QVERIFY(m_auth->authenticate(bearer).ok());
    // Sent again within the grace period (its last second included): the
    // same successor, nothing revoked.
    m_clock.advance(rules::kRefreshReuseGraceSec);
    const Result<Tokens> again = m_auth->refresh(s.value().tokens.refreshToken);
    QVERIFY(again.ok());
    QCOMPARE(again.value().accessToken, next.value().accessToken);
    QCOMPARE(again.value().refreshToken, next.value().refreshToken);
    QVERIFY(m_auth->authenticate(bearer).ok());
    // A second later it is a replay: the whole session ends.
    m_clock.advance(1);
    QCOMPARE(m_auth->refresh(s.value().tokens.refreshToken).error().code, QStringLiteral("token_invalid"));
    QCOMPARE(m_auth->authenticate(bearer).error().code, QStringLiteral("token_invalid"));
    QCOMPARE(m_auth->refresh(next.value().refreshToken).error().code, QStringLiteral("token_invalid"));
    QCOMPARE(m_auth->authenticate(QStringLiteral("Token x")).error().code, QStringLiteral("unauthorized"));
}

void TestServerCore::accessTokenExpiry()
{
    const Result<SignedIn> s = registered(QStringLiteral("e@b.ru"), QStringLiteral("pass1"));
    const QString bearer = QStringLiteral("Bearer ") + s.value().tokens.accessToken;
    m_clock.advance(899);
    QVERIFY(m_auth->authenticate(bearer).ok());
    m_clock.advance(1);
    QCOMPARE(m_auth->authenticate(bearer).error().code, QStringLiteral("token_invalid"));
    QVERIFY(m_auth->refresh(s.value().tokens.refreshToken).ok());
}

void TestServerCore::migrationsAreRepeatable()
{
    QCOMPARE(Migrations::currentVersion(*m_db), Migrations::latestVersion());
    QVERIFY(Migrations::migrate(*m_db).ok());
    QCOMPARE(Migrations::currentVersion(*m_db), Migrations::latestVersion());
}

// Schema 19 makes the uploads table again on SQLite (account_id may be
// NULL): an abonent's files and their parts are all there afterwards, and
// the foreign keys hold again (a removed upload takes its parts).
void TestServerCore::uploadsKeepTheirPartsWhenTheirTableIsMadeAgain()
{
    Database old(QStringLiteral("core-old"));
    QVERIFY(old.open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("core-old.sqlite"))).ok());
    QVERIFY(Migrations::migrate(old, 18).ok());
    QCOMPARE(Migrations::currentVersion(old), 18);
    QSqlQuery q = old.newQuery();
    QVERIFY(old.exec(
        q, QStringLiteral("INSERT INTO users (id, login, password_hash, created_at) VALUES (1, 'a', 'x', 0)")));
    QVERIFY(old.exec(q, QStringLiteral("INSERT INTO companies (id, sort_order, data) VALUES ('c1', 0, '{}')")));
    QVERIFY(
        old.exec(q, QStringLiteral("INSERT INTO accounts (id, company_id, number, version) VALUES (7, 'c1', '1', 1)")));
    QVERIFY(
        old.exec(q, QStringLiteral("INSERT INTO uploads (id, user_id, account_id, name, size, received, content_type, "
                                   "sha256, request_id, created_at) VALUES ('u1', 1, 7, 'act.pdf', 6, 6, "
                                   "'application/pdf', 'abc', 'r1', 5)")));
    QVERIFY(old.exec(q, QStringLiteral("INSERT INTO upload_parts (upload_id, seq, data) VALUES ('u1', 0, 'parts!')")));

    QVERIFY(Migrations::migrate(old).ok());
    QCOMPARE(Migrations::currentVersion(old), Migrations::latestVersion());
    QVERIFY(
        old.exec(q, QStringLiteral("SELECT account_id, company_id, name, request_id FROM uploads WHERE id = 'u1'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 7);
    QCOMPARE(q.value(1).toString(), QStringLiteral("c1"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("act.pdf"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("r1"));
    QVERIFY(old.exec(q, QStringLiteral("SELECT data FROM upload_parts WHERE upload_id = 'u1'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray(), QByteArray("parts!"));
    // A person's upload, of no account, is possible now.
    QVERIFY(
        old.exec(q, QStringLiteral("INSERT INTO uploads (id, user_id, account_id, company_id, name, size, received, "
                                   "content_type, sha256, created_at) VALUES ('u2', 1, NULL, 'c1', 'b.pdf', 1, 0, "
                                   "'', '', 5)")));
    QVERIFY(old.exec(q, QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(old.exec(q, QStringLiteral("DELETE FROM uploads WHERE id = 'u1'")));
    QVERIFY(old.exec(q, QStringLiteral("SELECT COUNT(*) FROM upload_parts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestServerCore::smsGatewayUrl()
{
    const QUrl url =
        SmsGatewaySender::requestUrl(QStringLiteral("https://gw.example/send?to={to}&text={text}&ref={id}"),
                                     QStringLiteral("+79121234567"), QStringLiteral("Код: 12 & 3"), 42);
    QVERIFY(url.isValid());
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.contains("to=%2B79121234567&text=%D0%9A%D0%BE%D0%B4%3A%2012%20%26%203&ref=42"),
             encoded.constData());
}

void TestServerCore::smtpMessage()
{
    OutboxMessage m;
    m.to = QStringLiteral("a@b.ru");
    m.subject = QStringLiteral("Код подтверждения регистрации");
    m.body = QStringLiteral("Код: 123456");
    const QByteArray wire = SmtpSender::compose(QStringLiteral("noreply@mygas.test"), m);
    QVERIFY(wire.contains("To: <a@b.ru>\r\n"));
    QVERIFY(wire.contains("Subject: =?UTF-8?B?" + m.subject.toUtf8().toBase64() + "?=\r\n"));
    QVERIFY(wire.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    QVERIFY(wire.endsWith("\r\n\r\n" + m.body.toUtf8() + "\r\n"));
}

QTEST_GUILESS_MAIN(TestServerCore)
#include "tst_server_core.moc"
