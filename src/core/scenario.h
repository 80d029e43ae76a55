#pragma once

#include "frame.h"
#include "lan.h"
#include "tcpendpoint.h"
#include "tcptransitiontable.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace NetSteps {

// Linux holds a connection in TIME-WAIT for a fixed 60 s (TCP_TIMEWAIT_LEN), whatever the MSL.
inline constexpr qint64 linuxTimeWaitMs = 60 * 1000;

// A timer that runs in the simulated world, such as the 2MSL timer of TIME-WAIT.
struct TimerState
{
    enum class Kind { TwoMsl, Retransmission, Keepalive };
    QString endpoint;
    Kind kind = Kind::TwoMsl;
    qint64 startedMs = 0;
    qint64 deadlineMs = 0;

    friend bool operator==(const TimerState &, const TimerState &) = default;
};

// A listening socket opened with listen(backlog) and the connections it created. As on Linux,
// each SYN it answers creates a new connection (a child control block) while the listener stays
// in LISTEN; a connection whose handshake is complete waits in the accept queue until accept()
// takes it. This is the sockets layer's bookkeeping: RFC 9293 has no backlog.
struct ListenQueue
{
    QString listener;        // the endpoint in LISTEN
    int backlog = 0;         // the argument of listen()
    QStringList connections; // every connection it created, in the order the SYNs arrived
    QStringList queued;      // the accept queue: handshake complete, not yet accepted, oldest first
    QStringList accepted;    // connections accept() has returned, in that order

    // Linux admits a connection while the queue holds no more than backlog (its check is
    // sk_ack_backlog > sk_max_ack_backlog), so the queue holds up to backlog + 1.
    int capacity() const { return backlog + 1; }
    bool isFull() const { return queued.size() >= capacity(); }

    friend bool operator==(const ListenQueue &, const ListenQueue &) = default;
};

// A UDP socket (RFC 768): an address and a port, the peer connect() fixed (if it was called), and
// the datagrams that arrived and wait for recv()/recvfrom(), each kept whole. UDP has no
// connection and no state machine: nothing here is a TCP state.
struct UdpSocketState
{
    QString name;
    Ipv4Address address;
    quint16 port = 0;
    MacAddress mac;
    // Set by connect(): send() goes there, and only datagrams from there are accepted. Linux
    // also reports ICMP errors only to a connected socket (__udp4_lib_err without IP_RECVERR).
    Ipv4Address peerAddress;
    quint16 peerPort = 0;
    QList<QByteArray> receiveQueue; // datagrams arrived and not yet read, oldest first
    QList<std::pair<Ipv4Address, quint16>> receiveSources; // where each queued datagram came from
    // An error the next call on the socket reports (Linux's sk_err): "ECONNREFUSED" after an ICMP
    // port unreachable reached a connected socket; empty when there is none.
    QString pendingError;

    bool isConnected() const { return peerPort != 0; }

    friend bool operator==(const UdpSocketState &, const UdpSocketState &) = default;
};

// The complete state of the simulated world after a step: every endpoint's control block, the
// running timers, the frames still on the wire and the listeners' queues. Seeking to a step
// restores exactly this.
struct WorldState
{
    QList<TcpControlBlock> endpoints;
    QList<TimerState> timers;
    QList<int> inFlight; // ids of transmissions sent and not yet delivered
    QList<ListenQueue> listenQueues;
    LanState lan; // the ARP caches and MAC tables of a LAN scenario
    QList<UdpSocketState> udpSockets;

    const TcpControlBlock *endpoint(const QString &name) const;
    const UdpSocketState *udpSocket(const QString &name) const;
    const TimerState *timer(const QString &endpoint, TimerState::Kind kind) const;
    const ListenQueue *listenQueue(const QString &listener) const;
    // The listener that created this connection, or an empty string for any other endpoint.
    QString listenerOf(const QString &connection) const;
    // The listener's half-open connections (SYN-RECEIVED), which wait in its SYN queue: a queue
    // separate from the accept queue, bounded by net.ipv4.tcp_max_syn_backlog.
    QStringList synQueue(const QString &listener) const;

    friend bool operator==(const WorldState &, const WorldState &) = default;
};

// One frame put on the wire: who sent it, when, and when (if ever) it arrived.
struct Transmission
{
    int id = -1;
    QString from;
    QString to;             // the receiver (on a LAN: the first of `receivers`)
    QStringList receivers;  // on a LAN: every station or switch the frame reaches (a flood reaches many)
    int sentStep = -1;
    qint64 sentMs = 0;
    int deliveredStep = -1; // -1 while in flight, or if it was lost
    qint64 deliveredMs = 0;
    bool lost = false;
    Frame frame;      // the headers and payload it was built from
    QByteArray bytes; // its exact wire bytes (Ethernet II)

    friend bool operator==(const Transmission &, const Transmission &) = default;
};

// A transition one endpoint took during a step, with its row in the transition table.
struct TransitionRecord
{
    QString endpoint;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    TcpEvent event = TcpEvent::RcvAck;
    int row = -1;

    const TcpTransition &transition() const { return TcpTransitionTable::rows().at(row); }
    friend bool operator==(const TransitionRecord &, const TransitionRecord &) = default;
};

// A new socket's bind() to the port of an endpoint, and the kernel's answer (see bindConflict).
struct BindCall
{
    quint16 port = 0;
    bool reuseAddress = false; // SO_REUSEADDR was set on the new socket before bind()
    QString portUser;          // the endpoint whose socket still uses the port, if any
    TcpState portUserState = TcpState::Closed;
    bool addressInUse = false; // bind() fails with EADDRINUSE because of portUser

    friend bool operator==(const BindCall &, const BindCall &) = default;
};

// What a step did to a listener's queues (see ListenQueue).
struct ListenQueueEvent
{
    // Created: a SYN reached the listener, which created `connection` for it. Queued: the
    // connection completed its handshake and joined the accept queue. Accepted: accept()
    // returned it. DroppedQueueFull: the accept queue was full, so the kernel dropped the
    // arriving segment (Linux counts a listen overflow): a SYN for the listener (`connection`
    // empty), or the ACK that would have completed `connection`.
    enum class Kind { None, Created, Queued, Accepted, DroppedQueueFull };
    Kind kind = Kind::None;
    QString listener;
    QString connection;

    friend bool operator==(const ListenQueueEvent &, const ListenQueueEvent &) = default;
};

// What a socket call of the sockets lessons returned (send, sendall's sends, recv, sendto,
// recvfrom, connect on a UDP socket), and what a delivery did to a UDP socket. A TCP state change
// is recorded in the transitions, never here.
struct SocketCallResult
{
    // Returned: the call returned `returned` (bytes taken by a send, or the length of `data` a
    // receive read). Error: it failed with `error` (an errno name). TimedOut: a receive with a
    // timeout found nothing before it ran out. Queued: a datagram reached its socket's receive
    // queue. PortUnreachable: a datagram reached a host where no socket has its port: the kernel
    // answers with ICMP. IcmpReported: an ICMP error reached a connected UDP socket and set its
    // pending error. IcmpIgnored: it reached an unconnected one, and Linux reports nothing.
    enum class Outcome { None, Returned, Error, TimedOut, Queued, PortUnreachable, IcmpReported, IcmpIgnored };
    enum class Transport { Tcp, Udp };
    Outcome outcome = Outcome::None;
    Transport transport = Transport::Tcp;
    QString function;        // "send", "sendall", "recv", "sendto", "recvfrom", "connect"
    qsizetype requested = 0; // bytes handed to a send, or the buffer size given to a receive
    qsizetype returned = 0;  // bytes a send took, or a receive returned
    QByteArray data;         // what a receive returned
    QString error;           // "ECONNREFUSED" (Linux errno 111)
    qsizetype bufferedAfter = 0; // bytes left in the socket's send (or receive) buffer after the call
    qsizetype bufferSize = 0;    // the send buffer's size, for a TCP send on a socket with SO_SNDBUF set
    int sendPart = 0;            // sendall()'s n-th send(), from 1; 0 for any other call
    qint64 waitedMs = 0;         // how long a receive that timed out waited

    friend bool operator==(const SocketCallResult &, const SocketCallResult &) = default;
};

// One event of a scenario. What the step did is described by structured fields; the caption a
// user reads is made from them by Narrator, so it translates.
struct Step
{
    // Loss: a frame vanished on the way (it is `moved`, and never arrives). Decision: something
    // outside TCP that the scenario states, described by `note`. Bind: the actor's program opens
    // a new socket and bind()s it to the actor's port (`bind`); no TCP state changes. An accept()
    // is a SocketCall whose `listenQueue` says which connection it returned; it has no TCP event.
    //
    // The LAN and subnet scenarios use their own kinds, described by `lan`. Addressing: the bit
    // view shows a part of the AND. Route: a station decides where an IPv4 packet goes (the AND)
    // and looks in its ARP cache. LanSend: a station puts a frame on its link (`moved`, to its
    // switch). LanSwitch: a switch learns and forwards, floods or filters the frame that came in
    // (`moved` carries it to its receivers). LanReceive: the stations the frame reached act on it.
    // LanTimeout: an ARP request went unanswered: the station resends it (`moved`) or gives up.
    // LanWait: time passes, and caches and tables age.
    enum class Kind { Initial, SocketCall, Delivery, Loss, Timer, Decision, Bind,
                      Addressing, Route, LanSend, LanSwitch, LanReceive, LanTimeout, LanWait };

    int index = 0;
    qint64 timeMs = 0;
    Kind kind = Kind::Initial;
    QString actor;             // the endpoint that acted or received (for a SYN that creates a connection: the listener)
    QString call;              // for SocketCall: the call as students write it, e.g. "connect()"
    TcpEvent event = TcpEvent::RcvAck; // the TCP event of the actor (not meaningful for Initial, Bind, accept())
    int moved = -1;            // the transmission that travelled (arrived) in this step, or -1
    QList<int> sent;           // transmissions this step put on the wire
    bool ackDelayed = false;   // the receiver held back its ACK (delayed ACK) instead of sending it
    BindCall bind;             // for Bind: the port, the option and the kernel's answer
    ListenQueueEvent listenQueue; // what happened at a listener's queues, if anything
    SocketCallResult socket;   // the sockets lessons: what a call returned, what a datagram did
    const char *note = nullptr; // English source text (context "NetSteps::TcpScenarios"): a Decision, or a remark on the step
    // Why real sockets on loopback cannot perform this step as modelled (English source text,
    // context "NetSteps::TcpScenarios"), or nullptr: a live run is simulated from here on.
    const char *liveLimit = nullptr;
    QList<TransitionRecord> transitions;
    LanStepDetail lan;         // for the LAN and subnet kinds
    WorldState state;          // the complete state after the step

    friend bool operator==(const Step &, const Step &) = default;
};

// Keep-alive as one endpoint of a scenario turned it on (SO_KEEPALIVE), with its timings.
struct KeepaliveSettings
{
    QString endpoint;
    qint64 idleMs = 0;     // idle time before the first probe
    qint64 intervalMs = 0; // between unanswered probes
    int probes = 0;        // unanswered probes before the connection is declared dead

    friend bool operator==(const KeepaliveSettings &, const KeepaliveSettings &) = default;
};

// A deterministic scenario: built from a seed and parameters, an ordered list of steps with
// step 0 the initial state, and every frame that moved.
class Scenario
{
public:
    // The view a scenario is drawn on: a ladder of TCP endpoints, the topology of a LAN, or the
    // bit view of an address and a mask.
    enum class Stage { Ladder, Topology, Bits };

    QString id;
    Stage stage = Stage::Ladder;
    std::optional<LanTopology> topology; // for Stage::Topology
    quint64 seed = 1;
    qint64 mslMs = 120000;
    qint64 oneWayDelayMs = 10;
    QStringList endpointNames; // the endpoints that exist from step 0, one lifeline each
    // A second socket of a program, drawn on the lifeline of the program's first (name → lifeline):
    // the UDP socket beside a TCP connection in stream-vs-datagram.
    QHash<QString, QString> sharedLifelines;
    std::optional<KeepaliveSettings> keepalive;
    QList<Step> steps;
    QList<Transmission> transmissions;

    // The lifeline an endpoint is drawn on: its own for the endpoints the scenario starts with,
    // its listener's for a connection a listener created.
    QString lifeline(const QString &endpoint) const;

    int stepCount() const { return int(steps.size()); }
    int lastStep() const { return int(steps.size()) - 1; }
    const Step &step(int index) const { return steps.at(index); }
    const Transmission &transmission(int id) const { return transmissions.at(id); }
    // The transmissions whose lines a ladder shows at this step: sent at or before it.
    QList<int> transmissionsUpTo(int step) const;
    // Every frame as a capture beside its sender records it: (time in microseconds, bytes), in
    // the order they were sent; on a LAN, only the frames on the sender A1's own link (what a
    // capture on A1 would see). What PcapWriter::toBytes writes.
    QList<std::pair<qint64, QByteArray>> captureRecords() const;

    friend bool operator==(const Scenario &, const Scenario &) = default;
};

} // namespace NetSteps
