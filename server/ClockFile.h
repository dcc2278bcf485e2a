#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QString>

namespace mygas::server {

// The server's clock when started with --clock-file: the system clock plus
// the whole seconds written in that file. refresh() re-reads the file only
// when its modification time or size changed.
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
    OffsetClock m_clock;
    QDateTime m_lastModified;
    qint64 m_lastSize = -1;
};

} // namespace mygas::server
