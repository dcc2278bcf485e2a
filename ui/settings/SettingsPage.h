#pragma once

#include "models/accounts/HouseholdModel.h"

#include <QWidget>

class QCheckBox;
class QPushButton;
class QTableView;

namespace mygas {

class CardsBlock;
class PaymentsService;

// «Настройки», block «Лицевые счета» (manual 4.7.2): the linked accounts with
// «Подключить лицевой счет», «Переименовать», «Отключить», «Подключить» (the
// extended version) and «Подать запрос на получение ПИН-кода»; below them
// «Напоминать о передаче показаний»; then the block «Карты» (4.7.3).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // With payments, the block «Карты»; its cards are read whenever the page is shown.
    explicit SettingsPage(PaymentsService* payments, QWidget* parent = nullptr);

    void setRows(const QList<HouseholdModel::Row>& rows);
    QString selectedId() const;
    void select(const QString& accountId);
    QTableView* table() const { return m_table; }
    void setRemindersEnabled(bool on);
    QCheckBox* remindersCheck() const { return m_reminders; }
    CardsBlock* cardsBlock() const { return m_cards; }

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
    CardsBlock* m_cards = nullptr;

protected:
    void showEvent(QShowEvent* event) override;
};

} // namespace mygas
