// Capture on Linux's loopback interface with an AF_PACKET socket (what tcpdump -i lo does).

#include "packetcapture.h"
#include "errnotext.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <iterator>
#include <memory>
#include <utility>

#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

namespace NetSteps {

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Loopback shows every frame twice: once as it leaves (PACKET_OUTGOING) and once as it arrives
// (PACKET_HOST). The outgoing copy exists for every frame, also for those the kernel sends with
// no process behind them (a RST to a closed port), so it is the one kept. This classic BPF
// program lets only outgoing IPv4 TCP frames reach the socket, so that other traffic on
// loopback neither wakes NetSteps nor fills the kernel's buffer for the capture. It returns
// the largest length so that the kernel never cuts a frame and recvmsg can report the real one.
constexpr sock_filter outgoingTcpFilter[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, quint32(SKF_AD_OFF + SKF_AD_PKTTYPE)),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PACKET_OUTGOING, 0, 5),
    BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 12), // EtherType
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, ETH_P_IP, 0, 3),
    BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 14 + 9), // IPv4 protocol
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, IPPROTO_TCP, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, 0xffffffffu),
    BPF_STMT(BPF_RET | BPF_K, 0),
};

// The kernel's buffer for frames not read yet; larger than the default (about 200 KiB) so that
// a burst of full-size loopback frames is not dropped while the event loop is busy.
constexpr int receiveBufferBytes = 4 * 1024 * 1024;

qint64 nowUs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

// Capture on "lo" through an AF_PACKET socket bound to it.
class LinuxPacketCapture final : public PacketCapture
{
public:
    explicit LinuxPacketCapture(QObject *parent) : PacketCapture(parent), m_buffer(snapLength, Qt::Uninitialized) {}
    ~LinuxPacketCapture() override { closeCapture(); }
    Q_DISABLE_COPY_MOVE(LinuxPacketCapture)

    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }

    bool isRunning() const override { return m_descriptor >= 0; }

protected:
    bool openCapture(QString *error) override
    {
        const unsigned interfaceIndex = if_nametoindex("lo");
        if (interfaceIndex == 0)
            return setError(error, PacketCapture::tr("Could not find the loopback interface \"lo\": %1.")
                                       .arg(errnoText(errno)));
        // Protocol 0: the socket receives nothing until bind(), so no frame slips past the filter.
        const int descriptor = ::socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (descriptor < 0) {
            const int code = errno;
            if (code == EPERM || code == EACCES)
                return setError(error, permissionMessage(code));
            return setError(error, PacketCapture::tr("Could not open a capture socket on the loopback interface: %1.")
                                       .arg(errnoText(code)));
        }
        m_descriptor = descriptor;

        // The kernel copies the program and never writes to it.
        const sock_fprog program{quint16(std::size(outgoingTcpFilter)), const_cast<sock_filter *>(outgoingTcpFilter)};
        const int on = 1;
        if (::setsockopt(descriptor, SOL_SOCKET, SO_ATTACH_FILTER, &program, sizeof(program)) != 0)
            return failStart(error, PacketCapture::tr("Could not attach the capture filter"), errno);
        if (::setsockopt(descriptor, SOL_SOCKET, SO_TIMESTAMP, &on, sizeof(on)) != 0)
            return failStart(error, PacketCapture::tr("Could not ask for the kernel's timestamps (SO_TIMESTAMP)"),
                             errno);
        // SO_RCVBUFFORCE passes the system's limit and needs CAP_NET_ADMIN (root has it); with only
        // CAP_NET_RAW, SO_RCVBUF gives what the limit allows. A smaller buffer only makes drops
        // likelier, and statistics() counts them, so neither failing stops the capture.
        if (::setsockopt(descriptor, SOL_SOCKET, SO_RCVBUFFORCE, &receiveBufferBytes, sizeof(receiveBufferBytes)) != 0)
            ::setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &receiveBufferBytes, sizeof(receiveBufferBytes));

        sockaddr_ll address{};
        address.sll_family = AF_PACKET;
        address.sll_protocol = htons(ETH_P_ALL);
        address.sll_ifindex = int(interfaceIndex);
        if (::bind(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0)
            return failStart(error, PacketCapture::tr("Could not bind the capture socket to the loopback interface"),
                             errno);

        m_notifier = std::make_unique<QSocketNotifier>(descriptor, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, [this]() { onReadable(); });
        return true;
    }

    void closeCapture() override
    {
        m_notifier.reset();
        if (m_descriptor >= 0)
            ::close(std::exchange(m_descriptor, -1)); // released even when close() reports EINTR
    }

    void readPending() override
    {
        for (int i = 0; i < readBudget && m_descriptor >= 0; ++i) {
            sockaddr_ll from{};
            iovec vector{m_buffer.data(), size_t(m_buffer.size())};
            union {
                cmsghdr header;
                char bytes[CMSG_SPACE(sizeof(timeval))];
            } control{};
            msghdr message{};
            message.msg_name = &from;
            message.msg_namelen = sizeof(from);
            message.msg_iov = &vector;
            message.msg_iovlen = 1;
            message.msg_control = control.bytes;
            message.msg_controllen = sizeof(control.bytes);
            // MSG_TRUNC: the result is the frame's real length even when the buffer held less.
            const ssize_t length = ::recvmsg(m_descriptor, &message, MSG_TRUNC);
            if (length < 0) {
                const int code = errno;
                if (code == EINTR)
                    continue;
                if (code != EAGAIN && code != EWOULDBLOCK)
                    failRead(code);
                break;
            }
            // The filter already passes only outgoing copies; this keeps the rule visible here too.
            if (from.sll_pkttype != PACKET_OUTGOING)
                continue;
            const qsizetype captured = qMin(qsizetype(length), m_buffer.size());
            offer(timestampOf(message), QByteArrayView(m_buffer.constData(), captured), qint64(length));
        }
        collectKernelDrops();
    }

private:
    static qint64 timestampOf(msghdr &message)
    {
        for (cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
            if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_TIMESTAMP
                && header->cmsg_len >= CMSG_LEN(sizeof(timeval))) {
                timeval stamp{};
                std::memcpy(&stamp, CMSG_DATA(header), sizeof(stamp));
                return qint64(stamp.tv_sec) * 1000000 + stamp.tv_usec;
            }
        }
        // SO_TIMESTAMP is on, so the kernel stamps every frame; should one come without, the
        // moment it was read is the nearest truth there is.
        return nowUs();
    }

    // PACKET_STATISTICS gives the counts since it was last read, and resets them.
    void collectKernelDrops()
    {
        if (m_descriptor < 0)
            return;
        tpacket_stats counts{};
        socklen_t size = sizeof(counts);
        if (::getsockopt(m_descriptor, SOL_PACKET, PACKET_STATISTICS, &counts, &size) == 0)
            countKernelDrops(counts.tp_drops);
    }

    static QString permissionMessage(int code)
    {
        const QString reason = errnoText(code);
        if (!QCoreApplication::instance())
            return PacketCapture::tr("Capturing real segments on the loopback interface needs root or the CAP_NET_RAW "
                                     "capability, which this program does not have (%1). Run it as root, or give the "
                                     "program the capability with: sudo setcap cap_net_raw+ep PROGRAM")
                .arg(reason);
        return PacketCapture::tr("Capturing real segments on the loopback interface needs root or the CAP_NET_RAW "
                                 "capability, which this program does not have (%1). Run it as root, or give the "
                                 "program the capability with: sudo setcap cap_net_raw+ep %2")
            .arg(reason, QCoreApplication::applicationFilePath());
    }

    bool failStart(QString *error, const QString &what, int code)
    {
        closeCapture();
        return setError(error, PacketCapture::tr("%1: %2.").arg(what, errnoText(code)));
    }

    // Called while the notifier's activated() signal is being delivered: the notifier must not
    // be deleted under it, so it goes later.
    void failRead(int code)
    {
        if (m_notifier) {
            m_notifier->setEnabled(false);
            m_notifier.release()->deleteLater();
        }
        closeCapture();
        emit captureFailed(PacketCapture::tr("Reading the capture on the loopback interface failed, so it stopped: %1.")
                               .arg(errnoText(code)));
    }

    int m_descriptor = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer; // one frame as read, snapLength bytes, allocated once
};

} // namespace

std::unique_ptr<PacketCapture> PacketCapture::create(QObject *parent)
{
    return std::make_unique<LinuxPacketCapture>(parent);
}

} // namespace NetSteps
