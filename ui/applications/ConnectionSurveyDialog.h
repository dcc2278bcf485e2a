#pragma once

#include "models/applications/ConnectionSurvey.h"
#include "models/core/ApiTypes.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace mygas {

// «Подать заявку на подключение» (manual 4.1.2): the regional gas company
// (only those that take connection applications through the personal
// account), «Продолжить», then the company's survey one question at a time,
// each answer leading where the company's data says, and what the answers
// mean for the application before «Перейти к заполнению».
class ConnectionSurveyDialog : public QDialog
{
    Q_OBJECT
public:
    // Without `chooseCompany` the survey of the first company begins at once.
    ConnectionSurveyDialog(const QList<Company>& companies, bool chooseCompany, QWidget* parent = nullptr);

    QString companyId() const;
    QList<applications::SurveyReply> replies() const { return m_replies; }
    // The connection form as the answers fill it in.
    QJsonObject form() const;

    QComboBox* companyBox() const { return m_company; }
    QList<QRadioButton*> answerButtons() const { return m_answers; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }

private:
    void showCompanies();
    void showQuestion(const QString& id);
    void showSummary();
    void next();
    void back();
    void clearBody();
    applications::ConnectionSurvey survey() const;

    QList<Company> m_companies;
    QLabel* m_heading;
    QLabel* m_text;
    QLabel* m_error;
    QWidget* m_body;
    QVBoxLayout* m_bodyLayout;
    QComboBox* m_company = nullptr;
    QButtonGroup* m_group;
    QList<QRadioButton*> m_answers;
    QPushButton* m_back;
    QPushButton* m_next;
    QList<applications::SurveyReply> m_replies;
    QString m_question; // the question shown; empty on the choice of company and at the end
    bool m_choose;
    QString m_chosen;
    bool m_done = false;
};

} // namespace mygas
