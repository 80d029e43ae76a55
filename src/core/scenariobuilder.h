#pragma once

#include "scenario.h"
#include "seededrandom.h"

#include <QString>

namespace NetSteps {

// Parameters every scenario is built from. The core never reads the wall clock or global
// randomness: the seed decides ISNs, ports and MAC addresses, and time starts at 0.
struct ScenarioParameters
{
    quint64 seed = 1;
    qint64 mslMs = 120000; // RFC 9293's MSL: two minutes, so 2MSL = 240 s
    // Keep-alive (RFC 1122 4.2.3.6): Linux's defaults, net.ipv4.tcp_keepalive_time/intvl/probes.
    qint64 keepaliveIdleMs = 7200 * 1000;
    qint64 keepaliveIntervalMs = 75 * 1000;
    int keepaliveProbes = 9;
    // The subnet lessons: an address and its prefix, a second address for the same-network
    // decision, and how many host bits subnetting borrows (a step for each, 1..borrowBits).
    Subnet subnet{Ipv4Address::fromOctets(192, 168, 1, 10), 26};
    Ipv4Address otherAddress = Ipv4Address::fromOctets(192, 168, 1, 70);
    Subnet subnetToSplit{Ipv4Address::fromOctets(192, 168, 1, 0), 24};
    int borrowBits = 3;
    // The ARP lessons: two LANs joined by a router (the course's 192.168.1.1 and 192.168.2.1).
    LanTopology::Plan lan{{Subnet(Ipv4Address::fromOctets(192, 168, 1, 1), 24),
                           Subnet(Ipv4Address::fromOctets(192, 168, 2, 1), 24)},
                          4, {}};
};

// A locally administered unicast MAC address drawn from the generator.
MacAddress randomMac(SeededRandom &random);

// Performs a scenario on simulated TCP endpoints and records it step by step: each call,
// delivery or timer becomes one Step with the complete state after it.
class ScenarioBuilder
{
public:
    ScenarioBuilder(QString id, const ScenarioParameters &parameters);

    SeededRandom &random() { return m_random; }
    qint64 now() const { return m_nowMs; }
    // How many frames are on the wire, sent and not yet delivered or lost.
    int inFlightCount() const { return int(m_inFlight.size()); }
    // The endpoint's control block as it is now, or nullptr when there is no such endpoint.
    const TcpControlBlock *controlBlock(const QString &name) const;

    // A locally administered unicast MAC address drawn from the seed.
    MacAddress randomMac();

    void addEndpoint(const TcpControlBlock &tcb);
    // Puts two endpoints into ESTABLISHED with each other, as after a completed handshake
    // (before the initial step is recorded).
    void establish(const QString &a, const QString &b);
    quint16 endpointPort(const QString &name) { return endpoint(name).tcb().port; }
    void setPeerPort(const QString &name, quint16 port) { endpoint(name).tcb().peerPort = port; }
    // Records step 0 from the endpoints as they are now.
    void recordInitial();

    // Linux's minimum retransmission timeout (TCP_RTO_MIN), which a link as fast as this one uses;
    // it doubles with each retransmission of the same segment.
    static constexpr qint64 retransmissionTimeoutMs = 200;
    // Linux's timeout for a SYN or SYN,ACK (TCP_TIMEOUT_INIT): no round trip has been measured
    // before the handshake. It doubles with each retransmission too.
    static constexpr qint64 synRetransmissionTimeoutMs = 1000;

    // A user call on an endpoint, after `thinkMs` of simulated time: one step.
    void call(const QString &endpoint, TcpEvent event, const QString &callText, const QByteArray &data = {},
              qint64 thinkMs = 1);
    // The endpoint's program calls listen(backlog): one step. From then on the endpoint creates a
    // new connection for each SYN it answers and stays in LISTEN itself, and its accept queue
    // holds at most backlog + 1 connections (see ListenQueue).
    void listen(const QString &endpoint, int backlog, qint64 thinkMs = 1);
    // The name of the connection a listener creates for a peer's SYN: "server ← client 1".
    static QString connectionName(const QString &listener, const QString &peer);
    // The listener's program calls accept(), which returns the oldest connection in the accept
    // queue: one step, with no segment and no TCP state change.
    void accept(const QString &listener, qint64 thinkMs = 1);
    enum class Ack { Immediate, Delayed };
    // The oldest frame in flight arrives: one step. With Ack::Delayed the receiver holds back a
    // pure ACK it would send (so that it can ride on the next segment, as Linux's delayed ACK does).
    // At a listener opened with listen(backlog), a SYN creates a new connection, or is dropped
    // when the accept queue is full, as is the ACK that would complete a connection then.
    void deliverNext(Ack ack = Ack::Immediate);
    // The oldest frame in flight is lost on the way: one step.
    void loseNext();
    // The endpoint's timer of this kind expires: one step at its deadline.
    void expire(const QString &endpoint, TimerState::Kind kind, TcpEvent event);
    void expire(const QString &endpoint, TimerState::Kind kind);
    // The endpoint turns keep-alive on with these timings; its idle timer starts now, as part of
    // the state after the last step.
    void enableKeepalive(const QString &endpoint, qint64 idleMs, qint64 intervalMs, int probes);
    // Starts a timer of the endpoint, as part of the state after the last step.
    void startTimer(const QString &endpoint, TimerState::Kind kind, qint64 durationMs);
    // The endpoint's program opens a new socket (with SO_REUSEADDR or not) and bind()s it to the
    // endpoint's port: one step, whose outcome is Linux's port check (bindConflict).
    void bind(const QString &endpoint, const QString &callText, bool reuseAddress, qint64 thinkMs = 1);
    // Marks the endpoint's socket as having SO_REUSEADDR (before the initial step is recorded).
    void setReuseAddress(const QString &name, bool on) { endpoint(name).tcb().reuseAddress = on; }
    // A step that states something outside TCP (sourceText in context "NetSteps::TcpScenarios").
    void decision(const QString &actor, const char *sourceText, qint64 afterMs = 0);
    // Marks the last step as one that real sockets on loopback cannot perform as modelled
    // (sourceText in context "NetSteps::TcpScenarios"): a live run is simulated from there.
    void limitLive(const char *sourceText) { m_scenario.steps.last().liveLimit = sourceText; }
    // Adds a remark to the last step (sourceText in context "NetSteps::TcpScenarios").
    void remark(const char *sourceText);

    // --- The sockets lessons (scenariobuildersockets.cpp) ---

    // A UDP socket, bound to its address and port (before the initial step is recorded).
    void addUdpSocket(const UdpSocketState &socket);
    // The MAC address of the host that has this IPv4 address (a socket's or endpoint's).
    MacAddress macOf(Ipv4Address address) const;
    // Draws a second socket of a program on the lifeline of its first (see Scenario::sharedLifelines).
    void shareLifeline(const QString &socket, const QString &lifeline);
    // setsockopt(SO_SNDBUF, bytes) on a TCP endpoint, as the model holds it: its send buffer
    // keeps at most `bytes` of data sent and not yet acknowledged (before the initial step).
    void setSendBuffer(const QString &name, qsizetype bytes);
    // send(data) on an ESTABLISHED TCP endpoint whose socket has a timeout (or is non-blocking):
    // one step. It takes as many bytes as its send buffer has room for, returns that count, and
    // the bytes go out at once in segments of at most one MSS. sendallPart > 0 marks the n-th
    // send() that sendall() makes. Returns the count taken.
    qsizetype tcpSend(const QString &name, const QString &callText, const QByteArray &data, int sendallPart = 0,
                      qint64 thinkMs = 1);
    // recv(bufferSize) on a TCP endpoint with data waiting: one step that returns every byte
    // buffered so far, up to bufferSize, whichever segments brought them.
    QByteArray tcpReceive(const QString &name, qsizetype bufferSize, qint64 thinkMs = 1);
    // sendto(data, (address, port)) on a UDP socket: one step, one datagram on the wire.
    void udpSendTo(const QString &name, const QByteArray &data, Ipv4Address address, quint16 port, qint64 thinkMs = 1);
    // connect((address, port)) on a UDP socket: one step that sends nothing and only records the peer.
    void udpConnect(const QString &name, Ipv4Address address, quint16 port, qint64 thinkMs = 1);
    // send(data) on a connected UDP socket: one step, one datagram to its peer.
    void udpSend(const QString &name, const QByteArray &data, qint64 thinkMs = 1);
    // recvfrom(bufferSize) (or recv, on a connected socket) on a UDP socket: one step. It reports
    // a pending error if there is one, else returns the oldest datagram (cut to bufferSize; Linux
    // discards the rest), else, with a timeout, waits timeoutMs and times out.
    void udpReceive(const QString &name, const QString &function, qsizetype bufferSize, qint64 timeoutMs = 0,
                    qint64 thinkMs = 1);

    Scenario finish();

private:
    UdpSocketState &udpSocket(const QString &name);
    QString hostOf(Ipv4Address address) const;
    void deliverDatagram(Step &step, Transmission arrived); // a copy: replying appends to the transmissions
    void transmitFrame(Step &step, const QString &from, const QString &to, Frame frame);

    TcpEndpoint &endpoint(const QString &name);
    Step &beginStep(Step::Kind kind, const QString &actor);
    void record(Step &step, const QString &actor, const TcpEndpoint::Outcome &outcome);
    void transmit(Step &step, const QString &from, const TcpHeader &segment, const QByteArray &payload);
    QString route(const QString &from, const Ipv4Header &ip, const TcpHeader &segment) const;
    ListenQueue *listenQueue(const QString &listener);
    ListenQueue *queueHolding(const QString &connection);
    QString createConnection(ListenQueue &queue, const QString &peer, const Frame &syn);
    void applyTimer(const QString &endpoint, TcpTimerAction action);
    void updateRetransmissionTimer(const QString &endpoint, bool sentNewData);
    void removeTimer(const QString &endpoint, TimerState::Kind kind);
    void endStep(Step &step);

    Scenario m_scenario;
    SeededRandom m_random;
    qint64 m_nowMs = 0;
    QList<TcpEndpoint> m_endpoints;
    QList<TimerState> m_timers;
    QList<int> m_inFlight;
    QList<ListenQueue> m_listenQueues;
    QList<UdpSocketState> m_udpSockets;
    quint16 m_nextIpId = 0;
};

} // namespace NetSteps
