#include "ClockFile.h"

#include "Logging.h"

#include <QFile>
#include <QFileInfo>

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
    const QFileInfo info(m_path);
    if (!info.exists()) {
        m_clock.setOffset(0);
        m_lastSize = -1;
        return;
    }
    const QDateTime modified = info.lastModified();
    if (modified == m_lastModified && info.size() == m_lastSize)
        return;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    bool ok = false;
    const qint64 offset = f.readAll().trimmed().toLongLong(&ok);
    m_lastModified = modified;
    m_lastSize = info.size();
    if (ok && offset != m_clock.offset()) {
        m_clock.setOffset(offset);
        qCInfo(lcServer) << "clock offset now" << offset << "s";
    }
}

} // namespace mygas::server
