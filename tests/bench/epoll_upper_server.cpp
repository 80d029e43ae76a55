// The benchmark's yardstick: a minimal single-threaded upper-casing TCP server over epoll, the
// fastest this machine serves the course's protocol with one thread. Plain C++ and Linux calls,
// no Qt. Same behaviour as the others: one recv(1024) per readable connection, its bytes
// upper-cased and sent back. Usage: bench_epoll_upper_server [PORT]; first line
// "listening tcp 127.0.0.1:PORT". Runs until killed.

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int MaxEvents = 1024;
constexpr int AcceptsPerWakeUp = 64;

// What the kernel did not take yet, per descriptor (only a peer that stops reading leaves any).
std::unordered_map<int, std::string> pending;

void closeConnection(int epoll, int fd)
{
    epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nullptr);
    close(fd);
    pending.erase(fd);
}

void watch(int epoll, int fd, unsigned events)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    if (epoll_ctl(epoll, EPOLL_CTL_MOD, fd, &event) != 0)
        epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
}

// Sends what waits for fd; false if the connection died.
bool flush(int epoll, int fd)
{
    std::string &queue = pending[fd];
    const ssize_t sent = send(fd, queue.data(), queue.size(), MSG_NOSIGNAL);
    if (sent < 0 && errno != EAGAIN)
        return false;
    queue.erase(0, size_t(std::max<ssize_t>(sent, 0)));
    watch(epoll, fd, queue.empty() ? EPOLLIN : EPOLLOUT);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    const int port = argc > 1 ? std::atoi(argv[1]) : 0;
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0 || listen(listener, 4096) != 0
        || getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::perror("bench_epoll_upper_server");
        return 1;
    }
    std::printf("listening tcp 127.0.0.1:%d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    const int epoll = epoll_create1(EPOLL_CLOEXEC);
    watch(epoll, listener, EPOLLIN);
    epoll_event events[MaxEvents];
    char buffer[1024];
    for (;;) {
        const int ready = epoll_wait(epoll, events, MaxEvents, -1);
        for (int i = 0; i < ready; ++i) {
            const int fd = events[i].data.fd;
            if (fd == listener) {
                for (int a = 0; a < AcceptsPerWakeUp; ++a) {
                    const int connection = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                    if (connection < 0)
                        break;
                    watch(epoll, connection, EPOLLIN);
                }
                continue;
            }
            if (events[i].events & EPOLLOUT) {
                if (!flush(epoll, fd))
                    closeConnection(epoll, fd);
                continue;
            }
            const ssize_t got = recv(fd, buffer, sizeof(buffer), 0);
            if (got < 0 && errno == EAGAIN)
                continue;
            if (got <= 0) {
                closeConnection(epoll, fd);
                continue;
            }
            for (ssize_t b = 0; b < got; ++b)
                if (buffer[b] >= 'a' && buffer[b] <= 'z')
                    buffer[b] = char(buffer[b] - 'a' + 'A');
            const ssize_t sent = send(fd, buffer, size_t(got), MSG_NOSIGNAL);
            if (sent < 0 && errno != EAGAIN) {
                closeConnection(epoll, fd);
            } else if (sent < got) {
                pending[fd].append(buffer + std::max<ssize_t>(sent, 0), buffer + got);
                watch(epoll, fd, EPOLLOUT);
            }
        }
    }
}
