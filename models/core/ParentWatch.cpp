#include "models/core/ParentWatch.h"

#include <QThread>

#include <cstdio>

namespace mygas {

ParentWatch::ParentWatch(QObject* parent) : QObject(parent) {}

void ParentWatch::start()
{
    // Detached on purpose: a thread blocked in a read cannot be joined, and
    // the process ends right after parentGone() anyway.
    QThread* reader = QThread::create([this]() {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        QMetaObject::invokeMethod(this, &ParentWatch::parentGone, Qt::QueuedConnection);
    });
    reader->start();
}

} // namespace mygas
