#include "server/platform/SignalHandler.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <windows.h>

namespace mygas::server::platform {

namespace {
BOOL WINAPI onConsoleEvent(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        return TRUE;
    default:
        return FALSE;
    }
}
} // namespace

void installShutdownHandler()
{
    SetConsoleCtrlHandler(&onConsoleEvent, TRUE);
}

} // namespace mygas::server::platform
