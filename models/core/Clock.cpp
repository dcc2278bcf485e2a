#include "models/core/Clock.h"

namespace mygas {

namespace {
const Clock kSystemClock;
const Clock* g_clock = &kSystemClock;
} // namespace

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& Clock::instance()
{
    return *g_clock;
}

void Clock::setInstance(const Clock* clock)
{
    g_clock = clock ? clock : &kSystemClock;
}

} // namespace mygas
