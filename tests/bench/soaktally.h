#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

// The kinds of peer the soak test runs (soakpeers.h), and the tally of what they saw.
namespace Soak {

enum class PeerKind {
    Client,      // connects, several messages each answered exactly, hello's greeting and exit
    Churn,       // connect, one message, close
    Udp,         // datagrams, each answered exactly
    OddDatagram, // empty, 64 KiB and random binary datagrams
    NearCap,     // opens the servers' cap minus a margin at once, each one served
    HalfClose,   // one message, shutdown(SHUT_WR), keeps reading: the reply, then EOF
    Garbage,     // random binary (invalid UTF-8) back to back, then SHUT_WR and reads to the end
    Big,         // one 1 MiB message, read while it is sent
    Reset,       // one round trip, then RST (SO_LINGER 0)
    ResetUnread, // one message, then RST at once, the reply unread
    Idle,        // connects and never sends, for a while
    NeverReads,  // sends and never reads: the server's 1 MiB queue cap must close it
};
inline constexpr int PeerKindCount = 12;
inline constexpr int MaxTargets = 4;
const char *peerKindName(PeerKind kind);

// One TCP connection a peer opened, to find what the server logged for it.
struct ConnectionRecord
{
    std::uint64_t sequence = 0; // order of the connections across threads
    std::uint16_t localPort = 0;
    PeerKind kind = PeerKind::Client;
    int target = 0;
};

// What the peers did, written by every thread. "Right" counts exchanges answered exactly (a
// reply, a greeting, an EOF where one was due); "wrong" those answered otherwise; "failed"
// those not answered (an error, a time-out, a connection closed too early). An outcome says how
// a hostile peer's connection ended, as the peer saw it.
class Tally
{
public:
    struct Counts
    {
        std::int64_t connections = 0;
        std::int64_t right = 0;
        std::int64_t wrong = 0;
        std::int64_t failed = 0;
    };

    void connection(PeerKind kind, int target, std::uint16_t localPort);
    void right(PeerKind kind, int target, std::int64_t count = 1);
    void wrong(PeerKind kind, int target, const std::string &what);
    void failed(PeerKind kind, int target, const std::string &what);
    void outcome(PeerKind kind, int target, const std::string &what);

    Counts counts(PeerKind kind, int target) const;
    std::vector<std::string> notes() const; // the first wrong and failed exchanges, described
    std::map<std::string, std::int64_t> outcomes(PeerKind kind, int target) const;
    std::vector<ConnectionRecord> records() const; // in connection order

private:
    void note(PeerKind kind, int target, const char *what, const std::string &detail);

    enum Field { Connections, Right, Wrong, Failed, FieldCount };
    std::array<std::atomic<std::int64_t>, PeerKindCount * MaxTargets * FieldCount> m_counts{};
    std::atomic<std::uint64_t> m_sequence{0};
    mutable std::mutex m_mutex; // guards what follows
    std::vector<ConnectionRecord> m_records;
    std::vector<std::string> m_notes;
    std::map<std::string, std::int64_t> m_outcomes[PeerKindCount][MaxTargets];
};

} // namespace Soak
