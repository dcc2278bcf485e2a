#pragma once

#include "AppOptions.h"
#include "Error.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace mygas {

class ApiClient;
class AuthService;
class AuthWindow;
class CredentialStore;
class DemoMailWindow;
class DemoMailbox;
class DemoServer;
class MainWindow;

// Creates the services and the windows and wires them together: which
// window shows when, the demo server, the remembered session, logout.
class CompositionRoot : public QObject
{
    Q_OBJECT
public:
    explicit CompositionRoot(const AppOptions& options, QObject* parent = nullptr);
    ~CompositionRoot() override;

    void start();

    ApiClient* api() const { return m_api; }
    AuthService* auth() const { return m_auth; }
    AuthWindow* authWindow() const { return m_authWindow; }
    MainWindow* mainWindow() const { return m_mainWindow; }
    DemoMailWindow* demoMailWindow() const { return m_demoMailWindow; }
    DemoServer* demoServer() const { return m_demoServer; }
    void openDemoMail();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectTo(const QUrl& server, const QString& caFile, const QString& identity);
    void connectAfterFirstPaint(const QUrl& server, const QString& caFile, const QString& identity);
    void restoreSession();
    void showMainWindow();
    void showLoginWithError(const Error& error);
    void showLoginWithNotice(const QString& text);

    AppOptions m_options;
    ApiClient* m_api;
    CredentialStore* m_store;
    AuthService* m_auth;
    DemoMailbox* m_mailbox;
    DemoServer* m_demoServer = nullptr;
    AuthWindow* m_authWindow;
    MainWindow* m_mainWindow;
    DemoMailWindow* m_demoMailWindow = nullptr;
    bool m_announcedShown = false;
    std::function<void()> m_afterFirstPaint;
};

} // namespace mygas
