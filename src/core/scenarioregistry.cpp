#include "scenarioregistry.h"

#include "labtrace.h"
#include "lanscenarios.h"
#include "socketscenarios.h"
#include "tcpscenarios.h"

#include <QCoreApplication>

namespace NetSteps {

namespace {

constexpr const char *context = "NetSteps::ScenarioRegistry";

// Keep-alive timers short enough to watch with real sockets: whole seconds, as TCP_KEEPIDLE,
// TCP_KEEPINTVL and TCP_KEEPCNT take them.
ScenarioParameters shortKeepalive(const ScenarioParameters &parameters)
{
    ScenarioParameters live = parameters;
    live.keepaliveIdleMs = 2000;
    live.keepaliveIntervalMs = 1000;
    live.keepaliveProbes = 3;
    return live;
}

// The addressing and ARP lessons are drawn on a model LAN; this machine's own interfaces and ARP
// cache are shown beside them instead.
constexpr const char *noLan = QT_TRANSLATE_NOOP(
    "NetSteps::ScenarioRegistry",
    "ARP and switching need a LAN of several machines, which real sockets on one computer cannot stage, so this "
    "lesson is simulated. This computer's own interfaces and ARP cache are shown under Tools > This Machine and by "
    "netsteps-cli arp --system.");

// send-vs-sendall and stream-vs-datagram are performed by the model (their point is a send buffer
// and segment timings a real run cannot pin down); real sockets are for the socket lab.
constexpr const char *simulatedSockets = QT_TRANSLATE_NOOP(
    "NetSteps::ScenarioRegistry",
    "This lesson steps through the model of the calls and of the frames they cause; the live backend does not "
    "perform it. Try the same calls with real sockets in Python on 127.0.0.1.");

} // namespace

QString ScenarioInfo::title() const
{
    return QCoreApplication::translate(context, titleSource);
}

QString ScenarioInfo::simulatedOnlyReason() const
{
    return simulatedOnlySource ? QCoreApplication::translate(context, simulatedOnlySource) : QString();
}

QString ScenarioInfo::liveNote() const
{
    return liveNoteSource ? QCoreApplication::translate(context, liveNoteSource) : QString();
}

QString ScenarioInfo::summary() const
{
    return QCoreApplication::translate(context, summarySource);
}

const QList<ScenarioInfo> &ScenarioRegistry::all()
{
    static const QList<ScenarioInfo> scenarios = {
        {QStringLiteral("subnet-and"), QStringLiteral("addressing"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "The subnet mask AND"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "An address AND its mask, bit by bit: the network, the broadcast address, the hosts, "
                           "and whether a second address is on the same network."),
         &LanScenarios::subnetAnd, noLan},
        {QStringLiteral("subnetting"), QStringLiteral("addressing"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Subnetting"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "Borrow host bits to split a network into 2, 4, 8 … subnets, each with its own range."),
         &LanScenarios::subnetting, noLan},
        {QStringLiteral("arp-same-subnet"), QStringLiteral("arp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "ARP on the same LAN"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The AND says same network: a broadcast request, flooded by the switch, a unicast reply, "
                           "then the frame itself."),
         &LanScenarios::arpSameSubnet, noLan},
        {QStringLiteral("arp-via-gateway"), QStringLiteral("arp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "ARP via the gateway"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "Another network: ARP for the gateway, then the router ARPs on the far LAN; MAC addresses "
                           "change at each hop, IP addresses stay."),
         &LanScenarios::arpViaGateway, noLan},
        {QStringLiteral("arp-cached"), QStringLiteral("arp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "ARP cache hit"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The second time no ARP is needed: the cache already holds the address."),
         &LanScenarios::arpCached, noLan},
        {QStringLiteral("arp-unknown-unicast"), QStringLiteral("arp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Unknown unicast flooding"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The switch has forgotten a MAC address, so it floods a frame that is not a broadcast."),
         &LanScenarios::arpUnknownUnicast, noLan},
        {QStringLiteral("arp-no-reply"), QStringLiteral("arp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "ARP with no reply"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "Nobody has the address: three requests, the entry FAILED, and 'No route to host'."),
         &LanScenarios::arpNoReply, noLan},
        {QStringLiteral("tcp-handshake"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Three-way handshake"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "SYN, SYN,ACK, ACK: a client connects to a listening server."),
         &TcpScenarios::handshake},
        {QStringLiteral("tcp-close"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Four-way close and TIME-WAIT"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The client closes first: FIN, ACK, FIN, ACK, then TIME-WAIT for 2MSL."),
         &TcpScenarios::close},
        {QStringLiteral("tcp-data"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Data transfer"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "A few bytes each way: seq and ack advance by the length of the data."),
         &TcpScenarios::data},
        {QStringLiteral("tcp-close-server"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Close: the server closes first"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The four-way close the other way round: the server ends up in TIME-WAIT."),
         &TcpScenarios::closeServer},
        {QStringLiteral("tcp-close-simultaneous"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Simultaneous close"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "Both sides send FIN at once: each goes through CLOSING, and both wait in TIME-WAIT."),
         &TcpScenarios::closeSimultaneous,
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "On one machine the two FINs cannot be made to cross: loopback delivers the first before the second is sent, so this lesson is simulated.")},
        {QStringLiteral("tcp-close-piggyback"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Close in three segments"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The server's FIN rides on its ACK: FIN, FIN,ACK, ACK, as real stacks often send."),
         &TcpScenarios::closePiggyback,
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Whether the ACK rides on the FIN depends on the kernel's delayed-ACK timer, which a program cannot control, so this lesson is simulated.")},
        {QStringLiteral("tcp-half-close"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Half-close"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The client shuts down its sending side; the server in CLOSE-WAIT keeps sending."),
         &TcpScenarios::halfClose},
        {QStringLiteral("tcp-lost-ack"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Lost last ACK: why 2MSL"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The last ACK is lost; the server resends its FIN and TIME-WAIT answers it."),
         &TcpScenarios::lostAck,
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Loopback never loses a segment, and dropping one needs permissions and tools this lesson does not assume, so it is simulated.")},
        {QStringLiteral("tcp-retransmit"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Retransmission"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "A data segment is lost; the retransmission timer expires and it is sent again."),
         &TcpScenarios::retransmit,
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Loopback never loses a segment, and dropping one needs permissions and tools this lesson does not assume, so it is simulated.")},
        {QStringLiteral("tcp-rst-abort"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Abort with RST"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "close() with SO_LINGER 0 resets the connection: no FIN, no TIME-WAIT."),
         &TcpScenarios::rstAbort},
        {QStringLiteral("tcp-refused"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Connection refused"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "A SYN to a port where nothing listens is answered RST,ACK: 'Connection refused'."),
         &TcpScenarios::refused},
        {QStringLiteral("tcp-simultaneous-open"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Simultaneous open"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "Both sides connect to each other at once: SYN, SYN, then SYN,ACK both ways."),
         &TcpScenarios::simultaneousOpen,
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Two sockets connecting to each other at the same instant cannot be arranged reliably on one machine, so this lesson is simulated.")},
        {QStringLiteral("tcp-keepalive"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Keep-alive"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "An idle connection is probed; when the peer dies, the unanswered probes end it."),
         &TcpScenarios::keepalive, nullptr,
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "The client's keep-alive timers are shortened to 2 s idle, 1 s between probes and 3 probes (TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT), and the server's kernel really answers the probe. From the moment the server dies the lesson is simulated: on loopback the peer's kernel always answers."),
         &shortKeepalive},
        {QStringLiteral("tcp-backlog"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Listen backlog"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "A server listens with backlog 1 and never accepts: what the backlog bounds, and what "
                           "Linux does when the queue is full."),
         &TcpScenarios::backlog},
        {QStringLiteral("tcp-reuseaddr"), QStringLiteral("tcp"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Address already in use"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The server closes first and its port stays in TIME-WAIT: bind() fails without "
                           "SO_REUSEADDR and succeeds with it."),
         &TcpScenarios::reuseAddress},
        {QStringLiteral("socket-lab"), QStringLiteral("sockets"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Socket lab"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "The course's hello server and a client, call by call: run the servers and clients "
                           "for real, or point your own program at them, and watch each call on the diagrams."),
         &socketLabSession},
        {QStringLiteral("udp-exchange"), QStringLiteral("sockets"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "UDP on the ladder"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "One datagram each way with no handshake, then a port where nothing listens: ICMP port "
                           "unreachable, and ECONNREFUSED only on a connected socket."),
         &SocketScenarios::udpExchange, nullptr,
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "Each call is made on a real UDP socket on 127.0.0.1 (ports the kernel chooses stand for the "
                           "model's addresses), and what it returned is shown beside the model's result. The receive "
                           "that times out waits 300 ms for real instead of 2 s. UDP has no connection state for the "
                           "kernel to report.")},
        {QStringLiteral("send-vs-sendall"), QStringLiteral("sockets"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "send() and sendall()"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "A small send buffer: send() takes part of a large message and says how much; sendall() "
                           "calls send() until all of it is taken. Nothing is lost."),
         &SocketScenarios::sendVsSendall, simulatedSockets},
        {QStringLiteral("stream-vs-datagram"), QStringLiteral("sockets"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry", "Byte stream and datagrams"),
         QT_TRANSLATE_NOOP("NetSteps::ScenarioRegistry",
                           "Three TCP sends come out of one recv() together, three UDP datagrams out of three "
                           "recvfrom() calls one by one; then framing messages with a newline."),
         &SocketScenarios::streamVsDatagram, simulatedSockets},
    };
    return scenarios;
}

const ScenarioInfo *ScenarioRegistry::find(QStringView id)
{
    for (const ScenarioInfo &info : all()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QStringList ScenarioRegistry::ids()
{
    QStringList out;
    for (const ScenarioInfo &info : all())
        out.append(info.id);
    return out;
}

QString ScenarioRegistry::topicTitle(const QString &topic)
{
    if (topic == QLatin1String("basics"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "Basics");
    if (topic == QLatin1String("addressing"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "Addressing");
    if (topic == QLatin1String("arp"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "ARP");
    if (topic == QLatin1String("tcp"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "TCP");
    if (topic == QLatin1String("sockets"))
        return QCoreApplication::translate("NetSteps::ScenarioRegistry", "Sockets");
    return topic;
}

std::optional<ParseError> ScenarioRegistry::check(QStringView id, const ScenarioParameters &parameters)
{
    const ScenarioInfo *info = find(id);
    if (!info || (info->topic != QLatin1String("addressing") && info->topic != QLatin1String("arp")))
        return std::nullopt;
    return LanScenarios::check(id, parameters);
}

std::optional<Scenario> ScenarioRegistry::build(QStringView id, const ScenarioParameters &parameters)
{
    const ScenarioInfo *info = find(id);
    if (!info || check(id, parameters))
        return std::nullopt;
    return info->build(parameters);
}

} // namespace NetSteps
