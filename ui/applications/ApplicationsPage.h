#pragma once

#include "models/applications/ConnectionSurvey.h"
#include "models/core/ApiTypes.h"
#include "services/core/ClientServices.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace mygas {

class ApplicationsModel;
class ContractsModel;

// «Договоры» of the main menu (manual 4.5): the person's contract
// applications with their statuses — «Заключение нового договора»,
// «Продолжить заполнение» and «Удалить» for a draft, «Подробности» (the
// history), «Ответить оператору», «Скрыть черновики» — and the contracts
// concluded on the person's accounts.
class ApplicationsPage : public QWidget
{
    Q_OBJECT
public:
    ApplicationsPage(const ClientServices& services, QWidget* parent = nullptr);

    ApplicationsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* detailsButton() const { return m_details; }
    QPushButton* replyButton() const { return m_reply; }
    QPushButton* removeButton() const { return m_remove; }
    QCheckBox* hideDraftsSwitch() const { return m_hideDrafts; }
    void reload();
    // «Подать заявку на подключение» at the first start (manual 4.1.2): the
    // company, its survey, then the wizard with the answers filled in.
    void startConnection();

signals:
    // A dialog of the page opened (tests drive it).
    void dialogOpened(QDialog* dialog);

private:
    void updateButtons();
    void select(qint64 localId);
    void startNew();
    void survey(const QList<Company>& companies, bool chooseCompany);
    void begin(const QString& companyId, const QString& type, const QJsonObject& form,
               const QList<applications::SurveyReply>& replies);
    void continueDraft(qint64 localId);
    void showDetails();
    void answer();
    qint64 currentLocalId() const;

    ClientServices m_services;
    ApplicationsModel* m_model;
    ContractsModel* m_contracts;
    QTableView* m_table;
    QTableView* m_contractsTable;
    QLabel* m_empty;
    QLabel* m_problem;
    QCheckBox* m_hideDrafts;
    QPushButton* m_new;
    QPushButton* m_continue;
    QPushButton* m_details;
    QPushButton* m_reply;
    QPushButton* m_remove;
};

} // namespace mygas
