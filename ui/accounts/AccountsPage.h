#pragma once

#include "models/accounts/HouseholdModel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

// The household overview: every personal account linked to the login with
// its version and the state of its services in total, and «Подключить
// лицевой счет» (manual 4.2, items 3 and 4). Opening a row makes it current.
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(QWidget* parent = nullptr);

    void setRows(const QList<HouseholdModel::Row>& rows);
    void setCanConnect(bool can);
    HouseholdModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }

signals:
    void connectAccountRequested();
    void accountChosen(const QString& accountId);

private:
    HouseholdModel* m_model;
    QTableView* m_list;
    QLabel* m_empty;
    QLabel* m_total;
    QPushButton* m_connect;
};

} // namespace mygas
