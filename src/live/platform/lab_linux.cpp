// The lab servers' native calls and their epoll poller, on Linux.

#include "errnotext.h"
#include "inetaddress.h"
#include "labnative.h"
#include "labpoller.h"
#include "labproxynative.h"
#include "labstopsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QtEndian>

#include <algorithm>
#include <atomic>
#include <limits>
#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace NetSteps {

namespace {

LabFailure failureOf(int code)
{
    switch (code) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EINTR:
        return LabFailure::WouldBlock;
    case EADDRINUSE:
        return LabFailure::AddressInUse;
    case EACCES:
    case EPERM:
        return LabFailure::PermissionDenied;
    case EADDRNOTAVAIL:
        return LabFailure::AddressNotAvailable;
    case ECONNRESET:
    case ECONNABORTED: // accept(): the connection was reset while it waited in the queue
    case EPIPE:
        return LabFailure::PeerReset;
    case EMFILE:
    case ENFILE:
        return LabFailure::TooManyDescriptors;
    default:
        return LabFailure::Other;
    }
}

void fail(LabSocketError *error, int code)
{
    const LabFailure failure = failureOf(code);
    *error = {failure, failure == LabFailure::WouldBlock ? QString() : errnoCode(code)};
}

// Level-triggered epoll, watched by the Qt event loop through one notifier on the epoll descriptor.
class EpollPoller final : public LabPoller
{
public:
    EpollPoller(int epoll, std::function<void()> afterBatch)
        : m_epoll(epoll), m_afterBatch(std::move(afterBatch)), m_notifier(epoll, QSocketNotifier::Read)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, &m_notifier, [this] { dispatch(); });
    }

    ~EpollPoller() override { ::close(m_epoll); }

    QString mechanism() const override { return QStringLiteral("epoll"); }

    bool watch(qintptr descriptor, LabPollTarget *target, bool read, bool write) override
    {
        epoll_event event = eventFor(target, read, write);
        return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, int(descriptor), &event) == 0;
    }

    void setInterest(qintptr descriptor, LabPollTarget *target, bool read, bool write) override
    {
        epoll_event event = eventFor(target, read, write);
        ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, int(descriptor), &event);
    }

    void unwatch(qintptr descriptor) override { ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, int(descriptor), nullptr); }

private:
    static epoll_event eventFor(LabPollTarget *target, bool read, bool write)
    {
        epoll_event event{};
        event.events = (read ? EPOLLIN : 0u) | (write ? EPOLLOUT : 0u);
        event.data.ptr = target;
        return event;
    }

    // One batch per wake-up; whatever is left keeps the epoll descriptor readable, so the event
    // loop comes back after serving its other sources.
    void dispatch()
    {
        const int count = ::epoll_wait(m_epoll, m_events, MaxBatch, 0);
        for (int i = 0; i < count; ++i) {
            const quint32 flags = m_events[i].events;
            const bool trouble = flags & (EPOLLHUP | EPOLLERR);
            static_cast<LabPollTarget *>(m_events[i].data.ptr)
                ->descriptorReady(trouble || (flags & EPOLLIN), trouble || (flags & EPOLLOUT));
        }
        m_afterBatch();
    }

    int m_epoll;
    std::function<void()> m_afterBatch;
    QSocketNotifier m_notifier;
    epoll_event m_events[MaxBatch];
};

} // namespace

std::unique_ptr<LabPoller> LabPoller::createNative(std::function<void()> afterBatch)
{
    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (epoll < 0)
        return nullptr;
    return std::make_unique<EpollPoller>(epoll, std::move(afterBatch));
}

namespace LabNative {

bool isAvailable()
{
    return true;
}

QString unavailableReason()
{
    return {};
}

qintptr listenTcp(const NativeSocketAddress &address, int backlog, LabSocketError *error)
{
    const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (descriptor < 0) {
        fail(error, errno);
        return -1;
    }
    const int on = 1;
    const sockaddr_in native = toSockaddr(address);
    if (::setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0
        || ::bind(descriptor, reinterpret_cast<const sockaddr *>(&native), sizeof(native)) != 0
        || ::listen(descriptor, backlog) != 0) {
        const int code = errno;
        ::close(descriptor);
        fail(error, code);
        return -1;
    }
    return descriptor;
}

qintptr accept(qintptr listener, NativeSocketAddress *peer, LabSocketError *error)
{
    sockaddr_in native{};
    socklen_t length = sizeof(native);
    const int descriptor =
        ::accept4(int(listener), reinterpret_cast<sockaddr *>(&native), &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (descriptor < 0) {
        fail(error, errno);
        return -1;
    }
    *peer = fromSockaddr(native);
    return descriptor;
}

qint64 receive(qintptr descriptor, char *buffer, qint64 size, LabSocketError *error)
{
    const ssize_t received = ::recv(int(descriptor), buffer, size_t(size), 0);
    if (received < 0)
        fail(error, errno);
    return received;
}

qint64 send(qintptr descriptor, const char *data, qint64 size, LabSocketError *error)
{
    const ssize_t sent = ::send(int(descriptor), data, size_t(size), MSG_NOSIGNAL);
    if (sent < 0)
        fail(error, errno);
    return sent;
}

void close(qintptr descriptor)
{
    // The descriptor is released even when close() reports EINTR: never retry.
    ::close(int(descriptor));
}

std::optional<NativeSocketAddress> localAddress(qintptr descriptor)
{
    sockaddr_in native{};
    socklen_t length = sizeof(native);
    if (::getsockname(int(descriptor), reinterpret_cast<sockaddr *>(&native), &length) != 0
        || native.sin_family != AF_INET)
        return std::nullopt;
    return fromSockaddr(native);
}

std::optional<LabDescriptorLimit> raiseDescriptorLimit(qint64 wanted)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return std::nullopt;
    if (rlim_t(wanted) > limit.rlim_cur) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(wanted) : std::min(rlim_t(wanted), limit.rlim_max);
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    const auto value = [](rlim_t v) { return v == RLIM_INFINITY ? std::numeric_limits<qint64>::max() : qint64(v); };
    // Grows the process's descriptor table now, to the slots the server will use: growing it
    // later, in a process with more than one thread (Qt's), waits in the kernel for an RCU grace
    // period (expand_fdtable(), synchronize_rcu()), and the server answers nobody meanwhile: a
    // second and more at 256 and 512 connections on a busy machine (seen by soak_serve).
    // F_DUPFD takes the lowest free descriptor from the one asked for, so nothing open is touched.
    constexpr qint64 TableLimit = 65536; // 512 KiB of table at most; past it, growing stays lazy
    const qint64 reserved = std::min({qint64(wanted), value(limit.rlim_cur), TableLimit});
    if (const int probe = reserved > 1 ? ::open("/dev/null", O_RDONLY | O_CLOEXEC) : -1; probe >= 0) {
        if (const int last = ::fcntl(probe, F_DUPFD_CLOEXEC, int(reserved - 1)); last >= 0)
            ::close(last);
        ::close(probe);
    }
    return LabDescriptorLimit{value(limit.rlim_cur), value(limit.rlim_max)};
}

namespace {

LabConnectResult connectOutcome(int code)
{
    switch (code) {
    case 0:
        return {LabConnectOutcome::Connected, {}};
    case EINPROGRESS:
    case EINTR: // the connect goes on in the background, as with EINPROGRESS
        return {LabConnectOutcome::InProgress, {}};
    case ECONNREFUSED:
        return {LabConnectOutcome::Refused, errnoCode(code)};
    case EHOSTUNREACH:
        return {LabConnectOutcome::HostUnreachable, errnoCode(code)};
    case ENETUNREACH:
        return {LabConnectOutcome::NetworkUnreachable, errnoCode(code)};
    case ETIMEDOUT:
        return {LabConnectOutcome::TimedOut, errnoCode(code)};
    default:
        return {LabConnectOutcome::Failed, errnoCode(code)};
    }
}

} // namespace

qintptr connectTcp(const NativeSocketAddress &target, LabConnectResult *result)
{
    const int descriptor = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_TCP);
    if (descriptor < 0) {
        *result = connectOutcome(errno);
        return -1;
    }
    const sockaddr_in native = toSockaddr(target);
    const int status = ::connect(descriptor, reinterpret_cast<const sockaddr *>(&native), sizeof(native));
    *result = connectOutcome(status == 0 ? 0 : errno);
    return descriptor;
}

LabConnectResult connectResult(qintptr descriptor)
{
    int code = 0;
    socklen_t length = sizeof(code);
    if (::getsockopt(int(descriptor), SOL_SOCKET, SO_ERROR, &code, &length) != 0)
        code = errno;
    return connectOutcome(code);
}

} // namespace LabNative

namespace {

// The pipe the signal handler writes to, and the handlers it replaced.
std::atomic<int> s_stopWriteEnd{-1};
struct sigaction s_previousInt;
struct sigaction s_previousTerm;

void onStopSignal(int number)
{
    // Only async-signal-safe calls here: write() one byte, and keep errno as it was.
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(number);
    if (const int fd = s_stopWriteEnd.load(std::memory_order_relaxed); fd >= 0) {
        [[maybe_unused]] const ssize_t written = ::write(fd, &byte, 1);
    }
    errno = savedErrno;
}

} // namespace

LabStopSignals::LabStopSignals(QObject *parent) : QObject(parent)
{
    int ends[2];
    if (::pipe2(ends, O_NONBLOCK | O_CLOEXEC) != 0)
        return;
    m_readEnd = ends[0];
    m_writeEnd = ends[1];
    s_stopWriteEnd.store(m_writeEnd);
    struct sigaction action{};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &s_previousInt);
    ::sigaction(SIGTERM, &action, &s_previousTerm);
    m_notifier = std::make_unique<QSocketNotifier>(m_readEnd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &LabStopSignals::readPipe);
}

LabStopSignals::~LabStopSignals()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &s_previousInt, nullptr);
    ::sigaction(SIGTERM, &s_previousTerm, nullptr);
    s_stopWriteEnd.store(-1);
    m_notifier.reset();
    ::close(m_readEnd);
    ::close(m_writeEnd);
}

void LabStopSignals::readPipe()
{
    unsigned char bytes[16];
    const ssize_t count = ::read(m_readEnd, bytes, sizeof(bytes));
    if (count <= 0)
        return;
    Q_EMIT stopRequested(bytes[count - 1] == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
}

} // namespace NetSteps
