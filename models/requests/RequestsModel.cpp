#include "models/requests/RequestsModel.h"

#include "models/applications/ApplicationTypes.h"
#include "models/core/DisplayFormat.h"

#include <QDateTime>

namespace mygas {

RequestsModel::RequestsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RequestsModel::setRequests(const QList<ServiceRequest>& requests)
{
    beginResetModel();
    m_rows = requests;
    endResetModel();
}

QString RequestsModel::statusName(const QString& status)
{
    if (status == QLatin1String(requests::kInProgress))
        return tr("In progress");
    if (status == QLatin1String(requests::kClarification))
        return tr("Needs clarification");
    if (status == QLatin1String(requests::kRejected))
        return tr("Not approved");
    if (status == QLatin1String(requests::kDone))
        return tr("Done");
    if (status == QLatin1String(applications::kDraft))
        return tr("Draft");
    if (status == QLatin1String(applications::kAccepted))
        return tr("Accepted");
    if (status == QLatin1String(requests::kWaiting))
        return tr("Waiting to be sent");
    if (status == QLatin1String(requests::kNotSent))
        return tr("Not accepted");
    return status;
}

QString RequestsModel::kindName(const QString& kind)
{
    if (kind == QLatin1String(requests::kMaintenance))
        return tr("Maintenance request");
    if (kind == QLatin1String(requests::kRecalculation))
        return tr("Recalculation request");
    return kind;
}

QString RequestsModel::reasonName(const QString& reason)
{
    if (reason == QLatin1String(requests::kResidents))
        return tr("Change in the number of residents");
    if (reason == QLatin1String(requests::kAbsence))
        return tr("Temporary absence of more than 5 days");
    if (reason == QLatin1String(requests::kHeatedArea))
        return tr("Change of the heated area");
    return reason;
}

QString RequestsModel::details(const ServiceRequest& r)
{
    if (r.kind == QLatin1String(requests::kMaintenance))
        return tr("%1; desired date %2: %3").arg(r.workKind, display::date(r.desiredDate), r.description);
    QString value;
    if (r.reason == QLatin1String(requests::kResidents))
        value = tr("residents: %1").arg(r.residents);
    else if (r.reason == QLatin1String(requests::kAbsence))
        value = tr("absent until %1").arg(display::date(r.toDate));
    else
        value = tr("heated area: %1 m²").arg(display::number(r.heatedAreaM2));
    return tr("%1 from %2, %3").arg(reasonName(r.reason), display::date(r.fromDate), value);
}

int RequestsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ServiceRequest& r = m_rows.at(index.row());
    if (role == display::IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date:
        return display::dateTime(QDateTime::fromString(r.createdAt, Qt::ISODate));
    case Request:
        return kindName(r.kind);
    case Details:
        return details(r);
    case Status:
        return statusName(r.status);
    }
    return {};
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Submitted");
    case Request:
        return tr("Request");
    case Details:
        return tr("Details");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace mygas
