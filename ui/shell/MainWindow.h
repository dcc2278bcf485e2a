#pragma once

#include "models/accounts/HouseholdModel.h"
#include "models/core/Error.h"
#include "services/core/ClientServices.h"
#include "services/sync/SyncEngine.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace mygas {

class AccountActions;
class AccountPage;
class AccountSwitcher;
class AccountsPage;
class SettingsPage;
class StatusBanner;

// The main page of manual 4.2: the login signed in, «Выход» at the top, the
// personal accounts with the current one marked and «Добавить лицевой счет»,
// and the main menu. Everything shown comes from the cache; the status bar
// says how fresh it is.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ClientServices& services, QWidget* parent = nullptr);

    void setDemoMode(bool demo);
    // «Лицевой счет»: the current account, or the list when none is linked.
    void showAccounts();
    // «Договоры» with «Подать заявку на подключение» (manual 4.1.2).
    void applyForConnection();
    void showNotice(const QString& text);
    // A failure with «Повторить» where it makes sense (no network).
    void showError(const Error& error);
    void clearNotice();
    QString noticeText() const;
    QList<QPushButton*> menuButtons() const { return m_menu; }

    // Paints everything again from the cache (after it opened or changed).
    void refreshFromCache();
    void setCurrentAccount(const QString& accountId);
    QString currentAccountId() const { return m_currentId; }
    void setSyncState(SyncEngine::State state, const Error& error);
    // The «Напоминать о передаче показаний» box of «Настройки».
    void setRemindersEnabled(bool on);

    AccountSwitcher* accountSwitcher() const { return m_switcher; }
    AccountPage* accountPage() const { return m_accountPage; }
    // Built on first use, or just after the first paint.
    AccountsPage* householdPage();
    SettingsPage* settingsPage();
    AccountActions* actions() const { return m_actions; }
    QString freshnessText() const;

signals:
    void logoutRequested();
    void demoMailRequested();
    void retryRequested();
    void remindersToggled(bool on);

protected:
    bool event(QEvent* event) override;
    // The window's size and place are kept for the next start (also when
    // the program ends with the window shown).
    void hideEvent(QHideEvent* event) override;

public:
    ~MainWindow() override;

protected:
private:
    // Tab in reading order: the top line left to right, the left column top
    // to bottom, then the page on the right by rows. Sections are built when
    // first shown, so this runs again whenever the page changes.
    void orderTabs();
    void orderTabsSoon();
    void showContractsBadge();
    QPushButton* addMenuItem(const QString& text, const QString& objectName);
    // The pages the first paint does not show.
    void buildPages();
    QList<HouseholdModel::Row> householdRows() const;
    QList<HouseholdModel::Row> householdRows(const QList<Account>& accounts) const;
    void updateFreshness();

    ClientServices m_services;
    AuthService* m_auth;
    CacheStore* m_cache;
    QLabel* m_account;
    QPushButton* m_demoMail;
    StatusBanner* m_notice;
    QStackedWidget* m_stack;
    AccountSwitcher* m_switcher;
    AccountPage* m_accountPage;
    AccountsPage* m_accounts = nullptr;
    SettingsPage* m_settings = nullptr;
    AccountActions* m_actions;
    QLabel* m_freshness;
    QLabel* m_syncState;
    QList<QPushButton*> m_menu;
    QList<QWidget*> m_menuPages; // one per menu item; nullptr until built
    QString m_currentId;
    QString m_pendingNumber; // a newly linked account becomes current once synced
    bool m_tabOrderPending = false;
    bool m_offline = false;
    bool m_offlineNotice = false; // the notice says the server cannot be reached
    bool m_remindersEnabled = true;
};

} // namespace mygas
