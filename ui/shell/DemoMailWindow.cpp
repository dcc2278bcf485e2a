#include "ui/shell/DemoMailWindow.h"

#include "models/core/DisplayFormat.h"

#include "services/demo/DemoMailbox.h"
#include "ui/widgets/FormField.h"
#include "ui/widgets/Scrolling.h"
#include "ui/widgets/StatusBanner.h"

#include "models/auth/AuthRules.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mygas {

DemoMailWindow::DemoMailWindow(DemoMailbox* mailbox, QWidget* parent)
    : QWidget(parent), m_mailbox(mailbox),
      m_to(new FormField(tr("Recipient (login)"), QStringLiteral("demoMailTo"), this)), m_list(new QTreeWidget(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)),
      m_status(new StatusBanner(QStringLiteral("demoMailStatus"), this))
{
    setObjectName(QStringLiteral("demoMailWindow"));
    setWindowTitle(tr("Demo mail"));
    // Wide enough for the code column beside the message text.
    resizeInTextUnits(this, 110, 24);
    auto* hint = new QLabel(tr("Messages the demo server would have sent by SMS or e-mail."), this);
    hint->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("demoMailList"));
    m_list->setAccessibleName(tr("Messages"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("To"), tr("Time"), tr("Text"), tr("Code")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_refresh->setObjectName(QStringLiteral("demoMailRefresh"));
    m_refresh->setAccessibleName(tr("Refresh"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_to);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_refresh, 0, Qt::AlignLeft);
    connect(m_refresh, &QPushButton::clicked, this, &DemoMailWindow::refresh);
    connect(m_to, &FormField::submitted, this, &DemoMailWindow::refresh);
    m_to->setRule(&rules::checkLogin);
    connect(m_status, &StatusBanner::retryRequested, this, &DemoMailWindow::refresh);
}

void DemoMailWindow::setRecipient(const QString& login)
{
    m_to->setText(login);
    m_to->clearError();
}

void DemoMailWindow::refresh()
{
    if (!m_to->validate(true))
        return;
    m_refresh->setEnabled(false);
    m_mailbox->fetch(m_to->text().trimmed(), this, [this](const Result<QList<OutboxMessage>>& r) {
        m_refresh->setEnabled(true);
        if (!r.ok()) {
            m_status->showError(r.error());
            return;
        }
        m_status->clear();
        m_list->clear();
        for (const OutboxMessage& m : r.value()) {
            auto* item = new QTreeWidgetItem(m_list);
            item->setText(0, m.to);
            item->setText(1, display::dateTime(m.sentAt));
            item->setText(2, m.body);
            item->setText(3, m.code);
        }
    });
}

} // namespace mygas
