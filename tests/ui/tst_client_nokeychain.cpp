// Without a keychain backend (no Secret Service on the session bus) a login
// still works; the main window says the login could not be remembered.
#include "app/CompositionRoot.h"
#include "services/auth/AuthService.h"
#include "tests/support/client/ClientTestSupport.h"
#include "translations/Translations.h"
#include "ui/auth/AuthWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/StatusBanner.h"

#include <QLabel>
#include <QTest>

using namespace mygas;

class TestClientNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void loginContinuesWithANotice();
};

void TestClientNoKeychain::loginContinuesWithANotice()
{
    QTemporaryDir settings;
    clienttest::isolateSettings(settings);
    QVERIFY(installTranslation(QStringLiteral("ru")));
    ServerProcess server;
    QString error;
    QVERIFY2(server.start(ServerProcess::Options{}, &error), qPrintable(error));
    AppOptions options;
    options.server = server.baseUrl();
    options.caFile = server.caFile();
    CompositionRoot root(options);
    root.start();
    QTRY_VERIFY(root.authWindow()->isVisible());

    const QString login = clienttest::uniqueLogin(QStringLiteral("nokeychain"));
    std::optional<Status> status;
    auto keep = [&status](const Status& s) { status = s; };
    root.auth()->registerUser(login, QStringLiteral("gorgaz2026"), this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status && status->ok(), 20000);
    status.reset();
    root.auth()->confirmCode(clienttest::latestCode(server, login), this, keep);
    QTRY_VERIFY_WITH_TIMEOUT(status && status->ok(), 20000);
    QVERIFY(root.auth()->isSignedIn());

    auto* notice = root.mainWindow()->findChild<QLabel*>(QStringLiteral("mainNoticeText"));
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(!notice->text().isEmpty(), 30000);
    QCOMPARE(notice->text(), QStringLiteral("Не удалось сохранить вход: хранилище паролей недоступно — при "
                                            "следующем запуске войдите снова"));
}

QTEST_MAIN(TestClientNoKeychain)
#include "tst_client_nokeychain.moc"
