#pragma once

#include "models/accounts/AccountTypes.h"

#include <QWidget>

class QListView;
class QPushButton;

namespace mygas {

class AccountListModel;

// The linked accounts in the main menu, the current one marked, and
// «Добавить лицевой счет» (disabled at three accounts, manual 4.7.2.1).
class AccountSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit AccountSwitcher(QWidget* parent = nullptr);

    void setAccounts(const QList<Account>& accounts, const QString& currentId);
    AccountListModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }

signals:
    void accountChosen(const QString& accountId);
    void addRequested();

private:
    AccountListModel* m_model;
    QListView* m_list;
    QPushButton* m_add;
};

} // namespace mygas
