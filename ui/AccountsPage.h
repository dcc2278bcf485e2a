#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace mygas {

// «Лицевой счет» on the main page: the personal accounts connected to the
// login and «Подключить лицевой счет» (manual 4.2, items 3 and 4).
class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

signals:
    void connectAccountRequested();

private:
    QListWidget* m_list;
    QLabel* m_empty;
};

} // namespace mygas
