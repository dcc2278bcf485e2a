#include "models/readings/ReadingsModel.h"

#include "models/core/DisplayFormat.h"

namespace mygas {

ReadingsModel::ReadingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReadingsModel::setReadings(const QList<Reading>& readings)
{
    beginResetModel();
    m_rows = readings;
    endResetModel();
}

QString ReadingsModel::sourceText(const QString& source)
{
    if (source == QLatin1String("abonent"))
        return tr("Subscriber");
    if (source == QLatin1String("online"))
        return tr("Personal account online");
    if (source == QLatin1String("controller"))
        return tr("Inspector");
    if (source == QLatin1String("company"))
        return tr("Gas company");
    return source;
}

QString ReadingsModel::stateText(const QString& state)
{
    if (state == QLatin1String("accepted"))
        return tr("Accepted");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    if (state == QLatin1String("pending"))
        return tr("Being processed");
    return state;
}

int ReadingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Reading& r = m_rows.at(index.row());
    if (role == display::IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Consumption))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date:
        return display::date(r.date);
    case Value:
        return QString::number(r.value);
    case Consumption:
        return QString::number(r.consumption);
    case Source:
        return sourceText(r.source);
    case State:
        return stateText(r.state);
    }
    return {};
}

QVariant ReadingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Value:
        return tr("Reading, m³");
    case Consumption:
        return tr("Consumption, m³");
    case Source:
        return tr("Submitted by");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace mygas
