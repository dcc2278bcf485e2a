#pragma once

#include "Error.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace mygas {

class AccountsPage;
class AuthService;
class StatusBanner;
class UpcomingPage;

// The main page of manual 4.2: the login signed in, «Выход» at the top, the
// personal accounts with «Подключить лицевой счет», and the main menu.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AuthService* auth, QWidget* parent = nullptr);

    void setDemoMode(bool demo);
    void showAccounts();
    void showNotice(const QString& text);
    // A failure with «Повторить» where it makes sense (no network).
    void showError(const Error& error);
    void clearNotice();
    QList<QPushButton*> menuButtons() const { return m_menu; }

signals:
    void logoutRequested();
    void demoMailRequested();
    void retryRequested();

private:
    QPushButton* addMenuItem(const QString& text, const QString& objectName, QWidget* page);

    AuthService* m_auth;
    QLabel* m_account;
    QPushButton* m_demoMail;
    StatusBanner* m_notice;
    QStackedWidget* m_stack;
    AccountsPage* m_accounts;
    UpcomingPage* m_connectAccount;
    QList<QPushButton*> m_menu;
};

} // namespace mygas
