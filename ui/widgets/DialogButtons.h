#pragma once

#include <QString>

class QDialogButtonBox;
class QPushButton;
class QWidget;

namespace mygas {

// The accept/reject pair at the bottom of a dialog, each with its object name
// and accessible name; accept is the default button (Enter).
struct DialogButtons
{
    QDialogButtonBox* box = nullptr;
    QPushButton* accept = nullptr;
    QPushButton* reject = nullptr;
};

DialogButtons makeDialogButtons(QWidget* parent, const QString& acceptText, const QString& acceptName,
                                const QString& rejectText, const QString& rejectName);

// A button with its object name and its text, without the mnemonic's «&»,
// as its accessible name (a screen reader speaks the words, not the mark).
QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent);
// "Перейти к &заполнению" → "Перейти к заполнению" ("&&" stays one "&").
QString withoutMnemonic(const QString& text);

// A box with the one button «Закрыть» (its rejected() closes the dialog).
QDialogButtonBox* makeCloseButton(QWidget* parent, const QString& text, const QString& objectName);

} // namespace mygas
