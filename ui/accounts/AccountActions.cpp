#include "ui/accounts/AccountActions.h"

#include "models/accounts/AccountListModel.h"
#include "models/core/ErrorCatalog.h"
#include "services/accounts/AccountsService.h"
#include "services/cache/CacheStore.h"
#include "ui/accounts/ExtendedAccessDialog.h"
#include "ui/accounts/LinkAccountDialog.h"
#include "ui/accounts/PinRequestDialog.h"
#include "ui/accounts/RenameAccountDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QWidget>

namespace mygas {

namespace {
template <typename Dialog> void present(Dialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
} // namespace

AccountActions::AccountActions(AccountsService* accounts, CacheStore* cache, QWidget* window)
    : QObject(window), m_accounts(accounts), m_cache(cache), m_window(window)
{
}

LinkAccountDialog* AccountActions::linkDialog() const
{
    return m_link;
}

RenameAccountDialog* AccountActions::renameDialog() const
{
    return m_rename;
}

ExtendedAccessDialog* AccountActions::extendedDialog() const
{
    return m_extended;
}

PinRequestDialog* AccountActions::pinDialog() const
{
    return m_pin;
}

QString AccountActions::titleOf(const QString& accountId) const
{
    const std::optional<Account> a = m_cache->account(accountId);
    return a ? AccountListModel::title(*a) : accountId;
}

void AccountActions::setContacts(const QString& email, const QString& phone)
{
    m_email = email;
    m_phone = phone;
}

void AccountActions::link()
{
    if (m_link)
        m_link->close();
    m_link = new LinkAccountDialog(m_accounts, m_cache, m_window);
    connect(m_link, &LinkAccountDialog::linked, this,
            [this](const QString&, const QString& number) { emit linked(number); });
    present(m_link.data());
    m_link->start();
}

void AccountActions::rename(const QString& accountId)
{
    const std::optional<Account> a = m_cache->account(accountId);
    if (!a)
        return;
    if (m_rename)
        m_rename->close();
    m_rename = new RenameAccountDialog(m_accounts, accountId, a->alias, m_window);
    present(m_rename.data());
}

void AccountActions::unlink(const QString& accountId)
{
    if (accountId.isEmpty())
        return;
    const QString text = tr("Disconnect the personal account %1 from your login? You can connect it again later.")
                             .arg(titleOf(accountId));
    if (MessageBox::question(m_window, tr("Disconnect the personal account"), text) != QMessageBox::Yes)
        return;
    m_accounts->unlink(accountId, this, [this, accountId](const Status& status) {
        if (!status.ok()) {
            emit failed(messageFor(status.error()));
            return;
        }
        emit unlinked(accountId);
    });
}

void AccountActions::unlockExtended(const QString& accountId)
{
    if (accountId.isEmpty())
        return;
    if (m_extended)
        m_extended->close();
    m_extended = new ExtendedAccessDialog(m_accounts, accountId, titleOf(accountId), m_window);
    connect(m_extended, &ExtendedAccessDialog::pinRequested, this, &AccountActions::requestPin);
    m_extended->setDemoMailOffered(m_demoMail);
    connect(m_extended, &ExtendedAccessDialog::demoMailRequested, this, &AccountActions::demoMailRequested);
    present(m_extended.data());
}

void AccountActions::requestPin(const QString& accountId)
{
    if (accountId.isEmpty())
        return;
    if (m_pin)
        m_pin->close();
    QWidget* over = m_extended && m_extended->isVisible() ? static_cast<QWidget*>(m_extended.data()) : m_window;
    m_pin = new PinRequestDialog(m_accounts, accountId, over);
    m_pin->setContacts(m_email, m_phone);
    present(m_pin.data());
}

} // namespace mygas
