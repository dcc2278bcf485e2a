#pragma once

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace mygas {

class DemoMailbox;
class FormField;
class StatusBanner;

// «Демо-почта»: the messages the demo server would have sent by SMS or
// e-mail, with their confirmation codes, newest first.
class DemoMailWindow : public QWidget
{
    Q_OBJECT
public:
    explicit DemoMailWindow(DemoMailbox* mailbox, QWidget* parent = nullptr);

    void setRecipient(const QString& login);
    void refresh();
    QTreeWidget* list() const { return m_list; }

private:
    DemoMailbox* m_mailbox;
    FormField* m_to;
    QTreeWidget* m_list;
    QPushButton* m_refresh;
    StatusBanner* m_status;
};

} // namespace mygas
