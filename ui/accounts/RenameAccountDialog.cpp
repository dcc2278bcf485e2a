#include "ui/accounts/RenameAccountDialog.h"

#include "models/accounts/AccountRules.h"
#include "models/core/ErrorCatalog.h"
#include "services/accounts/AccountsService.h"
#include "ui/widgets/DialogButtons.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/StatusBanner.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mygas {

RenameAccountDialog::RenameAccountDialog(AccountsService* accounts, const QString& accountId, const QString& alias,
                                         QWidget* parent)
    : QDialog(parent), m_accounts(accounts), m_accountId(accountId),
      m_alias(new FormField(tr("Name of the personal account"), QStringLiteral("aliasEdit"), this)),
      m_banner(new StatusBanner(QStringLiteral("renameStatus"), this))
{
    setObjectName(QStringLiteral("renameAccountDialog"));
    setWindowTitle(tr("Rename the personal account"));
    m_alias->setText(alias);
    m_alias->lineEdit()->setMaxLength(rules::kMaxAliasLength * 2);
    m_alias->setRule([](const QString& t) { return rules::checkAlias(t); });
    const DialogButtons d = makeDialogButtons(this, tr("Save"), QStringLiteral("aliasSaveButton"), tr("Cancel"),
                                              QStringLiteral("aliasCancelButton"));
    QDialogButtonBox* buttons = d.box;
    m_save = d.accept;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_alias);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RenameAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_alias, &FormField::submitted, this, &RenameAccountDialog::submit);
    resize(fontMetrics().averageCharWidth() * 55, std::max(sizeHint().height(), fontMetrics().height() * 12));
}

void RenameAccountDialog::submit()
{
    if (!m_alias->validate(true))
        return;
    m_save->setEnabled(false);
    m_accounts->rename(m_accountId, m_alias->text().trimmed(), this, [this](const Status& status) {
        m_save->setEnabled(true);
        if (!status.ok()) {
            m_banner->showError(status.error());
            return;
        }
        accept();
    });
}

} // namespace mygas
