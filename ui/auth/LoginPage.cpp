#include "ui/auth/LoginPage.h"

#include "models/auth/AuthRules.h"
#include "services/auth/AuthService.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/StatusBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

LoginPage::LoginPage(AuthService* auth, QWidget* parent)
    : QWidget(parent), m_auth(auth), m_login(new FormField(tr("Login"), QStringLiteral("loginEdit"), this)),
      m_password(new FormField(tr("Password"), QStringLiteral("passwordEdit"), this)),
      m_submit(new QPushButton(tr("Log in"), this)), m_status(new StatusBanner(QStringLiteral("loginStatus"), this))
{
    setObjectName(QStringLiteral("loginPage"));
    auto* title = new QLabel(tr("Log in to «My gas»"), this);
    title->setObjectName(QStringLiteral("loginTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_login->setRule(&rules::checkLogin);
    m_login->lineEdit()->setPlaceholderText(tr("Mobile phone or e-mail"));
    m_password->setPassword(true);
    // An account made before a password was refused as common still logs in.
    m_password->setRule(&rules::checkPasswordFormat);

    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_submit->setAccessibleName(tr("Log in"));
    m_submit->setDefault(true);
    auto* registration = new QPushButton(tr("Registration"), this);
    registration->setObjectName(QStringLiteral("registerLink"));
    registration->setAccessibleName(tr("Registration"));
    registration->setFlat(true);
    auto* forgot = new QPushButton(tr("Forgot your password?"), this);
    forgot->setObjectName(QStringLiteral("forgotPasswordLink"));
    forgot->setAccessibleName(tr("Forgot your password?"));
    forgot->setFlat(true);

    auto* links = new QHBoxLayout;
    links->addWidget(registration);
    links->addStretch(1);
    links->addWidget(forgot);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_login);
    layout->addWidget(m_password);
    layout->addWidget(m_status);
    layout->addWidget(m_submit);
    layout->addLayout(links);
    layout->addStretch(1);

    connect(m_login, &FormField::submitted, this, &LoginPage::submit);
    connect(m_password, &FormField::submitted, this, &LoginPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &LoginPage::submit);
    connect(registration, &QPushButton::clicked, this, &LoginPage::registrationRequested);
    connect(forgot, &QPushButton::clicked, this, &LoginPage::recoveryRequested);
    connect(m_status, &StatusBanner::retryRequested, this, [this]() {
        if (m_lastAction)
            m_lastAction();
    });
}

void LoginPage::reset()
{
    m_password->reset();
    m_status->clear();
    m_submit->setEnabled(true);
}

void LoginPage::showNotice(const QString& text)
{
    m_status->showNotice(text);
}

void LoginPage::showError(const Error& error, std::function<void()> retry)
{
    m_lastAction = std::move(retry);
    m_status->showError(error);
}

void LoginPage::submit()
{
    const bool loginOk = m_login->validate(true);
    const bool passwordOk = m_password->validate(true);
    if (!loginOk || !passwordOk) {
        // Enter then fixes what is wrong instead of pressing the next button.
        (loginOk ? m_password : m_login)->lineEdit()->setFocus();
        return;
    }
    m_lastAction = [this]() { submit(); };
    m_status->clear();
    m_submit->setEnabled(false);
    m_auth->login(m_login->text(), m_password->text(), this, [this](const Status& s) {
        m_submit->setEnabled(true);
        if (s.ok()) {
            m_password->reset();
            return;
        }
        // One message at a time: the new one replaces the old.
        m_login->clearError();
        m_password->clearError();
        m_status->clear();
        if (s.error().field == QLatin1String("login")) {
            m_login->showError(s.error().message);
            m_login->lineEdit()->selectAll();
            m_login->lineEdit()->setFocus();
            return;
        }
        m_status->showError(s.error());
        // A wrong password is typed again: selected, so typing replaces it.
        m_password->lineEdit()->selectAll();
        m_password->lineEdit()->setFocus();
    });
}

} // namespace mygas
