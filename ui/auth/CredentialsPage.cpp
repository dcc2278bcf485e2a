#include "ui/auth/CredentialsPage.h"

#include "models/auth/AuthRules.h"
#include "services/auth/AuthService.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/StatusBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

CredentialsPage::CredentialsPage(Mode mode, AuthService* auth, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_auth(auth)
{
    const bool registration = mode == Mode::Registration;
    const QString prefix = registration ? QStringLiteral("registration") : QStringLiteral("recovery");
    setObjectName(prefix + QStringLiteral("Page"));

    auto* title = new QLabel(registration ? tr("Registration") : tr("Password recovery"), this);
    title->setObjectName(prefix + QStringLiteral("Title"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* hint = new QLabel(registration ? tr("Your mobile phone number or e-mail address is your login: the "
                                              "confirmation code will be sent to it.")
                                         : tr("Enter the login you registered with and a new password."),
                            this);
    hint->setWordWrap(true);

    m_login = new FormField(tr("Login"), prefix + QStringLiteral("LoginEdit"), this);
    m_login->lineEdit()->setPlaceholderText(tr("Mobile phone or e-mail"));
    m_login->setRule(&rules::checkLogin);
    m_password = new FormField(registration ? tr("Password") : tr("New password"),
                               prefix + QStringLiteral("PasswordEdit"), this);
    m_password->setPassword(true);
    m_password->setRule(&rules::checkPassword);
    m_password->lineEdit()->setToolTip(tr("5 to 10 Latin letters or digits"));
    m_confirmation = new FormField(registration ? tr("Confirm the password") : tr("Repeat the password"),
                                   prefix + QStringLiteral("ConfirmEdit"), this);
    m_confirmation->setPassword(true);
    m_confirmation->setRule(
        [this](const QString& text) { return rules::checkPasswordConfirmation(m_password->text(), text); });
    connect(m_password->lineEdit(), &QLineEdit::textEdited, this, [this]() {
        if (!m_confirmation->text().isEmpty())
            m_confirmation->validate(false);
    });

    m_status = new StatusBanner(prefix + QStringLiteral("Status"), this);
    const QString submitText = registration ? tr("Register") : tr("Recover password");
    m_submit = new QPushButton(submitText, this);
    m_submit->setObjectName(registration ? QStringLiteral("registerButton") : QStringLiteral("recoverButton"));
    m_submit->setAccessibleName(submitText);
    m_submit->setDefault(true);
    auto* back = new QPushButton(tr("Back"), this);
    back->setObjectName(prefix + QStringLiteral("Back"));
    back->setAccessibleName(tr("Back to the login form"));
    back->setFlat(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_login);
    layout->addWidget(m_password);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_status);
    layout->addWidget(m_submit);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addStretch(1);

    for (FormField* f : {m_login, m_password, m_confirmation})
        connect(f, &FormField::submitted, this, &CredentialsPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &CredentialsPage::submit);
    connect(back, &QPushButton::clicked, this, &CredentialsPage::backRequested);
    connect(m_status, &StatusBanner::retryRequested, this, [this]() {
        if (m_lastAction)
            m_lastAction();
    });
}

void CredentialsPage::reset()
{
    m_password->reset();
    m_confirmation->reset();
    m_status->clear();
    m_submit->setEnabled(true);
}

void CredentialsPage::submit()
{
    bool valid = true;
    FormField* firstWrong = nullptr;
    for (FormField* f : {m_login, m_password, m_confirmation}) {
        if (!f->validate(true) && !firstWrong)
            firstWrong = f;
    }
    valid = !firstWrong;
    if (!valid) {
        firstWrong->lineEdit()->setFocus();
        return;
    }
    m_lastAction = [this]() { submit(); };
    m_status->clear();
    m_submit->setEnabled(false);
    auto done = [this](const Status& s) {
        m_submit->setEnabled(true);
        if (s.ok())
            return;
        const QString field = s.error().field;
        FormField* wrong = field == QLatin1String("login")                                                ? m_login
                           : field == QLatin1String("password") || field == QLatin1String("new_password") ? m_password
                                                                                                          : nullptr;
        if (wrong)
            wrong->showError(s.error().message);
        else
            m_status->showError(s.error());
        // The focus goes back where the person corrects it.
        FormField* focus = wrong ? wrong : m_login;
        focus->lineEdit()->selectAll();
        focus->lineEdit()->setFocus();
    };
    if (m_mode == Mode::Registration)
        m_auth->registerUser(m_login->text(), m_password->text(), this, done);
    else
        m_auth->recover(m_login->text(), m_password->text(), this, done);
}

} // namespace mygas
