// The real windows under Xvfb against the real mygas-server: registration
// with the code from the demo outbox, the first steps, logout, login, a wrong
// password, recovery, the code countdown, and the remembered session.
#include "app/CompositionRoot.h"
#include "models/core/Clock.h"
#include "models/core/ErrorCatalog.h"
#include "services/auth/AuthService.h"
#include "services/auth/CredentialStore.h"
#include "services/demo/DemoServer.h"
#include "services/net/ApiClient.h"
#include "tests/support/ApiCaller.h"
#include "tests/support/client/ClientTestSupport.h"
#include "translations/Translations.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/LinkAccountDialog.h"
#include "ui/auth/AuthWindow.h"
#include "ui/shell/DemoMailWindow.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace mygas;

namespace {

template <typename T> T* child(QObject* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning() << "no widget named" << name;
    return w;
}

} // namespace

class TestClientGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void registerWithCodeFromOutbox();
    void demoMailShowsTheCode();
    void logoutShowsLogin();
    void wrongPasswordShowsServerMessage();
    void loginAgain();
    void recoverPassword();
    void rememberedSessionOpensMainWindow();
    void rememberedSessionOfflineKeepsMainWindow();
    void revokedSessionReturnsToLogin();
    void noNetworkOffersRetry();
    void untrustedServerCannotBeClickedThrough();
    void demoModeRunsTheBundledServer();

private:
    void type(const char* name, const QString& text, QWidget* root);
    void click(const char* name, QWidget* root);
    QWidget* page() const { return m_root->authWindow()->currentPage(); }
    std::unique_ptr<CompositionRoot> makeRoot();
    // Logs in through the login window, waits until the keychain holds the
    // session, then quits the app with it remembered.
    void signInAndQuit();
    // What the keychain holds for this server now: the refresh token, or "" when nothing.
    QString rememberedToken();
    // With MYGAS_SCREENSHOT_DIR set, saves the window as NAME.png there for a person to look at.
    void snapshot(QWidget* window, const QString& name);

    QTemporaryDir m_settings;
    ServerProcess m_server;
    ManualClock m_clock;
    std::unique_ptr<CompositionRoot> m_root;
    QString m_login;
    const QString m_password = QStringLiteral("gorgaz2026");
    QString m_newPassword = QStringLiteral("xyz98765");
};

void TestClientGui::initTestCase()
{
    clienttest::isolateSettings(m_settings);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    Clock::setInstance(&m_clock);
    QString error;
    QVERIFY2(m_server.start(ServerProcess::Options{}, &error), qPrintable(error));
    m_login = clienttest::uniqueLogin(QStringLiteral("gui"));
    m_root = makeRoot();
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    QCOMPARE(page()->objectName(), QStringLiteral("loginPage"));
}

void TestClientGui::cleanupTestCase()
{
    m_root.reset();
    Clock::setInstance(nullptr);
}

std::unique_ptr<CompositionRoot> TestClientGui::makeRoot()
{
    AppOptions options;
    options.server = m_server.baseUrl();
    options.caFile = m_server.caFile();
    options.offerDemoMail = true;
    options.language = QStringLiteral("ru");
    return std::make_unique<CompositionRoot>(options);
}

void TestClientGui::signInAndQuit()
{
    QWidget* w = m_root->authWindow();
    type("loginEdit", m_login, w);
    type("passwordEdit", m_newPassword, w);
    click("loginButton", w);
    QTRY_VERIFY(m_root->mainWindow()->isVisible());
    QTRY_COMPARE(rememberedToken(), m_root->api()->tokens().refreshToken);
    m_root.reset();
}

QString TestClientGui::rememberedToken()
{
    CredentialStore store;
    bool done = false;
    QString secret;
    store.readSession(m_root->auth()->serverIdentity(), &store, [&](const CredentialStore::ReadResult& r) {
        secret = r.outcome == CredentialStore::Outcome::Ok ? r.secret : QString();
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 10000))
        return QStringLiteral("(keychain did not answer)");
    return secret;
}

void TestClientGui::snapshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("MYGAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::qWait(100);
    QVERIFY(window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestClientGui::type(const char* name, const QString& text, QWidget* root)
{
    auto* edit = child<QLineEdit>(root, name);
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestClientGui::click(const char* name, QWidget* root)
{
    auto* button = child<QPushButton>(root, name);
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestClientGui::registerWithCodeFromOutbox()
{
    QWidget* w = m_root->authWindow();
    snapshot(w, QStringLiteral("login"));
    click("registerLink", w);
    QTRY_COMPARE(page()->objectName(), QStringLiteral("registrationPage"));

    // Field errors appear as the user types, next to the field.
    type("registrationPasswordEdit", QStringLiteral("abc"), w);
    QTRY_VERIFY(child<QLabel>(w, "registrationPasswordEditError")->isVisible());
    QVERIFY(child<QLabel>(w, "registrationPasswordEditError")->text().contains(QStringLiteral("не менее 5")));
    QVERIFY(!child<QLabel>(w, "registrationConfirmEditError")->isVisible()); // untouched: no error yet

    type("registrationLoginEdit", m_login, w);
    type("registrationPasswordEdit", m_password, w);
    QVERIFY(!child<QLabel>(w, "registrationPasswordEditError")->isVisible());
    type("registrationConfirmEdit", m_password, w);
    QCOMPARE(child<QPushButton>(w, "registerButton")->text(), QStringLiteral("Зарегистрироваться"));
    QTest::keyClick(child<QLineEdit>(w, "registrationConfirmEdit"), Qt::Key_Return);

    QTRY_COMPARE(page()->objectName(), QStringLiteral("codePage"));
    auto* countdown = child<QLabel>(w, "codeCountdown");
    auto* resend = child<QPushButton>(w, "resendCodeButton");
    QTRY_VERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().contains(QStringLiteral("160")), qPrintable(countdown->text()));
    QVERIFY(!resend->isVisible());
    const QString firstCode = clienttest::latestCode(m_server, m_login);
    snapshot(w, QStringLiteral("code"));
    QCOMPARE(firstCode.size(), 6);

    m_clock.advance(100);
    QTRY_VERIFY2(countdown->text().contains(QStringLiteral("60")), qPrintable(countdown->text()));
    QVERIFY(!resend->isVisible());
    m_clock.advance(60);
    m_server.advanceClock(160);
    QTRY_VERIFY(resend->isVisible());
    QVERIFY(!countdown->isVisible());
    QCOMPARE(resend->text(), QStringLiteral("Отправить код повторно"));

    // The old code has expired; a new one is sent and the countdown starts again.
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_VERIFY(clienttest::outboxCount(m_server, m_login) == 2);
    QTRY_VERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().contains(QStringLiteral("160")), qPrintable(countdown->text()));
    QVERIFY(!resend->isVisible());

    // A person reads the code in «Демо-почта», newest first.
    click("authDemoMailButton", w);
    QTRY_VERIFY(m_root->demoMailWindow() && m_root->demoMailWindow()->isVisible());
    QTreeWidget* mail = m_root->demoMailWindow()->list();
    QTRY_COMPARE(mail->topLevelItemCount(), 2);
    QCOMPARE(mail->topLevelItem(0)->text(0), m_login);
    const QString code = mail->topLevelItem(0)->text(3);
    QCOMPARE(code, clienttest::latestCode(m_server, m_login));
    QVERIFY(code != firstCode || mail->topLevelItem(1)->text(3) == firstCode);
    m_root->demoMailWindow()->close();

    type("codeEdit", code, w);
    click("confirmCodeButton", w);
    QTRY_COMPARE(page()->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(child<QPushButton>(w, "welcomeOkButton")->text(), QStringLiteral("Хорошо"));
    click("welcomeOkButton", w);
    QTRY_COMPARE(page()->objectName(), QStringLiteral("consentPage"));
    snapshot(w, QStringLiteral("consent"));
    QCOMPARE(child<QPushButton>(w, "consentAgreeButton")->text(), QStringLiteral("Я согласен"));
    click("consentAgreeButton", w);
    QTRY_COMPARE(page()->objectName(), QStringLiteral("firstStepPage"));

    // «Подключить лицевой счет»: the main window with the linking dialog open.
    click("firstStepConnectAccount", w);

    MainWindow* main = m_root->mainWindow();
    QTRY_VERIFY(main->isVisible());
    QVERIFY(!w->isVisible());
    QTRY_VERIFY(main->actions()->linkDialog() && main->actions()->linkDialog()->isVisible());
    main->actions()->linkDialog()->reject();
    QVERIFY(child<QLabel>(main, "accountInfo")->text().contains(m_login));
    snapshot(main, QStringLiteral("main"));
    QCOMPARE(child<QPushButton>(main, "logoutButton")->text(), QStringLiteral("Выход"));
    for (const char* name : {"menuAccount", "menuOffices", "menuContracts", "menuSettings", "menuSupport"})
        QVERIFY(child<QPushButton>(main, name)->isVisible());
    QCOMPARE(child<QPushButton>(main, "menuOffices")->text(), QStringLiteral("Карта отделений"));
    click("menuContracts", main);
    QTRY_VERIFY(child<QWidget>(main, "menuContractsPage")->isVisible());
    click("menuAccount", main);
    QTRY_VERIFY(child<QWidget>(main, "accountList")->isVisible());
}

void TestClientGui::demoMailShowsTheCode()
{
    click("demoMailButton", m_root->mainWindow());
    QTRY_VERIFY(m_root->demoMailWindow() && m_root->demoMailWindow()->isVisible());
    QTreeWidget* list = m_root->demoMailWindow()->list();
    const QString code = clienttest::latestCode(m_server, m_login);
    QTRY_VERIFY(!list->findItems(code, Qt::MatchExactly, 3).isEmpty());
    QCOMPARE(list->findItems(code, Qt::MatchExactly, 3).first()->text(0), m_login);
    snapshot(m_root->demoMailWindow(), QStringLiteral("demo-mail"));
    m_root->demoMailWindow()->close();
}

void TestClientGui::logoutShowsLogin()
{
    click("logoutButton", m_root->mainWindow());
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    QCOMPARE(page()->objectName(), QStringLiteral("loginPage"));
    QVERIFY(!m_root->mainWindow()->isVisible());
    QVERIFY(!m_root->auth()->isSignedIn());
}

void TestClientGui::wrongPasswordShowsServerMessage()
{
    ApiCaller caller(m_server.apiUrl(QString()), m_server.caFile());
    const QString expected =
        caller
            .post(QStringLiteral("/auth/login"),
                  {{QStringLiteral("login"), m_login}, {QStringLiteral("password"), QStringLiteral("wrong11")}})
            .errorMessage();
    QVERIFY(!expected.isEmpty());
    QWidget* w = m_root->authWindow();
    type("loginEdit", m_login, w);
    type("passwordEdit", QStringLiteral("wrong12"), w);
    QTest::keyClick(child<QLineEdit>(w, "passwordEdit"), Qt::Key_Return);
    QTRY_COMPARE(child<QLabel>(w, "loginStatusText")->text(), expected);
    QVERIFY(child<QLabel>(w, "loginStatusText")->isVisible());
    QVERIFY(!child<QPushButton>(w, "loginStatusRetry")->isVisible()); // not a network error
    QVERIFY(!m_root->mainWindow()->isVisible());
}

void TestClientGui::loginAgain()
{
    QWidget* w = m_root->authWindow();
    type("loginEdit", m_login, w);
    type("passwordEdit", m_password, w);
    click("loginButton", w);
    QTRY_VERIFY(m_root->mainWindow()->isVisible());
    QVERIFY(!w->isVisible());
    click("logoutButton", m_root->mainWindow());
    QTRY_VERIFY(w->isVisible());
}

void TestClientGui::recoverPassword()
{
    QWidget* w = m_root->authWindow();
    click("forgotPasswordLink", w);
    QTRY_COMPARE(page()->objectName(), QStringLiteral("recoveryPage"));
    QCOMPARE(child<QPushButton>(w, "recoverButton")->text(), QStringLiteral("Восстановить пароль"));
    type("recoveryLoginEdit", m_login, w);
    type("recoveryPasswordEdit", m_newPassword, w);
    type("recoveryConfirmEdit", m_newPassword + QStringLiteral("1"), w);
    QTRY_VERIFY(child<QLabel>(w, "recoveryConfirmEditError")->isVisible()); // the passwords differ
    click("recoverButton", w);
    QTest::qWait(200);
    QCOMPARE(page()->objectName(), QStringLiteral("recoveryPage"));
    type("recoveryConfirmEdit", m_newPassword, w);
    QVERIFY(!child<QLabel>(w, "recoveryConfirmEditError")->isVisible());
    click("recoverButton", w);

    QTRY_COMPARE(page()->objectName(), QStringLiteral("codePage"));
    auto* countdown = child<QLabel>(w, "codeCountdown");
    QTRY_VERIFY2(countdown->text().contains(QStringLiteral("70")), qPrintable(countdown->text()));
    m_clock.advance(70);
    auto* resend = child<QPushButton>(w, "resendCodeButton");
    QTRY_VERIFY(resend->isVisible());
    QCOMPARE(resend->text(), QStringLiteral("Отправить код еще раз"));

    type("codeEdit", clienttest::latestCode(m_server, m_login), w);
    QTest::keyClick(child<QLineEdit>(w, "codeEdit"), Qt::Key_Return);
    QTRY_VERIFY(m_root->mainWindow()->isVisible()); // consent was given at registration
    QVERIFY(!w->isVisible());

    ApiCaller caller(m_server.apiUrl(QString()), m_server.caFile());
    QCOMPARE(caller
                 .post(QStringLiteral("/auth/login"),
                       {{QStringLiteral("login"), m_login}, {QStringLiteral("password"), m_newPassword}})
                 .status,
             200);
}

void TestClientGui::rememberedSessionOpensMainWindow()
{
    QVERIFY(m_root->auth()->isSignedIn());
    // The keychain write of the newest (rotated) token finishes in the background.
    QTRY_COMPARE(rememberedToken(), m_root->api()->tokens().refreshToken);
    // The person moved and resized the window.
    const QRect placed(QPoint(40, 30), QSize(900, 640));
    m_root->mainWindow()->setGeometry(placed);
    QTRY_COMPARE(m_root->mainWindow()->geometry().size(), placed.size());
    m_root.reset(); // the app quits with the session remembered

    m_root = makeRoot();
    m_root->start();
    QTRY_VERIFY(m_root->mainWindow()->isVisible());
    // The next start opens it as it was left.
    QCOMPARE(m_root->mainWindow()->size(), placed.size());
    QVERIFY(!m_root->authWindow()->isVisible());
    QTRY_VERIFY(child<QLabel>(m_root->mainWindow(), "accountInfo")->text().contains(m_login));

    QTRY_COMPARE(rememberedToken(), m_root->api()->tokens().refreshToken);
    click("logoutButton", m_root->mainWindow());
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    QTRY_VERIFY(rememberedToken().isEmpty());
    m_root = makeRoot(); // after «Выход» nothing is remembered
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    QVERIFY(!m_root->mainWindow()->isVisible());
}

void TestClientGui::rememberedSessionOfflineKeepsMainWindow()
{
    signInAndQuit();
    if (QTest::currentTestFailed())
        return;

    // The next start finds no server: the main window still opens, says why
    // the data cannot be refreshed, and offers «Повторить».
    m_server.stop();
    m_root = makeRoot();
    m_root->start();
    QTRY_VERIFY(m_root->mainWindow()->isVisible());
    QVERIFY(!m_root->authWindow()->isVisible());
    auto* retry = child<QPushButton>(m_root->mainWindow(), "mainNoticeRetry");
    QTRY_VERIFY(retry->isVisible());
    QCOMPARE(child<QLabel>(m_root->mainWindow(), "mainNoticeText")->text(),
             errorMessage(QStringLiteral("network_unreachable")));

    // The server is back: «Повторить» restores the session and clears the notice.
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    m_root->api()->setBaseUrl(m_server.baseUrl());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!retry->isVisible());
    QTRY_VERIFY(m_root->auth()->isSignedIn());
    QVERIFY(m_root->mainWindow()->isVisible());
    click("logoutButton", m_root->mainWindow());
    QTRY_VERIFY(rememberedToken().isEmpty());
    // The restarted server listens on a new port: later tests start afresh.
    m_root = makeRoot();
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
}

void TestClientGui::revokedSessionReturnsToLogin()
{
    signInAndQuit();
    if (QTest::currentTestFailed())
        return;

    // Meanwhile the password is recovered elsewhere: every other session ends.
    ApiCaller caller(m_server.apiUrl(QString()), m_server.caFile());
    const QString challenge = caller
                                  .post(QStringLiteral("/auth/recover"), {{QStringLiteral("login"), m_login},
                                                                          {QStringLiteral("new_password"), m_password}})
                                  .object()
                                  .value(QStringLiteral("challenge_id"))
                                  .toString();
    QVERIFY(!challenge.isEmpty());
    QCOMPARE(caller
                 .post(QStringLiteral("/auth/recover/confirm"),
                       {{QStringLiteral("challenge_id"), challenge},
                        {QStringLiteral("code"), clienttest::latestCode(m_server, m_login)}})
                 .status,
             200);
    m_newPassword = m_password;

    // The next start paints the remembered main window, then the server's
    // answer takes it back to the login with the reason.
    m_root = makeRoot();
    m_root->start();
    QTRY_VERIFY(m_root->authWindow()->isVisible());
    QTRY_VERIFY(!m_root->mainWindow()->isVisible());
    QCOMPARE(page()->objectName(), QStringLiteral("loginPage"));
    QTRY_COMPARE(child<QLabel>(m_root->authWindow(), "loginStatusText")->text(),
                 errorMessage(QStringLiteral("token_invalid")));
    QVERIFY(!m_root->auth()->isSignedIn());
    QTRY_VERIFY(rememberedToken().isEmpty());
}

void TestClientGui::noNetworkOffersRetry()
{
    m_root.reset();
    ServerProcess gone;
    QString error;
    QVERIFY2(gone.start(ServerProcess::Options{}, &error), qPrintable(error));
    AppOptions options;
    options.server = gone.baseUrl();
    options.caFile = gone.caFile();
    gone.stop();
    m_root = std::make_unique<CompositionRoot>(options);
    m_root->start();
    QWidget* w = m_root->authWindow();
    QTRY_VERIFY(w->isVisible());
    type("loginEdit", m_login, w);
    type("passwordEdit", m_newPassword, w);
    click("loginButton", w);
    auto* text = child<QLabel>(w, "loginStatusText");
    auto* retry = child<QPushButton>(w, "loginStatusRetry");
    QTRY_VERIFY(retry->isVisible());
    QCOMPARE(text->text(), errorMessage(QStringLiteral("network_unreachable")));
    QVERIFY(text->text().contains(QStringLiteral("Повторить")));
    // «Повторить» repeats the login: still no server, so the same answer comes back.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(!m_root->mainWindow()->isVisible());
}

void TestClientGui::untrustedServerCannotBeClickedThrough()
{
    AppOptions options; // the demo CA is not trusted
    options.server = m_server.baseUrl();
    m_root = std::make_unique<CompositionRoot>(options);
    m_root->start();
    QWidget* w = m_root->authWindow();
    QTRY_VERIFY(w->isVisible());
    type("loginEdit", m_login, w);
    type("passwordEdit", m_newPassword, w);
    click("loginButton", w);
    auto* text = child<QLabel>(w, "loginStatusText");
    QTRY_COMPARE(text->text(), errorMessage(QStringLiteral("tls_error")));
    QVERIFY(!child<QPushButton>(w, "loginStatusRetry")->isVisible());
    // Nothing in the window offers to continue regardless.
    for (QPushButton* b : w->findChildren<QPushButton*>()) {
        if (b->isVisible())
            QVERIFY2(!b->text().contains(QStringLiteral("довер")) && !b->text().contains(QStringLiteral("Продолж")),
                     qPrintable(b->text()));
    }
    QVERIFY(!m_root->mainWindow()->isVisible());
    QVERIFY(!m_root->auth()->isSignedIn());
}

void TestClientGui::demoModeRunsTheBundledServer()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(DemoServer::defaultDataDir()).removeRecursively();
    AppOptions options;
    options.demo = true;
    options.offerDemoMail = true;
    m_root = std::make_unique<CompositionRoot>(options);
    m_root->start();
    QWidget* w = m_root->authWindow();
    QTRY_VERIFY_WITH_TIMEOUT(w->isVisible(), 30000);
    QVERIFY(m_root->demoServer() && m_root->demoServer()->isRunning());
    const QUrl demoUrl = m_root->demoServer()->baseUrl();
    QCOMPARE(demoUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(child<QPushButton>(w, "authDemoMailButton")->isVisible());

    // The client trusts the CA the demo server created: a registration goes through.
    const QString login = clienttest::uniqueLogin(QStringLiteral("demo"));
    click("registerLink", w);
    type("registrationLoginEdit", login, w);
    type("registrationPasswordEdit", m_password, w);
    type("registrationConfirmEdit", m_password, w);
    click("registerButton", w);
    QTRY_COMPARE(page()->objectName(), QStringLiteral("codePage"));
    click("authDemoMailButton", w);
    QTRY_VERIFY(m_root->demoMailWindow()->isVisible());
    QTRY_COMPARE(m_root->demoMailWindow()->list()->topLevelItemCount(), 1);
    QCOMPARE(m_root->demoMailWindow()->list()->topLevelItem(0)->text(0), login);

    // Closing the app stops the demo server.
    m_root.reset();
    ApiCaller caller(QUrl(demoUrl.toString() + QStringLiteral("/api/v1")));
    QVERIFY(!caller.get(QStringLiteral("/companies")).networkError.isEmpty());
}

QTEST_MAIN(TestClientGui)
#include "tst_client_gui.moc"
