#include "soakpeers.h"

#include "loadgenerator.h"
#include "soakconnection.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>
#include <string_view>
#include <thread>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Soak {

namespace {

constexpr std::string_view Greeting = "Welcome!";
constexpr std::size_t ServerReadSize = 1024; // the servers' recv(1024): one reply per read
constexpr std::size_t LargestDatagram = 65507;
constexpr std::size_t BigSize = 1024 * 1024;
constexpr std::size_t NeverReadsSendLimit = 64 * 1024 * 1024;

std::string upper(std::string_view bytes)
{
    std::string out(bytes);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return out;
}

// What the server answers to one read: the protocols of labprotocol.h, written again here so the
// soak test checks the servers against its own reading of them. The peers never end a message
// with a line ending, so the servers' rule for one (set aside, put back) does not arise.
std::string replyTo(Mode mode, std::string_view message)
{
    switch (mode) {
    case Mode::Hello:
        return "Hello, " + std::string(message) + "!";
    case Mode::Upper:
        return upper(message);
    case Mode::Echo:
        return std::string(message);
    }
    return {};
}

std::string greetingOf(Mode mode)
{
    return mode == Mode::Hello ? std::string(Greeting) : std::string();
}

// A UDP socket connect()ed to 127.0.0.1:port (replies from elsewhere are not taken, send() needs
// no address), -1 with *error set when the system refused.
int udpSocket(std::uint16_t port, std::string *error)
{
    const int descriptor = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (descriptor < 0 || connect(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) != 0) {
        *error = errorText("UDP socket", errno);
        if (descriptor >= 0)
            ::close(descriptor);
        return -1;
    }
    return descriptor;
}

// A hello reply to a stream cut into reads at places the server chose: "Hello, <piece>!" for
// each read of at most 1024 bytes, the pieces making up `message` (which holds no '!').
bool helloPiecesMatch(std::string_view reply, std::string_view message)
{
    std::size_t at = 0;
    std::size_t consumed = 0;
    while (at < reply.size()) { // each pass consumes at least 9 bytes of reply
        if (reply.substr(at, 7) != "Hello, ")
            return false;
        at += 7;
        const std::size_t bang = reply.find('!', at);
        if (bang == std::string_view::npos || bang == at || bang - at > ServerReadSize)
            return false;
        if (message.substr(consumed, bang - at) != reply.substr(at, bang - at))
            return false;
        consumed += bang - at;
        at = bang + 1;
    }
    return consumed == message.size();
}

} // namespace

// One thread's random numbers, and the messages made from them.
class Peers::Session
{
public:
    explicit Session(std::uint64_t seed) : m_random(seed) {}

    int number(int from, int to) { return std::uniform_int_distribution<int>(from, to)(m_random); }

    // A message as a client might send: ASCII text, Chinese in UTF-8, or any bytes (invalid
    // UTF-8 included). Never a line ending last, never hello's "exit".
    std::string message(std::size_t size)
    {
        static const std::string_view chinese = "你好世界网络编程套接字";
        if (size == 0)
            return {};
        std::string bytes;
        bytes.reserve(size);
        const int style = number(0, 3);
        while (bytes.size() < size) {
            if (style == 0)
                bytes.push_back(char(number(0, 255)));
            else if (style == 1)
                bytes.append(chinese.substr(std::size_t(number(0, 10)) * 3, 3));
            else
                bytes.push_back(char(number(' ', '~')));
        }
        bytes.resize(size); // a Chinese character cut in the middle is invalid UTF-8: welcome too
        if (bytes.back() == '\n')
            bytes.back() = '.';
        if (bytes == "exit")
            bytes = "exit?";
        return bytes;
    }

    std::string letters(std::size_t size)
    {
        std::string bytes(size, 'a');
        for (char &c : bytes)
            c = char('a' + number(0, 25));
        return bytes;
    }

    Clock::time_point deadline(std::chrono::milliseconds timeout) const { return Clock::now() + timeout; }

private:
    std::mt19937_64 m_random;
};

Peers::Peers(std::vector<Target> targets, PeerOptions options, Tally &tally, const std::atomic<bool> &stop)
    : m_targets(std::move(targets)), m_options(options), m_tally(tally), m_stop(stop)
{
}

bool Peers::sleepUnlessStopped(std::chrono::milliseconds duration) const
{
    const Clock::time_point end = Clock::now() + duration;
    while (!m_stop && Clock::now() < end) // 50 ms steps until `end`
        std::this_thread::sleep_for(std::min<Clock::duration>(std::chrono::milliseconds(50), end - Clock::now()));
    return !m_stop;
}

void Peers::runClients(int target, std::uint64_t seed)
{
    Session session(seed);
    while (!m_stop)
        client(target, session);
}

void Peers::runChurn(std::uint64_t seed)
{
    Session session(seed);
    for (std::size_t round = 0; !m_stop; ++round)
        churn(int(round % m_targets.size()), session);
}

void Peers::runHostile(int firstTarget, std::uint64_t seed)
{
    Session session(seed);
    using Step = void (Peers::*)(int, Session &);
    static constexpr Step steps[] = {&Peers::neverReads, &Peers::big, &Peers::garbage, &Peers::resetAfterReply,
                                     &Peers::resetUnread, &Peers::halfClose, &Peers::idle};
    for (std::size_t visit = 0; !m_stop; ++visit) {
        const int target = int((std::size_t(firstTarget) + visit) % m_targets.size());
        for (const Step step : steps)
            if (!m_stop)
                (this->*step)(target, session);
    }
}

void Peers::runNearCap(std::chrono::milliseconds every)
{
    for (std::size_t wave = 0; !m_stop; ++wave) {
        const Clock::time_point next = Clock::now() + every;
        nearCap(int(wave % m_targets.size()));
        sleepUnlessStopped(std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()));
    }
}

bool Peers::expect(PeerKind kind, int target, const std::string &got, const std::string &expected, const char *what)
{
    if (got == expected) {
        m_tally.right(kind, target);
        return true;
    }
    const auto difference = std::mismatch(got.begin(), got.end(), expected.begin(), expected.end());
    m_tally.wrong(kind, target, std::string(what) + ": " + std::to_string(got.size()) + " byte(s) where " +
                                    std::to_string(expected.size()) + " were expected, the first difference at byte " +
                                    std::to_string(difference.first - got.begin()));
    return false;
}

void Peers::client(int target, Session &session)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::Client;
    std::string error;
    Connection connection;
    if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error)) {
        m_tally.failed(kind, target, error);
        return;
    }
    m_tally.connection(kind, target, connection.localPort());
    std::string in;
    if (t.mode == Mode::Hello) {
        if (!connection.receive(Greeting.size(), &in, session.deadline(m_options.timeout), &error))
            return m_tally.failed(kind, target, "greeting: " + error);
        if (!expect(kind, target, in, std::string(Greeting), "greeting"))
            return;
    }
    const int messages = session.number(1, 40);
    for (int i = 0; i < messages; ++i) {
        const std::string message = session.message(std::size_t(session.number(1, 1000)));
        const std::string expected = replyTo(t.mode, message);
        in.clear();
        if (!connection.sendAll(message, session.deadline(m_options.timeout), &error) ||
            !connection.receive(expected.size(), &in, session.deadline(m_options.timeout), &error))
            return m_tally.failed(kind, target, "message " + std::to_string(i + 1) + ": " + error);
        if (!expect(kind, target, in, expected, "reply"))
            return;
    }
    // hello: "exit" and the server closes first; else the client closes first. Either way the
    // next thing to read is EOF, with no byte before it.
    in.clear();
    if (t.mode != Mode::Hello)
        connection.shutdownWrite();
    const std::string last = t.mode == Mode::Hello ? "exit" : "";
    if (!connection.exchangeToEnd(last, false, &in, 1 << 16, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, "end: " + error);
    expect(kind, target, in, std::string(), "bytes before EOF");
}

void Peers::churn(int target, Session &session)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::Churn;
    std::string error;
    Connection connection;
    if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    m_tally.connection(kind, target, connection.localPort());
    const std::string message = session.message(std::size_t(session.number(1, 200)));
    const std::string expected = greetingOf(t.mode) + replyTo(t.mode, message);
    std::string in;
    if (!connection.sendAll(message, session.deadline(m_options.timeout), &error) ||
        !connection.receive(expected.size(), &in, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    expect(kind, target, in, expected, "greeting and reply");
}

void Peers::halfClose(int target, Session &session)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::HalfClose;
    std::string error;
    Connection connection;
    if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    m_tally.connection(kind, target, connection.localPort());
    const std::string message = session.message(std::size_t(session.number(1, 1000)));
    std::string in;
    if (!connection.exchangeToEnd(message, true, &in, 1 << 16, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    expect(kind, target, in, greetingOf(t.mode) + replyTo(t.mode, message), "reply after SHUT_WR");
}

void Peers::garbage(int target, Session &session)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::Garbage;
    std::string error;
    Connection connection;
    if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    m_tally.connection(kind, target, connection.localPort());
    std::string sent;
    const int chunks = session.number(1, 8);
    for (int i = 0; i < chunks; ++i) {
        std::string chunk(std::size_t(session.number(16, 2048)), '\0');
        for (char &c : chunk)
            c = char(session.number(0, 255));
        sent += chunk;
    }
    std::string in;
    if (!connection.exchangeToEnd(sent, true, &in, 1 << 20, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    if (t.mode != Mode::Hello) {
        expect(kind, target, in, replyTo(t.mode, sent), "reply to binary");
        return;
    }
    // The server cut the stream into reads of its choosing: each read gave "Hello, " and "!"
    // around it (a read that happened to end in a line ending keeps the length the same).
    const std::size_t extra = in.size() - std::min(in.size(), sent.size() + Greeting.size());
    if (in.compare(0, Greeting.size(), Greeting) != 0 || in.size() < sent.size() + Greeting.size() + 8 ||
        extra % 8 != 0)
        return m_tally.wrong(kind, target, "hello's reply to " + std::to_string(sent.size()) + " binary byte(s) is " +
                                               std::to_string(in.size()) + " byte(s)");
    m_tally.right(kind, target);
}

void Peers::big(int target, Session &session)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::Big;
    std::string error;
    Connection connection;
    if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    m_tally.connection(kind, target, connection.localPort());
    const std::string message = session.letters(BigSize);
    std::string in;
    in.reserve(BigSize + BigSize / 64);
    if (!connection.exchangeToEnd(message, true, &in, 16 * BigSize, session.deadline(3 * m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    if (t.mode != Mode::Hello) {
        expect(kind, target, in, replyTo(t.mode, message), "reply to 1 MiB");
        return;
    }
    if (in.compare(0, Greeting.size(), Greeting) != 0 ||
        !helloPiecesMatch(std::string_view(in).substr(Greeting.size()), message))
        return m_tally.wrong(kind, target, "hello's replies to 1 MiB do not make up the message");
    m_tally.right(kind, target);
}

void Peers::resetAfterReply(int target, Session &session)
{
    reset(target, session, true);
}

void Peers::resetUnread(int target, Session &session)
{
    reset(target, session, false);
}

void Peers::reset(int target, Session &session, bool readReply)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = readReply ? PeerKind::Reset : PeerKind::ResetUnread;
    std::string error;
    Connection connection;
    if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    m_tally.connection(kind, target, connection.localPort());
    const std::string message = session.message(std::size_t(session.number(1, 1000)));
    if (!connection.sendAll(message, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    if (readReply) {
        const std::string expected = greetingOf(t.mode) + replyTo(t.mode, message);
        std::string in;
        if (!connection.receive(expected.size(), &in, session.deadline(m_options.timeout), &error))
            return m_tally.failed(kind, target, error);
        if (in != expected)
            return m_tally.wrong(kind, target, "reply before the reset");
        m_tally.right(kind, target);
    }
    connection.reset();
}

void Peers::idle(int target, Session &session)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::Idle;
    std::vector<Connection> connections;
    for (int i = 0; i < 4; ++i) {
        std::string error;
        Connection connection;
        if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error))
            return m_tally.failed(kind, target, error);
        m_tally.connection(kind, target, connection.localPort());
        connections.push_back(std::move(connection));
    }
    if (t.mode == Mode::Hello) {
        for (Connection &connection : connections) {
            std::string in;
            std::string error;
            if (!connection.receive(Greeting.size(), &in, session.deadline(m_options.timeout), &error))
                return m_tally.failed(kind, target, "greeting: " + error);
            if (!expect(kind, target, in, std::string(Greeting), "greeting"))
                return;
        }
    }
    sleepUnlessStopped(m_options.idleHold);
    // Half of them leave with FIN, the other half the way a killed client does not: with RST.
    for (std::size_t i = 0; i < connections.size(); ++i) {
        if (i % 2 == 0)
            connections[i].close();
        else
            connections[i].reset();
    }
}

void Peers::neverReads(int target, Session &session)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::NeverReads;
    std::string error;
    Connection connection;
    // The default receive buffer: a tiny one makes the kernel prune the server's segments at
    // this peer, ACKs included, and the peer then waits out retransmission back-offs.
    if (!connection.open(t.tcpPort, session.deadline(m_options.timeout), &error))
        return m_tally.failed(kind, target, error);
    m_tally.connection(kind, target, connection.localPort());
    const std::string chunk = session.letters(16 * 1024);
    const Clock::time_point end = Clock::now() + m_options.neverReadsLimit;
    std::size_t sent = 0;
    Clock::time_point progress = Clock::now(); // when the far side last took bytes
    const auto mib = [&sent] { return std::to_string((sent + 512 * 1024) / (1024 * 1024)) + " MiB"; };
    while (sent < NeverReadsSendLimit && Clock::now() < end && !m_stop) {
        // The proxy stops reading a side whose replies are not read (flow control): 3 s without
        // room to send is taken as that. A direct server must close the peer within the limit.
        if (!connection.wait(POLLOUT, std::min(end, Clock::now() + std::chrono::seconds(3)))) {
            if (!t.proxied)
                continue;
            m_tally.outcome(kind, target, "held back: the proxy stopped reading (flow control)");
            m_tally.right(kind, target);
            return;
        }
        const ssize_t done = send(connection.descriptor(), chunk.data(), chunk.size(), MSG_NOSIGNAL);
        if (done > 0) {
            sent += std::size_t(done);
            progress = Clock::now();
        } else if (done < 0 && errno != EAGAIN && errno != EINTR) {
            const int code = errno;
            m_tally.outcome(kind, target, std::string("closed by the far side: ") + std::strerror(code));
            m_tally.right(kind, target);
            return;
        }
    }
    // Ended by the load's end: a direct server that had long stopped reading fails all the same.
    const auto stalled = std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - progress).count();
    if (!m_stop || (!t.proxied && stalled >= 5)) {
        m_tally.outcome(kind, target, "never closed");
        m_tally.failed(kind, target, "still open after " + mib() + " sent unread, the last " +
                                         std::to_string(stalled) + " s without progress");
    }
}

void Peers::nearCap(int target)
{
    const Target &t = m_targets[std::size_t(target)];
    const PeerKind kind = PeerKind::NearCap;
    const int count = m_options.maxConnections - m_options.nearCapMargin;
    std::vector<int> descriptors;
    std::string error;
    if (!connectAll(t.tcpPort, count, m_options.timeout, &descriptors, &error))
        return m_tally.failed(kind, target, "connecting " + std::to_string(count) + ": " + error);
    std::vector<Connection> connections;
    for (const int descriptor : descriptors)
        connections.emplace_back(descriptor);
    for (Connection &connection : connections)
        m_tally.connection(kind, target, connection.localPort());
    // Each one served, not closed at the cap: hello greets, the others answer a message.
    const Clock::time_point deadline = Clock::now() + m_options.timeout;
    const std::string message = "ping";
    const std::string expected = greetingOf(t.mode) + replyTo(t.mode, message);
    std::int64_t served = 0;
    for (Connection &connection : connections) {
        std::string in;
        if (!connection.sendAll(message, deadline, &error) || !connection.receive(expected.size(), &in, deadline, &error))
            return m_tally.failed(kind, target, "connection " + std::to_string(served + 1) + " of " +
                                                    std::to_string(count) + ": " + error);
        if (in != expected)
            return m_tally.wrong(kind, target, "reply on connection " + std::to_string(served + 1));
        ++served;
    }
    m_tally.right(kind, target, served);
    sleepUnlessStopped(m_options.nearCapHold);
}

void Peers::runUdp(int target, std::uint64_t seed)
{
    Session session(seed);
    const Target &t = m_targets[std::size_t(target)];
    std::string error;
    int descriptor = udpSocket(t.udpPort, &error);
    if (descriptor < 0)
        return m_tally.failed(PeerKind::Udp, target, error);
    std::string buffer(LargestDatagram + 1, '\0');
    for (std::uint64_t round = 1; !m_stop && descriptor >= 0; ++round) {
        // Every 50th datagram is an odd one: empty, the largest there is, or large random bytes.
        const bool odd = round % 50 == 0;
        const PeerKind kind = odd ? PeerKind::OddDatagram : PeerKind::Udp;
        std::size_t size = std::size_t(session.number(1, 1400));
        if (odd) {
            const int which = int(round / 50 % 3);
            size = which == 0 ? 0 : which == 1 ? LargestDatagram : std::size_t(session.number(1401, int(LargestDatagram)));
        }
        const std::string message = session.message(size);
        // Hello's reply is 8 bytes longer: past the largest datagram, sendto() fails and the
        // server answers nothing (its log says why).
        const bool answered = !(t.mode == Mode::Hello && size + 8 > LargestDatagram);
        const std::string expected = replyTo(t.mode, message);
        if (send(descriptor, message.data(), message.size(), 0) != ssize_t(message.size())) {
            m_tally.failed(kind, target, errorText("send()", errno));
            continue;
        }
        pollfd poll{descriptor, POLLIN, 0};
        const int wait = answered ? int(m_options.timeout.count()) : 100;
        if (::poll(&poll, 1, wait) <= 0) {
            if (!answered) {
                m_tally.right(kind, target);
                continue;
            }
            m_tally.failed(kind, target, "no reply to a datagram of " + std::to_string(size) + " byte(s)");
            // A new socket, so that a reply coming late is not taken for the next one's.
            ::close(descriptor);
            descriptor = udpSocket(t.udpPort, &error);
            if (descriptor < 0)
                m_tally.failed(kind, target, error);
            continue;
        }
        const ssize_t got = recv(descriptor, buffer.data(), buffer.size(), 0);
        if (got < 0) {
            m_tally.failed(kind, target, errorText("recv()", errno));
            continue;
        }
        if (!answered || std::string_view(buffer.data(), std::size_t(got)) != expected)
            m_tally.wrong(kind, target, "reply of " + std::to_string(got) + " byte(s) to a datagram of " +
                                            std::to_string(size) + " byte(s)");
        else
            m_tally.right(kind, target);
    }
    if (descriptor >= 0)
        ::close(descriptor);
}

} // namespace Soak
