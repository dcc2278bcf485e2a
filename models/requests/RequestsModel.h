#pragma once

#include "models/requests/RequestTypes.h"

#include <QAbstractTableModel>

namespace mygas {

// «Заявки» (manual 4.4): when each request was made, what it asks for and
// its status, newest first.
class RequestsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Request,
        Details,
        Status,
        ColumnCount
    };

    explicit RequestsModel(QObject* parent = nullptr);

    void setRequests(const QList<ServiceRequest>& requests);
    const QList<ServiceRequest>& requests() const { return m_rows; }

    // «В обработке», «Требует уточнения», «Не согласована», «Выполнена».
    static QString statusName(const QString& status);
    // «Заявка на ТО» / «Заявка на перерасчет».
    static QString kindName(const QString& kind);
    static QString reasonName(const QString& reason);
    // What the request asks for: the work and date, or the reason and value.
    static QString details(const ServiceRequest& r);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceRequest> m_rows;
};

} // namespace mygas
