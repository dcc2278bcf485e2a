#include "tests/support/gui/PageTestSupport.h"

#include "app/CompositionRoot.h"
#include "services/auth/AuthService.h"
#include "services/auth/CredentialStore.h"
#include "tests/support/client/ClientTestSupport.h"
#include "ui/account/AccountPage.h"
#include "ui/account/AccountSection.h"
#include "ui/account/SectionSlot.h"
#include "ui/auth/AuthWindow.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace pagetest {

QString demoLogin()
{
    return QStringLiteral("demo@mygas.example");
}

QString demoPassword()
{
    return QStringLiteral("demo1");
}

QString extendedNumber()
{
    return QStringLiteral("0412345678");
}

QString limitedNumber()
{
    return QStringLiteral("630100012345");
}

void isolate(const QTemporaryDir& dir)
{
    clienttest::isolateSettings(dir);
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
}

std::unique_ptr<mygas::CompositionRoot> makeRoot(ServerProcess& server)
{
    mygas::AppOptions options;
    options.server = server.baseUrl();
    options.caFile = server.caFile();
    options.offerDemoMail = true;
    options.language = QStringLiteral("ru");
    return std::make_unique<mygas::CompositionRoot>(options);
}

void type(QWidget* root, const char* objectName, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    QTRY_VERIFY(edit->isVisible());
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    // keyClicks() knows Latin-1 keys only: other letters arrive as typed text.
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(edit, ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

QWidget* openSection(mygas::AccountPage* page, const QString& key)
{
    page->showSection(key);
    mygas::SectionSlot* slot = page->slot(key);
    if (!QTest::qWaitFor([slot]() { return slot->isVisible() && slot->section(); }, 5000))
        return nullptr;
    return slot->section();
}

void click(QWidget* root, const char* objectName)
{
    auto* button = root->findChild<QPushButton*>(QString::fromLatin1(objectName));
    QVERIFY2(button, objectName);
    QTRY_VERIFY2(button->isVisible() && button->isEnabled(), objectName);
    QTest::mouseClick(button, Qt::LeftButton);
}

void signInThroughWindow(mygas::CompositionRoot* root, const QString& login, const QString& password)
{
    QWidget* w = root->authWindow();
    type(w, "loginEdit", login);
    type(w, "passwordEdit", password);
    click(w, "loginButton");
}

void snapshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("MYGAS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTest::qWait(150);
    QVERIFY(window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString rememberedToken(mygas::CompositionRoot* root)
{
    mygas::CredentialStore store;
    bool done = false;
    QString secret;
    store.readSession(root->auth()->serverIdentity(), &store, [&](const mygas::CredentialStore::ReadResult& r) {
        secret = r.outcome == mygas::CredentialStore::Outcome::Ok ? r.secret : QString();
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, 10000))
        return QStringLiteral("(keychain did not answer)");
    return secret;
}

} // namespace pagetest
