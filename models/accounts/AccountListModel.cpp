#include "models/accounts/AccountListModel.h"

#include "models/core/DisplayFormat.h"

namespace mygas {

AccountListModel::AccountListModel(QObject* parent) : QAbstractListModel(parent) {}

void AccountListModel::setAccounts(const QList<Account>& accounts)
{
    beginResetModel();
    m_rows = accounts;
    endResetModel();
}

void AccountListModel::setCurrentId(const QString& id)
{
    if (id == m_currentId)
        return;
    const int before = rowOf(m_currentId);
    m_currentId = id;
    for (int row : {before, rowOf(id)}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row));
    }
}

int AccountListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString AccountListModel::title(const Account& account)
{
    if (account.alias.trimmed().isEmpty())
        return account.number;
    return account.alias + QStringLiteral(" (") + account.number + QLatin1Char(')');
}

QString AccountListModel::accessText(Access access)
{
    return access == Access::Extended ? tr("Extended version") : tr("Limited version");
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Account& a = m_rows.at(index.row());
    const bool current = a.id == m_currentId;
    switch (role) {
    case display::IdRole:
        return a.id;
    case Qt::DisplayRole:
        // The mark is text, so it is seen without colour and read by screen readers.
        return (current ? QStringLiteral("\u2714 ") : QStringLiteral("    ")) + title(a) + QLatin1Char('\n') +
               a.address;
    case Qt::AccessibleTextRole:
        return current ? tr("%1, %2 (current)").arg(title(a), a.address) : tr("%1, %2").arg(title(a), a.address);
    case Qt::ToolTipRole:
        return accessText(a.access);
    }
    return {};
}

} // namespace mygas
