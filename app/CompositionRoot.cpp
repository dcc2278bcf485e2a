#include "app/CompositionRoot.h"

#include "models/applications/ApplicationForm.h"
#include "models/core/DisplayFormat.h"
#include "models/requests/RequestsModel.h"

#include "ui/accounts/AccountActions.h"

#include "services/accounts/AccountsService.h"
#include "services/applications/ApplicationsService.h"
#include "services/auth/AuthService.h"
#include "services/auth/CredentialStore.h"
#include "services/cache/CacheStore.h"
#include "services/demo/DemoMailbox.h"
#include "services/demo/DemoServer.h"
#include "services/documents/ReceiptService.h"
#include "services/files/FileDownloads.h"
#include "services/net/ApiClient.h"
#include "services/payments/PaymentsService.h"
#include "services/readings/ReadingsService.h"
#include "services/readings/ReminderService.h"
#include "services/requests/RequestsService.h"
#include "services/sync/SyncEngine.h"
#include "ui/auth/AuthWindow.h"
#include "ui/auth/LoginPage.h"
#include "ui/shell/DemoMailWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ReminderTray.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace mygas {

namespace {
constexpr int kKeychainWaitMs = 3000;
} // namespace

CompositionRoot::CompositionRoot(const AppOptions& options, QObject* parent)
    : QObject(parent), m_options(options), m_api(new ApiClient(this)), m_store(new CredentialStore(this)),
      m_auth(new AuthService(m_api, m_store, this)), m_mailbox(new DemoMailbox(m_api, this)),
      m_cache(new CacheStore(this)), m_sync(new SyncEngine(m_api, m_cache, this)),
      m_accounts(new AccountsService(m_api, m_cache, m_sync, this)),
      m_readings(new ReadingsService(m_api, m_cache, m_sync, this)),
      m_receipts(new ReceiptService(m_api, m_cache, this)), m_payments(new PaymentsService(m_api, m_sync, this)),
      m_requests(new RequestsService(m_api, m_cache, m_sync, this)),
      m_applications(new ApplicationsService(m_api, m_cache, m_sync, this)),
      m_downloads(new FileDownloads(m_api, this)), m_reminders(new ReminderService(m_cache, this)),
      m_restoreTimer(new QTimer(this)),
      m_mainWindow(new MainWindow(ClientServices{m_auth, m_cache, m_sync, m_accounts, m_readings, m_receipts,
                                                 m_payments, m_requests, m_applications, m_downloads}))
{
    m_mainWindow->setDemoMode(options.offerDemoMail);
    m_mainWindow->setRemindersEnabled(ReminderService::isEnabled());
    connect(m_mainWindow, &MainWindow::remindersToggled, m_reminders, &ReminderService::setEnabled);
    connect(m_reminders, &ReminderService::reminderDue, this, [this](const ReminderService::Reminder& r) {
        if (!m_tray)
            m_tray = new ReminderTray(m_mainWindow, this);
        m_tray->notify(r.text);
    });
    // The company answered a request: said in the tray as well as on the section.
    connect(m_requests, &RequestsService::statusChanged, this, [this](const ServiceRequest& r) {
        if (!m_tray)
            m_tray = new ReminderTray(m_mainWindow, this);
        m_tray->notify(tr("%1 of %2: %3")
                           .arg(RequestsModel::kindName(r.kind),
                                display::dateTime(QDateTime::fromString(r.createdAt, Qt::ISODate)),
                                RequestsModel::statusName(r.status)));
    });
    connect(m_applications, &ApplicationsService::statusChanged, this, [this](const ContractApplication& a) {
        if (!m_tray)
            m_tray = new ReminderTray(m_mainWindow, this);
        m_tray->notify(tr("%1: %2").arg(QCoreApplication::translate("Applications", applications::typeLabel(a.type)),
                                        RequestsModel::statusName(a.status)));
    });
    // The companies' reading rules (window, maximum) are not part of /sync.
    connect(m_sync, &SyncEngine::synced, this, &CompositionRoot::loadCompaniesOnce);
    connect(m_auth, &AuthService::challengeStarted, this, [this]() {
        if (m_demoMailWindow && m_demoMailWindow->isVisible()) {
            m_demoMailWindow->setRecipient(m_auth->pendingChallenge().login);
            m_demoMailWindow->refresh();
        }
    });
    connect(m_mainWindow, &MainWindow::demoMailRequested, this, &CompositionRoot::openDemoMail);
    connect(m_mainWindow, &MainWindow::logoutRequested, this, [this]() { m_auth->logout(this, {}); });
    connect(m_mainWindow, &MainWindow::retryRequested, this, &CompositionRoot::retry);
    connect(m_cache, &CacheStore::changed, m_mainWindow, &MainWindow::refreshFromCache);
    connect(m_sync, &SyncEngine::stateChanged, this,
            [this](SyncEngine::State state) { m_mainWindow->setSyncState(state, m_sync->lastError()); });
    connect(m_sync, &SyncEngine::failed, this, [this](const Error& error) {
        if (m_sync->state() != SyncEngine::State::Offline && m_mainWindow->isVisible())
            m_mainWindow->showError(error);
    });
    // A sync every ten minutes while signed in, besides the one after sign-in and «Повторить».
    m_restoreTimer->setSingleShot(true);
    connect(m_restoreTimer, &QTimer::timeout, this, &CompositionRoot::restoreSession);
    // A remembered session shows the main window before any network answer;
    // the server's verdict follows in restoreSession().
    connect(m_auth, &AuthService::sessionRemembered, this, &CompositionRoot::showMainWindow);
    connect(m_auth, &AuthService::signedOut, this, [this]() {
        stopSync();
        m_reminders->stop();
        if (m_tray)
            m_tray->setVisible(false);
        m_readings->close();
        m_requests->close();
        m_applications->close();
        m_outboxPath.clear();
        m_companiesLoaded = false;
        m_cache->close();
        m_mainWindow->refreshFromCache();
        m_mainWindow->hide();
        authWindow()->showLogin();
    });
    m_mainWindow->installEventFilter(this);
}

CompositionRoot::~CompositionRoot()
{
    // The newest refresh token must reach the keychain before the app goes.
    m_store->waitForPendingWrites(kKeychainWaitMs);
    delete m_demoMailWindow;
    delete m_mainWindow;
    delete m_authWindow;
}

AuthWindow* CompositionRoot::authWindow()
{
    if (m_authWindow)
        return m_authWindow;
    m_authWindow = new AuthWindow(m_auth);
    m_authWindow->setDemoMode(m_options.offerDemoMail);
    connect(m_authWindow, &AuthWindow::demoMailRequested, this, &CompositionRoot::openDemoMail);
    connect(m_authWindow, &AuthWindow::completed, this, &CompositionRoot::showMainWindow);
    connect(m_authWindow, &AuthWindow::linkAccountRequested, this, [this]() {
        showMainWindow();
        m_mainWindow->actions()->link();
    });
    connect(m_authWindow, &AuthWindow::connectionApplicationRequested, this, [this]() {
        showMainWindow();
        m_mainWindow->applyForConnection();
    });
    if (m_options.exitAfterShown)
        m_authWindow->installEventFilter(this);
    return m_authWindow;
}

void CompositionRoot::start()
{
    if (m_options.demo) {
        m_demoServer = new DemoServer(this);
        connect(m_demoServer, &DemoServer::ready, this, [this](const QUrl& url) {
            connectTo(url, m_demoServer->caFile(), QStringLiteral("demo:") + m_demoServer->dataDir());
        });
        connect(m_demoServer, &DemoServer::failed, this, [this](const QString& reason) {
            showLoginWithNotice(tr("The demo server could not be started: %1").arg(reason));
        });
        m_demoServer->start();
        return;
    }
    QUrl server = m_options.server;
    if (server.isEmpty())
        server = QUrl(QSettings().value(QStringLiteral("server/url")).toString());
    if (server.isEmpty() || !server.isValid()) {
        showLoginWithNotice(tr("The server address is not set. Start the program with --server URL (or --demo "
                               "to try it with the demo server)."));
        return;
    }
    connectAfterFirstPaint(server, m_options.caFile, server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash));
}

void CompositionRoot::connectAfterFirstPaint(const QUrl& server, const QString& caFile, const QString& identity)
{
    m_auth->setServerIdentity(identity);
    const QString remembered = m_auth->rememberedLogin();
    if (remembered.isEmpty()) {
        connectTo(server, caFile, identity);
        return;
    }
    // Someone was signed in last time: paint the main window at once, then
    // set up TLS, read the keychain and ask the server (restoreSession()
    // takes the window back if the server ends the session).
    m_auth->assumeRememberedUser(remembered);
    m_afterFirstPaint = [this, server, caFile, identity]() {
        verifyCache();
        connectTo(server, caFile, identity);
    };
    showMainWindow();
}

void CompositionRoot::connectTo(const QUrl& server, const QString& caFile, const QString& identity)
{
    m_api->setBaseUrl(server);
    if (!caFile.isEmpty() && !m_api->addCaFile(caFile))
        showLoginWithNotice(tr("The certificate file %1 could not be read.").arg(caFile));
    m_auth->setServerIdentity(identity);
    restoreSession();
}

void CompositionRoot::restoreSession()
{
    authWindow(); // it follows the answer: the consent where it is missing, the login when expired
    m_auth->restoreSession(this, [this](AuthService::RestoreOutcome outcome, const Error& error) {
        switch (outcome) {
        case AuthService::RestoreOutcome::Restored:
            m_restoreBackoffMs = 0;
            m_mainWindow->clearNotice();
            m_mainWindow->setSyncState(m_sync->state(), Error{});
            // AuthWindow follows signedIn: it asks for the consent first where
            // it is missing, and the main window waits behind it.
            if (!m_auth->user().hasConsented())
                m_mainWindow->hide();
            else
                startSync();
            break;
        case AuthService::RestoreOutcome::Failed:
            // The remembered session stands; the server could not be asked.
            if (m_mainWindow->isVisible()) {
                m_mainWindow->setSyncState(SyncEngine::State::Offline, error);
                if (error.isNetwork()) {
                    // Reconnect by itself: 2 s, 4 s, 8 s … up to 5 minutes.
                    m_restoreBackoffMs = qBound(2000, m_restoreBackoffMs * 2, 5 * 60 * 1000);
                    m_restoreTimer->start(m_restoreBackoffMs);
                }
            } else {
                showLoginWithError(error);
            }
            break;
        case AuthService::RestoreOutcome::Expired:
            m_mainWindow->hide();
            showLoginWithError(error);
            break;
        case AuthService::RestoreOutcome::NoSession:
            m_mainWindow->hide();
            authWindow()->showLogin();
            break;
        }
    });
}

void CompositionRoot::showMainWindow()
{
    // The first paint reads the cache before its integrity check, which follows that paint.
    openCache(m_afterFirstPaint ? CacheStore::Check::Later : CacheStore::Check::Now);
    m_mainWindow->showAccounts();
    m_mainWindow->show();
    if (m_backgroundStarted)
        startBackground(); // a new sign-in: the first paint has long happened
    if (m_authWindow)
        m_authWindow->hide();
    if (m_auth->isSignedIn() && m_auth->user().hasConsented())
        startSync();
}

void CompositionRoot::openCache(CacheStore::Check check)
{
    const QString login = m_auth->user().login;
    if (login.isEmpty())
        return;
    const QString path = CacheStore::defaultFilePath(m_auth->serverIdentity(), login);
    if (m_cache->isOpen() && m_cache->filePath() == path)
        return;
    m_cache->close();
    const Status opened = m_cache->open(path, check);
    if (!opened.ok())
        m_mainWindow->showError(opened.error());
    // A first paint from a remembered session opens the outbox after it (verifyCache()).
    if (check == CacheStore::Check::Now)
        openOutbox();
    m_mainWindow->refreshFromCache();
}

void CompositionRoot::openOutbox()
{
    if (!m_cache->isOpen())
        return;
    const QString path = ReadingsService::outboxPathFor(m_cache->filePath());
    if (m_readings->isOpen() && path == m_outboxPath)
        return;
    m_readings->close();
    m_requests->close();
    m_applications->close();
    m_outboxPath = path;
    // Each outbox is a file of its own next to the cache.
    Status s = m_readings->open(path);
    if (s.ok())
        s = m_requests->open(RequestsService::outboxPathFor(m_cache->filePath()));
    if (s.ok())
        s = m_applications->open(ApplicationsService::storePathFor(m_cache->filePath()));
    m_downloads->setFolder(FileDownloads::folderFor(m_cache->filePath()));
    if (!s.ok()) {
        m_outboxPath.clear();
        m_mainWindow->showError(s.error());
    }
}

void CompositionRoot::startBackground()
{
    m_backgroundStarted = true;
    if (!m_tray)
        m_tray = new ReminderTray(m_mainWindow, this);
    m_tray->setVisible(true);
    m_reminders->start();
}

void CompositionRoot::loadCompaniesOnce()
{
    if (m_companiesLoaded || !m_cache->isOpen())
        return;
    m_companiesLoaded = true;
    m_accounts->loadCompanies(this, [this](const Status& s) {
        if (!s.ok())
            m_companiesLoaded = false; // the next sync round tries again
    });
}

void CompositionRoot::verifyCache()
{
    // A damaged file is recreated empty: changed() repaints the window and the sync refills it.
    if (const Status s = m_cache->verify(); !s.ok())
        m_mainWindow->showError(s.error());
    openOutbox();
}

void CompositionRoot::startSync()
{
    openCache();
    verifyCache();
    if (!m_cache->isOpen())
        return;
    m_restoreTimer->stop();
    m_sync->setAutoReconnect(true); // and a round every minute, see SyncEngine
    m_sync->syncNow();              // ReadingsService sends what waits in the outbox after each round
}

void CompositionRoot::stopSync()
{
    m_restoreTimer->stop();
    m_restoreBackoffMs = 0;
    m_sync->setAutoReconnect(false);
}

void CompositionRoot::retry()
{
    if (m_auth->isSignedIn())
        m_sync->syncNow();
    else
        restoreSession();
}

void CompositionRoot::showLoginWithError(const Error& error)
{
    authWindow()->showLogin();
    m_authWindow->loginPage()->showError(error, [this]() { restoreSession(); });
}

void CompositionRoot::showLoginWithNotice(const QString& text)
{
    authWindow()->showLogin();
    m_authWindow->loginPage()->showNotice(text);
}

void CompositionRoot::openDemoMail()
{
    if (!m_demoMailWindow)
        m_demoMailWindow = new DemoMailWindow(m_mailbox);
    const QString recipient =
        m_auth->pendingChallenge().isValid() ? m_auth->pendingChallenge().login : m_auth->user().login;
    if (!recipient.isEmpty())
        m_demoMailWindow->setRecipient(recipient);
    m_demoMailWindow->show();
    m_demoMailWindow->raise();
    m_demoMailWindow->refresh();
}

bool CompositionRoot::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Paint)
        return QObject::eventFilter(watched, event);
    if (watched == m_mainWindow && m_afterFirstPaint) {
        // Run after this paint has reached the screen.
        QTimer::singleShot(0, this, std::exchange(m_afterFirstPaint, {}));
    }
    if (watched == m_mainWindow && !m_backgroundStarted) {
        m_backgroundStarted = true;
        QTimer::singleShot(0, this, &CompositionRoot::startBackground);
    }
    if (m_options.exitAfterShown && !m_announcedShown) {
        m_announcedShown = true;
        std::printf("mygas: %s shown\n", watched == m_mainWindow ? "main window" : "login window");
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, []() { QCoreApplication::exit(0); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mygas
