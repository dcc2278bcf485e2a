#include "models/payments/PaymentsModel.h"

#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"

#include <algorithm>

namespace mygas {

PaymentsModel::PaymentsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PaymentsModel::setPayments(const QList<Payment>& payments, const QList<ServiceInfo>& services)
{
    beginResetModel();
    m_rows = payments;
    // Newest first whatever order they came in; the same day keeps its order.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Payment& a, const Payment& b) { return a.date > b.date; });
    m_serviceNames.clear();
    for (const ServiceInfo& s : services)
        m_serviceNames.insert(s.id, s.name);
    endResetModel();
}

int PaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Payment& p = m_rows.at(index.row());
    if (role == display::IdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date:
        return display::date(p.date);
    case Amount:
        return money::formatRub(p.amountKop);
    case Service:
        return m_serviceNames.value(p.serviceId, p.serviceId);
    case Place:
        return p.online ? tr("%1 (online)").arg(p.place) : p.place;
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Service:
        return tr("Service");
    case Place:
        return tr("Place of payment");
    }
    return {};
}

} // namespace mygas
