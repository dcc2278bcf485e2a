#pragma once

#include "models/accounts/AccountTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// The household overview: every linked account with its version and the
// sum of its service balances (a debt with a minus, in red).
class HouseholdModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        Account account;
        QString companyName;
        qint64 totalKop = 0;
    };
    enum Column
    {
        Title,
        Address,
        Company,
        Version,
        Total,
        ColumnCount
    };

    explicit HouseholdModel(QObject* parent = nullptr);

    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    qint64 totalKop() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace mygas
