#include "models/accounts/ActWorksModel.h"

#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"

namespace mygas {

ActWorksModel::ActWorksModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActWorksModel::setAct(const Act& act)
{
    beginResetModel();
    m_works = act.works;
    m_totalKop = act.totalKop;
    endResetModel();
}

void ActWorksModel::clear()
{
    beginResetModel();
    m_works.clear();
    m_totalKop = 0;
    endResetModel();
}

int ActWorksModel::rowCount(const QModelIndex& parent) const
{
    // The last row is the act's total.
    return parent.isValid() || m_works.isEmpty() ? 0 : int(m_works.size()) + 1;
}

int ActWorksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActWorksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() > m_works.size())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.row() == m_works.size()) {
        if (index.column() == Name)
            return tr("Total");
        return index.column() == Cost ? money::formatRub(m_totalKop) : QString();
    }
    const ActWork& w = m_works.at(index.row());
    switch (index.column()) {
    case Name:
        return w.name;
    case Quantity:
        return w.unit.isEmpty() ? display::number(w.quantity, 3)
                                : display::number(w.quantity, 3) + QChar(0x00a0) + w.unit;
    case Cost:
        return money::formatRub(w.costKop);
    }
    return {};
}

QVariant ActWorksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Work");
    case Quantity:
        return tr("Quantity");
    case Cost:
        return tr("Cost");
    }
    return {};
}

} // namespace mygas
