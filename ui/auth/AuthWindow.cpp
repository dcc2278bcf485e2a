#include "ui/auth/AuthWindow.h"

#include "ui/widgets/FormField.h"
#include "ui/widgets/Scrolling.h"

#include "ui/auth/CodePage.h"
#include "ui/auth/ConsentPage.h"
#include "ui/auth/CredentialsPage.h"
#include "ui/auth/FirstStepPage.h"
#include "ui/auth/LoginPage.h"
#include "ui/auth/WelcomePage.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace mygas {

AuthWindow::AuthWindow(AuthService* auth, QWidget* parent)
    : QWidget(parent), m_auth(auth), m_stack(new QStackedWidget(this)), m_login(new LoginPage(auth, this)),
      m_registration(new CredentialsPage(CredentialsPage::Mode::Registration, auth, this)),
      m_recovery(new CredentialsPage(CredentialsPage::Mode::Recovery, auth, this)), m_code(new CodePage(auth, this)),
      m_welcome(new WelcomePage(this)), m_consent(new ConsentPage(auth, this)), m_firstStep(new FirstStepPage(this)),
      m_demoMail(new QPushButton(tr("Demo mail"), this))
{
    setObjectName(QStringLiteral("authWindow"));
    setWindowTitle(tr("My gas"));
    // Flat buttons are the manual's hyperlinks («Регистрация», «Забыли пароль?», «Отправить код повторно»).
    setStyleSheet(QStringLiteral("QPushButton[flat=\"true\"] { color: palette(link); text-decoration: underline; "
                                 "border: 1px solid transparent; padding: 0.2em; }"
                                 "QPushButton[flat=\"true\"]:focus { border: 1px dotted palette(text); }"));
    for (QWidget* page : pages())
        m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    // A page taller than the window (errors under every field, a large
    // scale) scrolls instead of squeezing its fields.
    auto* pages = new QWidget(this);
    scrollingPage(pages)->addWidget(m_stack, 1);
    layout->addWidget(pages, 1);
    m_demoMail->setObjectName(QStringLiteral("authDemoMailButton"));
    m_demoMail->setAccessibleName(tr("Demo mail"));
    m_demoMail->setFlat(true);
    m_demoMail->setVisible(false);
    layout->addWidget(m_demoMail, 0, Qt::AlignRight);
    connect(m_demoMail, &QPushButton::clicked, this, &AuthWindow::demoMailRequested);

    connect(m_login, &LoginPage::registrationRequested, this, [this]() {
        m_registration->reset();
        showPage(m_registration);
    });
    connect(m_login, &LoginPage::recoveryRequested, this, [this]() {
        m_recovery->reset();
        showPage(m_recovery);
    });
    connect(m_registration, &CredentialsPage::backRequested, this, &AuthWindow::showLogin);
    connect(m_recovery, &CredentialsPage::backRequested, this, &AuthWindow::showLogin);
    connect(m_code, &CodePage::backRequested, this, [this]() {
        const bool recovery = m_auth->pendingChallenge().kind == AuthService::ChallengeKind::Recovery;
        showPage(recovery ? m_recovery : m_registration);
    });
    connect(m_auth, &AuthService::challengeStarted, this, [this]() {
        m_code->start();
        showPage(m_code);
    });
    connect(m_auth, &AuthService::signedIn, this, &AuthWindow::onSignedIn);
    connect(m_welcome, &WelcomePage::accepted, this, &AuthWindow::afterWelcome);
    connect(m_consent, &ConsentPage::accepted, this, [this]() { showPage(m_firstStep); });
    // The linking dialog lives with the accounts, in the main window.
    connect(m_firstStep, &FirstStepPage::connectAccountRequested, this, &AuthWindow::linkAccountRequested);
    // The application lives with «Договоры», in the main window.
    connect(m_firstStep, &FirstStepPage::applicationRequested, this, &AuthWindow::connectionApplicationRequested);
    connect(m_firstStep, &FirstStepPage::skipped, this, &AuthWindow::completed);
}

QList<QWidget*> AuthWindow::pages() const
{
    return {m_login, m_registration, m_recovery, m_code, m_welcome, m_consent, m_firstStep};
}

QWidget* AuthWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void AuthWindow::setDemoMode(bool demo)
{
    m_demoMail->setVisible(demo);
}

void AuthWindow::showLogin()
{
    m_login->reset();
    showPage(m_login);
}

void AuthWindow::showPage(QWidget* page)
{
    m_stack->setCurrentWidget(page);
    if (!isVisible())
        show();
    // Keyboard users land in the page's first field or button.
    focusFirstInput(page);
}

void AuthWindow::onSignedIn(AuthService::SignInKind kind)
{
    if (kind == AuthService::SignInKind::Registered) {
        showPage(m_welcome);
        return;
    }
    if (!m_auth->user().hasConsented()) {
        m_consent->reset();
        showPage(m_consent);
        return;
    }
    emit completed();
}

void AuthWindow::afterWelcome()
{
    if (m_auth->user().hasConsented()) {
        showPage(m_firstStep);
        return;
    }
    m_consent->reset();
    showPage(m_consent);
}

} // namespace mygas
