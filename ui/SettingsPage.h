#pragma once

#include "HouseholdModel.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace mygas {

// «Настройки», block «Лицевые счета» (manual 4.7.2): the linked accounts with
// «Подключить лицевой счет», «Переименовать», «Отключить», «Подключить» (the
// extended version) and «Подать запрос на получение ПИН-кода»; below them
// «Напоминать о передаче показаний».
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setRows(const QList<HouseholdModel::Row>& rows);
    QString selectedId() const;
    void select(const QString& accountId);
    QTableView* table() const { return m_table; }
    void setRemindersEnabled(bool on);
    QCheckBox* remindersCheck() const { return m_reminders; }

signals:
    void linkRequested();
    void renameRequested(const QString& accountId);
    void unlinkRequested(const QString& accountId);
    void extendedRequested(const QString& accountId);
    void pinRequested(const QString& accountId);
    void remindersToggled(bool on);

private:
    void updateButtons();

    HouseholdModel* m_model;
    QTableView* m_table;
    QPushButton* m_link;
    QPushButton* m_rename;
    QPushButton* m_unlink;
    QPushButton* m_extended;
    QPushButton* m_pin;
    QCheckBox* m_reminders;
};

} // namespace mygas
