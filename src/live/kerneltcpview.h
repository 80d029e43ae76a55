#pragma once

#include <QCoreApplication>

#include "ipv4address.h"
#include "parseresult.h"
#include "tcpstate.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QSysInfo>
#include <QtGlobal>

#include <memory>
#include <optional>

namespace NetSteps {

// One TCP socket as the kernel lists it (a row of Linux's /proc/net/tcp).
struct KernelSocketRow
{
    Ipv4Address localAddress;
    quint16 localPort = 0;
    Ipv4Address remoteAddress;
    quint16 remotePort = 0;
    TcpState state = TcpState::Closed;
    int timerSecondsLeft = -1; // whole seconds left on the TIME-WAIT timer, -1 when none is running

    friend bool operator==(const KernelSocketRow &, const KernelSocketRow &) = default;
};

// Keep-alive timings in whole seconds, as the socket options and the system settings give them.
struct KeepaliveTimings
{
    int idleSeconds = 0;     // TCP_KEEPIDLE; net.ipv4.tcp_keepalive_time
    int intervalSeconds = 0; // TCP_KEEPINTVL; net.ipv4.tcp_keepalive_intvl
    int probes = 0;          // TCP_KEEPCNT; net.ipv4.tcp_keepalive_probes

    friend bool operator==(const KeepaliveTimings &, const KeepaliveTimings &) = default;
};

// What the operating system itself says about TCP sockets on this machine, and the few native
// socket calls Qt does not offer. All platform-specific kernel access lives behind this interface;
// systems without an implementation get one that says so instead of guessing. Use an object from
// one thread at a time: an implementation may keep a kernel handle between calls.
class KernelTcpView
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::KernelTcpView)

public:
    virtual ~KernelTcpView();
    Q_DISABLE_COPY_MOVE(KernelTcpView)

    // The implementation for the system this program was built for.
    static std::unique_ptr<KernelTcpView> create();

    virtual bool isAvailable() const = 0;
    // A translated sentence saying why the kernel's view cannot be shown; empty when available.
    virtual QString unavailableReason() const = 0;

    // The state of the socket behind a descriptor (Linux: getsockopt TCP_INFO, tcpi_state).
    // A socket that is only created or bound, or whose connection has ended, reads CLOSED.
    virtual std::optional<TcpState> stateOfDescriptor(qintptr descriptor, QString *error = nullptr) const = 0;

    // Every IPv4 TCP socket of this machine's network namespace, including those that no process
    // holds any more (TIME-WAIT). Empty with *error set when the list cannot be read.
    virtual QList<KernelSocketRow> ipv4Sockets(QString *error = nullptr) const = 0;

    // The socket from 127.0.0.1:localPort to 127.0.0.1:remotePort, if the kernel lists one,
    // searched for in one reading of ipv4Sockets(). connection() is the faster question.
    virtual std::optional<KernelSocketRow> find(quint16 localPort, quint16 remotePort,
                                                QString *error = nullptr) const;

    // One socket looked up by its 4-tuple: the connection from 127.0.0.1:localPort to
    // 127.0.0.1:remotePort, or with remotePort 0 the socket listening on 127.0.0.1:localPort
    // (its row reads remote 0.0.0.0:0). Every state the kernel lists counts, SYN-RECEIVED request
    // sockets and TIME-WAIT included; timerSecondsLeft as in ipv4Sockets(). A listener never
    // stands in for a connection to its port that does not exist, nor one bound to 0.0.0.0 for
    // 127.0.0.1. Returns std::nullopt with *error empty when the kernel has no such socket, and
    // with *error set when the kernel could not be asked.
    // This implementation reads ipv4Sockets() and believes an absence only after a second
    // reading; Linux asks sock_diag for the one socket instead (see hasExactLookup()).
    virtual std::optional<KernelSocketRow> connection(quint16 localPort, quint16 remotePort,
                                                      QString *error = nullptr) const;
    // Whether connection() asks the kernel for the one socket, atomically, rather than reading
    // every socket's row; finds out on first use. This implementation: false.
    virtual bool hasExactLookup() const;

    // How long this system keeps a connection in TIME-WAIT, in seconds (Linux: 60, the kernel
    // constant TCP_TIMEWAIT_LEN); -1 when unknown.
    virtual int timeWaitSeconds() const = 0;

    // shutdown(SHUT_WR): send FIN but keep receiving (a half-close).
    virtual bool shutdownWrite(qintptr descriptor, QString *error = nullptr) const = 0;
    // SO_LINGER {on, 0 s}: closing the descriptor afterwards aborts the connection with RST.
    virtual bool setLingerZero(qintptr descriptor, QString *error = nullptr) const = 0;

    // SO_KEEPALIVE on, with these timings (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT).
    virtual bool setKeepalive(qintptr descriptor, const KeepaliveTimings &timings,
                              QString *error = nullptr) const = 0;
    // The system's default keep-alive timings (Linux: /proc/sys/net/ipv4/tcp_keepalive_*).
    virtual std::optional<KeepaliveTimings> keepaliveDefaults(QString *error = nullptr) const = 0;
    // Milliseconds since the socket last received an ACK (Linux: TCP_INFO, tcpi_last_ack_recv).
    // An answered keep-alive probe shows as an ACK that arrived while no data was sent.
    virtual std::optional<qint64> msSinceLastAckReceived(qintptr descriptor, QString *error = nullptr) const = 0;
    // How many segments the socket has retransmitted so far (Linux: TCP_INFO, tcpi_total_retrans),
    // a SYN the kernel resent by itself included.
    virtual std::optional<int> retransmissions(qintptr descriptor, QString *error = nullptr) const = 0;

protected:
    KernelTcpView() = default;
};

// How the machine that produced a /proc/net/tcp text writes its numbers.
struct ProcNetTcpFormat
{
    // The kernel prints each IPv4 address as the 32-bit word it holds in network byte order,
    // read in the machine's own byte order ("%08X" of a __be32): 127.0.0.1 is 0100007F on a
    // little-endian machine (x86, ARM) and 7F000001 on a big-endian one. Ports are converted to
    // host order before printing, so they read the same everywhere.
    QSysInfo::Endian byteOrder = QSysInfo::ByteOrder;
    // Timers ("tm->when") are printed in clock ticks, USER_HZ per second (100 on Linux).
    int clockTicksPerSecond = 100;
};

// Parses the text of Linux's /proc/net/tcp: a header line, then one line per socket:
//   sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
// Columns after inode differ between kinds of rows and are ignored; blank lines are skipped.
// A TIME-WAIT timer (tr 3) becomes timerSecondsLeft, rounded down as ss(8) does.
// Rejects the whole text at the first malformed line: the message names its line and column,
// position/length mark the bad column in the text, and part is the 1-based line number.
Parsed<QList<KernelSocketRow>> parseProcNetTcp(QByteArrayView text, const ProcNetTcpFormat &format = {});

} // namespace NetSteps
