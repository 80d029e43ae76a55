// The Linux kernel's view of TCP: getsockopt(TCP_INFO) for sockets this process holds,
// /proc/net/tcp for every socket of the network namespace, TIME-WAIT ones included, and
// NETLINK_SOCK_DIAG (sock_diag(7)) for one socket looked up by its 4-tuple.

#include "kerneltcpview.h"
#include "errnotext.h"
#include "nativesockets.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QtEndian>

#include <array>
#include <cerrno>
#include <cstring>
#include <tuple>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace NetSteps {

namespace {

// "<what failed>: Bad file descriptor, EBADF (9)."
QString describeErrno(const QString &what, int code)
{
    return KernelTcpView::tr("%1: %2.").arg(what, errnoText(code));
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Asks the kernel about one TCP socket at a time through NETLINK_SOCK_DIAG: an exact lookup by
// 4-tuple is one request and one reply, found in the kernel's hash tables, where /proc/net/tcp
// prints every socket of the namespace. The netlink socket is opened on first use and kept.
class SockDiagLookup
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::SockDiagLookup)

public:
    enum class Availability {
        Available,   // the kernel answers sock_diag requests for IPv4 TCP
        Unavailable, // it never will (no sock_diag, no tcp_diag, or netlink refused): read /proc
        Failed,      // this attempt failed here (out of descriptors, no answer in time); *error says why
    };

    SockDiagLookup() = default;
    ~SockDiagLookup() { closeSocket(); }
    Q_DISABLE_COPY_MOVE(SockDiagLookup)

    // Opens the netlink socket if needed and, the first time, asks whether the kernel answers
    // for IPv4 TCP at all: the exact lookup's "no such socket" and a missing tcp_diag module
    // both read ENOENT, a dump of no states tells them apart.
    Availability availability(QString *error)
    {
        if (m_kernelAnswers == false)
            return Availability::Unavailable;
        if (m_socket >= 0 && m_kernelAnswers == true)
            return Availability::Available;
        m_socket = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_SOCK_DIAG);
        if (m_socket < 0) {
            const int code = errno;
            if (code == EPROTONOSUPPORT || code == EAFNOSUPPORT || code == ENOENT || code == EPERM || code == EACCES) {
                m_kernelAnswers = false;
                return Availability::Unavailable;
            }
            setError(error, describeErrno(tr("Could not open a NETLINK_SOCK_DIAG socket"), code));
            return Availability::Failed;
        }
        if (m_kernelAnswers == true)
            return Availability::Available; // reopened after a failure: the kernel's answer still holds

        inet_diag_req_v2 probe{};
        probe.sdiag_family = AF_INET;
        probe.sdiag_protocol = IPPROTO_TCP;
        probe.idiag_states = 0; // a dump of no socket at all: only NLMSG_DONE, or the handler's absence
        const std::optional<Answer> answer = exchange(probe, true, error);
        if (!answer)
            return Availability::Failed;
        m_kernelAnswers = answer->kernelError == 0;
        return *m_kernelAnswers ? Availability::Available : Availability::Unavailable;
    }

    // The socket with this 4-tuple (see KernelTcpView::connection); call after availability().
    std::optional<KernelSocketRow> connection(quint16 localPort, quint16 remotePort, QString *error)
    {
        inet_diag_req_v2 request{};
        request.sdiag_family = AF_INET;
        request.sdiag_protocol = IPPROTO_TCP;
        request.idiag_states = ~0u; // a filter for dumps: an exact lookup ignores it
        request.id.idiag_sport = qToBigEndian(localPort);
        request.id.idiag_dport = qToBigEndian(remotePort);
        request.id.idiag_src[0] = qToBigEndian(loopbackAddress.toUInt());
        request.id.idiag_dst[0] = remotePort == 0 ? 0 : qToBigEndian(loopbackAddress.toUInt());
        request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE; // any socket with the tuple, not one seen before
        request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;

        const std::optional<Answer> answer = exchange(request, false, error);
        if (!answer)
            return std::nullopt;
        if (answer->kernelError == ENOENT)
            return std::nullopt;
        if (answer->kernelError != 0 || !answer->socket) {
            setError(error, describeErrno(tr("The kernel refused the sock_diag lookup of 127.0.0.1:%1 to port %2")
                                              .arg(localPort)
                                              .arg(remotePort),
                                          answer->kernelError != 0 ? answer->kernelError : EPROTO));
            return std::nullopt;
        }
        const inet_diag_msg &socket = *answer->socket;
        // With no connection of that tuple the kernel falls back to a socket listening on the
        // local port, even one bound to 0.0.0.0: only an exact match is the socket asked about.
        // An IPv6 socket talking to a v4-mapped address is not one either (nor is it listed in
        // /proc/net/tcp).
        const inet_diag_sockid &id = socket.id;
        if (socket.idiag_family != AF_INET || id.idiag_sport != request.id.idiag_sport
            || id.idiag_dport != request.id.idiag_dport || id.idiag_src[0] != request.id.idiag_src[0]
            || id.idiag_dst[0] != request.id.idiag_dst[0])
            return std::nullopt;
        const std::optional<TcpState> state = tcpStateFromLinux(socket.idiag_state);
        if (!state) {
            setError(error, tr("The kernel reported state %1 for 127.0.0.1:%2 to port %3, which is not a TCP state.")
                                .arg(socket.idiag_state)
                                .arg(localPort)
                                .arg(remotePort));
            return std::nullopt;
        }
        KernelSocketRow row;
        row.localAddress = Ipv4Address(qFromBigEndian(id.idiag_src[0]));
        row.localPort = qFromBigEndian(id.idiag_sport);
        row.remoteAddress = Ipv4Address(qFromBigEndian(id.idiag_dst[0]));
        row.remotePort = qFromBigEndian(id.idiag_dport);
        row.state = *state;
        // A TIME-WAIT socket reports timer 3 and the milliseconds left; whole seconds, rounded
        // down as ss(8) prints them and as /proc/net/tcp's clock ticks are read.
        constexpr quint8 timeWaitTimer = 3;
        if (socket.idiag_timer == timeWaitTimer)
            row.timerSecondsLeft = int(socket.idiag_expires / 1000);
        return row;
    }

private:
    // How long one request may wait for its answer, and how often the wait may wake up.
    static constexpr int replyTimeoutMs = 200;
    static constexpr int maxWakeUps = 32;

    // What the kernel answered to one request.
    struct Answer
    {
        int kernelError = 0;                 // the errno it answered with; 0 for none
        std::optional<inet_diag_msg> socket; // the first socket it described
    };

    // Sends one request and reads its answer, for at most replyTimeoutMs: an exact lookup ends
    // with the socket's message, a dump with NLMSG_DONE; NLMSG_ERROR ends either. Messages of
    // earlier requests (one that timed out) are skipped by their sequence number. On a local
    // failure the socket is closed, so that the next request starts on a clean one.
    std::optional<Answer> exchange(const inet_diag_req_v2 &body, bool dump, QString *error)
    {
        auto fail = [&](const QString &message) {
            setError(error, message);
            closeSocket();
            return std::nullopt;
        };
        struct
        {
            nlmsghdr header;
            inet_diag_req_v2 body;
        } request{};
        request.header.nlmsg_len = sizeof(request);
        request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
        request.header.nlmsg_flags = NLM_F_REQUEST | (dump ? NLM_F_DUMP : 0);
        request.header.nlmsg_seq = ++m_sequence;
        request.body = body;
        sockaddr_nl kernel{};
        kernel.nl_family = AF_NETLINK;
        if (::sendto(m_socket, &request, sizeof(request), 0, reinterpret_cast<const sockaddr *>(&kernel),
                     sizeof(kernel))
            != ssize_t(sizeof(request)))
            return fail(describeErrno(tr("Could not send a sock_diag request"), errno));

        const QDeadlineTimer deadline(replyTimeoutMs);
        alignas(nlmsghdr) std::array<char, 8192> buffer;
        for (int wakeUp = 0; wakeUp < maxWakeUps; ++wakeUp) {
            sockaddr_nl sender{};
            iovec part{buffer.data(), buffer.size()};
            msghdr message{};
            message.msg_name = &sender;
            message.msg_namelen = sizeof(sender);
            message.msg_iov = &part;
            message.msg_iovlen = 1;
            const ssize_t size = ::recvmsg(m_socket, &message, MSG_DONTWAIT);
            if (size < 0) {
                const int code = errno;
                if (code != EAGAIN && code != EWOULDBLOCK && code != EINTR)
                    return fail(describeErrno(tr("Could not read the kernel's sock_diag answer"), code));
                const qint64 left = deadline.remainingTime();
                if (left <= 0)
                    break;
                pollfd readable{m_socket, POLLIN, 0};
                if (::poll(&readable, 1, int(left)) < 0 && errno != EINTR)
                    return fail(describeErrno(tr("Could not wait for the kernel's sock_diag answer"), errno));
                continue;
            }
            if (message.msg_flags & MSG_TRUNC)
                return fail(tr("The kernel's sock_diag answer did not fit in %1 bytes.").arg(buffer.size()));
            if (sender.nl_pid != 0)
                continue; // not from the kernel
            size_t offset = 0;
            while (offset + sizeof(nlmsghdr) <= size_t(size)) {
                nlmsghdr header;
                std::memcpy(&header, buffer.data() + offset, sizeof(header));
                if (header.nlmsg_len < sizeof(nlmsghdr) || header.nlmsg_len > size_t(size) - offset)
                    return fail(tr("The kernel's sock_diag answer is malformed."));
                const char *payload = buffer.data() + offset + sizeof(nlmsghdr);
                const size_t payloadSize = header.nlmsg_len - sizeof(nlmsghdr);
                offset += NLMSG_ALIGN(header.nlmsg_len);
                if (header.nlmsg_seq != request.header.nlmsg_seq)
                    continue;
                Answer answer;
                if (header.nlmsg_type == NLMSG_ERROR || header.nlmsg_type == NLMSG_DONE) {
                    // Both start with the negative errno (0 for none); a DONE may carry nothing.
                    int code = 0;
                    if (payloadSize >= sizeof(code))
                        std::memcpy(&code, payload, sizeof(code));
                    else if (header.nlmsg_type == NLMSG_ERROR)
                        return fail(tr("The kernel's sock_diag answer is malformed."));
                    answer.kernelError = -code;
                    return answer;
                }
                if (header.nlmsg_type == SOCK_DIAG_BY_FAMILY && !dump) {
                    if (payloadSize < sizeof(inet_diag_msg))
                        return fail(tr("The kernel's sock_diag answer is malformed."));
                    answer.socket.emplace();
                    std::memcpy(&*answer.socket, payload, sizeof(inet_diag_msg));
                    return answer;
                }
            }
        }
        return fail(tr("The kernel did not answer a sock_diag request within %1 ms.").arg(replyTimeoutMs));
    }

    void closeSocket()
    {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
    }

    int m_socket = -1;
    quint32 m_sequence = 0;
    std::optional<bool> m_kernelAnswers; // the probe's outcome, once there is one
};

// The kernel's TCP view on Linux.
class LinuxKernelTcpView final : public KernelTcpView
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LinuxKernelTcpView)

public:
    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }

    std::optional<KernelSocketRow> connection(quint16 localPort, quint16 remotePort, QString *error) const override
    {
        if (error)
            error->clear();
        switch (m_sockDiag.availability(error)) {
        case SockDiagLookup::Availability::Available:
            return m_sockDiag.connection(localPort, remotePort, error);
        case SockDiagLookup::Availability::Unavailable:
            return KernelTcpView::connection(localPort, remotePort, error);
        case SockDiagLookup::Availability::Failed:
            break;
        }
        return std::nullopt;
    }

    bool hasExactLookup() const override
    {
        return m_sockDiag.availability(nullptr) == SockDiagLookup::Availability::Available;
    }

    std::optional<TcpState> stateOfDescriptor(qintptr descriptor, QString *error) const override
    {
        tcp_info info{};
        socklen_t length = sizeof(info);
        if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &length) != 0) {
            const int code = errno;
            setError(error, describeErrno(tr("Could not read the TCP state of socket %1 (TCP_INFO)")
                                              .arg(descriptor),
                                          code));
            return std::nullopt;
        }
        const auto state = tcpStateFromLinux(info.tcpi_state);
        if (!state)
            setError(error, tr("The kernel reported state %1 for socket %2, which is not a TCP state.")
                                .arg(info.tcpi_state)
                                .arg(descriptor));
        return state;
    }

    QList<KernelSocketRow> ipv4Sockets(QString *error) const override
    {
        QFile file(QStringLiteral("/proc/net/tcp"));
        if (!file.open(QIODevice::ReadOnly)) {
            setError(error, tr("Could not read %1: %2.").arg(file.fileName(), file.errorString()));
            return {};
        }
        const QByteArray text = file.readAll();
        const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(text);
        if (!rows) {
            setError(error, tr("Could not understand %1: %2").arg(file.fileName(), rows.error().message));
            return {};
        }
        return *rows;
    }

    int timeWaitSeconds() const override { return 60; }

    bool shutdownWrite(qintptr descriptor, QString *error) const override
    {
        if (::shutdown(int(descriptor), SHUT_WR) == 0)
            return true;
        const int code = errno;
        setError(error, describeErrno(tr("Could not half-close socket %1 (shutdown SHUT_WR)").arg(descriptor),
                                      code));
        return false;
    }

    bool setLingerZero(qintptr descriptor, QString *error) const override
    {
        const linger option{1, 0};
        if (::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof(option)) == 0)
            return true;
        const int code = errno;
        setError(error, describeErrno(tr("Could not set SO_LINGER to 0 seconds on socket %1").arg(descriptor),
                                      code));
        return false;
    }

    bool setKeepalive(qintptr descriptor, const KeepaliveTimings &timings, QString *error) const override
    {
        const int on = 1;
        const std::array<std::tuple<int, int, int, const char *>, 4> options{{
            {SOL_SOCKET, SO_KEEPALIVE, on, "SO_KEEPALIVE"},
            {IPPROTO_TCP, TCP_KEEPIDLE, timings.idleSeconds, "TCP_KEEPIDLE"},
            {IPPROTO_TCP, TCP_KEEPINTVL, timings.intervalSeconds, "TCP_KEEPINTVL"},
            {IPPROTO_TCP, TCP_KEEPCNT, timings.probes, "TCP_KEEPCNT"},
        }};
        for (const auto &[level, name, value, text] : options) {
            if (::setsockopt(int(descriptor), level, name, &value, sizeof(value)) == 0)
                continue;
            const int code = errno;
            setError(error, describeErrno(tr("Could not set %1 to %2 on socket %3")
                                              .arg(QLatin1String(text))
                                              .arg(value)
                                              .arg(descriptor),
                                          code));
            return false;
        }
        return true;
    }

    std::optional<KeepaliveTimings> keepaliveDefaults(QString *error) const override
    {
        KeepaliveTimings timings;
        const std::array<std::pair<const char *, int *>, 3> files{{
            {"/proc/sys/net/ipv4/tcp_keepalive_time", &timings.idleSeconds},
            {"/proc/sys/net/ipv4/tcp_keepalive_intvl", &timings.intervalSeconds},
            {"/proc/sys/net/ipv4/tcp_keepalive_probes", &timings.probes},
        }};
        for (const auto &[path, value] : files) {
            QFile file{QString::fromLatin1(path)};
            if (!file.open(QIODevice::ReadOnly)) {
                setError(error, tr("Could not read %1: %2.").arg(file.fileName(), file.errorString()));
                return std::nullopt;
            }
            bool ok = false;
            *value = file.readAll().trimmed().toInt(&ok);
            if (!ok) {
                setError(error, tr("%1 does not hold a number.").arg(file.fileName()));
                return std::nullopt;
            }
        }
        return timings;
    }

    std::optional<qint64> msSinceLastAckReceived(qintptr descriptor, QString *error) const override
    {
        const std::optional<tcp_info> info = tcpInfo(descriptor, error);
        return info ? std::optional<qint64>(info->tcpi_last_ack_recv) : std::nullopt;
    }

    std::optional<int> retransmissions(qintptr descriptor, QString *error) const override
    {
        const std::optional<tcp_info> info = tcpInfo(descriptor, error);
        return info ? std::optional<int>(int(info->tcpi_total_retrans)) : std::nullopt;
    }

private:
    static std::optional<tcp_info> tcpInfo(qintptr descriptor, QString *error)
    {
        tcp_info info{};
        socklen_t length = sizeof(info);
        if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &length) == 0)
            return info;
        const int code = errno;
        setError(error, describeErrno(tr("Could not read TCP_INFO of socket %1").arg(descriptor), code));
        return std::nullopt;
    }

    mutable SockDiagLookup m_sockDiag;
};

} // namespace

std::unique_ptr<KernelTcpView> KernelTcpView::create()
{
    return std::make_unique<LinuxKernelTcpView>();
}

} // namespace NetSteps
