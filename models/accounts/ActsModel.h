#pragma once

#include "models/accounts/ExtendedTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// «Акты»: the acts of work done, newest first: number, date, works, total.
class ActsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Date,
        Total,
        Works,
        ColumnCount
    };

    explicit ActsModel(QObject* parent = nullptr);

    void setActs(const QList<Act>& acts);
    const QList<Act>& acts() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Act> m_rows;
};

} // namespace mygas
