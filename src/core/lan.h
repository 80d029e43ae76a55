#pragma once

#include <QCoreApplication>

#include "frame.h"
#include "subnet.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The link layer of the ARP lessons: a topology of hosts, learning switches and one router; every
// station's ARP cache (RFC 826, with Linux's entry states); every switch's MAC table; and the
// decisions the devices take on each frame. Pure values and functions: the scenarios in
// lanscenarios.* drive them step by step, the views only draw them.
namespace NetSteps {

// A network interface attached to a switch port: a host's, or one of the router's.
struct LanStation
{
    QString name;        // the key everything uses: "A1", "B3", "R-eth0"
    QString device;      // the box it belongs to: "A1", or "R" for both of the router's interfaces
    MacAddress mac;
    Subnet address;      // its IPv4 address and prefix
    Ipv4Address gateway; // a host's default gateway (the router's address on its LAN); unset on the router
    int lan = 0;         // which switch it hangs on, 0 or 1
    int port = 0;        // that switch's port number, from 1

    bool isRouter() const { return device == routerName(); }
    static QString routerName() { return QStringLiteral("R"); }

    friend bool operator==(const LanStation &, const LanStation &) = default;
};

// One LAN: a switch with numbered ports and the stations on them. Ports 1..hosts carry the
// hosts in order; the last port carries the router's interface on this LAN.
struct LanSegment
{
    QString switchName; // "S1", "S2"
    Subnet network;     // the LAN's network; network.address() is the router's address on it
    int portCount = 0;

    friend bool operator==(const LanSegment &, const LanSegment &) = default;
};

// Two LANs joined by a router (or a single LAN, for the lessons that never leave it).
class LanTopology
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::LanTopology)

public:
    // The name of a LAN's host: LAN 1's are A1, A2, …; LAN 2's are B1, B2, … (index from 0).
    static QString hostName(int lan, int index);
    // The most hosts a LAN of this prefix holds beside the router's address: 253 on a /24.
    static int hostCapacity(const Subnet &network);

    // Builds the LANs: hostsPerLan hosts on each network (numbered from the network's first host
    // address, skipping the router's), each with a MAC address from `macs`, in order; an empty
    // optional `addresses` entry keeps the default address. Fails with a message naming the
    // problem when a LAN cannot hold the hosts, an address lies outside its LAN or repeats.
    struct Plan
    {
        QList<Subnet> networks; // one per LAN; each address() is the router's interface address
        int hostsPerLan = 4;
        QList<Ipv4Address> overrides; // per host, LAN by LAN in order; an unset address keeps the default
    };
    template <typename MacSource>
    static Parsed<LanTopology> build(const Plan &plan, MacSource &&nextMac);

    QList<LanStation> stations;
    QList<LanSegment> segments;

    const LanStation *station(const QString &name) const;
    const LanStation *stationAt(int lan, int port) const;
    // The station on this LAN that owns the address, or nullptr.
    const LanStation *stationWithAddress(int lan, Ipv4Address address) const;
    const LanStation *stationWithMac(MacAddress mac) const;
    // The stations of one LAN, in port order.
    QList<const LanStation *> stationsOn(int lan) const;
    // The router's interface on a LAN, or nullptr.
    const LanStation *routerOn(int lan) const;
    // Names of the hosts (not the router) of one LAN, in port order.
    QStringList hostNames(int lan) const;

    friend bool operator==(const LanTopology &, const LanTopology &) = default;

private:
    static Parsed<LanTopology> layOut(const Plan &plan, const QList<MacAddress> &macs);
};

// An ARP cache entry's state, as Linux names them (ip neigh): INCOMPLETE while a request waits
// for its reply, REACHABLE when recently confirmed, STALE when learned from a request or no longer
// confirmed (still used, then re-confirmed), FAILED when no reply came.
enum class ArpState { Incomplete, Reachable, Stale, Failed };
QString arpStateName(ArpState state); // "INCOMPLETE", … (as ip neigh prints them; not translated)

struct ArpEntry
{
    Ipv4Address ip;
    MacAddress mac;      // unset while INCOMPLETE or FAILED
    ArpState state = ArpState::Incomplete;
    qint64 updatedMs = 0; // when the entry last changed or was confirmed
    int requests = 0;     // requests sent while resolving it

    friend bool operator==(const ArpEntry &, const ArpEntry &) = default;
};

struct ArpCache
{
    QString station;
    QList<ArpEntry> entries; // in the order they were created

    const ArpEntry *find(Ipv4Address ip) const;
    ArpEntry *find(Ipv4Address ip);
    // The entry for ip, created INCOMPLETE if there is none.
    ArpEntry &entry(Ipv4Address ip);

    friend bool operator==(const ArpCache &, const ArpCache &) = default;
};

struct MacTableEntry
{
    MacAddress mac;
    int port = 0;
    qint64 learnedMs = 0; // when a frame from this MAC was last seen on that port

    friend bool operator==(const MacTableEntry &, const MacTableEntry &) = default;
};

struct MacTable
{
    QString switchName;
    QList<MacTableEntry> entries; // in the order they were learned

    const MacTableEntry *find(MacAddress mac) const;

    friend bool operator==(const MacTable &, const MacTable &) = default;
};

// What a learning switch does with one frame that came in on one port (IEEE 802.1D): it learns
// (or refreshes) the source MAC on that port; then it floods a broadcast or multicast frame, or
// one whose destination it does not know, to every port but the one it came in on; it forwards a
// frame whose destination it knows to that port only, or filters (drops) it when that port is
// the one it came in on.
struct SwitchDecision
{
    enum class Action { Forward, Flood, Filter };
    enum class Reason { Broadcast, Multicast, UnknownDestination, KnownDestination, SamePort };

    QString switchName;
    int inPort = 0;
    Action action = Action::Flood;
    Reason reason = Reason::Broadcast;
    QList<int> outPorts;    // ascending
    bool learned = false;   // the source MAC was new in the table (or had moved ports)

    friend bool operator==(const SwitchDecision &, const SwitchDecision &) = default;
};

namespace LearningSwitch {
// Switches forget an address not seen for this long: the IEEE 802.1D default ageing time.
inline constexpr qint64 agingMs = 300 * 1000;
// Learns the frame's source and decides where it goes; updates the table.
SwitchDecision receive(MacTable &table, int portCount, int inPort, const EthernetHeader &ethernet, qint64 nowMs);
// Removes the entries not refreshed within agingMs; returns the MACs removed.
QList<MacAddress> age(MacTable &table, qint64 nowMs);
} // namespace LearningSwitch

// What a station does with a frame the switch delivered to it.
struct ReceiveOutcome
{
    enum class Kind {
        Discarded,   // an ARP request for another address: ignored (nothing cached about the sender)
        Refreshed,   // an ARP request for another address from a sender it already caches: entry updated (RFC 826)
        Replied,     // an ARP request for its own address: caches the sender (STALE), sends a reply
        Resolved,    // an ARP reply to its own request: the entry becomes REACHABLE
        NotForMe,    // a unicast frame for another MAC (flooded): the network card drops it
        Accepted,    // an IPv4 packet for its own address: handed up to IP
        Forwarded,   // the router: an IPv4 packet for another network, routed on (TTL - 1)
    };
    QString station;
    Kind kind = Kind::Discarded;

    friend bool operator==(const ReceiveOutcome &, const ReceiveOutcome &) = default;
};

namespace ArpResolver {
// Linux's neighbour defaults (net.ipv4.neigh.*): a REACHABLE entry turns STALE after
// base_reachable_time (30 s; Linux picks between 15 and 45 s at random), unanswered requests
// are resent every retrans_time (1 s), and resolution fails after mcast_solicit (3) requests.
inline constexpr qint64 reachableMs = 30 * 1000;
inline constexpr qint64 retransmitMs = 1000;
inline constexpr int maxRequests = 3;

// RFC 826's reception algorithm for an ARP packet that reached `me`, with Linux's entry states:
// a sender already in the cache has its entry updated; if `me` is the target, it adds the sender
// (STALE when learned from a request) and answers a request, or completes its pending entry
// (REACHABLE) with a reply.
ReceiveOutcome::Kind receive(ArpCache &cache, const LanStation &me, const ArpPacket &arp, qint64 nowMs);
// Turns REACHABLE entries older than reachableMs into STALE; returns how many changed.
int age(ArpCache &cache, qint64 nowMs);
} // namespace ArpResolver

// The sender's first decision for an IPv4 packet (the course's three steps): AND its own address
// with its mask, AND the destination with the same mask, compare. Equal: the destination is on
// this LAN and is resolved directly; different: the packet goes to the default gateway.
struct RouteDecision
{
    QString station;
    Ipv4Address source;
    Ipv4Address destination;
    Ipv4Address mask;
    bool sameNetwork = false;
    Ipv4Address nextHop; // the destination itself, or the gateway
    // What the station's ARP cache held for nextHop when it looked, if anything.
    std::optional<ArpState> cached;

    Ipv4Address sourceNetwork() const { return Ipv4Address(source.toUInt() & mask.toUInt()); }
    Ipv4Address destinationNetwork() const { return Ipv4Address(destination.toUInt() & mask.toUInt()); }
    static RouteDecision decide(const LanStation &station, Ipv4Address destination);

    friend bool operator==(const RouteDecision &, const RouteDecision &) = default;
};

// A step of the subnet lessons: which part of the AND the bit view shows.
struct AddressingStep
{
    enum class Phase {
        Address,   // the address in dotted decimal and in binary
        Mask,      // the mask below it, with the prefix boundary
        And,       // the AND, bit by bit, giving the network address
        Broadcast, // host bits all ones: the broadcast address
        Hosts,     // the first and last host and how many there are
        Compare,   // a second address ANDed with the same mask, and the two networks compared
        Borrow,    // subnetting: borrowedBits host bits become network bits
    };
    Phase phase = Phase::Address;
    Subnet subnet;
    Ipv4Address other;     // for Compare
    int borrowedBits = 0;  // for Borrow

    bool sameNetwork() const { return Subnet::sameNetwork(subnet.address(), other, subnet.mask()); }

    friend bool operator==(const AddressingStep &, const AddressingStep &) = default;
};

// What a step of a LAN scenario did, besides the frame it moved.
struct LanStepDetail
{
    std::optional<RouteDecision> route;
    std::optional<SwitchDecision> switchDecision;
    QList<ReceiveOutcome> outcomes; // one per station the frame reached, in port order
    std::optional<AddressingStep> addressing;
    QList<MacAddress> agedOut; // MACs a switch forgot in this step
    QString station;           // the station a send, timeout or error belongs to

    friend bool operator==(const LanStepDetail &, const LanStepDetail &) = default;
};

// Every ARP cache and MAC table after a step: what seeking restores.
struct LanState
{
    QList<ArpCache> arpCaches; // one per station, in topology order
    QList<MacTable> macTables; // one per switch

    const ArpCache *cache(const QString &station) const;
    const MacTable *macTable(const QString &switchName) const;

    friend bool operator==(const LanState &, const LanState &) = default;
};

template <typename MacSource>
Parsed<LanTopology> LanTopology::build(const Plan &plan, MacSource &&nextMac)
{
    QList<MacAddress> macs;
    const qsizetype count = qsizetype(plan.networks.size()) * (qMax(0, plan.hostsPerLan) + 1);
    for (qsizetype i = 0; i < count && i < 4096; ++i)
        macs.append(nextMac());
    return layOut(plan, macs);
}

} // namespace NetSteps
