#pragma once

#include <QDialog>

class QPushButton;

namespace mygas {

class AccountsService;
class FormField;
class StatusBanner;

// «Подать запрос на получение ПИН-кода» (manual 4.7.2.2): full name and
// contacts, «Отправить запрос»; the PIN code comes by e-mail.
class PinRequestDialog : public QDialog
{
    Q_OBJECT
public:
    PinRequestDialog(AccountsService* accounts, const QString& accountId, QWidget* parent = nullptr);

    void setContacts(const QString& email, const QString& phone);
    bool sent() const { return m_sent; }

private:
    void submit();

    AccountsService* m_accounts;
    QString m_accountId;
    FormField* m_name;
    FormField* m_email;
    FormField* m_phone;
    StatusBanner* m_banner;
    QPushButton* m_send;
    bool m_sent = false;
};

} // namespace mygas
