#include "models/accounts/HouseholdModel.h"

#include "models/accounts/AccountListModel.h"
#include "models/accounts/ServicesModel.h"
#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"

namespace mygas {

HouseholdModel::HouseholdModel(QObject* parent) : QAbstractTableModel(parent) {}

void HouseholdModel::setRows(const QList<Row>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

qint64 HouseholdModel::totalKop() const
{
    qint64 total = 0;
    for (const Row& r : m_rows)
        total += r.totalKop;
    return total;
}

int HouseholdModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HouseholdModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HouseholdModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == display::IdRole)
        return r.account.id;
    if (role == display::ToneRole)
        return index.column() == Total ? display::toneOf(r.totalKop) : display::ToneNone;
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Title:
        return AccountListModel::title(r.account);
    case Address:
        return r.account.address;
    case Company:
        return r.companyName;
    case Version:
        return AccountListModel::accessText(r.account.access);
    case Total:
        return ServicesModel::stateText(r.totalKop) + QStringLiteral(": ") + money::formatRub(r.totalKop);
    }
    return {};
}

QVariant HouseholdModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Personal account");
    case Address:
        return tr("Address");
    case Company:
        return tr("Gas company");
    case Version:
        return tr("Version");
    case Total:
        return tr("State");
    }
    return {};
}

} // namespace mygas
