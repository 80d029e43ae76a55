#pragma once

#include "soaktally.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

// The peers of the soak test (soak_serve.cpp): well-behaved clients of the course's servers and
// hostile ones, each a loop on its own thread that ends when asked to, every step bounded by a
// time-out. They talk to 127.0.0.1 only, and tell the Tally what they saw.
namespace Soak {

enum class Mode { Hello, Upper, Echo };

// A server the peers talk to: a `netsteps-cli serve` process, or the proxy in front of one.
struct Target
{
    std::string name;          // "hello", "upper", "echo", "proxy>hello"
    Mode mode = Mode::Hello;
    std::uint16_t tcpPort = 0;
    std::uint16_t udpPort = 0; // 0: no UDP (the proxy)
    bool proxied = false;      // the proxy: it holds back a side that does not read rather than close it
};

struct PeerOptions
{
    int maxConnections = 300;     // the servers' and the proxy's --max-conn
    int nearCapMargin = 40;       // NearCap leaves this many for the other peers
    std::chrono::milliseconds timeout{10000}; // one exchange, one connect
    std::chrono::milliseconds idleHold{2000};
    std::chrono::milliseconds nearCapHold{1000};
    std::chrono::milliseconds neverReadsLimit{30000}; // a peer that never reads gives up after this
};

class Peers
{
public:
    Peers(std::vector<Target> targets, PeerOptions options, Tally &tally, const std::atomic<bool> &stop);

    // Thread bodies. Each runs sessions until stop is set; a session in progress ends within
    // the options' time-outs.
    void runClients(int target, std::uint64_t seed);
    void runUdp(int target, std::uint64_t seed);
    void runChurn(std::uint64_t seed);
    // Visits the targets from firstTarget on; on each one every hostile kind runs once, the
    // heaviest on memory first so that the warm-up sees them.
    void runHostile(int firstTarget, std::uint64_t seed);
    // One near-cap wave every `every`, the first at once, the targets in turn.
    void runNearCap(std::chrono::milliseconds every);

private:
    class Session;

    void client(int target, Session &session);
    void churn(int target, Session &session);
    void halfClose(int target, Session &session);
    void garbage(int target, Session &session);
    void big(int target, Session &session);
    void resetAfterReply(int target, Session &session);
    void resetUnread(int target, Session &session);
    void reset(int target, Session &session, bool readReply);
    void idle(int target, Session &session);
    void neverReads(int target, Session &session);
    void nearCap(int target);
    bool sleepUnlessStopped(std::chrono::milliseconds duration) const;
    // Counts the answer right when it is the one expected, else wrong; says which.
    bool expect(PeerKind kind, int target, const std::string &got, const std::string &expected, const char *what);

    std::vector<Target> m_targets;
    PeerOptions m_options;
    Tally &m_tally;
    const std::atomic<bool> &m_stop;
};

} // namespace Soak
