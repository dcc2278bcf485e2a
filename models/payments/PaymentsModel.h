#pragma once

#include "models/accounts/AccountTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mygas {

// «Платежи»: newest first, with the date, amount, service and place of payment.
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Amount,
        Service,
        Place,
        ColumnCount
    };

    explicit PaymentsModel(QObject* parent = nullptr);

    // services name the service of each payment.
    void setPayments(const QList<Payment>& payments, const QList<ServiceInfo>& services);
    const QList<Payment>& payments() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Payment> m_rows;
    QHash<QString, QString> m_serviceNames;
};

} // namespace mygas
