#include "models/requests/RequestHistoryModel.h"

#include "models/core/DisplayFormat.h"
#include "models/requests/RequestsModel.h"

#include <QDateTime>

namespace mygas {

RequestHistoryModel::RequestHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void RequestHistoryModel::setHistory(const QList<RequestEvent>& history)
{
    beginResetModel();
    m_rows = history;
    endResetModel();
}

int RequestHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const RequestEvent& e = m_rows.at(index.row());
    switch (index.column()) {
    case When:
        return display::dateTime(QDateTime::fromString(e.at, Qt::ISODate));
    case Status:
        return RequestsModel::statusName(e.status);
    case Author:
        return e.author == QLatin1String(requests::kOperator) ? tr("Gas company") : tr("Abonent");
    case Comment: {
        // The files sent with the step, by the names they had.
        QStringList names;
        for (const FileInfo& f : e.files)
            names.append(f.name);
        if (names.isEmpty())
            return e.comment;
        const QString attached = tr("Files: %1").arg(names.join(QStringLiteral(", ")));
        return e.comment.isEmpty() ? attached : e.comment + QLatin1Char('\n') + attached;
    }
    }
    return {};
}

QVariant RequestHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Date");
    case Status:
        return tr("Status");
    case Author:
        return tr("Who");
    case Comment:
        return tr("Comment");
    }
    return {};
}

} // namespace mygas
