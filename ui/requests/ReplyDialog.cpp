#include "ui/requests/ReplyDialog.h"

#include "models/core/ApiTypes.h"
#include "models/requests/RequestRules.h"
#include "services/requests/RequestsService.h"
#include "ui/files/AttachmentsBox.h"
#include "ui/widgets/DialogButtons.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mygas {

ReplyDialog::ReplyDialog(RequestsService* requests, const ServiceRequest& request, QWidget* parent)
    : QDialog(parent), m_requests(requests), m_request(request), m_answer(new QPlainTextEdit(this)),
      m_attachments(new AttachmentsBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("replyDialog"));
    setWindowTitle(tr("Reply to the operator"));
    // The company's last question is what the person answers.
    QString question;
    for (const RequestEvent& e : request.history) {
        if (e.status == QLatin1String(requests::kClarification))
            question = e.comment;
    }
    auto* asked = new QLabel(tr("The gas company asks: %1").arg(question), this);
    asked->setObjectName(QStringLiteral("operatorQuestion"));
    asked->setWordWrap(true);
    asked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* label = new QLabel(tr("Your &answer"), this);
    label->setBuddy(m_answer);
    m_answer->setObjectName(QStringLiteral("replyText"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_answer->setTabChangesFocus(true);
    m_answer->setPlaceholderText(tr("At most %1 characters").arg(rules::kMaxCommentLength));
    m_error->setObjectName(QStringLiteral("replyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    const DialogButtons buttons = makeDialogButtons(this, tr("Send"), QStringLiteral("sendReplyButton"), tr("Cancel"),
                                                    QStringLiteral("cancelReplyButton"));
    m_send = buttons.accept;
    connect(m_send, &QPushButton::clicked, this, &ReplyDialog::send);
    connect(buttons.box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(asked);
    layout->addWidget(label);
    layout->addWidget(m_answer, 1);
    layout->addWidget(m_attachments);
    layout->addWidget(m_error);
    layout->addWidget(buttons.box);
    m_answer->setFocus();
}

QString ReplyDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ReplyDialog::send()
{
    const Result<QString> sent = m_requests ? m_requests->reply(m_request.accountId, m_request.id,
                                                                m_answer->toPlainText(), m_attachments->files())
                                            : Result<QString>(makeError("internal"));
    if (sent.ok()) {
        accept();
        return;
    }
    m_error->setText(sent.error().message);
    m_error->show();
    m_answer->setFocus();
}

} // namespace mygas
