#pragma once

#include "models/accounts/ExtendedTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// «Договоры»: kind, number, status and the dates of each contract.
class ContractsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Number,
        Status,
        From,
        To,
        ColumnCount
    };

    explicit ContractsModel(QObject* parent = nullptr);

    void setContracts(const QList<Contract>& contracts);
    const QList<Contract>& contracts() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contract> m_rows;
};

} // namespace mygas
