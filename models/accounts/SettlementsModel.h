#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/accounts/ExtendedTypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mygas {

// «Взаиморасчеты» for one period: per service the opening state, charges,
// payments, benefits, recalculations, the closing state (none while the
// month is open) and «К оплате» = opening − charged + paid (manual 4.3.1.2).
class SettlementsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Service,
        Opening,
        Charged,
        Paid,
        Benefits,
        Recalculation,
        Closing,
        ToPay,
        ColumnCount
    };

    explicit SettlementsModel(QObject* parent = nullptr);

    void setSettlements(const QList<Settlement>& rows, const QList<ServiceInfo>& services);
    const QList<Settlement>& settlements() const { return m_rows; }
    qint64 totalToPayKop() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Settlement> m_rows;
    QHash<QString, QString> m_serviceNames;
};

} // namespace mygas
