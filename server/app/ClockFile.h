#pragma once

#include "models/core/Clock.h"

#include <QDateTime>
#include <QString>

namespace mygas::server {

// The server's clock when started with --clock-file: the system clock plus
// the whole seconds written in that file, re-read by refresh() before each
// request that depends on time. refresh() may run on several threads.
class ClockFile
{
public:
    explicit ClockFile(QString path);
    ~ClockFile();
    void install();
    void refresh();
    qint64 offset() const { return m_clock.offset(); }

private:
    QString m_path;
    QByteArray m_encodedPath;
    OffsetClock m_clock;
};

} // namespace mygas::server
