#include "ui/widgets/StatusBanner.h"

#include "models/core/ErrorCatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mygas {

StatusBanner::StatusBanner(const QString& objectName, QWidget* parent)
    : QWidget(parent), m_text(new QLabel(this)), m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(objectName);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(objectName + QStringLiteral("Retry"));
    m_retry->setAccessibleName(tr("Retry"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &StatusBanner::retryRequested);
    clear();
}

void StatusBanner::showError(const Error& error)
{
    m_text->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_text->setText(messageFor(error));
    m_text->setAccessibleName(m_text->text());
    m_retry->setVisible(error.isNetwork());
    setVisible(true);
}

void StatusBanner::showNotice(const QString& text)
{
    m_text->setStyleSheet(QString());
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_retry->setVisible(false);
    setVisible(true);
}

void StatusBanner::clear()
{
    m_text->clear();
    m_retry->setVisible(false);
    setVisible(false);
}

QString StatusBanner::text() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

bool StatusBanner::retryVisible() const
{
    return !m_retry->isHidden();
}

} // namespace mygas
