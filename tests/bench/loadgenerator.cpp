#include "loadgenerator.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
constexpr int MaxEvents = 1024;
constexpr std::chrono::milliseconds DrainLimit{5000};

std::string lowercaseMessage(int size)
{
    std::string message(size_t(size), 'a');
    for (int i = 0; i < size; ++i)
        message[size_t(i)] = char('a' + i % 26);
    return message;
}

std::string upper(std::string text)
{
    for (char &c : text)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return text;
}

void closeAll(std::vector<int> &descriptors)
{
    for (const int fd : descriptors)
        close(fd);
    descriptors.clear();
}

} // namespace

void raiseDescriptorLimit(int wanted)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    if (limit.rlim_cur < rlim_t(wanted)) {
        limit.rlim_cur = std::min(rlim_t(wanted), limit.rlim_max);
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    // Grows the descriptor table now: growing it later, with other threads running, waits for
    // an RCU grace period in the kernel (as the servers do; see LabNative::raiseDescriptorLimit).
    const int reserved = int(std::min<rlim_t>(rlim_t(wanted), limit.rlim_cur));
    if (const int probe = reserved > 1 ? open("/dev/null", O_RDONLY | O_CLOEXEC) : -1; probe >= 0) {
        if (const int last = fcntl(probe, F_DUPFD_CLOEXEC, reserved - 1); last >= 0)
            close(last);
        close(probe);
    }
}

bool connectAll(std::uint16_t port, int count, std::chrono::milliseconds limit, std::vector<int> *descriptors,
                std::string *error)
{
    raiseDescriptorLimit(count + 64);
    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    for (int i = 0; i < count; ++i) {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            *error = std::string("socket(): ") + strerror(errno);
            break;
        }
        descriptors->push_back(fd);
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        if (connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0 && errno != EINPROGRESS) {
            *error = std::string("connect(): ") + strerror(errno);
            break;
        }
        epoll_event event{};
        event.events = EPOLLOUT;
        event.data.fd = fd;
        epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
    }
    const Clock::time_point deadline = Clock::now() + limit;
    int pending = int(descriptors->size());
    epoll_event events[MaxEvents];
    while (error->empty() && pending > 0 && Clock::now() < deadline) {
        const int ready = epoll_wait(epoll, events, MaxEvents, 100);
        for (int i = 0; i < ready; ++i) {
            int code = 0;
            socklen_t length = sizeof(code);
            getsockopt(events[i].data.fd, SOL_SOCKET, SO_ERROR, &code, &length);
            if (code != 0)
                *error = std::string("connect(): ") + strerror(code);
            epoll_ctl(epoll, EPOLL_CTL_DEL, events[i].data.fd, nullptr);
            --pending;
        }
    }
    close(epoll);
    if (error->empty() && pending > 0)
        *error = std::to_string(pending) + " connection(s) still not established";
    if (!error->empty()) {
        closeAll(*descriptors);
        return false;
    }
    return true;
}

LoadResult runLoad(const LoadOptions &options)
{
    LoadResult result;
    std::vector<int> descriptors;
    if (!connectAll(options.port, options.clients, options.connectLimit, &descriptors, &result.error))
        return result;

    struct Client
    {
        int received = 0;
        bool waiting = false;
        Clock::time_point sentAt;
    };
    std::vector<Client> clients(descriptors.size());
    const std::string message = lowercaseMessage(options.messageSize);
    const std::string expected = upper(message);
    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    for (size_t i = 0; i < descriptors.size(); ++i) {
        epoll_event event{};
        event.events = EPOLLIN;
        event.data.u64 = i;
        epoll_ctl(epoll, EPOLL_CTL_ADD, descriptors[i], &event);
    }

    const Clock::time_point start = Clock::now();
    const Clock::time_point measureStart = start + options.warmUp;
    const Clock::time_point measureEnd = measureStart + options.measure;
    const auto sendMessage = [&](size_t i, Clock::time_point now) {
        if (send(descriptors[i], message.data(), message.size(), MSG_NOSIGNAL) != ssize_t(message.size()))
            result.error = "send() did not take a whole message";
        clients[i].sentAt = now;
        clients[i].waiting = true;
    };
    for (size_t i = 0; i < descriptors.size(); ++i)
        sendMessage(i, start);

    std::vector<std::int64_t> samples;
    samples.reserve(1 << 20);
    int waiting = int(descriptors.size());
    char buffer[65536];
    epoll_event events[MaxEvents];
    // Runs until the window closes, then only collects the replies still on their way.
    for (Clock::time_point now = start; result.error.empty() && waiting > 0 && now < measureEnd + DrainLimit;
         now = Clock::now()) {
        const bool sending = now < measureEnd;
        const int ready = epoll_wait(epoll, events, MaxEvents, 100);
        for (int e = 0; e < ready && result.error.empty(); ++e) {
            const size_t i = size_t(events[e].data.u64);
            Client &client = clients[i];
            const ssize_t got = recv(descriptors[i], buffer, sizeof(buffer), 0);
            if (got < 0 && (errno == EAGAIN || errno == EINTR))
                continue;
            if (got <= 0 || !client.waiting || client.received + got > options.messageSize) {
                result.error = got <= 0 ? "the server closed a connection" : "more bytes came back than were sent";
                break;
            }
            if (std::memcmp(buffer, expected.data() + client.received, size_t(got)) != 0)
                ++result.wrongReplies;
            client.received += int(got);
            if (client.received < options.messageSize)
                continue;
            const Clock::time_point done = Clock::now();
            ++result.allRoundTrips;
            if (done >= measureStart && done < measureEnd) {
                ++result.roundTrips;
                samples.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(done - client.sentAt).count());
            }
            client.received = 0;
            client.waiting = false;
            if (sending)
                sendMessage(i, done);
            else
                --waiting;
        }
    }
    close(epoll);
    closeAll(descriptors);

    result.seconds = std::chrono::duration<double>(options.measure).count();
    if (!samples.empty()) {
        const auto percentile = [&](double p) {
            const auto nth = samples.begin() + std::ptrdiff_t(p * double(samples.size() - 1));
            std::nth_element(samples.begin(), nth, samples.end());
            return double(*nth) / 1000.0;
        };
        result.p50Micros = percentile(0.50);
        result.p99Micros = percentile(0.99);
    }
    return result;
}

IdleConnections::~IdleConnections()
{
    closeAll(m_descriptors);
}

bool IdleConnections::open(std::uint16_t port, int count, int messageSize, std::string *error)
{
    if (!connectAll(port, count, std::chrono::milliseconds(60000), &m_descriptors, error))
        return false;
    const std::string message = lowercaseMessage(messageSize);
    const std::string expected = upper(message);
    for (const int fd : m_descriptors) {
        // One blocking round trip each, with a timeout so a stuck server cannot hang the benchmark.
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        const timeval timeout{10, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
        std::string reply;
        char buffer[4096];
        if (send(fd, message.data(), message.size(), MSG_NOSIGNAL) != ssize_t(message.size()))
            *error = "send() failed";
        while (error->empty() && reply.size() < expected.size()) {
            const ssize_t got = recv(fd, buffer, sizeof(buffer), 0);
            if (got <= 0)
                *error = "no reply on an idle connection";
            else
                reply.append(buffer, size_t(got));
        }
        if (error->empty() && reply != expected)
            *error = "wrong reply on an idle connection";
        if (!error->empty()) {
            closeAll(m_descriptors);
            return false;
        }
    }
    return true;
}
