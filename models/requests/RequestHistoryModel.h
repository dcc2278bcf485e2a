#pragma once

#include "models/requests/RequestTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// The history of one request: each status with its date and the words that
// came with it.
class RequestHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Status,
        Author,
        Comment,
        ColumnCount
    };

    explicit RequestHistoryModel(QObject* parent = nullptr);

    void setHistory(const QList<RequestEvent>& history);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RequestEvent> m_rows;
};

} // namespace mygas
