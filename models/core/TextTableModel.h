#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace mygas {

// A read-only table of ready texts: small lists such as a subscriber's
// benefits, consumption regimes and equipment.
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TextTableModel(const QStringList& headers, QObject* parent = nullptr);

    void setRows(const QList<QStringList>& rows);
    const QList<QStringList>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace mygas
