#pragma once

#include <QMessageBox>

namespace mygas {

// Questions to the user, with a hook for tests: setNextAnswer() answers the
// next question without showing it.
class MessageBox
{
public:
    // Yes/No question, the safe answer (No) by default.
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text);
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_nextAnswer;
};

} // namespace mygas
