#include "models/accounts/ActsModel.h"

#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"

namespace mygas {

ActsModel::ActsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActsModel::setActs(const QList<Act>& acts)
{
    beginResetModel();
    m_rows = acts;
    endResetModel();
}

int ActsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Act& a = m_rows.at(index.row());
    if (role == display::IdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Number:
        return a.number;
    case Date:
        return display::date(a.date);
    case Works: {
        QStringList names;
        for (const ActWork& w : a.works)
            names << w.name;
        return names.join(QStringLiteral("; "));
    }
    case Total:
        return money::formatRub(a.totalKop);
    }
    return {};
}

QVariant ActsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Act");
    case Date:
        return tr("Date");
    case Works:
        return tr("Works");
    case Total:
        return tr("Total");
    }
    return {};
}

} // namespace mygas
