#include "ClockFile.h"

#include "Logging.h"

#include <QFile>

namespace mygas::server {

ClockFile::ClockFile(QString path) : m_path(std::move(path)) {}

ClockFile::~ClockFile()
{
    if (&Clock::instance() == &m_clock)
        Clock::setInstance(nullptr);
}

void ClockFile::install()
{
    refresh();
    Clock::setInstance(&m_clock);
}

void ClockFile::refresh()
{
    // Read every time: file timestamps are too coarse to notice two quick
    // rewrites of the same length, and the file is a few bytes.
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_clock.setOffset(0);
        return;
    }
    bool ok = false;
    const qint64 offset = f.readAll().trimmed().toLongLong(&ok);
    if (ok && offset != m_clock.offset()) {
        m_clock.setOffset(offset);
        qCInfo(lcServer) << "clock offset now" << offset << "s";
    }
}

} // namespace mygas::server
