#pragma once

#include "services/auth/AuthService.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;

namespace mygas {

class CodePage;
class ConsentPage;
class CredentialsPage;
class FirstStepPage;
class LoginPage;
class WelcomePage;

// The window shown before the main window: login, registration, password
// recovery, the code form, and after a first sign-in the assistant's
// greeting, the consent and the first-step choice (manual 3–3.3).
class AuthWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AuthWindow(AuthService* auth, QWidget* parent = nullptr);

    void showLogin();
    // Offers «Демо-почта» (where the demo server's codes can be read).
    void setDemoMode(bool demo);
    LoginPage* loginPage() const { return m_login; }
    QWidget* currentPage() const;
    // Every page, for walks over the whole window.
    QList<QWidget*> pages() const;

signals:
    // «Подключить лицевой счет» on the first step after the consent.
    void linkAccountRequested();
    // «Подать заявку на подключение» on the first step.
    void connectionApplicationRequested();
    // Signed in and past the first steps: the main window takes over.
    void completed();
    void demoMailRequested();

private:
    void showPage(QWidget* page);
    void onSignedIn(AuthService::SignInKind kind);
    void afterWelcome();

    AuthService* m_auth;
    QStackedWidget* m_stack;
    LoginPage* m_login;
    CredentialsPage* m_registration;
    CredentialsPage* m_recovery;
    CodePage* m_code;
    WelcomePage* m_welcome;
    ConsentPage* m_consent;
    FirstStepPage* m_firstStep;
    QPushButton* m_demoMail;
};

} // namespace mygas
