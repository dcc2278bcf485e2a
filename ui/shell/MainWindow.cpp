#include "ui/shell/MainWindow.h"

#include "models/core/DisplayFormat.h"
#include "services/applications/ApplicationsService.h"
#include "services/auth/AuthService.h"
#include "services/cache/CacheStore.h"
#include "ui/account/AccountPage.h"
#include "ui/accounts/AccountActions.h"
#include "ui/accounts/AccountSwitcher.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/applications/ApplicationsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/shell/UpcomingPage.h"
#include "ui/widgets/Scrolling.h"
#include "ui/widgets/StatusBanner.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <QVBoxLayout>
#include <algorithm>
#include <tuple>

namespace mygas {

namespace {

const char kGeometryKey[] = "mainWindow/geometry";

// Positions in the menu (see the sections in the constructor).
constexpr qsizetype HouseholdItem = 1;
constexpr qsizetype ContractsItem = 3;
constexpr qsizetype SettingsItem = 4;

} // namespace

MainWindow::MainWindow(const ClientServices& services, QWidget* parent)
    : QMainWindow(parent), m_services(services), m_auth(services.auth), m_cache(services.cache),
      m_account(new QLabel(this)), m_demoMail(new QPushButton(tr("Demo mail"), this)),
      m_notice(new StatusBanner(QStringLiteral("mainNotice"), this)), m_stack(new QStackedWidget(this)),
      m_switcher(new AccountSwitcher(this)), m_accountPage(new AccountPage(services, this)),
      m_actions(new AccountActions(services.accounts, services.cache, this)), m_freshness(new QLabel(this)),
      m_syncState(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("My gas"));
    auto* central = new QWidget(this);
    setCentralWidget(central);

    m_account->setObjectName(QStringLiteral("accountInfo"));
    m_demoMail->setObjectName(QStringLiteral("demoMailButton"));
    m_demoMail->setAccessibleName(tr("Demo mail"));
    m_demoMail->setVisible(false);
    auto* logout = new QPushButton(tr("Log out"), this);
    logout->setObjectName(QStringLiteral("logoutButton"));
    logout->setAccessibleName(tr("Log out"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_account, 1);
    top->addWidget(m_demoMail);
    top->addWidget(logout);

    auto* menu = new QVBoxLayout;
    menu->addWidget(m_switcher);
    menu->addSpacing(fontMetrics().height() / 2);
    auto* group = new QButtonGroup(this);
    m_stack->addWidget(m_accountPage);
    // The pages behind the menu are built after the first paint (buildPages()).
    const struct
    {
        const char* objectName;
        QString text;
    } sections[] = {{"menuAccount", tr("Personal account")}, {"menuHousehold", tr("All accounts")},
                    {"menuOffices", tr("Office map")},       {"menuContracts", tr("Contracts")},
                    {"menuSettings", tr("Settings")},        {"menuSupport", tr("Technical support")}};
    for (const auto& s : sections) {
        QPushButton* b = addMenuItem(s.text, QString::fromLatin1(s.objectName));
        group->addButton(b);
        menu->addWidget(b);
        if (m_menu.size() == 5)
            menu->addStretch(1); // technical support sits apart, at the bottom
    }

    // The company moved an application on: «Договоры (N)» until it is opened.
    if (m_services.applications) {
        connect(m_services.applications, &ApplicationsService::unseenChanged, this, &MainWindow::showContractsBadge);
        connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::showContractsBadge);
    }

    auto* body = new QHBoxLayout;
    body->addLayout(menu);
    body->addWidget(m_stack, 1);

    // On a small screen or at a large scale the window scrolls rather than
    // growing past the screen or squeezing what is in it.
    QBoxLayout* layout = scrollingPage(central);
    layout->setContentsMargins(
        QMargins(fontMetrics().averageCharWidth(), fontMetrics().height() / 3, fontMetrics().averageCharWidth(), 0));
    layout->addLayout(top);
    layout->addWidget(m_notice);
    layout->addLayout(body, 1);

    m_freshness->setObjectName(QStringLiteral("dataFreshness"));
    m_syncState->setObjectName(QStringLiteral("syncState"));
    statusBar()->addWidget(m_freshness, 1);
    statusBar()->addPermanentWidget(m_syncState);

    connect(logout, &QPushButton::clicked, this, &MainWindow::logoutRequested);
    connect(m_demoMail, &QPushButton::clicked, this, &MainWindow::demoMailRequested);
    connect(m_notice, &StatusBanner::retryRequested, this, &MainWindow::retryRequested);
    connect(m_switcher, &AccountSwitcher::accountChosen, this, [this](const QString& id) {
        setCurrentAccount(id);
        showAccounts();
    });
    connect(m_switcher, &AccountSwitcher::addRequested, m_actions, &AccountActions::link);
    connect(m_accountPage, &AccountPage::extendedRequested, m_actions, &AccountActions::unlockExtended);
    connect(m_actions, &AccountActions::linked, this, [this](const QString& number) {
        m_pendingNumber = number;
        refreshFromCache(); // current now if the account is already in the cache, else after the sync
    });
    connect(m_actions, &AccountActions::failed, this, &MainWindow::showNotice);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::orderTabsSoon);
    connect(m_accountPage->tabs(), &QTabWidget::currentChanged, this, &MainWindow::orderTabsSoon);
    connect(m_actions, &AccountActions::demoMailRequested, this, &MainWindow::demoMailRequested);
    connect(m_auth, &AuthService::userChanged, this, [this](const User& user) {
        m_account->setText(tr("Account: %1").arg(user.login));
        m_actions->setContacts(user.email, user.phone);
    });
    connect(m_auth, &AuthService::credentialsNotSaved, this, [this]() {
        showNotice(tr("Could not save the login: the password storage is unavailable — log in again at the next "
                      "start"));
    });
    m_account->setText(tr("Account: %1").arg(m_auth->user().login));
    // The cache is not open yet: refreshFromCache() and showAccounts() follow when it is.
    updateFreshness();
    m_menu.first()->setChecked(true);
    resizeInTextUnits(this, 175, 42);
    // Where the person left it (Qt moves it back onto a screen that is there).
    restoreGeometry(QSettings().value(QLatin1String(kGeometryKey)).toByteArray());
}

MainWindow::~MainWindow()
{
    if (isVisible())
        QSettings().setValue(QLatin1String(kGeometryKey), saveGeometry());
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QSettings().setValue(QLatin1String(kGeometryKey), saveGeometry());
    QMainWindow::hideEvent(event);
}

QPushButton* MainWindow::addMenuItem(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAccessibleName(text);
    b->setCheckable(true);
    const qsizetype index = m_menu.size();
    if (index == 0) {
        connect(b, &QPushButton::clicked, this, &MainWindow::showAccounts);
    } else {
        connect(b, &QPushButton::clicked, this, [this, index]() {
            buildPages();
            // «Лицевые счета» in «Настройки» start at the account in use.
            if (m_menuPages.at(index) == m_settings && !m_currentId.isEmpty())
                m_settings->select(m_currentId);
            m_stack->setCurrentWidget(m_menuPages.at(index));
        });
    }
    m_menu.append(b);
    m_menuPages.append(index == 0 ? m_accountPage : nullptr);
    return b;
}

AccountsPage* MainWindow::householdPage()
{
    if (m_accounts)
        return m_accounts;
    m_accounts = new AccountsPage(this);
    m_stack->addWidget(m_accounts);
    m_menuPages[HouseholdItem] = m_accounts;
    connect(m_accounts, &AccountsPage::connectAccountRequested, m_actions, &AccountActions::link);
    connect(m_accounts, &AccountsPage::accountChosen, this, [this](const QString& id) {
        setCurrentAccount(id);
        showAccounts();
    });
    m_accounts->setRows(householdRows());
    return m_accounts;
}

SettingsPage* MainWindow::settingsPage()
{
    if (m_settings)
        return m_settings;
    m_settings = new SettingsPage(m_services.payments, this);
    m_stack->addWidget(m_settings);
    m_menuPages[SettingsItem] = m_settings;
    connect(m_settings, &SettingsPage::linkRequested, m_actions, &AccountActions::link);
    connect(m_settings, &SettingsPage::renameRequested, m_actions, &AccountActions::rename);
    connect(m_settings, &SettingsPage::unlinkRequested, m_actions, &AccountActions::unlink);
    connect(m_settings, &SettingsPage::extendedRequested, m_actions, &AccountActions::unlockExtended);
    connect(m_settings, &SettingsPage::pinRequested, m_actions, &AccountActions::requestPin);
    m_settings->setRemindersEnabled(m_remindersEnabled);
    connect(m_settings, &SettingsPage::remindersToggled, this, [this](bool on) {
        m_remindersEnabled = on;
        emit remindersToggled(on);
    });
    m_settings->setRows(householdRows());
    return m_settings;
}

void MainWindow::buildPages()
{
    householdPage();
    settingsPage();
    if (!m_menuPages.at(ContractsItem)) {
        auto* contracts = new ApplicationsPage(m_services, this);
        m_stack->addWidget(contracts);
        m_menuPages[ContractsItem] = contracts;
    }
    for (qsizetype i = 0; i < m_menu.size(); ++i) {
        if (m_menuPages.at(i))
            continue;
        const QString name = m_menu.at(i)->objectName() + QStringLiteral("Page");
        auto* upcoming = new UpcomingPage(name, false, this);
        upcoming->setSection(m_menu.at(i)->text());
        m_stack->addWidget(upcoming);
        m_menuPages[i] = upcoming;
    }
}

bool MainWindow::event(QEvent* event)
{
    if (event->type() == QEvent::Paint && m_menuPages.contains(nullptr))
        QTimer::singleShot(0, this, &MainWindow::buildPages);
    if (event->type() == QEvent::Show)
        orderTabsSoon();
    return QMainWindow::event(event);
}

void MainWindow::orderTabsSoon()
{
    if (!m_tabOrderPending) {
        m_tabOrderPending = true;
        QTimer::singleShot(0, this, &MainWindow::orderTabs);
    }
}

void MainWindow::orderTabs()
{
    m_tabOrderPending = false;
    const int pageLeft = m_stack->mapTo(this, QPoint(0, 0)).x();
    // The top line ends where the left column (the account list) begins.
    const int topLine = m_switcher->mapTo(this, QPoint(0, 0)).y();
    QList<QWidget*> widgets;
    for (QWidget* w : findChildren<QWidget*>()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(this) && w->isEnabled() && !w->focusProxy() &&
            w->window() == this)
            widgets << w;
    }
    // Parts of a compound control (a tab bar's scroll buttons…) stay with it.
    auto key = [&](QWidget* w) {
        const QPoint at = w->mapTo(this, QPoint(0, 0));
        const int region = at.y() < topLine ? 0 : at.x() < pageLeft ? 1 : 2;
        // Rows of the page: within half a line counts as the same row.
        const int row = at.y() / std::max(1, fontMetrics().height() / 2);
        return std::make_tuple(region, region == 0 ? 0 : row, at.x());
    };
    std::stable_sort(widgets.begin(), widgets.end(), [&](QWidget* a, QWidget* b) { return key(a) < key(b); });
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

void MainWindow::setDemoMode(bool demo)
{
    m_demoMail->setVisible(demo);
    m_actions->setDemoMailOffered(demo);
}

void MainWindow::showAccounts()
{
    m_stack->setCurrentWidget(m_currentId.isEmpty() ? static_cast<QWidget*>(householdPage()) : m_accountPage);
    if (!m_menu.isEmpty())
        m_menu.first()->setChecked(true);
}

void MainWindow::showContractsBadge()
{
    QPushButton* item = m_menu.value(ContractsItem);
    if (!item || !m_services.applications)
        return;
    // Open, the page shows the news itself.
    if (m_stack->currentWidget() && m_stack->currentWidget() == m_menuPages.value(ContractsItem) && isVisible())
        m_services.applications->markSeen();
    const int unseen = m_services.applications->unseenCount();
    item->setText(unseen > 0 ? tr("Contracts (%1)").arg(unseen) : tr("Contracts"));
    item->setAccessibleName(item->text());
}

void MainWindow::applyForConnection()
{
    buildPages();
    m_menu.at(ContractsItem)->click();
    if (auto* page = qobject_cast<ApplicationsPage*>(m_menuPages.at(ContractsItem)))
        page->startConnection();
}

void MainWindow::refreshFromCache()
{
    const QList<Account> accounts = m_cache->isOpen() ? m_cache->accounts() : QList<Account>();
    QString current = m_currentId;
    const QString settingsKey = QStringLiteral("mainWindow/currentAccount/") + m_auth->user().login;
    if (current.isEmpty())
        current = QSettings().value(settingsKey).toString();
    if (!m_pendingNumber.isEmpty()) {
        for (const Account& a : accounts) {
            if (a.number == m_pendingNumber) {
                current = a.id;
                m_pendingNumber.clear();
                QSettings().setValue(settingsKey, current);
            }
        }
    }
    auto found = std::find_if(accounts.begin(), accounts.end(), [&](const Account& a) { return a.id == current; });
    if (found == accounts.end())
        current = accounts.isEmpty() ? QString() : accounts.first().id;
    const bool wasEmpty = m_currentId.isEmpty();
    m_currentId = current;
    m_switcher->setAccounts(accounts, current);
    if (m_accounts || m_settings) {
        const QList<HouseholdModel::Row> rows = householdRows(accounts);
        if (m_accounts)
            m_accounts->setRows(rows);
        if (m_settings)
            m_settings->setRows(rows);
    }
    if (!current.isEmpty()) {
        m_accountPage->setAccount(
            *std::find_if(accounts.begin(), accounts.end(), [&](const Account& a) { return a.id == current; }));
    }
    // Follow the account list: none left → the list with «Подключить»; the first one → its page.
    if ((current.isEmpty() && m_stack->currentWidget() == m_accountPage) ||
        (wasEmpty && !current.isEmpty() && m_accounts && m_stack->currentWidget() == m_accounts))
        showAccounts();
    updateFreshness();
}

void MainWindow::setCurrentAccount(const QString& accountId)
{
    if (accountId.isEmpty() || accountId == m_currentId)
        return;
    m_currentId = accountId;
    QSettings().setValue(QStringLiteral("mainWindow/currentAccount/") + m_auth->user().login, accountId);
    refreshFromCache();
}

QList<HouseholdModel::Row> MainWindow::householdRows() const
{
    return householdRows(m_cache->isOpen() ? m_cache->accounts() : QList<Account>());
}

QList<HouseholdModel::Row> MainWindow::householdRows(const QList<Account>& accounts) const
{
    QHash<QString, QString> companyNames;
    if (!accounts.isEmpty()) {
        for (const Company& c : m_cache->companies())
            companyNames.insert(c.id, c.name);
    }
    QList<HouseholdModel::Row> rows;
    for (const Account& a : accounts) {
        HouseholdModel::Row r{a, companyNames.value(a.companyId), 0};
        for (const ServiceInfo& s : m_cache->services(a.id))
            r.totalKop += s.balanceKop;
        rows.append(r);
    }
    return rows;
}

void MainWindow::setSyncState(SyncEngine::State state, const Error& error)
{
    m_syncState->setText(state == SyncEngine::State::Syncing ? tr("Updating…") : QString());
    const bool offline = state == SyncEngine::State::Offline;
    if (offline)
        m_notice->showError(error);
    else if (m_offlineNotice && state == SyncEngine::State::Idle)
        m_notice->clear(); // back online by itself, through Syncing
    if (offline || state == SyncEngine::State::Idle)
        m_offlineNotice = offline;
    m_offline = offline;
    updateFreshness();
}

QString MainWindow::freshnessText() const
{
    return m_freshness->text();
}

void MainWindow::updateFreshness()
{
    const QDateTime at = m_cache->isOpen() ? m_cache->lastSyncAt() : QDateTime();
    QString text =
        at.isValid() ? tr("Data as of %1").arg(display::dateTime(at)) : tr("The data have not been loaded yet");
    if (m_offline)
        text += tr(" · no connection to the server");
    m_freshness->setText(text);
    m_freshness->setAccessibleName(text);
}

void MainWindow::showNotice(const QString& text)
{
    m_notice->showNotice(text);
}

void MainWindow::showError(const Error& error)
{
    m_notice->showError(error);
}

void MainWindow::clearNotice()
{
    m_notice->clear();
}

QString MainWindow::noticeText() const
{
    return m_notice->text();
}

void MainWindow::setRemindersEnabled(bool on)
{
    m_remindersEnabled = on;
    if (m_settings)
        m_settings->setRemindersEnabled(on);
}

} // namespace mygas
