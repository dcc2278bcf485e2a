#include "models/accounts/ContractsModel.h"

#include "models/core/DisplayFormat.h"

namespace mygas {

ContractsModel::ContractsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContractsModel::setContracts(const QList<Contract>& contracts)
{
    beginResetModel();
    m_rows = contracts;
    endResetModel();
}

int ContractsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Contract& c = m_rows.at(index.row());
    if (role == display::IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Kind:
        return c.kind;
    case Number:
        return c.number;
    case Status:
        return c.status;
    case From:
        return display::date(c.dateFrom);
    case To:
        return c.dateTo.isValid() ? display::date(c.dateTo) : tr("open-ended");
    }
    return {};
}

QVariant ContractsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Contract");
    case Number:
        return tr("Number");
    case Status:
        return tr("Status");
    case From:
        return tr("Valid from");
    case To:
        return tr("Valid until");
    }
    return {};
}

} // namespace mygas
