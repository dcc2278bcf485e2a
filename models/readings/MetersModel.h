#pragma once

#include "models/accounts/AccountTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// «Приборы учета»: name, serial (masked in the limited version), the last
// reading and its date, the next verification date, the average monthly
// consumption, the state.
class MetersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Serial,
        LastReading,
        LastReadingDate,
        NextVerification,
        AverageMonthly,
        State,
        ColumnCount
    };

    explicit MetersModel(QObject* parent = nullptr);

    // limited: serials are shown masked even if the data carried them whole.
    void setMeters(const QList<Meter>& meters, Access access);
    const QList<Meter>& meters() const { return m_rows; }
    QString serialText(const Meter& meter) const;
    static QString stateText(const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Meter> m_rows;
    Access m_access = Access::Limited;
};

} // namespace mygas
