// The manual's access rules (section 3) as the shared models code applies
// them on both sides: logins, passwords, codes, and the clock the TTLs run on.
#include "models/auth/AuthRules.h"
#include "models/core/ApiTypes.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "translations/Translations.h"

#include <QJsonDocument>
#include <QTest>

using namespace mygas;

class TestAuthRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(installTranslation(QStringLiteral("ru"))); }

    void login_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("normalised");
        const int phone = int(rules::LoginKind::Phone);
        const int email = int(rules::LoginKind::Email);
        const int bad = int(rules::LoginKind::Invalid);
        QTest::newRow("+7 spaced") << "+7 912 345 67 89" << phone << "+79123456789";
        QTest::newRow("8 with brackets") << "8 (912) 345-67-89" << phone << "+79123456789";
        QTest::newRow("ten digits") << "9123456789" << phone << "+79123456789";
        QTest::newRow("7 without plus") << "79123456789" << phone << "+79123456789";
        QTest::newRow("surrounding spaces") << "  89123456789 " << phone << "+79123456789";
        QTest::newRow("landline") << "+7 495 123 45 67" << bad << "";
        QTest::newRow("too short") << "912345678" << bad << "";
        QTest::newRow("too long") << "891234567890" << bad << "";
        QTest::newRow("foreign +8") << "+8 912 345 67 89" << bad << "";
        QTest::newRow("letters in phone") << "8912345678a" << bad << "";
        QTest::newRow("email") << "Ivanova.Anna@Example.RU" << email << "ivanova.anna@example.ru";
        QTest::newRow("email plus") << "a+b@mail.example.com" << email << "a+b@mail.example.com";
        QTest::newRow("email no dot") << "anna@localhost" << bad << "";
        QTest::newRow("email two @") << "a@b@example.ru" << bad << "";
        QTest::newRow("email space") << "an na@example.ru" << bad << "";
        QTest::newRow("email cyrillic") << "анна@пример.рф" << bad << "";
        QTest::newRow("empty") << "" << bad << "";
        QTest::newRow("newline tail") << "9123456789\n" << phone << "+79123456789";
    }

    void login()
    {
        QFETCH(QString, input);
        QFETCH(int, kind);
        QFETCH(QString, normalised);
        const rules::Login l = rules::normalizeLogin(input);
        QCOMPARE(int(l.kind), kind);
        QCOMPARE(l.value, normalised);
        QCOMPARE(rules::checkLogin(input).isEmpty(), kind != int(rules::LoginKind::Invalid));
    }

    void password_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        QTest::newRow("5 letters") << "gazik"
                                   << "";
        QTest::newRow("10 mixed") << "Abc123xyZ9"
                                  << "";
        QTest::newRow("digits only") << "60417"
                                     << "";
        // The manual's format, yet among the first a guesser tries.
        QTest::newRow("run of digits") << "12345" << errc::PasswordCommon;
        QTest::newRow("one letter") << "aaaaa" << errc::PasswordCommon;
        QTest::newRow("letters in a row") << "abcde" << errc::PasswordCommon;
        QTest::newRow("backwards") << "98765" << errc::PasswordCommon;
        QTest::newRow("keyboard row") << "qwerty" << errc::PasswordCommon;
        QTest::newRow("password") << "password" << errc::PasswordCommon;
        QTest::newRow("any case") << "PassWord" << errc::PasswordCommon;
        QTest::newRow("transliterated") << "parol123" << errc::PasswordCommon;
        QTest::newRow("4 chars") << "abcd" << errc::PasswordInvalid;
        QTest::newRow("11 chars") << "abcdefghijk" << errc::PasswordInvalid;
        QTest::newRow("cyrillic") << "пароль1" << errc::PasswordInvalid;
        QTest::newRow("space") << "abc def" << errc::PasswordInvalid;
        QTest::newRow("symbol") << "abc!def" << errc::PasswordInvalid;
        QTest::newRow("trailing newline") << "abcde\n" << errc::PasswordInvalid;
        QTest::newRow("empty") << "" << errc::PasswordRequired;
    }

    void password()
    {
        QFETCH(QString, password);
        QFETCH(QString, error);
        QCOMPARE(rules::checkPassword(password), error);
        // Logging in only checks the format: an older account still can.
        if (error == QLatin1String(errc::PasswordCommon))
            QCOMPARE(rules::checkPasswordFormat(password), QString());
    }

    void confirmation()
    {
        QVERIFY(rules::checkPasswordConfirmation(QStringLiteral("abc12"), QStringLiteral("abc12")).isEmpty());
        QCOMPARE(rules::checkPasswordConfirmation(QStringLiteral("abc12"), QStringLiteral("abc13")),
                 QString::fromLatin1(errc::PasswordMismatch));
    }

    void code_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("six digits") << "012345" << true;
        QTest::newRow("five") << "12345" << false;
        QTest::newRow("seven") << "1234567" << false;
        QTest::newRow("letter") << "12a456" << false;
        QTest::newRow("empty") << "" << false;
    }

    void code()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(rules::checkCode(code).isEmpty(), valid);
    }

    void manualNumbers()
    {
        // The numbers the manual states; changing them is a product decision.
        QCOMPARE(rules::kRegistrationCodeTtlSec, 160);
        QCOMPARE(rules::kRecoveryCodeTtlSec, 70);
        QCOMPARE(rules::kPasswordMinLength, 5);
        QCOMPARE(rules::kPasswordMaxLength, 10);
        QCOMPARE(rules::kMaxAccounts, 3);
    }

    void russianMessages()
    {
        QCOMPARE(errorMessage(QString::fromLatin1(errc::InvalidCredentials)),
                 QStringLiteral("Неверный логин или пароль"));
        QVERIFY(errorMessage(QString::fromLatin1(errc::PasswordInvalid)).contains(QStringLiteral("латинице")));
        QVERIFY(errorMessage(QStringLiteral("no_such_code")).isEmpty());
    }

    void errorEnvelopeRoundTrip()
    {
        const Error e = makeError(errc::LoginTaken, QStringLiteral("login"), 409);
        const QJsonObject json = errorToJson(e);
        const Error back = errorFromJson(json, 409);
        QCOMPARE(back.code, QStringLiteral("login_taken"));
        QCOMPARE(back.field, QStringLiteral("login"));
        QCOMPARE(back.message, errorMessage(QStringLiteral("login_taken")));
        // A body that is not our envelope still yields a code and a message.
        const Error odd = errorFromJson(QJsonObject{{QStringLiteral("x"), 1}}, 502);
        QCOMPARE(odd.code, QStringLiteral("bad_response"));
        QVERIFY(!odd.message.isEmpty());
    }

    void userRoundTrip()
    {
        User u;
        u.id = 42;
        u.login = QStringLiteral("+79123456789");
        QVERIFY(!u.hasConsented());
        QVERIFY(User::fromJson(u.toJson()).consentVersion.isEmpty());
        u.consentVersion = QString::fromLatin1(rules::kConsentVersion);
        u.consentAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
        const User back = User::fromJson(u.toJson());
        QCOMPARE(back.id, 42);
        QCOMPARE(back.consentAt, u.consentAt);
        QVERIFY(back.hasConsented());
    }

    void manualClockMovesTime()
    {
        const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        ManualClock clock(start);
        Clock::setInstance(&clock);
        QCOMPARE(Clock::now(), start);
        clock.advance(rules::kRegistrationCodeTtlSec);
        QCOMPARE(Clock::now().secsTo(start), -160);
        Clock::setInstance(nullptr);
        QVERIFY(qAbs(Clock::now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }
};

QTEST_GUILESS_MAIN(TestAuthRules)
#include "tst_authrules.moc"
