#pragma once

#include <QList>
#include <QtGlobal>

namespace mygas::server {

// A limit of `cap` events in a sliding window of `windowSec`: given the
// times of the events inside the window, oldest first, the time when the
// next one is allowed again; 0 when it is allowed now. Shared by every
// counted limit (logins, codes, starts, control answers).
inline qint64 windowFreesAt(const QList<qint64>& oldestFirst, int cap, qint64 windowSec)
{
    return oldestFirst.size() < cap ? 0 : oldestFirst.at(oldestFirst.size() - cap) + windowSec;
}

} // namespace mygas::server
