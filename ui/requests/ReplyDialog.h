#pragma once

#include "models/requests/RequestTypes.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mygas {

class AttachmentsBox;
class RequestsService;

// «Ответить оператору» (manual 4.4): the company's question and the
// person's answer; «Отправить» puts it in the requests outbox.
class ReplyDialog : public QDialog
{
    Q_OBJECT
public:
    ReplyDialog(RequestsService* requests, const ServiceRequest& request, QWidget* parent = nullptr);

    QPlainTextEdit* answer() const { return m_answer; }
    QPushButton* sendButton() const { return m_send; }
    AttachmentsBox* attachments() const { return m_attachments; }
    QString errorText() const;

private:
    void send();

    RequestsService* m_requests;
    ServiceRequest m_request;
    QPlainTextEdit* m_answer;
    AttachmentsBox* m_attachments;
    QLabel* m_error;
    QPushButton* m_send;
};

} // namespace mygas
