#pragma once

#include <QString>
#include <QStringView>

namespace NetSteps {

// A socket error as students meet it: the name and number Linux gives it, the number Windows
// gives the same failure (WinError, 0 when Windows has no such error for sockets), the exception
// Python raises for it on Linux, and what causes it.
struct SocketErrorInfo
{
    const char *linuxName;       // "ECONNREFUSED"
    int linuxNumber;             // 111
    int windowsNumber;           // 10061 (WSAECONNREFUSED)
    const char *pythonException; // "ConnectionRefusedError"
    const char *strerror;        // "Connection refused", as Linux's strerror() and Python print it
    const char *causeSource;     // English source text (context "NetSteps::SocketErrors")
};

namespace SocketErrors {

// The error by its Linux name ("ECONNREFUSED"), or by a code as the native calls report it
// ("ECONNREFUSED (111)"); nullptr for an error this table does not explain.
const SocketErrorInfo *find(QStringView nameOrCode);

// "ECONNREFUSED 111 / WinError 10061" (or "EPIPE 32" when Windows has no such number).
QString names(const SocketErrorInfo &error);
// "ConnectionRefusedError: [Errno 111] Connection refused", as Python prints it on Linux.
QString pythonError(const SocketErrorInfo &error);
// What causes it, translated.
QString cause(const SocketErrorInfo &error);

} // namespace SocketErrors

} // namespace NetSteps
