#include "ui/widgets/DialogButtons.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace mygas {

namespace {
QPushButton* addButton(QDialogButtonBox* box, const QString& text, const QString& objectName,
                       QDialogButtonBox::ButtonRole role)
{
    QPushButton* b = box->addButton(text, role);
    b->setObjectName(objectName);
    b->setAccessibleName(withoutMnemonic(text));
    return b;
}
} // namespace

QString withoutMnemonic(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // the marked letter (or the second of "&&") follows
        out += text.at(i);
    }
    return out;
}

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(withoutMnemonic(text));
    return b;
}

DialogButtons makeDialogButtons(QWidget* parent, const QString& acceptText, const QString& acceptName,
                                const QString& rejectText, const QString& rejectName)
{
    DialogButtons d;
    d.box = new QDialogButtonBox(parent);
    d.accept = addButton(d.box, acceptText, acceptName, QDialogButtonBox::AcceptRole);
    d.accept->setDefault(true);
    d.reject = addButton(d.box, rejectText, rejectName, QDialogButtonBox::RejectRole);
    return d;
}

QDialogButtonBox* makeCloseButton(QWidget* parent, const QString& text, const QString& objectName)
{
    auto* box = new QDialogButtonBox(parent);
    addButton(box, text, objectName, QDialogButtonBox::RejectRole);
    return box;
}

} // namespace mygas
