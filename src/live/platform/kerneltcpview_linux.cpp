// The Linux kernel's view of TCP: getsockopt(TCP_INFO) for sockets this process holds, and
// /proc/net/tcp for every socket of the network namespace, TIME-WAIT ones included.

#include "kerneltcpview.h"
#include "errnotext.h"

#include <QCoreApplication>
#include <QFile>

#include <array>
#include <cerrno>
#include <cstring>
#include <tuple>

#include <netinet/in.h>
#include <netinet/tcp.h>
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

// The kernel's TCP view on Linux.
class LinuxKernelTcpView final : public KernelTcpView
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LinuxKernelTcpView)

public:
    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }

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
        tcp_info info{};
        socklen_t length = sizeof(info);
        if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &length) != 0) {
            const int code = errno;
            setError(error, describeErrno(tr("Could not read TCP_INFO of socket %1").arg(descriptor), code));
            return std::nullopt;
        }
        return qint64(info.tcpi_last_ack_recv);
    }

    std::optional<int> retransmissions(qintptr descriptor, QString *error) const override
    {
        tcp_info info{};
        socklen_t length = sizeof(info);
        if (::getsockopt(int(descriptor), IPPROTO_TCP, TCP_INFO, &info, &length) != 0) {
            const int code = errno;
            setError(error, describeErrno(tr("Could not read TCP_INFO of socket %1").arg(descriptor), code));
            return std::nullopt;
        }
        return int(info.tcpi_total_retrans);
    }
};

} // namespace

std::unique_ptr<KernelTcpView> KernelTcpView::create()
{
    return std::make_unique<LinuxKernelTcpView>();
}

} // namespace NetSteps
