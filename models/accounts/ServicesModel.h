#pragma once

#include "models/accounts/AccountTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// «Услуги»: per service its state — a debt with a minus, an overpayment or
// no debt — and the amount. display::ToneRole carries debt/credit for colour.
class ServicesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        State,
        Amount,
        ColumnCount
    };

    explicit ServicesModel(QObject* parent = nullptr);

    void setServices(const QList<ServiceInfo>& services);
    const QList<ServiceInfo>& services() const { return m_rows; }
    qint64 totalKop() const;
    static QString stateText(qint64 balanceKop);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceInfo> m_rows;
};

} // namespace mygas
