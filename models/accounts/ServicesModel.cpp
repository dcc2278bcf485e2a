#include "models/accounts/ServicesModel.h"

#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"

namespace mygas {

ServicesModel::ServicesModel(QObject* parent) : QAbstractTableModel(parent) {}

void ServicesModel::setServices(const QList<ServiceInfo>& services)
{
    beginResetModel();
    m_rows = services;
    endResetModel();
}

qint64 ServicesModel::totalKop() const
{
    qint64 total = 0;
    for (const ServiceInfo& s : m_rows)
        total += s.balanceKop;
    return total;
}

QString ServicesModel::stateText(qint64 balanceKop)
{
    if (balanceKop < 0)
        return tr("Debt");
    return balanceKop > 0 ? tr("Overpayment") : tr("No debt");
}

int ServicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServicesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServicesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ServiceInfo& s = m_rows.at(index.row());
    if (role == display::IdRole)
        return s.id;
    if (role == display::ToneRole)
        return index.column() == Name ? display::ToneNone : display::toneOf(s.balanceKop);
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case State:
        return stateText(s.balanceKop);
    case Amount:
        return money::formatRub(s.balanceKop);
    }
    return {};
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Service");
    case State:
        return tr("State");
    case Amount:
        return tr("Amount");
    }
    return {};
}

} // namespace mygas
