#include "models/applications/ApplicationsModel.h"

#include "models/applications/ApplicationForm.h"
#include "models/core/DisplayFormat.h"
#include "models/requests/RequestsModel.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mygas {

ApplicationsModel::ApplicationsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ApplicationsModel::setRows(const QList<ApplicationRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString ApplicationsModel::typeName(const QString& type)
{
    const char* label = applications::typeLabel(type);
    return label ? QCoreApplication::translate("Applications", label) : type;
}

QString ApplicationsModel::statusText(const ApplicationRow& row)
{
    if (row.waiting)
        return RequestsModel::statusName(QLatin1String(requests::kWaiting));
    return RequestsModel::statusName(row.application.status);
}

int ApplicationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ApplicationRow& r = m_rows.at(index.row());
    if (role == display::IdRole)
        return r.localId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Date: {
        // A sent application by its sending, a draft by its last change.
        const QString at = r.application.submittedAt.isEmpty() ? r.application.updatedAt : r.application.submittedAt;
        return display::dateTime(QDateTime::fromString(at, Qt::ISODate));
    }
    case Contract:
        return typeName(r.application.type);
    case Company:
        return r.companyName;
    case Status:
        return statusText(r);
    }
    return {};
}

QVariant ApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Contract:
        return tr("Contract");
    case Company:
        return tr("Gas company");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace mygas
