#pragma once

#include "models/accounts/AccountTypes.h"
#include "models/core/ApiTypes.h"
#include "models/requests/RequestTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mygas {

class AttachmentsBox;
class RequestsService;

// «Заявка на ТО» (manual 4.4.1: вид работ from the company's list, краткое
// описание, желаемая дата within the company's horizon, «Отправить») and
// «Заявка на перерасчет» (4.4.2: the reason, the date from which, the new
// value or the last day of the absence, «Отправить заявление на
// перерасчет»). The rules are checked with the shared ones before the
// request goes to the outbox; a refusal names its field and puts the focus
// there, keeping everything typed.
class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    RequestDialog(RequestsService* requests, const Account& account, const Company& company, const QString& kind,
                  QWidget* parent = nullptr);

    // What the form holds now, as it will be sent.
    ServiceRequest request() const;
    QString errorText() const;
    QString sentKey() const { return m_sentKey; }

    QComboBox* workKind() const { return m_workKind; }
    QPlainTextEdit* description() const { return m_description; }
    QDateEdit* desiredDate() const { return m_desiredDate; }
    QComboBox* reason() const { return m_reason; }
    QDateEdit* fromDate() const { return m_fromDate; }
    QDateEdit* toDate() const { return m_toDate; }
    QSpinBox* residents() const { return m_residents; }
    QDoubleSpinBox* heatedArea() const { return m_area; }
    QPushButton* sendButton() const { return m_send; }
    AttachmentsBox* attachments() const { return m_attachments; } // recalculation only

private:
    void showReason();
    void send();
    QWidget* fieldOf(const QString& field) const;

    RequestsService* m_requests;
    Account m_account;
    QString m_kind;
    QComboBox* m_workKind = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QDateEdit* m_desiredDate = nullptr;
    QComboBox* m_reason = nullptr;
    QDateEdit* m_fromDate = nullptr;
    QDateEdit* m_toDate = nullptr;
    QSpinBox* m_residents = nullptr;
    QDoubleSpinBox* m_area = nullptr;
    QLabel* m_toDateLabel = nullptr;
    QLabel* m_residentsLabel = nullptr;
    QLabel* m_areaLabel = nullptr;
    QLabel* m_error;
    QPushButton* m_send = nullptr;
    AttachmentsBox* m_attachments = nullptr;
    QString m_sentKey;
};

} // namespace mygas
