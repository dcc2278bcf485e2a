#include "ui/auth/CodePage.h"

#include "models/auth/AuthRules.h"
#include "models/core/Clock.h"
#include "services/auth/AuthService.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/StatusBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mygas {

CodePage::CodePage(AuthService* auth, QWidget* parent)
    : QWidget(parent), m_auth(auth), m_title(new QLabel(this)), m_sentTo(new QLabel(this)),
      m_code(new FormField(tr("Confirmation code"), QStringLiteral("codeEdit"), this)), m_countdown(new QLabel(this)),
      m_submit(new QPushButton(tr("Confirm"), this)), m_resend(new QPushButton(this)),
      m_status(new StatusBanner(QStringLiteral("codeStatus"), this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("codePage"));
    m_title->setObjectName(QStringLiteral("codeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_sentTo->setObjectName(QStringLiteral("codeSentTo"));
    m_sentTo->setWordWrap(true);
    m_code->setRule(&rules::checkCode);
    m_code->lineEdit()->setMaxLength(rules::kCodeLength);
    m_code->lineEdit()->setInputMethodHints(Qt::ImhDigitsOnly);
    m_countdown->setObjectName(QStringLiteral("codeCountdown"));
    m_submit->setObjectName(QStringLiteral("confirmCodeButton"));
    m_submit->setAccessibleName(tr("Confirm"));
    m_submit->setDefault(true);
    m_resend->setObjectName(QStringLiteral("resendCodeButton"));
    m_resend->setFlat(true);
    m_resend->setAccessibleName(tr("Send the code again"));
    m_resend->setVisible(false);
    auto* back = new QPushButton(tr("Back"), this);
    back->setObjectName(QStringLiteral("codeBack"));
    back->setAccessibleName(tr("Back"));
    back->setFlat(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_sentTo);
    layout->addWidget(m_code);
    layout->addWidget(m_status);
    layout->addWidget(m_submit);
    layout->addWidget(m_countdown);
    layout->addWidget(m_resend, 0, Qt::AlignLeft);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addStretch(1);

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &CodePage::tick);
    connect(m_code, &FormField::submitted, this, &CodePage::submit);
    connect(m_submit, &QPushButton::clicked, this, &CodePage::submit);
    connect(m_resend, &QPushButton::clicked, this, &CodePage::resend);
    connect(back, &QPushButton::clicked, this, [this]() {
        m_timer->stop();
        emit backRequested();
    });
    connect(m_status, &StatusBanner::retryRequested, this, [this]() {
        if (m_lastAction)
            m_lastAction();
    });
}

void CodePage::start()
{
    const AuthService::PendingChallenge& c = m_auth->pendingChallenge();
    const bool recovery = c.kind == AuthService::ChallengeKind::Recovery;
    m_title->setText(recovery ? tr("Password recovery") : tr("Confirmation of the registration"));
    m_sentTo->setText(tr("A confirmation code was sent to %1. Enter it below.").arg(c.login));
    const QString resendText = recovery ? tr("Send the code once more") : tr("Send the code again");
    m_resend->setText(resendText);
    m_resend->setAccessibleName(resendText);
    m_code->reset();
    m_status->clear();
    m_submit->setEnabled(true);
    tick();
    m_timer->start();
}

int CodePage::secondsLeft() const
{
    const AuthService::PendingChallenge& c = m_auth->pendingChallenge();
    if (!c.isValid())
        return 0;
    return int(qMax<qint64>(0, Clock::now().secsTo(c.resendAt)));
}

void CodePage::tick()
{
    const int left = secondsLeft();
    m_countdown->setVisible(left > 0);
    m_countdown->setText(tr("You can request the code again in %1 s").arg(left));
    m_resend->setVisible(left == 0 && m_auth->pendingChallenge().isValid());
}

void CodePage::submit()
{
    if (!m_code->validate(true)) {
        m_code->lineEdit()->setFocus();
        return;
    }
    m_lastAction = [this]() { submit(); };
    m_status->clear();
    m_submit->setEnabled(false);
    m_auth->confirmCode(m_code->text(), this, [this](const Status& s) {
        m_submit->setEnabled(true);
        if (s.ok()) {
            m_timer->stop();
            return;
        }
        if (s.error().field == QLatin1String("code"))
            m_code->showError(s.error().message);
        else
            m_status->showError(s.error());
        // A wrong code is typed again: selected, so typing replaces it.
        m_code->lineEdit()->selectAll();
        m_code->lineEdit()->setFocus();
    });
}

void CodePage::resend()
{
    m_lastAction = [this]() { resend(); };
    m_status->clear();
    m_resend->setEnabled(false);
    m_auth->resendCode(this, [this](const Status& s) {
        m_resend->setEnabled(true);
        if (!s.ok()) {
            m_status->showError(s.error());
            return;
        }
        m_code->reset();
        m_status->showNotice(tr("A new code has been sent."));
        tick();
    });
}

} // namespace mygas
