#pragma once

#include "models/core/Error.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace mygas {

class ApplicationsService;
class AttachmentsBox;
class FormStepPage;

// «Общий процесс заключения договора» (manual 4.5.2): the steps of the
// application's type, the passed ones marked and the current one
// highlighted; «Продолжить заполнение» goes on only when the step's required
// fields are filled, naming the first that is not; «Назад» goes back;
// «Сохранить черновик» keeps it for later; the last step sends it with
// «Отправить на рассмотрение». What is typed is saved as it is typed.
class ApplicationWizard : public QDialog
{
    Q_OBJECT
public:
    ApplicationWizard(ApplicationsService* service, qint64 localId, QWidget* parent = nullptr);

    int currentStep() const;
    int stepCount() const;
    FormStepPage* page(int step) const;
    QListWidget* stepList() const { return m_steps; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* sendButton() const { return m_send; }
    QString errorText() const;
    // «Прикрепить файл» of the documents step.
    AttachmentsBox* attachments() const { return m_files; }
    // The whole form as typed on every step.
    QJsonObject form() const;

    void done(int result) override;

private:
    void goTo(int step);
    void showError(const Error& error, int step);
    void saveNow();
    void next();
    void send();
    void showFiles();

    ApplicationsService* m_service;
    qint64 m_localId;
    QString m_type;
    QListWidget* m_steps;
    QStackedWidget* m_pages;
    QList<FormStepPage*> m_forms;
    QList<int> m_stepIndex; // page → index of applications::stepsOf(type)
    int m_reached = 0;      // the furthest step opened
    QLabel* m_error;
    QPushButton* m_back;
    QPushButton* m_save;
    QPushButton* m_continue;
    QPushButton* m_send;
    QTimer* m_autosave;
    AttachmentsBox* m_files = nullptr;
};

} // namespace mygas
