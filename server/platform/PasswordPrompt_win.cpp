#include "server/platform/PasswordPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <windows.h>

namespace mygas::server::platform {

QString readPassword(const char* prompt)
{
    const HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    const bool console = GetConsoleMode(input, &saved) != 0;
    if (console) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        SetConsoleMode(input, saved & ~DWORD(ENABLE_ECHO_INPUT));
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (console) {
        SetConsoleMode(input, saved);
        std::fputs("\n", stderr);
    }
    return line;
}

} // namespace mygas::server::platform
