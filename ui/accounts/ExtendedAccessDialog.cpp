#include "ui/accounts/ExtendedAccessDialog.h"

#include "models/core/ErrorCatalog.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/StatusBanner.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mygas {

namespace {
QPushButton* button(const QString& text, const char* objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    b->setAccessibleName(text);
    return b;
}
} // namespace

ExtendedAccessDialog::ExtendedAccessDialog(AccountsService* accounts, const QString& accountId,
                                           const QString& accountTitle, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_accountId(accountId), m_pages(new QStackedWidget(this)),
      m_questions(new QButtonGroup(this)), m_questionHint(new QLabel(this)),
      m_answer(new FormField(tr("Your answer"), QStringLiteral("extendedAnswerEdit"), this)),
      m_banner(new StatusBanner(QStringLiteral("extendedStatus"), this))
{
    setObjectName(QStringLiteral("extendedAccessDialog"));
    setWindowTitle(tr("Extended version of «My gas»"));

    auto* ask = new QWidget(m_pages);
    ask->setObjectName(QStringLiteral("extendedAskPage"));
    auto* intro = new QLabel(tr("To connect the extended version for the personal account %1, answer one of the "
                                "control questions.")
                                 .arg(accountTitle),
                             ask);
    intro->setWordWrap(true);
    const struct
    {
        AccountsService::ControlQuestion q;
        const char* objectName;
        QString text;
    } questions[] = {
        {AccountsService::ControlQuestion::MeterSerial, "questionMeterSerial", tr("Serial number of the gas meter")},
        {AccountsService::ControlQuestion::LastCharge, "questionLastCharge",
         tr("Amount of the last charges in kopecks")},
        {AccountsService::ControlQuestion::Pin, "questionPin", tr("PIN code")},
    };
    auto* askLayout = new QVBoxLayout(ask);
    askLayout->addWidget(intro);
    for (const auto& q : questions) {
        auto* radio = new QRadioButton(q.text, ask);
        radio->setObjectName(QString::fromLatin1(q.objectName));
        radio->setAccessibleName(q.text);
        m_questions->addButton(radio, int(q.q));
        askLayout->addWidget(radio);
    }
    m_questionHint->setObjectName(QStringLiteral("extendedQuestionHint"));
    m_questionHint->setWordWrap(true);
    QPushButton* pin = button(tr("Request a PIN code"), "pinRequestButton", ask);
    pin->setFlat(true);
    m_answerButton = button(tr("Answer"), "extendedAnswerButton", ask);
    m_answerButton->setDefault(true);
    QPushButton* cancel = button(tr("Cancel"), "extendedCancelButton", ask);
    auto* askButtons = new QDialogButtonBox(ask);
    askButtons->addButton(m_answerButton, QDialogButtonBox::AcceptRole);
    askButtons->addButton(cancel, QDialogButtonBox::RejectRole);
    askLayout->addWidget(m_questionHint);
    askLayout->addWidget(m_answer);
    m_demoMail = button(tr("Demo mail"), "extendedDemoMailButton", ask);
    m_demoMail->setFlat(true);
    m_demoMail->setVisible(false);
    connect(m_demoMail, &QPushButton::clicked, this, &ExtendedAccessDialog::demoMailRequested);
    auto* links = new QHBoxLayout;
    links->addWidget(pin);
    links->addStretch(1);
    links->addWidget(m_demoMail);
    askLayout->addLayout(links);
    askLayout->addWidget(m_banner);
    askLayout->addStretch(1);
    askLayout->addWidget(askButtons);

    auto* done = new QWidget(m_pages);
    done->setObjectName(QStringLiteral("extendedDonePage"));
    auto* doneText = new QLabel(tr("The extended version of «My gas» is connected. All sections of the personal "
                                   "account are now open."),
                                done);
    doneText->setObjectName(QStringLiteral("extendedDoneText"));
    doneText->setWordWrap(true);
    QPushButton* start = button(tr("Start working"), "extendedStartButton", done);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(doneText);
    doneLayout->addStretch(1);
    doneLayout->addWidget(start, 0, Qt::AlignRight);

    m_pages->addWidget(ask);
    m_pages->addWidget(done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_questions, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            questionChanged();
    });
    connect(m_answer, &FormField::submitted, this, &ExtendedAccessDialog::submit);
    connect(askButtons, &QDialogButtonBox::accepted, this, &ExtendedAccessDialog::submit);
    connect(askButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(pin, &QPushButton::clicked, this, [this]() { emit pinRequested(m_accountId); });
    connect(start, &QPushButton::clicked, this, &QDialog::accept);
    setQuestion(AccountsService::ControlQuestion::MeterSerial);
    resize(fontMetrics().averageCharWidth() * 70, std::max(sizeHint().height(), fontMetrics().height() * 26));
}

AccountsService::ControlQuestion ExtendedAccessDialog::question() const
{
    return AccountsService::ControlQuestion(m_questions->checkedId());
}

void ExtendedAccessDialog::setQuestion(AccountsService::ControlQuestion q)
{
    m_questions->button(int(q))->setChecked(true);
    questionChanged();
}

void ExtendedAccessDialog::questionChanged()
{
    switch (question()) {
    case AccountsService::ControlQuestion::MeterSerial:
        m_questionHint->setText(tr("The serial number is on the meter itself and in its passport."));
        break;
    case AccountsService::ControlQuestion::LastCharge:
        m_questionHint->setText(tr("The total charged for all services in the last closed month, as on its receipt. "
                                   "For 314 rub. 72 kop. enter 31472."));
        break;
    case AccountsService::ControlQuestion::Pin:
        m_questionHint->setText(tr("The PIN code is on the receipt (not every gas company prints it); it can also "
                                   "be requested."));
        break;
    }
    m_answer->clearError();
    m_banner->clear();
}

void ExtendedAccessDialog::submit()
{
    if (m_answer->text().trimmed().isEmpty()) {
        m_answer->showError(tr("Enter the answer to the question"));
        return;
    }
    m_banner->clear();
    m_answerButton->setEnabled(false);
    m_accounts->unlockExtended(m_accountId, question(), m_answer->text().trimmed(), this, [this](const Status& status) {
        m_answerButton->setEnabled(true);
        if (!status.ok()) {
            m_banner->showError(status.error());
            return;
        }
        m_unlocked = true;
        m_pages->setCurrentIndex(1);
        emit unlockedExtended(m_accountId);
    });
}

void ExtendedAccessDialog::setDemoMailOffered(bool offered)
{
    m_demoMail->setVisible(offered);
}

} // namespace mygas
