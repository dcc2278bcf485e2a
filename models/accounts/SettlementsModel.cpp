#include "models/accounts/SettlementsModel.h"

#include "models/accounts/AccountRules.h"
#include "models/core/DisplayFormat.h"
#include "models/core/Money.h"

namespace mygas {

SettlementsModel::SettlementsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SettlementsModel::setSettlements(const QList<Settlement>& rows, const QList<ServiceInfo>& services)
{
    beginResetModel();
    m_rows = rows;
    m_serviceNames.clear();
    for (const ServiceInfo& s : services)
        m_serviceNames.insert(s.id, s.name);
    endResetModel();
}

qint64 SettlementsModel::totalToPayKop() const
{
    qint64 total = 0;
    for (const Settlement& s : m_rows)
        total += rules::settlementToPay(s);
    return total;
}

int SettlementsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettlementsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettlementsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Settlement& s = m_rows.at(index.row());
    if (role == display::IdRole)
        return s.id;
    if (role == display::ToneRole) {
        if (index.column() == Opening)
            return display::toneOf(s.openingKop);
        if (index.column() == Closing && s.closingKop)
            return display::toneOf(*s.closingKop);
        if (index.column() == ToPay)
            return display::toneOf(rules::settlementToPay(s));
        return display::ToneNone;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Service)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Service:
        return m_serviceNames.value(s.serviceId, s.serviceId);
    case Opening:
        return money::format(s.openingKop);
    case Charged:
        return money::format(s.chargedKop);
    case Paid:
        return money::format(s.paidKop);
    case Benefits:
        return money::format(s.benefitsKop);
    case Recalculation:
        return money::format(s.recalculationKop);
    case Closing:
        return s.closingKop ? money::format(*s.closingKop) : tr("month not closed");
    case ToPay:
        return money::format(rules::settlementToPay(s));
    }
    return {};
}

QVariant SettlementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Service:
        return tr("Service");
    case Opening:
        return tr("At the start of the period");
    case Charged:
        return tr("Charged");
    case Paid:
        return tr("Paid");
    case Benefits:
        return tr("Benefits");
    case Recalculation:
        return tr("Recalculations");
    case Closing:
        return tr("At the end of the period");
    case ToPay:
        return tr("To pay");
    }
    return {};
}

} // namespace mygas
