#pragma once

#include "models/accounts/AccountTypes.h"

#include <QAbstractListModel>

namespace mygas {

// The personal accounts linked to the login, as the main menu lists them:
// the alias or number with the address; the current one is marked (manual 4.3).
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit AccountListModel(QObject* parent = nullptr);

    void setAccounts(const QList<Account>& accounts);
    const QList<Account>& accounts() const { return m_rows; }
    void setCurrentId(const QString& id);
    QString currentId() const { return m_currentId; }
    int rowOf(const QString& id) const;

    // «Дача (1234567890)» or «1234567890» when there is no alias.
    static QString title(const Account& account);
    static QString accessText(Access access);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Account> m_rows;
    QString m_currentId;
};

} // namespace mygas
