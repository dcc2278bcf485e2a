#include "ui/widgets/FormField.h"

#include "models/core/ErrorCatalog.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mygas {

FormField::FormField(const QString& label, const QString& objectName, QWidget* parent)
    : QWidget(parent), m_label(new QLabel(label, this)), m_edit(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(objectName + QStringLiteral("Field"));
    m_edit->setObjectName(objectName);
    m_edit->setAccessibleName(label);
    m_label->setBuddy(m_edit);
    m_error->setObjectName(objectName + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);

    connect(m_edit, &QLineEdit::textEdited, this, [this]() {
        m_edited = true;
        validate(false);
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &FormField::submitted);
}

QString FormField::text() const
{
    return m_edit->text();
}

void FormField::setText(const QString& text)
{
    m_edit->setText(text);
}

void FormField::setPassword(bool password)
{
    m_edit->setEchoMode(password ? QLineEdit::Password : QLineEdit::Normal);
}

bool FormField::validate(bool force)
{
    const QString code = m_rule ? m_rule(m_edit->text()) : QString();
    if (code.isEmpty()) {
        clearError();
        return true;
    }
    if (force || m_edited)
        showError(errorMessage(code));
    return false;
}

void FormField::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    m_edit->setAccessibleDescription(message);
}

void FormField::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
    m_edit->setAccessibleDescription(QString());
}

QString FormField::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FormField::reset()
{
    m_edit->clear();
    m_edited = false;
    clearError();
}

void focusFirstInput(QWidget* container)
{
    for (QWidget* w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain()) {
        if (!container->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(container) && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace mygas
