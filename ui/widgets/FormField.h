#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace mygas {

// A labelled line edit with its error shown right below it. The rule's error
// appears as the user types, but only once the field has been edited.
class FormField : public QWidget
{
    Q_OBJECT
public:
    // Returns an error code of ErrorCatalog.h, or an empty string when valid.
    using Rule = std::function<QString(const QString&)>;

    FormField(const QString& label, const QString& objectName, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const { return m_edit; }
    QString text() const;
    void setText(const QString& text);
    void setPassword(bool password);
    void setRule(Rule rule) { m_rule = std::move(rule); }

    // Checks the rule; with force the error shows even if the field is untouched.
    bool validate(bool force);
    void showError(const QString& message);
    void clearError();
    QString errorText() const;
    void reset();

signals:
    void submitted();

private:
    QLabel* m_label;
    QLineEdit* m_edit;
    QLabel* m_error;
    Rule m_rule;
    bool m_edited = false;
};

// Puts the keyboard focus on the first control inside `container` that
// takes it by Tab (skipping labels, hidden and disabled widgets).
void focusFirstInput(QWidget* container);

} // namespace mygas
