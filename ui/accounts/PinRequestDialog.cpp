#include "ui/accounts/PinRequestDialog.h"

#include "models/auth/AuthRules.h"
#include "models/core/ErrorCatalog.h"
#include "services/accounts/AccountsService.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/StatusBanner.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mygas {

namespace {
QString checkKind(const QString& text, rules::LoginKind kind)
{
    return rules::normalizeLogin(text).kind == kind ? QString() : QString::fromLatin1(errc::PinRequestInvalid);
}
} // namespace

PinRequestDialog::PinRequestDialog(AccountsService* accounts, const QString& accountId, QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_accountId(accountId),
      m_name(new FormField(tr("Full name"), QStringLiteral("pinNameEdit"), this)),
      m_email(new FormField(tr("E-mail"), QStringLiteral("pinEmailEdit"), this)),
      m_phone(new FormField(tr("Phone"), QStringLiteral("pinPhoneEdit"), this)),
      m_banner(new StatusBanner(QStringLiteral("pinStatus"), this))
{
    setObjectName(QStringLiteral("pinRequestDialog"));
    setWindowTitle(tr("Request a PIN code"));
    auto* intro = new QLabel(tr("The gas company will send the PIN code to the e-mail address you give."), this);
    intro->setWordWrap(true);
    m_name->setRule([](const QString& t) {
        return t.trimmed().isEmpty() ? QString::fromLatin1(errc::PinRequestInvalid) : QString();
    });
    m_email->setRule([](const QString& t) { return checkKind(t, rules::LoginKind::Email); });
    m_phone->setRule([](const QString& t) { return checkKind(t, rules::LoginKind::Phone); });

    const DialogButtons d = makeDialogButtons(this, tr("Send the request"), QStringLiteral("pinSendButton"),
                                              tr("Close"), QStringLiteral("pinCloseButton"));
    QDialogButtonBox* buttons = d.box;
    m_send = d.accept;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_name);
    layout->addWidget(m_email);
    layout->addWidget(m_phone);
    layout->addWidget(m_banner);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinRequestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (FormField* f : {m_name, m_email, m_phone})
        connect(f, &FormField::submitted, this, &PinRequestDialog::submit);
    resize(fontMetrics().averageCharWidth() * 60, std::max(sizeHint().height(), fontMetrics().height() * 24));
}

void PinRequestDialog::setContacts(const QString& email, const QString& phone)
{
    m_email->setText(email);
    m_phone->setText(phone);
}

void PinRequestDialog::submit()
{
    bool ok = true;
    for (FormField* f : {m_name, m_email, m_phone})
        ok = f->validate(true) && ok;
    if (!ok)
        return;
    m_banner->clear();
    m_send->setEnabled(false);
    m_accounts->requestPin(m_accountId, m_name->text().trimmed(), m_email->text().trimmed(), m_phone->text().trimmed(),
                           this, [this](const Status& status) {
                               m_send->setEnabled(true);
                               if (!status.ok()) {
                                   m_banner->showError(status.error());
                                   return;
                               }
                               m_sent = true;
                               m_send->setEnabled(false);
                               m_banner->showNotice(
                                   tr("The request is sent. The PIN code will come to %1.").arg(m_email->text()));
                           });
}

} // namespace mygas
