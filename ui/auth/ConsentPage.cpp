#include "ui/auth/ConsentPage.h"

#include "services/auth/AuthService.h"
#include "ui/widgets/StatusBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mygas {

ConsentPage::ConsentPage(AuthService* auth, QWidget* parent)
    : QWidget(parent), m_auth(auth), m_agree(new QPushButton(tr("I agree"), this)),
      m_status(new StatusBanner(QStringLiteral("consentStatus"), this))
{
    setObjectName(QStringLiteral("consentPage"));
    auto* title = new QLabel(tr("Consent to the processing of personal data"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);

    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("consentText"));
    text->setAccessibleName(tr("Text of the consent"));
    text->setPlainText(
        tr("I consent to the regional gas company processing my personal data (surname, name and patronymic, "
           "address, telephone number, e-mail address, personal account number, meter readings and payments) "
           "in order to provide me with the services of the «My gas» personal account: showing charges and "
           "payments, accepting meter readings, payments and requests, and sending notices.\n\n"
           "Processing includes collection, recording, storage, clarification, use, transfer to the payment "
           "agent and deletion, with or without automation. The consent is valid until I withdraw it by a "
           "written request to the gas company."));

    m_agree->setObjectName(QStringLiteral("consentAgreeButton"));
    m_agree->setAccessibleName(tr("I agree"));
    m_agree->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_agree, 0, Qt::AlignLeft);
    connect(m_agree, &QPushButton::clicked, this, &ConsentPage::submit);
    connect(m_status, &StatusBanner::retryRequested, this, &ConsentPage::submit);
}

void ConsentPage::reset()
{
    m_status->clear();
    m_agree->setEnabled(true);
}

void ConsentPage::submit()
{
    m_status->clear();
    m_agree->setEnabled(false);
    m_auth->acceptConsent(this, [this](const Status& s) {
        m_agree->setEnabled(true);
        if (!s.ok()) {
            m_status->showError(s.error());
            return;
        }
        emit accepted();
    });
}

} // namespace mygas
