#pragma once

#include "models/core/Error.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace mygas {

// A one-line message under a form: a server's answer, a notice, or a lost
// connection with «Повторить». A certificate error is shown without any way
// to go on regardless.
class StatusBanner : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBanner(const QString& objectName, QWidget* parent = nullptr);

    void showError(const Error& error);
    void showNotice(const QString& text);
    void clear();
    QString text() const;
    bool retryVisible() const;

signals:
    void retryRequested();

private:
    QLabel* m_text;
    QPushButton* m_retry;
};

} // namespace mygas
