#include "soakconnection.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Soak {

namespace {

// Milliseconds left until `deadline`, for poll(): 0 once it has passed, at most a second.
int remaining(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return int(std::clamp<long long>(left, 0, 1000));
}

} // namespace

std::string errorText(const char *call, int code)
{
    return std::string(call) + ": " + std::strerror(code);
}

Connection::Connection(Connection &&other) noexcept : m_descriptor(std::exchange(other.m_descriptor, -1)) {}

Connection::~Connection()
{
    close();
}

bool Connection::open(std::uint16_t port, Clock::time_point deadline, std::string *error)
{
    m_descriptor = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_descriptor < 0) {
        *error = errorText("socket()", errno);
        return false;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(m_descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0)
        return true;
    if (errno != EINPROGRESS) {
        *error = errorText("connect()", errno);
        return false;
    }
    if (!wait(POLLOUT, deadline)) {
        *error = "connect() timed out";
        return false;
    }
    int code = 0;
    socklen_t length = sizeof(code);
    getsockopt(m_descriptor, SOL_SOCKET, SO_ERROR, &code, &length);
    if (code != 0) {
        *error = errorText("connect()", code);
        return false;
    }
    return true;
}

std::uint16_t Connection::localPort() const
{
    sockaddr_in address{};
    socklen_t length = sizeof(address);
    if (getsockname(m_descriptor, reinterpret_cast<sockaddr *>(&address), &length) != 0)
        return 0;
    return ntohs(address.sin_port);
}

bool Connection::sendAll(std::string_view bytes, Clock::time_point deadline, std::string *error)
{
    while (!bytes.empty()) { // each pass sends something or waits, until the deadline
        const ssize_t sent = send(m_descriptor, bytes.data(), bytes.size(), MSG_NOSIGNAL);
        if (sent > 0) {
            bytes.remove_prefix(std::size_t(sent));
        } else if (sent < 0 && errno != EAGAIN && errno != EINTR) {
            *error = errorText("send()", errno);
            return false;
        } else if (!wait(POLLOUT, deadline)) {
            *error = "send() timed out";
            return false;
        }
    }
    return true;
}

bool Connection::receive(std::size_t size, std::string *in, Clock::time_point deadline, std::string *error)
{
    const std::size_t wanted = in->size() + size;
    char buffer[65536];
    while (in->size() < wanted) {
        const ssize_t got = recv(m_descriptor, buffer, std::min(sizeof(buffer), wanted - in->size()), 0);
        if (got > 0) {
            in->append(buffer, std::size_t(got));
        } else if (got == 0) {
            *error = "the connection was closed " + std::to_string(wanted - in->size()) + " byte(s) short";
            return false;
        } else if (errno != EAGAIN && errno != EINTR) {
            *error = errorText("recv()", errno);
            return false;
        } else if (!wait(POLLIN, deadline)) {
            *error = "no reply in time (" + std::to_string(wanted - in->size()) + " byte(s) missing)";
            return false;
        }
    }
    return true;
}

bool Connection::exchangeToEnd(std::string_view out, bool shutWrite, std::string *in, std::size_t limit,
                               Clock::time_point deadline, std::string *error)
{
    bool shut = false;
    char buffer[65536];
    while (true) { // each pass moves bytes or waits, until the deadline
        if (out.empty() && shutWrite && !shut) {
            ::shutdown(m_descriptor, SHUT_WR);
            shut = true;
        }
        pollfd poll{m_descriptor, short(POLLIN | (out.empty() ? 0 : POLLOUT)), 0};
        const int ready = ::poll(&poll, 1, remaining(deadline));
        if (ready == 0 && Clock::now() >= deadline) {
            *error = "timed out with " + std::to_string(out.size()) + " byte(s) unsent, " +
                std::to_string(in->size()) + " received";
            return false;
        }
        if ((poll.revents & POLLOUT) && !out.empty()) {
            const ssize_t sent = send(m_descriptor, out.data(), std::min<std::size_t>(out.size(), 65536),
                                      MSG_NOSIGNAL);
            if (sent > 0)
                out.remove_prefix(std::size_t(sent));
            else if (sent < 0 && errno != EAGAIN && errno != EINTR) {
                *error = errorText("send()", errno);
                return false;
            }
        }
        if (poll.revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t got = recv(m_descriptor, buffer, sizeof(buffer), 0);
            if (got == 0) {
                if (out.empty())
                    return true;
                *error = "EOF before everything was sent";
                return false;
            }
            if (got < 0 && errno != EAGAIN && errno != EINTR) {
                *error = errorText("recv()", errno);
                return false;
            }
            if (got > 0)
                in->append(buffer, std::size_t(got));
            if (in->size() > limit) {
                *error = "more than " + std::to_string(limit) + " bytes came back";
                return false;
            }
        }
    }
}

void Connection::shutdownWrite()
{
    ::shutdown(m_descriptor, SHUT_WR);
}

void Connection::reset()
{
    const linger abort{1, 0};
    setsockopt(m_descriptor, SOL_SOCKET, SO_LINGER, &abort, sizeof(abort));
    close();
}

void Connection::close()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
    m_descriptor = -1;
}

bool Connection::wait(short events, Clock::time_point deadline) const
{
    while (true) { // ends at the deadline
        pollfd poll{m_descriptor, events, 0};
        const int ready = ::poll(&poll, 1, remaining(deadline));
        if (ready > 0)
            return true;
        if (Clock::now() >= deadline)
            return false;
    }
}

} // namespace Soak
