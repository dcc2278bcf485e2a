#pragma once

#include "app/AppOptions.h"
#include "models/core/Error.h"
#include "services/cache/CacheStore.h"

#include <QObject>
#include <QPointer>

class QTimer;

#include <functional>

namespace mygas {

class AccountsService;
class ApiClient;
class AuthService;
class AuthWindow;
class CredentialStore;
class DemoMailWindow;
class DemoMailbox;
class DemoServer;
class MainWindow;
class ReadingsService;
class PaymentsService;
class ApplicationsService;
class FileDownloads;
class RequestsService;
class ReceiptService;
class ReminderService;
class ReminderTray;
class SyncEngine;

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
    CacheStore* cache() const { return m_cache; }
    SyncEngine* sync() const { return m_sync; }
    AccountsService* accounts() const { return m_accounts; }
    ReadingsService* readings() const { return m_readings; }
    ReminderService* reminders() const { return m_reminders; }
    ReminderTray* reminderTray() const { return m_tray; } // after the main window's first paint
    // Built on first use: a remembered session paints the main window without it.
    AuthWindow* authWindow();
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
    // The cache of the signed-in login, opened before any network call.
    void openCache(CacheStore::Check check = CacheStore::Check::Now);
    void verifyCache();
    // The readings outbox next to the cache file.
    void openOutbox();
    // After the main window's first paint: the tray icon and the reminders.
    void startBackground();
    void loadCompaniesOnce();
    void startSync();
    void stopSync();
    void retry();

    AppOptions m_options;
    ApiClient* m_api;
    CredentialStore* m_store;
    AuthService* m_auth;
    DemoMailbox* m_mailbox;
    CacheStore* m_cache;
    SyncEngine* m_sync;
    AccountsService* m_accounts;
    ReadingsService* m_readings;
    ReceiptService* m_receipts;
    PaymentsService* m_payments;
    RequestsService* m_requests;
    ApplicationsService* m_applications;
    FileDownloads* m_downloads;
    ReminderService* m_reminders;
    ReminderTray* m_tray = nullptr;
    QString m_outboxPath;
    bool m_backgroundStarted = false;
    bool m_companiesLoaded = false; // this session
    QTimer* m_restoreTimer;         // reconnects a remembered session that could not reach the server
    int m_restoreBackoffMs = 0;
    DemoServer* m_demoServer = nullptr;
    AuthWindow* m_authWindow = nullptr;
    MainWindow* m_mainWindow;
    DemoMailWindow* m_demoMailWindow = nullptr;
    bool m_announcedShown = false;
    std::function<void()> m_afterFirstPaint;
};

} // namespace mygas
