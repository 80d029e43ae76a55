#include "tcpscenarios.h"

namespace NetSteps::TcpScenarios {

ScenarioBuilder twoParty(const QString &id, const ScenarioParameters &parameters)
{
    ScenarioBuilder b(id, parameters);
    TcpControlBlock client;
    client.name = QStringLiteral("client");
    client.address = Ipv4Address::fromOctets(192, 168, 1, 10);
    client.port = quint16(b.random().bounded(49152, 65535)); // the IANA ephemeral range
    client.mac = b.randomMac();
    client.iss = b.random().next32();

    TcpControlBlock server;
    server.name = QStringLiteral("server");
    server.address = Ipv4Address::fromOctets(192, 168, 1, 20);
    server.port = 8080;
    server.mac = b.randomMac();
    server.iss = b.random().next32();

    client.peerAddress = server.address;
    client.peerPort = server.port;
    client.peerMac = server.mac;
    server.peerAddress = client.address;
    server.peerMac = client.mac;

    b.addEndpoint(client);
    b.addEndpoint(server);
    return b;
}

Scenario handshake(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = twoParty(QStringLiteral("tcp-handshake"), parameters);
    b.recordInitial();
    b.call(QStringLiteral("server"), TcpEvent::PassiveOpen, QStringLiteral("listen()"));
    b.call(QStringLiteral("client"), TcpEvent::ActiveOpen, QStringLiteral("connect()"));
    b.deliverNext(); // SYN → server
    b.deliverNext(); // SYN,ACK → client
    b.deliverNext(); // ACK → server
    return b.finish();
}

Scenario close(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = twoParty(QStringLiteral("tcp-close"), parameters);
    b.establish(QStringLiteral("client"), QStringLiteral("server"));
    b.recordInitial();
    b.call(QStringLiteral("client"), TcpEvent::Close, QStringLiteral("close()"));
    b.deliverNext(); // FIN → server, which ACKs it and enters CLOSE-WAIT
    b.deliverNext(); // ACK → client: FIN-WAIT-2
    b.call(QStringLiteral("server"), TcpEvent::Close, QStringLiteral("close()"), {}, 5);
    b.deliverNext(); // FIN → client: TIME-WAIT
    b.deliverNext(); // ACK → server: CLOSED
    b.expire(QStringLiteral("client"), TimerState::Kind::TwoMsl);
    return b.finish();
}

} // namespace NetSteps::TcpScenarios
