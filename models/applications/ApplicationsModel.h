#pragma once

#include "models/applications/ApplicationTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// One row of «Договоры»: the application, its company's name, and what the
// PC still holds of it.
struct ApplicationRow
{
    qint64 localId = 0;
    ContractApplication application;
    QString companyName;
    bool waiting = false; // a step not yet on the server: «Ожидает отправки»
    QString problem;      // the server's last refusal
};

// The person's contract applications (manual 4.5.1), newest first.
class ApplicationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Contract,
        Company,
        Status,
        ColumnCount
    };

    explicit ApplicationsModel(QObject* parent = nullptr);

    void setRows(const QList<ApplicationRow>& rows);
    const QList<ApplicationRow>& rows() const { return m_rows; }
    // «Договор на поставку газа» and the like.
    static QString typeName(const QString& type);
    // The status as the list shows it.
    static QString statusText(const ApplicationRow& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApplicationRow> m_rows;
};

} // namespace mygas
