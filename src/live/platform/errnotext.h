#pragma once

// How the Linux backends name a C library error in their messages.

#include <QString>

#include <cstring>

namespace NetSteps {

// "EADDRINUSE (98)", or "errno 98" where the C library cannot name it.
inline QString errnoCode(int code)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
    if (const char *name = strerrorname_np(code))
        return QStringLiteral("%1 (%2)").arg(QLatin1StringView(name)).arg(code);
#endif
    return QStringLiteral("errno %1").arg(code);
}

// "Operation not permitted, EPERM (1)".
inline QString errnoText(int code)
{
    return QStringLiteral("%1, %2").arg(qt_error_string(code), errnoCode(code));
}

} // namespace NetSteps
