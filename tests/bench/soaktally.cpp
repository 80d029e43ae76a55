#include "soaktally.h"

#include <algorithm>

namespace Soak {

namespace {

constexpr std::size_t NotesKept = 20;

} // namespace

const char *peerKindName(PeerKind kind)
{
    switch (kind) {
    case PeerKind::Client:
        return "client";
    case PeerKind::Churn:
        return "churn";
    case PeerKind::Udp:
        return "udp";
    case PeerKind::OddDatagram:
        return "odd-datagram";
    case PeerKind::NearCap:
        return "near-cap";
    case PeerKind::HalfClose:
        return "half-close";
    case PeerKind::Garbage:
        return "garbage";
    case PeerKind::Big:
        return "big-1MiB";
    case PeerKind::Reset:
        return "reset";
    case PeerKind::ResetUnread:
        return "reset-unread";
    case PeerKind::Idle:
        return "idle";
    case PeerKind::NeverReads:
        return "never-reads";
    }
    return "?";
}

void Tally::connection(PeerKind kind, int target, std::uint16_t localPort)
{
    const int base = (int(kind) * MaxTargets + target) * FieldCount;
    ++m_counts[std::size_t(base + Connections)];
    const std::uint64_t sequence = m_sequence++;
    const std::lock_guard lock(m_mutex);
    m_records.push_back({sequence, localPort, kind, target});
}

void Tally::right(PeerKind kind, int target, std::int64_t count)
{
    m_counts[std::size_t((int(kind) * MaxTargets + target) * FieldCount + Right)] += count;
}

void Tally::wrong(PeerKind kind, int target, const std::string &what)
{
    ++m_counts[std::size_t((int(kind) * MaxTargets + target) * FieldCount + Wrong)];
    note(kind, target, "wrong", what);
}

void Tally::failed(PeerKind kind, int target, const std::string &what)
{
    ++m_counts[std::size_t((int(kind) * MaxTargets + target) * FieldCount + Failed)];
    note(kind, target, "failed", what);
}

void Tally::outcome(PeerKind kind, int target, const std::string &what)
{
    const std::lock_guard lock(m_mutex);
    ++m_outcomes[int(kind)][target][what];
}

void Tally::note(PeerKind kind, int target, const char *what, const std::string &detail)
{
    const std::lock_guard lock(m_mutex);
    if (m_notes.size() < NotesKept)
        m_notes.push_back(std::string(peerKindName(kind)) + " on target " + std::to_string(target) + ": " + what +
                          ": " + detail);
}

Tally::Counts Tally::counts(PeerKind kind, int target) const
{
    const int base = (int(kind) * MaxTargets + target) * FieldCount;
    return {m_counts[std::size_t(base + Connections)], m_counts[std::size_t(base + Right)],
            m_counts[std::size_t(base + Wrong)], m_counts[std::size_t(base + Failed)]};
}

std::vector<std::string> Tally::notes() const
{
    const std::lock_guard lock(m_mutex);
    return m_notes;
}

std::map<std::string, std::int64_t> Tally::outcomes(PeerKind kind, int target) const
{
    const std::lock_guard lock(m_mutex);
    return m_outcomes[int(kind)][target];
}

std::vector<ConnectionRecord> Tally::records() const
{
    std::vector<ConnectionRecord> sorted;
    {
        const std::lock_guard lock(m_mutex);
        sorted = m_records;
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const ConnectionRecord &a, const ConnectionRecord &b) { return a.sequence < b.sequence; });
    return sorted;
}

} // namespace Soak
