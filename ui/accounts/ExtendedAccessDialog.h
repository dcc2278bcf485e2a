#pragma once

#include "services/accounts/AccountsService.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace mygas {

class FormField;
class StatusBanner;

// «Подключить» the extended version (manual 4.7.2.2): answer one control
// question — the meter's serial number, the last charges in kopecks or the
// PIN code — «Ответить», then «Приступить к работе».
class ExtendedAccessDialog : public QDialog
{
    Q_OBJECT
public:
    ExtendedAccessDialog(AccountsService* accounts, const QString& accountId, const QString& accountTitle,
                         QWidget* parent = nullptr);

    AccountsService::ControlQuestion question() const;
    void setQuestion(AccountsService::ControlQuestion q);
    bool unlocked() const { return m_unlocked; }
    // With a demo server: «Демо-почта» here too, since this dialog keeps the
    // main window (and its «Демо-почта») out of reach while the PIN is awaited.
    void setDemoMailOffered(bool offered);

signals:
    void unlockedExtended(const QString& accountId);
    void pinRequested(const QString& accountId);
    void demoMailRequested();

private:
    void questionChanged();
    void submit();

    AccountsService* m_accounts;
    QString m_accountId;
    QStackedWidget* m_pages;
    QButtonGroup* m_questions;
    QLabel* m_questionHint;
    FormField* m_answer;
    StatusBanner* m_banner;
    QPushButton* m_answerButton;
    QPushButton* m_demoMail;
    bool m_unlocked = false;
};

} // namespace mygas
