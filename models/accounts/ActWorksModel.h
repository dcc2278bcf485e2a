#pragma once

#include "models/accounts/ExtendedTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// The works of one act with their quantities and costs, and a total row.
class ActWorksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Quantity,
        Cost,
        ColumnCount
    };

    explicit ActWorksModel(QObject* parent = nullptr);

    void setAct(const Act& act);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActWork> m_works;
    qint64 m_totalKop = 0;
};

} // namespace mygas
