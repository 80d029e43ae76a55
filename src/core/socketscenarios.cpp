#include "socketscenarios.h"

#include "tcpscenarios.h"

namespace NetSteps::SocketScenarios {

namespace {

const QString clientName = QStringLiteral("client");
const QString serverName = QStringLiteral("server");
const QString clientUdpName = QStringLiteral("client (UDP)");
const QString serverUdpName = QStringLiteral("server (UDP)");
const Ipv4Address clientAddress = Ipv4Address::fromOctets(192, 168, 1, 10);
const Ipv4Address serverAddress = Ipv4Address::fromOctets(192, 168, 1, 20);
constexpr quint16 udpServerPort = 9090;
constexpr quint16 closedPort = 9999; // no socket on the server's host is bound to it

UdpSocketState udpSocket(const QString &name, Ipv4Address address, quint16 port, MacAddress mac)
{
    UdpSocketState socket;
    socket.name = name;
    socket.address = address;
    socket.port = port;
    socket.mac = mac;
    return socket;
}

} // namespace

Scenario udpExchange(const ScenarioParameters &parameters)
{
    ScenarioBuilder b(QStringLiteral("udp-exchange"), parameters);
    // Linux gives an unbound UDP socket an ephemeral port at its first sendto() (autobind), from
    // net.ipv4.ip_local_port_range (32768-60999 by default).
    const quint16 clientPort = quint16(b.random().bounded(32768, 60999));
    const MacAddress clientMac = b.randomMac();
    const MacAddress serverMac = b.randomMac();
    b.addUdpSocket(udpSocket(clientName, clientAddress, clientPort, clientMac));
    b.addUdpSocket(udpSocket(serverName, serverAddress, udpServerPort, serverMac));
    b.recordInitial();
    // Notes are read in the narrator's context for scenario remarks, "NetSteps::TcpScenarios".
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios", "The server has only called socket(AF_INET, SOCK_DGRAM) and bind(('192.168.1.20', 9090)): "
                         "no listen(), no accept(). The client has called socket() alone."));

    // One datagram each way: no handshake before it, no acknowledgment after it.
    b.udpSendTo(clientName, "hello", serverAddress, udpServerPort);
    b.deliverNext();
    b.udpReceive(serverName, QStringLiteral("recvfrom"), 1024);
    b.udpSendTo(serverName, "HELLO", clientAddress, clientPort, 2);
    b.deliverNext();
    b.udpReceive(clientName, QStringLiteral("recvfrom"), 1024);

    // A port where nothing listens, from the unconnected socket: the ICMP comes back, and the
    // socket never hears of it; recvfrom() with a timeout (settimeout(2.0)) times out.
    b.udpSendTo(clientName, "ping", serverAddress, closedPort, 5);
    b.deliverNext(); // the server's host answers ICMP port unreachable
    b.deliverNext(); // the ICMP reaches the client's host, which reports nothing
    b.udpReceive(clientName, QStringLiteral("recvfrom"), 1024, 2000);

    // The same socket, now connected to that port: the ICMP becomes ECONNREFUSED.
    b.udpConnect(clientName, serverAddress, closedPort, 5);
    b.udpSend(clientName, "ping");
    b.deliverNext();
    b.deliverNext();
    b.udpReceive(clientName, QStringLiteral("recv"), 1024);
    return b.finish();
}

Scenario sendVsSendall(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = TcpScenarios::twoParty(QStringLiteral("send-vs-sendall"), parameters);
    b.establish(clientName, serverName);
    // setsockopt(SO_SNDBUF, 4096): Linux stores twice the value (getsockopt then reads 8192) to
    // leave room for its own bookkeeping, and counts that bookkeeping against the buffer too
    // (sk_wmem_queued counts each buffer's truesize). The model counts data bytes only, up to
    // the 4096 asked for; a real send() takes a similar count, not the same one.
    b.setSendBuffer(clientName, sendBufferBytes);
    b.recordInitial();
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios", "The client called setsockopt(SOL_SOCKET, SO_SNDBUF, 4096) and settimeout(5.0) before "
                         "connecting. Linux doubles the value it is given (getsockopt reads 8192) to leave room for "
                         "its own bookkeeping; the model holds 4096 bytes of data."));

    QByteArray message(sendallMessageBytes, 'x');
    for (qsizetype i = 0; i < message.size(); ++i)
        message[i] = char('a' + i % 26);
    // send() takes what fits and says how much: the program still holds the rest.
    const qsizetype first = b.tcpSend(clientName, QStringLiteral("send(data)"), message);
    for (int segment = 0; segment < 2 * ((first + TcpEndpoint::mss - 1) / TcpEndpoint::mss); ++segment)
        b.deliverNext(); // each segment to the server, then each ACK back, which frees the buffer
    // sendall() calls send() again and again until everything is taken; between its calls it
    // waits until the ACKs free room (poll() for writability, within the timeout).
    QByteArray rest = message.mid(first);
    for (int part = 1; !rest.isEmpty(); ++part) {
        const QString call = part == 1 ? QStringLiteral("sendall(data[%1:]): send()").arg(first)
                                       : QStringLiteral("sendall(…): send() #%1").arg(part);
        const qsizetype taken = b.tcpSend(clientName, call, rest, part, part == 1 ? 3 : 1);
        rest.remove(0, taken);
        for (int segment = 0; segment < 2 * ((taken + TcpEndpoint::mss - 1) / TcpEndpoint::mss); ++segment)
            b.deliverNext();
    }
    b.tcpReceive(serverName, 65536, 2);
    return b.finish();
}

Scenario streamVsDatagram(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = TcpScenarios::twoParty(QStringLiteral("stream-vs-datagram"), parameters);
    b.establish(clientName, serverName);
    // Each program has a UDP socket too, drawn on its host's lifeline beside the TCP connection.
    const quint16 clientUdpPort = quint16(b.random().bounded(32768, 60999));
    b.addUdpSocket(udpSocket(clientUdpName, clientAddress, clientUdpPort, b.macOf(clientAddress)));
    b.addUdpSocket(udpSocket(serverUdpName, serverAddress, udpServerPort, b.macOf(serverAddress)));
    b.shareLifeline(clientUdpName, clientName);
    b.shareLifeline(serverUdpName, serverName);
    b.recordInitial();
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios", "The client set TCP_NODELAY, so each send() leaves at once in a segment of its own. With "
                         "Nagle's algorithm (the default) Linux would even hold the second and third back and send "
                         "them together."));

    // TCP: three messages, three segments, and the server's program has not called recv() yet.
    b.tcpSend(clientName, QStringLiteral("send(b'one')"), "one");
    b.tcpSend(clientName, QStringLiteral("send(b'two')"), "two", 0, 0);
    b.tcpSend(clientName, QStringLiteral("send(b'three')"), "three", 0, 0);
    for (int i = 0; i < 6; ++i)
        b.deliverNext(); // three segments, each acknowledged at once (a fresh connection's quick ACKs)
    b.tcpReceive(serverName, 1024, 5); // one recv() returns all 11 bytes

    // UDP: the same three messages are three datagrams, and each recvfrom() returns one.
    b.udpSendTo(clientUdpName, "one", serverAddress, udpServerPort, 5);
    b.udpSendTo(clientUdpName, "two", serverAddress, udpServerPort, 0);
    b.udpSendTo(clientUdpName, "three", serverAddress, udpServerPort, 0);
    for (int i = 0; i < 3; ++i)
        b.deliverNext();
    for (int i = 0; i < 3; ++i)
        b.udpReceive(serverUdpName, QStringLiteral("recvfrom"), 1024, 0, 1);

    // The fix over TCP: every message ends with "\n", and the receiver cuts the stream at each one,
    // keeping an incomplete tail for the next recv(). recv(8) shows a message split as well.
    b.tcpSend(clientName, QStringLiteral("send(b'four\\n')"), "four\n", 0, 5);
    b.tcpSend(clientName, QStringLiteral("send(b'five\\n')"), "five\n", 0, 0);
    for (int i = 0; i < 4; ++i)
        b.deliverNext();
    b.tcpReceive(serverName, 8, 5);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios", "The server's program splits what it has at each \"\\n\": b'four' is a whole message; b'fiv' has "
                         "no \"\\n\" yet, so the program keeps it in its own buffer until the rest arrives."));
    b.tcpReceive(serverName, 8);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios", "The buffer now holds b'five\\n': the second message is whole. A length prefix (say 4 bytes "
                         "giving the length, then the message) works the same way and allows any bytes in a message."));
    return b.finish();
}

} // namespace NetSteps::SocketScenarios
