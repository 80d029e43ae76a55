#pragma once

#include "ipv4address.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace NetSteps {

// The address every live lesson uses: its sockets never leave this machine.
inline constexpr Ipv4Address loopbackAddress = Ipv4Address::fromOctets(127, 0, 0, 1);

// An IPv4 address and a port, as the native calls take and give them.
struct NativeSocketAddress
{
    Ipv4Address address;
    quint16 port = 0;

    QString toString() const; // "127.0.0.1:8080"
    friend bool operator==(const NativeSocketAddress &, const NativeSocketAddress &) = default;
};

// Why a native call did not do what was asked.
struct NativeSocketError
{
    QString message;         // a translated sentence naming the call, the reason and the code
    QString code;            // the C library's name and number, such as "EADDRINUSE (98)"
    bool wouldBlock = false; // the call has to wait (EAGAIN, EINPROGRESS): not a failure
    bool addressInUse = false; // bind() or listen() found the address in use (EADDRINUSE)
};

// The socket calls the lessons need exactly as the students write them, where Qt's sockets do
// something else: QTcpServer always sets SO_REUSEADDR and listens with a backlog of 50, and
// QTcpSocket closes its side as soon as the peer's FIN arrives, so it can neither hold
// CLOSE-WAIT nor half-close. Descriptors are non-blocking; callers watch them with
// QSocketNotifier. All platform code lives behind this interface; systems without an
// implementation get one that says so.
class NativeSockets
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::NativeSockets)

public:
    virtual ~NativeSockets();
    Q_DISABLE_COPY_MOVE(NativeSockets)

    // The implementation for the system this program was built for.
    static std::unique_ptr<NativeSockets> create();

    virtual bool isAvailable() const = 0;
    // A translated sentence saying why native sockets cannot be used; empty when available.
    virtual QString unavailableReason() const = 0;

    // socket(AF_INET, SOCK_STREAM): a new non-blocking IPv4 TCP socket, or -1.
    virtual qintptr openTcp(NativeSocketError *error = nullptr) const = 0;
    // socket(AF_INET, SOCK_DGRAM): a new non-blocking IPv4 UDP socket, or -1. connect(), send(),
    // receive() and close() work on it too: a connected UDP socket hears of an ICMP port
    // unreachable as ECONNREFUSED at its next call, where an unconnected one hears nothing.
    virtual qintptr openUdp(NativeSocketError *error = nullptr) const = 0;
    // sendto(): one datagram; the bytes sent, or -1.
    virtual qint64 sendTo(qintptr descriptor, QByteArrayView data, const NativeSocketAddress &to,
                          NativeSocketError *error = nullptr) const = 0;
    // recvfrom(): one datagram (cut to `size`) and its sender; -1 on failure or (with
    // error->wouldBlock) when none has arrived.
    virtual qint64 receiveFrom(qintptr descriptor, char *buffer, qint64 size, NativeSocketAddress *from,
                               NativeSocketError *error = nullptr) const = 0;
    // setsockopt(SO_REUSEADDR). A new socket starts without it.
    virtual bool setReuseAddress(qintptr descriptor, bool on, NativeSocketError *error = nullptr) const = 0;
    virtual bool bind(qintptr descriptor, const NativeSocketAddress &address,
                      NativeSocketError *error = nullptr) const = 0;
    virtual bool listen(qintptr descriptor, int backlog, NativeSocketError *error = nullptr) const = 0;
    // Starts connecting. True when connected at once; false with error->wouldBlock while the
    // handshake goes on: the descriptor becomes writable when it ends, and connectResult() says how.
    virtual bool connect(qintptr descriptor, const NativeSocketAddress &to,
                         NativeSocketError *error = nullptr) const = 0;
    // How a connect that was in progress ended (SO_ERROR): true when connected.
    virtual bool connectResult(qintptr descriptor, NativeSocketError *error = nullptr) const = 0;
    // The next established connection of a listening socket, non-blocking, or -1 (with
    // error->wouldBlock when none is waiting).
    virtual qintptr accept(qintptr listener, NativeSocketAddress *peer = nullptr,
                           NativeSocketError *error = nullptr) const = 0;
    // getsockname(): the address and port the socket is bound to.
    virtual std::optional<NativeSocketAddress> localAddress(qintptr descriptor,
                                                            NativeSocketError *error = nullptr) const = 0;
    // Bytes accepted by the kernel (possibly fewer than given), or -1. Never raises SIGPIPE.
    virtual qint64 send(qintptr descriptor, QByteArrayView data, NativeSocketError *error = nullptr) const = 0;
    // Bytes read into buffer; 0 at the end of the stream (the peer's FIN); -1 on failure or
    // (with error->wouldBlock) when nothing has arrived.
    virtual qint64 receive(qintptr descriptor, char *buffer, qint64 size,
                           NativeSocketError *error = nullptr) const = 0;
    virtual bool close(qintptr descriptor, NativeSocketError *error = nullptr) const = 0;

protected:
    NativeSockets() = default;
};

} // namespace NetSteps
