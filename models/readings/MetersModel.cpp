#include "models/readings/MetersModel.h"

#include "models/accounts/AccountRules.h"
#include "models/core/DisplayFormat.h"

namespace mygas {

MetersModel::MetersModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetersModel::setMeters(const QList<Meter>& meters, Access access)
{
    beginResetModel();
    m_rows = meters;
    m_access = access;
    endResetModel();
}

QString MetersModel::serialText(const Meter& meter) const
{
    if (m_access == Access::Extended || meter.serial.contains(QLatin1Char('*')))
        return meter.serial;
    return rules::maskSerial(meter.serial);
}

QString MetersModel::stateText(const QString& state)
{
    if (state == QLatin1String("working"))
        return tr("Working");
    if (state == QLatin1String("verification_expired"))
        return tr("Verification overdue");
    if (state == QLatin1String("removed"))
        return tr("Removed");
    return state;
}

int MetersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Meter& m = m_rows.at(index.row());
    if (role == display::IdRole)
        return m.id;
    if (role == Qt::TextAlignmentRole && (index.column() == LastReading || index.column() == AverageMonthly))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return m.model.isEmpty() ? m.name : m.name + QStringLiteral(" (") + m.model + QLatin1Char(')');
    case Serial:
        return serialText(m);
    case LastReading:
        return tr("%1 m³").arg(m.lastReading);
    case LastReadingDate:
        return display::date(m.lastReadingDate);
    case NextVerification:
        return display::date(m.nextVerificationDate);
    case AverageMonthly:
        return tr("%1 m³").arg(display::number(m.avgMonthlyM3));
    case State:
        return stateText(m.state);
    }
    return {};
}

QVariant MetersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Meter");
    case Serial:
        return tr("Serial number");
    case LastReading:
        return tr("Last reading");
    case LastReadingDate:
        return tr("Reading date");
    case NextVerification:
        return tr("Next verification");
    case AverageMonthly:
        return tr("Average per month");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace mygas
