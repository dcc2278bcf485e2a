#pragma once

#include <QDialog>

class QPushButton;

namespace mygas {

class AccountsService;
class FormField;
class StatusBanner;

// «Переименовать» (manual 4.7.2.4): the account's own name in the list, «Сохранить».
class RenameAccountDialog : public QDialog
{
    Q_OBJECT
public:
    RenameAccountDialog(AccountsService* accounts, const QString& accountId, const QString& alias,
                        QWidget* parent = nullptr);

private:
    void submit();

    AccountsService* m_accounts;
    QString m_accountId;
    FormField* m_alias;
    StatusBanner* m_banner;
    QPushButton* m_save;
};

} // namespace mygas
