#pragma once

#include "models/accounts/AccountTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// The history of one meter's readings: date, value, consumption, who
// submitted it and whether the company accepted it.
class ReadingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Value,
        Consumption,
        Source,
        State,
        ColumnCount
    };

    explicit ReadingsModel(QObject* parent = nullptr);

    void setReadings(const QList<Reading>& readings);
    const QList<Reading>& readings() const { return m_rows; }
    static QString sourceText(const QString& source);
    static QString stateText(const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Reading> m_rows;
};

} // namespace mygas
