#pragma once

#include "models/requests/RequestTypes.h"
#include "services/core/ClientServices.h"
#include "ui/account/AccountSection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class AttachedFilesList;

class RequestHistoryModel;
class RequestsModel;
class RequestsService;

// «Заявки» (manual 4.4): the account's requests for ТО ВДГО and recalculation
// with their statuses — those still in the outbox «Ожидает отправки» — and
// the history of the one chosen; «Заявка на ТО», «Заявка на перерасчет»,
// and «Ответить оператору» on a request the company asked about.
class RequestsSection : public AccountSection
{
    Q_OBJECT
public:
    RequestsSection(const ClientServices& services, QWidget* parent = nullptr);

    void load(const Account& account) override;
    RequestsModel* model() const { return m_model; }
    RequestHistoryModel* history() const { return m_history; }
    QPushButton* maintenanceButton() const { return m_maintenance; }
    QPushButton* recalculationButton() const { return m_recalculation; }
    QPushButton* replyButton() const { return m_reply; }
    QPushButton* removeButton() const { return m_remove; }
    // The chosen row (the table's current one).
    void choose(int row);

signals:
    // A dialog of this section was opened (tests drive it from here).
    void dialogOpened(QDialog* dialog);

private:
    void showRequest(int row);
    void openRequestDialog(const QString& kind);
    void openReplyDialog();
    // The cached requests and the outbox's entries, newest first.
    QList<ServiceRequest> rows() const;

    RequestsService* m_requests;
    Account m_account;
    RequestsModel* m_model;
    RequestHistoryModel* m_history;
    QTableView* m_table;
    QTableView* m_historyTable;
    QLabel* m_details;
    QLabel* m_empty;
    QPushButton* m_maintenance;
    QPushButton* m_recalculation;
    QPushButton* m_reply;
    QPushButton* m_remove;
    AttachedFilesList* m_files;
};

} // namespace mygas
