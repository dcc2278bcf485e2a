#pragma once

#include "tests/support/ServerProcess.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace mygas {
class AccountPage;
class CompositionRoot;
} // namespace mygas

// Shared by the GUI suites of the account pages: the demo data of
// `mygas-server --demo` (docs/demo.md) and small steps on real windows.
namespace pagetest {

QString demoLogin();
QString demoPassword();
QString extendedNumber(); // the demo user's account in the extended version
QString limitedNumber();  // … and the one in the limited version

// Settings and the cache (app data) in dir, never in a real profile.
void isolate(const QTemporaryDir& dir);
std::unique_ptr<mygas::CompositionRoot> makeRoot(ServerProcess& server);
// Types the login and password into the login page and presses «Войти».
void signInThroughWindow(mygas::CompositionRoot* root, const QString& login, const QString& password);
// Shows the section `key` (services, meters…) of the account page; the
// section once it is built and visible within 5 s, else nullptr.
QWidget* openSection(mygas::AccountPage* page, const QString& key);
template <typename T> T* openSection(mygas::AccountPage* page, const QString& key)
{
    return qobject_cast<T*>(openSection(page, key));
}
// Clicks a visible, enabled button found by object name under root.
void click(QWidget* root, const char* objectName);
// Types into a line edit found by object name, replacing its text.
void type(QWidget* root, const char* objectName, const QString& text);
// With MYGAS_SCREENSHOT_DIR set, saves the window as NAME.png there.
void snapshot(QWidget* window, const QString& name);
QByteArray readFile(const QString& path);
// The refresh token the keychain holds for the root's server, or "".
QString rememberedToken(mygas::CompositionRoot* root);

} // namespace pagetest
