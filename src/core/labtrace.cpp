#include "labtrace.h"

#include "pythonbytes.h"
#include "scenariobuilder.h"

#include <QCoreApplication>

#include <algorithm>


namespace NetSteps {

namespace {

// How many bytes of a message a send() step's text quotes; the step's segment carries them all.
constexpr qsizetype quotedBytes = 24;
// The most one segment carries on Linux's loopback (its MTU of 65536 less the IPv4 and TCP
// headers and TCP's timestamp option).
constexpr qsizetype loopbackMss = 65483;

using Side = LabTraceEvent::Side;
using Kind = LabTraceEvent::Kind;

QString sideName(Side side)
{
    return side == Side::Client ? QCoreApplication::translate("NetSteps::LabTrace", "the client")
                                : QCoreApplication::translate("NetSteps::LabTrace", "the server");
}

class Replay
{
public:
    Replay(ScenarioBuilder &builder, Side localSide, int backlog)
        : m_b(builder), m_localServer(localSide == Side::Server), m_backlog(backlog)
    {
    }

    // Performs one event, or returns why the model cannot take it in the state it is in (and
    // then changes nothing, but for a handshake that did not complete: its steps stay). The
    // builder throws std::logic_error only where this already checked.
    QString perform(const LabTraceEvent &event)
    {
        if (event.kind == Kind::Established)
            return establish();
        if (!m_established)
            return QCoreApplication::translate("NetSteps::LabTrace", "%1 acted before the connection was established")
                .arg(sideName(event.side));
        const QString name = actor(event.side);
        const TcpControlBlock &tcb = *m_b.controlBlock(name);
        const auto refuse = [&](const QString &call) {
            return QCoreApplication::translate("NetSteps::LabTrace", "%1 of %2 does not apply in %3")
                .arg(call, sideName(event.side), tcpStateName(tcb.state));
        };
        switch (event.kind) {
        case Kind::Established:
            break;
        case Kind::Sent: {
            const QString call = QStringLiteral("send(%1)").arg(pythonBytesPreview(event.data, quotedBytes));
            if (event.data.isEmpty() || !TcpTransitionTable::find(tcb.state, TcpEvent::Send, tcb.passiveOpen))
                return refuse(call);
            // One segment carries at most what fits in an IPv4 packet; the kernel cuts more into
            // segments of at most loopback's MSS, each drawn as it goes.
            for (qsizetype offset = 0; offset < event.data.size(); offset += loopbackMss) {
                const QByteArray piece = event.data.mid(offset, loopbackMss);
                m_b.call(name, TcpEvent::Send,
                         offset == 0 ? call : QStringLiteral("send(%1)").arg(pythonBytesPreview(piece, quotedBytes)), piece);
                deliverAll();
            }
            return {};
        }
        case Kind::Closed:
            if (!TcpTransitionTable::find(tcb.state, TcpEvent::Close, tcb.passiveOpen))
                return refuse(QStringLiteral("close()"));
            m_b.call(name, TcpEvent::Close, QStringLiteral("close()"));
            break;
        case Kind::Reset:
            if (!TcpTransitionTable::find(tcb.state, TcpEvent::Abort, tcb.passiveOpen))
                return refuse(QStringLiteral("close() with SO_LINGER 0"));
            m_b.call(name, TcpEvent::Abort, QStringLiteral("close() with SO_LINGER 0"));
            break;
        case Kind::TimeWaitOver:
            if (tcb.state != TcpState::TimeWait)
                return refuse(QCoreApplication::translate("NetSteps::LabTrace", "the end of TIME-WAIT"));
            m_b.expire(name, TimerState::Kind::TwoMsl);
            return {};
        }
        deliverAll();
        return {};
    }

private:
    QString establish()
    {
        if (m_established)
            return QCoreApplication::translate("NetSteps::LabTrace", "the connection was established twice");
        const QString server = LabTrace::serverName();
        const QString client = LabTrace::clientName();
        if (m_localServer)
            m_b.listen(server, m_backlog);
        else
            m_b.call(server, TcpEvent::PassiveOpen, QStringLiteral("listen()"));
        m_b.call(client, TcpEvent::ActiveOpen, QStringLiteral("connect()"));
        deliverAll(); // SYN, SYN,ACK, ACK
        // A real connection's handshake completes here; a trace of another (say, the same
        // address and port at both ends) must not go on as if it had.
        const QString accepted = actor(Side::Server);
        const TcpControlBlock *end = m_b.controlBlock(accepted);
        if (m_b.controlBlock(client)->state != TcpState::Established || !end || end->state != TcpState::Established)
            return QCoreApplication::translate("NetSteps::LabTrace", "the handshake did not complete in the model");
        if (m_localServer)
            m_b.accept(server);
        m_established = true;
        return {};
    }

    QString actor(Side side) const
    {
        if (side == Side::Client)
            return LabTrace::clientName();
        // NetSteps' listener stays in LISTEN; the connection it accepted is the server's side.
        return m_localServer ? ScenarioBuilder::connectionName(LabTrace::serverName(), LabTrace::clientName())
                             : LabTrace::serverName();
    }

    // Loopback delivers a segment in microseconds: everything a call put on the wire arrives, and
    // what that arrival sends (an ACK) arrives too, before the program's next call. Each delivery
    // answers with at most one segment and an ACK is never answered, so this ends in a few
    // deliveries; the bound only guards the loop.
    void deliverAll()
    {
        for (int delivered = 0; m_b.inFlightCount() > 0 && delivered < 16; ++delivered)
            m_b.deliverNext();
    }

    ScenarioBuilder &m_b;
    bool m_localServer;
    int m_backlog;
    bool m_established = false;
};

TcpControlBlock endpointBlock(const QString &name, const LabTrace::Address &own, const LabTrace::Address &peer,
                              SeededRandom &random)
{
    TcpControlBlock tcb;
    tcb.name = name;
    tcb.address = own.address;
    tcb.port = own.port;
    tcb.peerAddress = peer.address;
    tcb.iss = random.next32();
    // Loopback has no Ethernet: its frames carry the all-zero MAC addresses a capture on lo shows.
    return tcb;
}

} // namespace

LabTrace::LabTrace(QString id, LabTraceEvent::Side localSide, Address client, Address server, quint64 seed,
                   int backlog)
    : m_id(std::move(id)), m_localSide(localSide), m_client(client), m_server(server), m_seed(seed),
      m_backlog(std::max(0, backlog))
{
}

QString LabTrace::clientName()
{
    return QStringLiteral("client");
}

QString LabTrace::serverName()
{
    return QStringLiteral("server");
}

bool LabTrace::add(const LabTraceEvent &event)
{
    if (event.kind == Kind::Sent) {
        if (m_drawnMessages >= maxDrawnMessages) {
            ++m_omitted;
            m_omittedBytes += event.data.size();
            return false;
        }
        ++m_drawnMessages;
    }
    m_events.append(event);
    return true;
}

Scenario LabTrace::scenario(QString *stoppedReason) const
{
    ScenarioParameters parameters;
    parameters.seed = m_seed;
    ScenarioBuilder b(m_id, parameters);
    TcpControlBlock client = endpointBlock(clientName(), m_client, m_server, b.random());
    client.peerPort = m_server.port;
    TcpControlBlock server = endpointBlock(serverName(), m_server, m_client, b.random());
    b.addEndpoint(client);
    b.addEndpoint(server);
    b.recordInitial();

    QString reason;
    Replay replay(b, m_localSide, m_backlog);
    if (m_client.address == m_server.address && m_client.port == m_server.port)
        reason = QCoreApplication::translate("NetSteps::LabTrace", "The client and the server have the same address and port.");
    for (const LabTraceEvent &event : m_events) {
        if (!reason.isEmpty())
            break;
        reason = replay.perform(event);
        if (!reason.isEmpty()) {
            // The steps recorded so far stand; the rest of the connection is left undrawn.
            reason = QCoreApplication::translate("NetSteps::LabTrace", "The model cannot follow this connection further: %1.")
                         .arg(reason);
            break;
        }
    }
    if (stoppedReason)
        *stoppedReason = reason;
    return b.finish();
}

Scenario socketLabSession(const ScenarioParameters &parameters)
{
    SeededRandom random(parameters.seed);
    const Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
    const auto clientPort = quint16(random.bounded(32768, 60999)); // Linux's ephemeral range (ip_local_port_range)
    LabTrace trace(QStringLiteral("socket-lab"), Side::Server, {loopback, clientPort}, {loopback, 8080},
                   parameters.seed);
    trace.add(Kind::Established, Side::Client);
    trace.add(Kind::Sent, Side::Server, "Welcome!");
    trace.add(Kind::Sent, Side::Client, "Rose");
    trace.add(Kind::Sent, Side::Server, "Hello, Rose!");
    trace.add(Kind::Sent, Side::Client, "exit");
    trace.add(Kind::Closed, Side::Server);
    trace.add(Kind::Closed, Side::Client);
    trace.add(Kind::TimeWaitOver, Side::Server); // the server closed first: its side waited in TIME-WAIT
    return trace.scenario();
}

} // namespace NetSteps
