#pragma once

#include <QObject>

namespace mygas {

// Quits a helper process (the bundled demo server, the bank's page) when the
// program that started it is gone, on every platform and however it ended:
// the parent holds the write end of the helper's standard input, and the
// operating system closes it when the parent exits or crashes. A thread
// reads standard input until it ends and then emits parentGone() in the
// owner's thread.
class ParentWatch : public QObject
{
    Q_OBJECT
public:
    explicit ParentWatch(QObject* parent = nullptr);
    // Starts watching; the thread lives until the input ends or the process exits.
    void start();

signals:
    void parentGone();
};

} // namespace mygas
