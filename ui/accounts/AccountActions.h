#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace mygas {

class AccountsService;
class CacheStore;
class ExtendedAccessDialog;
class LinkAccountDialog;
class PinRequestDialog;
class RenameAccountDialog;

// What a person does with the linked accounts — link, rename, unlink (after
// a question), unlock the extended version, request a PIN — each in its
// dialog over the main window.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(AccountsService* accounts, CacheStore* cache, QWidget* window);

    void link();
    void rename(const QString& accountId);
    void unlink(const QString& accountId);
    void unlockExtended(const QString& accountId);
    // «Демо-почта» offered inside the dialogs that wait for a code or a PIN.
    void setDemoMailOffered(bool offered) { m_demoMail = offered; }
    void requestPin(const QString& accountId);
    void setContacts(const QString& email, const QString& phone);

    // The dialog open now, or nullptr.
    LinkAccountDialog* linkDialog() const;
    RenameAccountDialog* renameDialog() const;
    ExtendedAccessDialog* extendedDialog() const;
    PinRequestDialog* pinDialog() const;

signals:
    void linked(const QString& number);
    void unlinked(const QString& accountId);
    void failed(const QString& message);
    void demoMailRequested();

private:
    QString titleOf(const QString& accountId) const;

    AccountsService* m_accounts;
    CacheStore* m_cache;
    QWidget* m_window;
    bool m_demoMail = false;
    QString m_email;
    QString m_phone;
    QPointer<LinkAccountDialog> m_link;
    QPointer<RenameAccountDialog> m_rename;
    QPointer<ExtendedAccessDialog> m_extended;
    QPointer<PinRequestDialog> m_pin;
};

} // namespace mygas
