#include "socketerrors.h"

#include <QCoreApplication>

#include <array>

namespace NetSteps::SocketErrors {

namespace {

constexpr const char *context = "NetSteps::SocketErrors";

// Linux's numbers are from <asm-generic/errno.h> (x86 and ARM), the Windows ones from
// <winsock2.h> (WSAE...), the exceptions from Python's OSError subclasses (PEP 3151).
const std::array<SocketErrorInfo, 11> table{{
    {"ECONNREFUSED", 111, 10061, "ConnectionRefusedError", "Connection refused",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "Nothing listens on that port: the other host's kernel answered the SYN with RST (over UDP: an "
                       "ICMP port unreachable). Start the server first, or check the port.")},
    {"EADDRINUSE", 98, 10048, "OSError", "Address already in use",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "Another socket already uses this address and port: a program still listening on it, or a "
                       "connection of an earlier run waiting in TIME-WAIT (then SO_REUSEADDR lets bind() succeed).")},
    {"ECONNRESET", 104, 10054, "ConnectionResetError", "Connection reset by peer",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "The peer aborted the connection with RST: its program ended or closed the socket with data "
                       "still unread, or it was closed with SO_LINGER 0.")},
    {"EPIPE", 32, 0, "BrokenPipeError", "Broken pipe",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "send() on a connection that is already closed or reset: the peer is gone. (Windows reports "
                       "the same situation as WinError 10053 or 10054.)")},
    {"ECONNABORTED", 103, 10053, "ConnectionAbortedError", "Software caused connection abort",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "This machine's own network stack aborted the connection, for example after a timeout or a "
                       "reset that arrived while the connection waited to be accepted.")},
    {"EACCES", 13, 10013, "PermissionError", "Permission denied",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "Ports below 1024 are privileged on Linux: binding one needs root (or CAP_NET_BIND_SERVICE). "
                       "Use a port of 1024 or above, such as 8080.")},
    {"EADDRNOTAVAIL", 99, 10049, "OSError", "Cannot assign requested address",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "The address is not one of this computer's: bind() can only use an address of one of its "
                       "interfaces (or 0.0.0.0 for all of them).")},
    {"EHOSTUNREACH", 113, 10065, "OSError", "No route to host",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "The host did not answer ARP on the local network, or a router reported it unreachable.")},
    {"ENETUNREACH", 101, 10051, "OSError", "Network is unreachable",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "This computer has no route to that network: no interface on it and no default gateway.")},
    {"ETIMEDOUT", 110, 10060, "TimeoutError", "Connection timed out",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "No answer came: the SYN (or data) was resent until the kernel gave up. A firewall that drops "
                       "packets silently does this.")},
    {"EMFILE", 24, 10024, "OSError", "Too many open files",
     QT_TRANSLATE_NOOP("NetSteps::SocketErrors",
                       "The process has as many descriptors open as its limit allows (ulimit -n): close sockets that "
                       "are done, or raise the limit.")},
}};

} // namespace

const SocketErrorInfo *find(QStringView nameOrCode)
{
    const QStringView name = nameOrCode.left(nameOrCode.indexOf(u' ')).trimmed();
    for (const SocketErrorInfo &error : table) {
        if (name == QLatin1String(error.linuxName))
            return &error;
    }
    return nullptr;
}

QString names(const SocketErrorInfo &error)
{
    const QString onLinux = QStringLiteral("%1 %2").arg(QLatin1String(error.linuxName)).arg(error.linuxNumber);
    if (error.windowsNumber == 0)
        return onLinux;
    return QStringLiteral("%1 / WinError %2").arg(onLinux).arg(error.windowsNumber);
}

QString pythonError(const SocketErrorInfo &error)
{
    return QStringLiteral("%1: [Errno %2] %3")
        .arg(QLatin1String(error.pythonException))
        .arg(error.linuxNumber)
        .arg(QLatin1String(error.strerror));
}

QString cause(const SocketErrorInfo &error)
{
    return QCoreApplication::translate(context, error.causeSource);
}

} // namespace NetSteps::SocketErrors
