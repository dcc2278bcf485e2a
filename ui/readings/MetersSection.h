#pragma once

#include "models/core/ApiTypes.h"
#include "services/core/ClientServices.h"
#include "ui/account/AccountSection.h"

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace mygas {

class MetersModel;
class ReadingsHistoryDialog;
class ReadingsService;
class ReadingsSubmitDialog;
class StatusBanner;
struct OutboxEntry;

// «Приборы учета» (manual 4.3.2.1): name and serial (masked in the limited
// version), the last reading, the next verification date, the average
// monthly consumption; «История» shows the last year of readings. Above the
// table the company's window of days for readings; «Передать показания»
// (4.3.2.2, extended version) opens the form; below it the readings still in
// the outbox: «Ожидает отправки», or refused with the reason, «Исправить»
// and «Удалить».
class MetersSection : public AccountSection
{
    Q_OBJECT
public:
    explicit MetersSection(const ClientServices& services, QWidget* parent = nullptr);

    void load(const Account& account) override;
    MetersModel* model() const { return m_model; }
    ReadingsHistoryDialog* historyDialog() const { return m_history; }
    ReadingsSubmitDialog* submitDialog() const { return m_submit; }
    QString windowText() const;
    QString noticeText() const;
    // One text per outbox entry of the account, oldest first.
    QStringList outboxTexts() const;

    void openSubmit();
    void correct(const QString& entryKey);

signals:
    void extendedRequested();

private:
    void openHistory();
    void refreshOutbox();
    void updateWindow();
    QString meterTitle(const QString& meterId) const;
    QString entryText(const OutboxEntry& entry) const;
    ReadingsSubmitDialog* submitDialogFor();

    ReadingsService* m_readings = nullptr;
    Account m_account;
    std::optional<Company> m_company;
    MetersModel* m_model;
    QLabel* m_window;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_historyButton;
    QPushButton* m_submitButton;
    QLabel* m_extendedNote;
    QPushButton* m_extendedButton;
    StatusBanner* m_notice;
    QWidget* m_outbox;
    QVBoxLayout* m_outboxRows;
    QList<QWidget*> m_outboxWidgets;
    ReadingsHistoryDialog* m_history = nullptr;
    ReadingsSubmitDialog* m_submit = nullptr;
};

} // namespace mygas
