#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include <poll.h>

namespace Soak {

using Clock = std::chrono::steady_clock;

// "call(): the system's words for code".
std::string errorText(const char *call, int code);

// A non-blocking TCP socket to 127.0.0.1 for the soak test's peers, whose calls wait with poll()
// until a deadline: no call blocks past it, whatever the server does. False from a call means
// it failed, *error saying how.
class Connection
{
public:
    Connection() = default;
    explicit Connection(int descriptor) : m_descriptor(descriptor) {} // takes an open socket over
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    Connection(Connection &&other) noexcept;
    ~Connection(); // close()

    bool open(std::uint16_t port, Clock::time_point deadline, std::string *error);
    std::uint16_t localPort() const; // 0 when not known
    int descriptor() const { return m_descriptor; }

    bool sendAll(std::string_view bytes, Clock::time_point deadline, std::string *error);
    // Reads until *in has grown by `size` bytes, reading no further.
    bool receive(std::size_t size, std::string *in, Clock::time_point deadline, std::string *error);
    // Sends `out` (all of it, then shutdown(SHUT_WR) when shutWrite) while reading into *in until
    // EOF; more than `limit` bytes in is a failure.
    bool exchangeToEnd(std::string_view out, bool shutWrite, std::string *in, std::size_t limit,
                       Clock::time_point deadline, std::string *error);
    // Waits until the socket is ready for `events` (POLLIN, POLLOUT); false at the deadline.
    bool wait(short events, Clock::time_point deadline) const;

    void shutdownWrite();
    void reset(); // close() with SO_LINGER 0: the kernel sends RST, not FIN
    void close();

private:
    int m_descriptor = -1;
};

} // namespace Soak
