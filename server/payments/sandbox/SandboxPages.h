#pragma once

#include <QByteArray>
#include <QString>

namespace mygas::server::sandbox {

// The sandbox bank's HTML pages (Russian, as a Russian bank shows them). Every
// field has a label; the pages need no script.
struct CardForm
{
    QString action;   // where the form posts
    qint64 amountKop; // 0 for a card binding
    bool bindOnly = false;
    QString error;  // the message above the form, or ""
    QString number; // empty: a number is never sent back
    QString expiry;
    QString holder;
};
QByteArray cardPage(const CardForm& form);

struct CodeForm
{
    QString action;
    qint64 amountKop = 0;
    QString cardMasked;
    QString code; // the test code, shown as a hint
};
QByteArray codePage(const CodeForm& form);

} // namespace mygas::server::sandbox
