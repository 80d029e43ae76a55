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

namespace {

const QString clientName = QStringLiteral("client");
const QString serverName = QStringLiteral("server");

// An established connection, recorded as step 0.
ScenarioBuilder established(const QString &id, const ScenarioParameters &parameters)
{
    ScenarioBuilder b = twoParty(id, parameters);
    b.establish(clientName, serverName);
    b.recordInitial();
    return b;
}

// The rest of a close once `first` has closed and the peer has acknowledged: the peer closes,
// the first side acknowledges from TIME-WAIT, and 2MSL later it is gone.
void finishClose(ScenarioBuilder &b, const QString &first, const QString &second)
{
    b.call(second, TcpEvent::Close, QStringLiteral("close()"), {}, 5);
    b.deliverNext(); // FIN → first: TIME-WAIT
    b.deliverNext(); // ACK → second: CLOSED
    b.expire(first, TimerState::Kind::TwoMsl);
}

} // namespace

Scenario handshake(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = twoParty(QStringLiteral("tcp-handshake"), parameters);
    b.recordInitial();
    b.call(serverName, TcpEvent::PassiveOpen, QStringLiteral("listen()"));
    b.call(clientName, TcpEvent::ActiveOpen, QStringLiteral("connect()"));
    b.deliverNext(); // SYN → server
    b.deliverNext(); // SYN,ACK → client
    b.deliverNext(); // ACK → server
    return b.finish();
}

Scenario close(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-close"), parameters);
    b.call(clientName, TcpEvent::Close, QStringLiteral("close()"));
    b.deliverNext(); // FIN → server, which ACKs it and enters CLOSE-WAIT
    b.deliverNext(); // ACK → client: FIN-WAIT-2
    finishClose(b, clientName, serverName);
    return b.finish();
}

Scenario data(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-data"), parameters);
    b.call(clientName, TcpEvent::Send, QStringLiteral("send(b'Rose')"), "Rose");
    b.deliverNext(); // data → server, which acknowledges u + 4
    b.deliverNext(); // ACK → client
    b.call(serverName, TcpEvent::Send, QStringLiteral("send(b'Hello, Rose!')"), "Hello, Rose!", 2);
    b.deliverNext(); // data → client, which acknowledges v + 12
    b.deliverNext(); // ACK → server
    return b.finish();
}

Scenario closeServer(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-close-server"), parameters);
    b.call(serverName, TcpEvent::Close, QStringLiteral("close()"));
    b.deliverNext(); // FIN → client: CLOSE-WAIT, ACK back
    b.deliverNext(); // ACK → server: FIN-WAIT-2
    finishClose(b, serverName, clientName);
    return b.finish();
}

Scenario closeSimultaneous(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-close-simultaneous"), parameters);
    b.call(clientName, TcpEvent::Close, QStringLiteral("close()"));
    b.call(serverName, TcpEvent::Close, QStringLiteral("close()"), {}, 0);
    b.deliverNext(); // client's FIN → server: CLOSING
    b.deliverNext(); // server's FIN → client: CLOSING
    b.deliverNext(); // ACK → client: TIME-WAIT
    b.deliverNext(); // ACK → server: TIME-WAIT
    b.expire(clientName, TimerState::Kind::TwoMsl);
    b.expire(serverName, TimerState::Kind::TwoMsl);
    return b.finish();
}

Scenario closePiggyback(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-close-piggyback"), parameters);
    b.call(clientName, TcpEvent::Close, QStringLiteral("close()"));
    b.deliverNext(ScenarioBuilder::Ack::Delayed); // FIN → server: CLOSE-WAIT, its ACK waits
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "The server's ACK is delayed (Linux typically waits 40 ms, at most 200 ms, for something to send with it), "
                               "and its application reads the end of the stream and closes at once."));
    b.call(serverName, TcpEvent::Close, QStringLiteral("close()"));
    b.deliverNext(); // FIN,ACK → client: it acknowledges the client's FIN too, so FIN-WAIT-1 → TIME-WAIT
    b.deliverNext(); // ACK → server: CLOSED
    b.expire(clientName, TimerState::Kind::TwoMsl);
    return b.finish();
}

Scenario halfClose(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-half-close"), parameters);
    b.call(clientName, TcpEvent::Close, QStringLiteral("shutdown(SHUT_WR)"));
    b.deliverNext(); // FIN → server: CLOSE-WAIT
    b.deliverNext(); // ACK → client: FIN-WAIT-2
    b.call(serverName, TcpEvent::Send, QStringLiteral("send(b'still here')"), "still here", 3);
    b.deliverNext(); // data → client, received in FIN-WAIT-2
    b.deliverNext(); // ACK → server
    finishClose(b, clientName, serverName);
    return b.finish();
}

Scenario lostAck(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-lost-ack"), parameters);
    b.call(clientName, TcpEvent::Close, QStringLiteral("close()"));
    b.deliverNext(); // FIN → server
    b.deliverNext(); // ACK → client
    b.call(serverName, TcpEvent::Close, QStringLiteral("close()"), {}, 5);
    b.deliverNext(); // FIN → client: TIME-WAIT, last ACK sent
    b.loseNext();    // the last ACK is lost
    b.expire(serverName, TimerState::Kind::Retransmission); // the server resends its FIN
    b.deliverNext(); // FIN again → client, answered from TIME-WAIT, 2MSL restarts
    b.deliverNext(); // ACK → server: CLOSED
    b.expire(clientName, TimerState::Kind::TwoMsl);
    return b.finish();
}

Scenario retransmit(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-retransmit"), parameters);
    b.call(clientName, TcpEvent::Send, QStringLiteral("send(b'Rose')"), "Rose");
    b.loseNext(); // the data segment is lost
    b.expire(clientName, TimerState::Kind::Retransmission); // resent from SND.UNA
    b.deliverNext(); // data → server
    b.deliverNext(); // ACK → client
    return b.finish();
}

Scenario rstAbort(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-rst-abort"), parameters);
    b.call(clientName, TcpEvent::Abort, QStringLiteral("close() with SO_LINGER 0"));
    b.deliverNext(); // RST,ACK → server: CLOSED, ECONNRESET
    return b.finish();
}

Scenario refused(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = twoParty(QStringLiteral("tcp-refused"), parameters);
    b.recordInitial();
    b.call(clientName, TcpEvent::ActiveOpen, QStringLiteral("connect()"));
    b.deliverNext(); // SYN → a port with no listener: RST,ACK
    b.deliverNext(); // RST,ACK → client: CLOSED, ECONNREFUSED
    return b.finish();
}

Scenario simultaneousOpen(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = twoParty(QStringLiteral("tcp-simultaneous-open"), parameters);
    b.setPeerPort(serverName, b.endpointPort(clientName));
    b.recordInitial();
    b.call(clientName, TcpEvent::ActiveOpen, QStringLiteral("connect()"));
    b.call(serverName, TcpEvent::ActiveOpen, QStringLiteral("connect()"), {}, 0);
    b.deliverNext(); // client's SYN → server: SYN-RECEIVED, SYN,ACK
    b.deliverNext(); // server's SYN → client: SYN-RECEIVED, SYN,ACK
    b.deliverNext(); // server's SYN,ACK → client: ESTABLISHED
    b.deliverNext(); // client's SYN,ACK → server: ESTABLISHED
    return b.finish();
}

Scenario keepalive(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = established(QStringLiteral("tcp-keepalive"), parameters);
    b.enableKeepalive(clientName, parameters.keepaliveIdleMs, parameters.keepaliveIntervalMs,
                      parameters.keepaliveProbes);
    b.expire(clientName, TimerState::Kind::Keepalive); // idle for the keep-alive time: probe
    const ScenarioParameters linux;
    const bool linuxDefaults = parameters.keepaliveIdleMs == linux.keepaliveIdleMs
        && parameters.keepaliveIntervalMs == linux.keepaliveIntervalMs
        && parameters.keepaliveProbes == linux.keepaliveProbes;
    b.remark(linuxDefaults
                 ? QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                                     "The timings are Linux's defaults (net.ipv4.tcp_keepalive_time 7200 s, "
                                     "tcp_keepalive_intvl 75 s, tcp_keepalive_probes 9); the course quotes 2 hours, "
                                     "75 s and 10 probes. A program turns keep-alive on with SO_KEEPALIVE and can "
                                     "shorten the times with TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT.")
                 : QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                                     "The client shortened the timings with TCP_KEEPIDLE, TCP_KEEPINTVL and TCP_KEEPCNT "
                                     "after turning keep-alive on with SO_KEEPALIVE. Linux's defaults are 7200 s, "
                                     "75 s and 9 probes (net.ipv4.tcp_keepalive_time, _intvl, _probes); the course "
                                     "quotes 2 hours, 75 s and 10 probes."));
    b.deliverNext(); // the probe → server, which answers with an ACK
    b.deliverNext(); // ACK → client: the peer is alive
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "This ACK answers the probe: the server is alive, and the keep-alive timer "
                               "starts again."));
    b.startTimer(clientName, TimerState::Kind::Keepalive, parameters.keepaliveIdleMs);
    b.decision(serverName, QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                                         "The server's machine loses power: it will answer nothing from now on, "
                                         "and it cannot tell the client."),
               qMin<qint64>(60 * 1000, parameters.keepaliveIdleMs / 2)); // within the idle time: before the next probe
    b.expire(clientName, TimerState::Kind::Keepalive); // idle again: the first unanswered probe
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "No answer comes back: from now on a probe is sent every keep-alive interval."));
    // Each probe starts the interval timer as it is sent, then vanishes: nobody is there.
    for (int probe = 1; probe <= parameters.keepaliveProbes; ++probe) {
        b.startTimer(clientName, TimerState::Kind::Keepalive, parameters.keepaliveIntervalMs);
        b.loseNext();
        b.expire(clientName, TimerState::Kind::Keepalive,
                 probe < parameters.keepaliveProbes ? TcpEvent::TimeoutKeepaliveInterval
                                                    : TcpEvent::TimeoutKeepaliveExhausted);
    }
    b.loseNext(); // the reset, too, reaches nobody
    return b.finish();
}

Scenario reuseAddress(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = twoParty(QStringLiteral("tcp-reuseaddr"), parameters);
    b.establish(clientName, serverName);
    b.setReuseAddress(serverName, true);
    b.recordInitial();
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "The server set SO_REUSEADDR on its listening socket before listen(), as most servers do; "
                               "the connection it accepted carries the option too."));
    b.call(serverName, TcpEvent::Close, QStringLiteral("close()"));
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "The server program is stopping: it closes its listening socket as well, so only this "
                               "connection still uses port 8080."));
    b.deliverNext(); // FIN → client: CLOSE-WAIT
    b.deliverNext(); // ACK → server: FIN-WAIT-2
    b.call(clientName, TcpEvent::Close, QStringLiteral("close()"), {}, 5);
    b.deliverNext(); // FIN → server: TIME-WAIT, on port 8080
    b.deliverNext(); // ACK → client: CLOSED
    b.bind(serverName, QStringLiteral("bind(8080)"), false, 1000);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "This is what a server restarted at once sees: Python raises \"OSError: [Errno 98] "
                               "Address already in use\"."));
    b.bind(serverName, QStringLiteral("SO_REUSEADDR; bind(8080)"), true);
    b.expire(serverName, TimerState::Kind::TwoMsl);
    return b.finish();
}

namespace {

QString numberedClient(int number)
{
    return QStringLiteral("client %1").arg(number);
}

// A client connects, and its handshake with the listening server completes.
void connectAndComplete(ScenarioBuilder &b, const QString &client, qint64 thinkMs)
{
    b.call(client, TcpEvent::ActiveOpen, QStringLiteral("connect()"), {}, thinkMs);
    b.deliverNext(); // SYN → server, which answers on a new connection: SYN,ACK
    b.deliverNext(); // SYN,ACK → client: ESTABLISHED, ACK
    b.deliverNext(); // ACK → the new connection: ESTABLISHED, into the accept queue
}

} // namespace

// A server and `clients` clients, each client on a machine of its own on the LAN; all CLOSED.
ScenarioBuilder manyClients(const QString &id, const ScenarioParameters &parameters, int clients)
{
    ScenarioBuilder b(id, parameters);
    TcpControlBlock server;
    server.name = serverName;
    server.address = Ipv4Address::fromOctets(192, 168, 1, 20);
    server.port = 8080;
    server.mac = b.randomMac();
    server.iss = b.random().next32();
    for (int number = 1; number <= clients; ++number) {
        TcpControlBlock client;
        client.name = numberedClient(number);
        client.address = Ipv4Address::fromOctets(192, 168, 1, quint8(10 + number));
        client.port = quint16(b.random().bounded(49152, 65535)); // the IANA ephemeral range
        client.mac = b.randomMac();
        client.iss = b.random().next32();
        client.peerAddress = server.address;
        client.peerPort = server.port;
        client.peerMac = server.mac;
        b.addEndpoint(client);
    }
    b.addEndpoint(server);
    return b;
}

Scenario backlog(const ScenarioParameters &parameters)
{
    ScenarioBuilder b = manyClients(QStringLiteral("tcp-backlog"), parameters, 4);
    b.recordInitial();
    b.listen(serverName, 1);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "The course calls the backlog a \"half-connection pool\", but on Linux it bounds the accept "
                               "queue: connections whose handshake is complete and that the program has not accept()ed "
                               "yet. Half-open connections (SYN-RECEIVED) wait in a separate SYN queue, bounded by "
                               "net.ipv4.tcp_max_syn_backlog and relieved by SYN cookies. Linux also caps the backlog "
                               "at net.core.somaxconn."));
    connectAndComplete(b, numberedClient(1), 100);
    connectAndComplete(b, numberedClient(2), 100);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "The accept queue is full now: Linux refuses a connection only when the queue already "
                               "holds more than the backlog, so it holds backlog + 1. Both clients are ESTABLISHED "
                               "although the server program has accepted neither. For the listening socket, ss -ltn "
                               "shows Recv-Q 2 (connections waiting for accept()) and Send-Q 1 (the backlog)."));

    const QString client3 = numberedClient(3);
    b.call(client3, TcpEvent::ActiveOpen, QStringLiteral("connect()"), {}, 100);
    b.deliverNext(); // SYN → server: the accept queue is full, so it is dropped
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "Client 3 is told nothing: it cannot tell this drop from a lost SYN, and its connect() "
                               "just waits. The server's kernel counts a listen overflow (TcpExtListenOverflows in "
                               "nstat)."));
    b.expire(client3, TimerState::Kind::Retransmission);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "Linux resends a SYN after 1 s (TCP_TIMEOUT_INIT: no round trip has been measured yet) "
                               "and doubles the wait each time: 1 s, 2 s, 4 s… Newer kernels first resend every 1 s "
                               "a few times (net.ipv4.tcp_syn_linear_timeouts, 4 by default) before doubling. After "
                               "net.ipv4.tcp_syn_retries (6) retransmissions connect() fails with ETIMEDOUT."));
    b.deliverNext(); // the SYN again → server: still full, dropped again
    b.accept(serverName, 500);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "The connection was ESTABLISHED before accept() was called: the handshake is the "
                               "kernel's work, not the program's. Taking a connection out of the queue frees a place "
                               "in it."));

    // Client 3's next SYN and client 4's first one both find the free place: two handshakes
    // compete for it, and the ACK of the one that completes second is dropped.
    const QString client4 = numberedClient(4);
    b.expire(client3, TimerState::Kind::Retransmission);
    b.deliverNext(); // client 3's SYN → server: answered on a new connection
    b.call(client4, TcpEvent::ActiveOpen, QStringLiteral("connect()"));
    b.deliverNext(); // SYN,ACK → client 3: ESTABLISHED
    b.deliverNext(); // client 4's SYN → server: answered too
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "The accept queue still holds one connection, so this SYN is answered as well: the "
                               "half-open connection of client 3 does not count there, it waits in the SYN queue "
                               "until its ACK arrives. Two handshakes now compete for one free place."));
    b.limitLive(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                                  "On loopback client 3's handshake completes the instant its SYN is resent, so the "
                                  "accept queue is already full when client 4's SYN arrives, and it is dropped: the two "
                                  "handshakes cannot be made to compete for one place with real sockets here. From "
                                  "this step on, the lesson is simulated."));
    b.deliverNext(); // client 3's ACK → its connection: ESTABLISHED, the queue is full again
    b.deliverNext(); // SYN,ACK → client 4: ESTABLISHED
    b.deliverNext(); // client 4's ACK → its connection: dropped, the queue is full
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "Client 4's connect() has returned, and it may already send data. With "
                               "net.ipv4.tcp_abort_on_overflow = 0 (the default) Linux drops the ACK and keeps the "
                               "half-open connection, hoping a place frees up; with 1 it would answer with RST."));
    b.accept(serverName, 300);
    b.expire(ScenarioBuilder::connectionName(serverName, client4), TimerState::Kind::Retransmission);
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "Like a SYN, a SYN,ACK is resent after 1 s (TCP_TIMEOUT_INIT). Meanwhile accept() "
                               "has made room in the queue."));
    b.deliverNext(); // SYN,ACK again → client 4: a challenge ACK, the same ACK as before
    b.deliverNext(); // ACK → its connection: ESTABLISHED, into the accept queue
    b.remark(QT_TRANSLATE_NOOP("NetSteps::TcpScenarios",
                               "This time the queue had room: the connection is complete on both sides. Had the server "
                               "not called accept(), Linux would resend the SYN,ACK up to net.ipv4.tcp_synack_retries "
                               "(5) times and then drop the half-open connection, while client 4 still believed it "
                               "was connected."));
    return b.finish();
}

} // namespace NetSteps::TcpScenarios
