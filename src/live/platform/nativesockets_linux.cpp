// The BSD socket calls on Linux, non-blocking and close-on-exec, with every failure reported as
// a sentence plus the errno name and number.

#include "nativesockets.h"
#include "errnotext.h"
#include "inetaddress.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace NetSteps {

namespace {

// Native socket calls on Linux.
class LinuxNativeSockets final : public NativeSockets
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LinuxNativeSockets)

public:
    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }

    qintptr openTcp(NativeSocketError *error) const override
    {
        const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
        if (descriptor < 0)
            fail(error, tr("Could not create a TCP socket"), errno);
        return descriptor;
    }

    qintptr openUdp(NativeSocketError *error) const override
    {
        const int descriptor = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_UDP);
        if (descriptor < 0)
            fail(error, tr("Could not create a UDP socket"), errno);
        return descriptor;
    }

    qint64 sendTo(qintptr descriptor, QByteArrayView data, const NativeSocketAddress &to,
                  NativeSocketError *error) const override
    {
        const sockaddr_in native = toSockaddr(to);
        const ssize_t sent = ::sendto(int(descriptor), data.data(), size_t(data.size()), MSG_NOSIGNAL,
                                      reinterpret_cast<const sockaddr *>(&native), sizeof(native));
        if (sent >= 0)
            return sent;
        const int code = errno;
        if (code == EAGAIN || code == EWOULDBLOCK)
            wait(error, tr("The send buffer of socket %1 is full").arg(descriptor), code);
        else
            fail(error, tr("sendto() on socket %1 failed").arg(descriptor), code);
        return -1;
    }

    qint64 receiveFrom(qintptr descriptor, char *buffer, qint64 size, NativeSocketAddress *from,
                       NativeSocketError *error) const override
    {
        sockaddr_in native{};
        socklen_t length = sizeof(native);
        const ssize_t received =
            ::recvfrom(int(descriptor), buffer, size_t(size), 0, reinterpret_cast<sockaddr *>(&native), &length);
        if (received >= 0) {
            if (from)
                *from = fromSockaddr(native);
            return received;
        }
        const int code = errno;
        if (code == EAGAIN || code == EWOULDBLOCK)
            wait(error, tr("Nothing has arrived on socket %1").arg(descriptor), code);
        else
            fail(error, tr("recvfrom() on socket %1 failed").arg(descriptor), code);
        return -1;
    }

    bool setReuseAddress(qintptr descriptor, bool on, NativeSocketError *error) const override
    {
        const int value = on ? 1 : 0;
        if (::setsockopt(int(descriptor), SOL_SOCKET, SO_REUSEADDR, &value, sizeof(value)) == 0)
            return true;
        return fail(error, tr("Could not set SO_REUSEADDR on socket %1").arg(descriptor), errno);
    }

    bool bind(qintptr descriptor, const NativeSocketAddress &address, NativeSocketError *error) const override
    {
        const sockaddr_in native = toSockaddr(address);
        if (::bind(int(descriptor), reinterpret_cast<const sockaddr *>(&native), sizeof(native)) == 0)
            return true;
        return fail(error, tr("Could not bind socket %1 to %2").arg(descriptor).arg(address.toString()), errno);
    }

    bool listen(qintptr descriptor, int backlog, NativeSocketError *error) const override
    {
        if (::listen(int(descriptor), backlog) == 0)
            return true;
        return fail(error, tr("Could not listen on socket %1 (backlog %2)").arg(descriptor).arg(backlog), errno);
    }

    bool connect(qintptr descriptor, const NativeSocketAddress &to, NativeSocketError *error) const override
    {
        const sockaddr_in native = toSockaddr(to);
        if (::connect(int(descriptor), reinterpret_cast<const sockaddr *>(&native), sizeof(native)) == 0)
            return true;
        const int code = errno;
        if (code == EINPROGRESS) {
            wait(error, tr("Socket %1 is connecting to %2").arg(descriptor).arg(to.toString()), code);
            return false;
        }
        return fail(error, tr("Could not connect socket %1 to %2").arg(descriptor).arg(to.toString()), code);
    }

    bool connectResult(qintptr descriptor, NativeSocketError *error) const override
    {
        int code = 0;
        socklen_t length = sizeof(code);
        if (::getsockopt(int(descriptor), SOL_SOCKET, SO_ERROR, &code, &length) != 0)
            code = errno;
        if (code == 0)
            return true;
        if (code == EINPROGRESS || code == EALREADY) {
            wait(error, tr("Socket %1 is still connecting").arg(descriptor), code);
            return false;
        }
        return fail(error, tr("connect() on socket %1 failed").arg(descriptor), code);
    }

    qintptr accept(qintptr listener, NativeSocketAddress *peer, NativeSocketError *error) const override
    {
        sockaddr_in native{};
        socklen_t length = sizeof(native);
        const int descriptor = ::accept4(int(listener), reinterpret_cast<sockaddr *>(&native), &length,
                                         SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            if (peer)
                *peer = fromSockaddr(native);
            return descriptor;
        }
        const int code = errno;
        if (code == EAGAIN || code == EWOULDBLOCK)
            wait(error, tr("No connection is waiting on socket %1").arg(listener), code);
        else
            fail(error, tr("Could not accept a connection on socket %1").arg(listener), code);
        return -1;
    }

    std::optional<NativeSocketAddress> localAddress(qintptr descriptor, NativeSocketError *error) const override
    {
        sockaddr_in native{};
        socklen_t length = sizeof(native);
        if (::getsockname(int(descriptor), reinterpret_cast<sockaddr *>(&native), &length) == 0
            && native.sin_family == AF_INET)
            return fromSockaddr(native);
        fail(error, tr("Could not read the local address of socket %1").arg(descriptor), errno);
        return std::nullopt;
    }

    qint64 send(qintptr descriptor, QByteArrayView data, NativeSocketError *error) const override
    {
        const ssize_t sent = ::send(int(descriptor), data.data(), size_t(data.size()), MSG_NOSIGNAL);
        if (sent >= 0)
            return sent;
        const int code = errno;
        if (code == EAGAIN || code == EWOULDBLOCK)
            wait(error, tr("The send buffer of socket %1 is full").arg(descriptor), code);
        else
            fail(error, tr("send() on socket %1 failed").arg(descriptor), code);
        return -1;
    }

    qint64 receive(qintptr descriptor, char *buffer, qint64 size, NativeSocketError *error) const override
    {
        const ssize_t received = ::recv(int(descriptor), buffer, size_t(size), 0);
        if (received >= 0)
            return received;
        const int code = errno;
        if (code == EAGAIN || code == EWOULDBLOCK)
            wait(error, tr("Nothing has arrived on socket %1").arg(descriptor), code);
        else
            fail(error, tr("recv() on socket %1 failed").arg(descriptor), code);
        return -1;
    }

    bool close(qintptr descriptor, NativeSocketError *error) const override
    {
        // On Linux the descriptor is released even when close() reports EINTR: never retry.
        if (::close(int(descriptor)) == 0 || errno == EINTR)
            return true;
        return fail(error, tr("Could not close socket %1").arg(descriptor), errno);
    }

private:
    static bool fail(NativeSocketError *error, const QString &what, int code)
    {
        if (error)
            *error = {tr("%1: %2, %3.").arg(what, qt_error_string(code), errnoCode(code)), errnoCode(code), false,
                      code == EADDRINUSE};
        return false;
    }

    static void wait(NativeSocketError *error, const QString &what, int code)
    {
        if (error)
            *error = {tr("%1 (%2).").arg(what, errnoCode(code)), errnoCode(code), true, false};
    }
};

} // namespace

std::unique_ptr<NativeSockets> NativeSockets::create()
{
    return std::make_unique<LinuxNativeSockets>();
}

} // namespace NetSteps
