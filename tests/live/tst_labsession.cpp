// The socket lab's live side: the course's servers and NetSteps' client on 127.0.0.1, with a
// Python client of the course's kind as the student's program. Checks the call log in the
// students' vocabulary, the errors with their Linux and Windows names, the traces the diagrams
// draw, the kernel's states beside the model's, and that the lists stay bounded.

#include "labsession.h"
#include "pythonprogram.h"
#include "spinuntil.h"

#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

#include <sys/socket.h>

using namespace NetSteps;

namespace {

const NativeSocketAddress anyPort{loopbackAddress, 0};

LabServerOptions options(LabMode mode, NativeSocketAddress address = anyPort)
{
    LabServerOptions o;
    o.mode = mode;
    o.address = address;
    return o;
}

QString hex(const char *text)
{
    return QString::fromLatin1(QByteArray(text).toHex());
}

// The calls of one connection (0: the listening or unconnected sockets) as "who: call → result".
QStringList calls(const LabSession &session, int connection)
{
    QStringList out;
    for (const LabCall &call : session.calls()) {
        if (call.connection == connection)
            out.append(QStringLiteral("%1: %2 → %3").arg(call.who, call.call, call.failed() ? call.error : call.result));
    }
    return out;
}

const LabCall *lastFailure(const LabSession &session)
{
    for (auto it = session.calls().crbegin(); it != session.calls().crend(); ++it) {
        if (it->failed())
            return &*it;
    }
    return nullptr;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

} // namespace

class TestLabSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void courseClientOfTheHelloServer();
    void clientAndServerOfNetSteps();
    void sendTakesWhatTheKernelTakes();
    void connectionRefusedIsNamed();
    void portInUseIsNamed();
    void peerResetIsTraced();
    void udpServerAndClient();
    void connectedUdpHearsTheRefusal();
    void proxyShowsBothLegs();
    void proxyToNobody();
    void listsStayBounded();
    void badClientInput();

private:
    QString m_python;
    QString m_script;
};

void TestLabSession::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    m_script = QStringLiteral(NETSTEPS_SOURCE_DIR "/tests/live/python/lab_client.py");
    QVERIFY(!m_python.isEmpty());
    QVERIFY(QFile::exists(m_script));
}

void TestLabSession::courseClientOfTheHelloServer()
{
    LabSession session;
    QString error;
    QVERIFY2(session.startServer(LabTransport::Tcp, options(LabMode::Hello), &error), qPrintable(error));
    const quint16 port = session.serverAddress().port;
    QVERIFY(port != 0);
    QCOMPARE(calls(session, 0),
             QStringList({QStringLiteral("server: socket(AF_INET, SOCK_STREAM) → server"),
                          QStringLiteral("server: setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) → None"),
                          QStringLiteral("server: bind(('127.0.0.1', 0)) → None"),
                          QStringLiteral("server: listen(128) → None")}));

    // The student's program: welcome, Rose, then exit, as the course's client does.
    const QJsonObject client = runPythonProgram(
        m_python, m_script, {"talk", "--port", QString::number(port), "--welcome", "--exit", hex("Rose")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.value("welcome").toString(), hex("Welcome!"));

    QVERIFY(spinUntil([&] { return session.connections().size() == 1 && !session.connections().first().open; }, 10000));
    const LabConnection &c = session.connections().first();
    QCOMPARE(c.localSide, LabTraceEvent::Side::Server);
    QCOMPARE(c.local.port, port);
    QStringList expected{
        QStringLiteral("server: accept() → (conn, ('127.0.0.1', %1))").arg(c.peer.port),
        QStringLiteral("server: sendall(b'Welcome!') → None"),
        QStringLiteral("server: recv(1024) → b'Rose'"),
        QStringLiteral("server: sendall(b'Hello, Rose!') → None"),
        QStringLiteral("server: recv(1024) → b'exit'"),
        QStringLiteral("server: close() → None"),
    };
    QCOMPARE(calls(session, c.id), expected);
    QCOMPARE(session.calls().at(4).python, QStringLiteral("conn, addr = server.accept()"));
    QCOMPARE(c.messagesIn, 2);
    QCOMPARE(c.bytesOut, qint64(strlen("Welcome!Hello, Rose!")));
    QVERIFY(c.closedBecause.contains(QLatin1String("exit")));

    // The server closed first; the client's FIN, which NetSteps no longer reads, is seen by the
    // kernel: FIN-WAIT-2 becomes TIME-WAIT, in the kernel and then in the model.
    QVERIFY2(spinUntil([&] { return session.connections().first().modelState == TcpState::TimeWait; }, 10000),
             qPrintable(tcpStateName(session.connections().first().modelState.value_or(TcpState::Closed))));
    const LabConnection &after = session.connections().first();
    QCOMPARE(after.kernelState, std::optional<TcpState>(TcpState::TimeWait));
    QVERIFY(after.timeWaitSecondsLeft > 0 && after.timeWaitSecondsLeft <= 60);
    QString stopped;
    const Scenario trace = after.trace->scenario(&stopped);
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    const QString connection = ScenarioBuilder::connectionName(LabTrace::serverName(), LabTrace::clientName());
    QCOMPARE(trace.step(trace.lastStep()).state.endpoint(connection)->state, TcpState::TimeWait);
    QCOMPARE(trace.step(trace.lastStep()).state.endpoint(LabTrace::clientName())->state, TcpState::Closed);
    QCOMPARE(trace.step(trace.lastStep()).state.endpoint(connection)->received, QByteArray("Roseexit"));
}

void TestLabSession::clientAndServerOfNetSteps()
{
    LabSession session;
    QString error;
    QVERIFY2(session.startServer(LabTransport::Tcp, options(LabMode::Upper), &error), qPrintable(error));
    session.connectClient(LabTransport::Tcp, session.serverAddress());
    QVERIFY(spinUntil([&] { return session.isClientConnected() && session.connections().size() == 2; }, 10000));
    QVERIFY(session.sendFromClient("Rose", false, &error));
    QVERIFY(spinUntil([&] {
        return std::any_of(session.calls().cbegin(), session.calls().cend(), [](const LabCall &call) {
            return call.who == QLatin1String("client") && call.result == QLatin1String("b'ROSE'");
        });
    }, 10000));
    // Both ends are listed, each with its own role; the kernel agrees with the model on both.
    const LabConnection *served = nullptr;
    const LabConnection *client = nullptr;
    for (const LabConnection &c : session.connections())
        (c.localSide == LabTraceEvent::Side::Server ? served : client) = &c;
    QVERIFY(served && client);
    QCOMPARE(served->peer, client->local);
    QVERIFY(spinUntil([&] {
        return session.connection(client->id)->kernelState == TcpState::Established
            && session.connection(served->id)->kernelState == TcpState::Established;
    }, 5000));
    QCOMPARE(client->modelState, std::optional<TcpState>(TcpState::Established));
    QCOMPARE(calls(session, client->id).first(), QStringLiteral("client: connect(('127.0.0.1', %1)) → None").arg(session.serverAddress().port));
    QVERIFY(calls(session, client->id).contains(QStringLiteral("client: send(b'Rose') → 4")));

    // The client closes: the server reads b'' and closes too; the client's side ends in TIME-WAIT.
    const int clientId = client->id;
    const int servedId = served->id;
    session.closeClient();
    QVERIFY(spinUntil([&] { return !session.connection(servedId)->open; }, 10000));
    QVERIFY(calls(session, servedId).contains(QStringLiteral("server: recv(1024) → b''")));
    QVERIFY2(spinUntil([&] { return session.connection(clientId)->modelState == TcpState::TimeWait; }, 10000),
             qPrintable(tcpStateName(session.connection(clientId)->modelState.value_or(TcpState::Closed))));
    QCOMPARE(session.connection(servedId)->modelState, std::optional<TcpState>(TcpState::Closed));
}

void TestLabSession::sendTakesWhatTheKernelTakes()
{
    // A server that never reads: send() returns how many bytes the kernel took, sendall() keeps
    // handing the rest over as the socket drains; nothing is lost either way.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    LabSession session;
    session.connectClient(LabTransport::Tcp, {loopbackAddress, silent.serverPort()});
    QVERIFY(spinUntil([&] { return session.isClientConnected(); }, 10000));
    QVERIFY(spinUntil([&] { return silent.hasPendingConnections(); }, 5000));
    QTcpSocket *peer = silent.nextPendingConnection();
    const QByteArray block(LabSession::maxClientMessage, 'x');
    QString error;
    qint64 total = 0;
    int shortSends = 0;
    for (int i = 0; i < 200 && shortSends == 0; ++i) {
        QVERIFY2(session.sendFromClient(block, false, &error), qPrintable(error));
        const LabCall &call = session.calls().constLast();
        QVERIFY(call.call.startsWith(QLatin1String("send(b'xxx")));
        const qint64 taken = call.result.toLongLong();
        total += taken;
        shortSends += taken < block.size() ? 1 : 0;
    }
    QVERIFY2(shortSends == 1, "the kernel's buffers never filled");
    // Now sendall(): it is done only when the peer reads.
    QVERIFY(session.sendFromClient("tail", true, &error));
    QVERIFY(!session.sendFromClient("more", true, &error)); // one sendall() at a time
    QVERIFY(error.contains(QLatin1String("sendall")));
    QByteArray received;
    QVERIFY(spinUntil([&] {
        received += peer->readAll();
        return received.size() == total + 4;
    }, 20000));
    QVERIFY(received.endsWith("tail"));
    QVERIFY(spinUntil([&] { return session.calls().constLast().result == QLatin1String("None"); }, 5000));
}

void TestLabSession::connectionRefusedIsNamed()
{
    LabSession session;
    const quint16 port = closedPort();
    session.connectClient(LabTransport::Tcp, {loopbackAddress, port});
    QVERIFY(spinUntil([&] { return lastFailure(session) != nullptr; }, 10000));
    const LabCall *failed = lastFailure(session);
    QCOMPARE(failed->call, QStringLiteral("connect(('127.0.0.1', %1))").arg(port));
    QCOMPARE(failed->python, QStringLiteral("client.connect(('127.0.0.1', %1))").arg(port));
    QCOMPARE(failed->error, QStringLiteral("ConnectionRefusedError: [Errno 111] Connection refused"));
    QCOMPARE(failed->errorNames, QStringLiteral("ECONNREFUSED 111 / WinError 10061"));
    QVERIFY(failed->errorCause.contains(QLatin1String("Nothing listens")));
    QVERIFY(!session.hasClient());
    QVERIFY(session.connections().isEmpty());
}

void TestLabSession::portInUseIsNamed()
{
    QTcpServer holder; // a program that listens on the port without SO_REUSEADDR's help
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    LabSession session;
    QString error;
    QVERIFY(!session.startServer(LabTransport::Tcp, options(LabMode::Echo, {loopbackAddress, holder.serverPort()}), &error));
    QVERIFY2(error.contains(QString::number(holder.serverPort())), qPrintable(error));
    QVERIFY(!session.isServing());
    const LabCall *failed = lastFailure(session);
    QVERIFY(failed);
    QCOMPARE(failed->errorNames, QStringLiteral("EADDRINUSE 98 / WinError 10048"));
    QCOMPARE(failed->error, QStringLiteral("OSError: [Errno 98] Address already in use"));
    // Another port works at once: nothing was left half-started.
    QVERIFY2(session.startServer(LabTransport::Tcp, options(LabMode::Echo), &error), qPrintable(error));
}

void TestLabSession::peerResetIsTraced()
{
    LabSession session;
    QString error;
    QVERIFY(session.startServer(LabTransport::Tcp, options(LabMode::Echo), &error));
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, session.serverAddress().port);
    QVERIFY(peer.waitForConnected(5000));
    QVERIFY(spinUntil([&] { return session.connections().size() == 1; }, 5000));
    // SO_LINGER 0 and close: the kernel sends RST instead of FIN.
    const struct linger abortive{1, 0};
    QCOMPARE(::setsockopt(int(peer.socketDescriptor()), SOL_SOCKET, SO_LINGER, &abortive, sizeof abortive), 0);
    peer.abort();
    QVERIFY(spinUntil([&] { return !session.connections().first().open; }, 5000));
    const LabConnection &c = session.connections().first();
    const LabCall *failed = lastFailure(session);
    QVERIFY(failed);
    QCOMPARE(failed->errorNames, QStringLiteral("ECONNRESET 104 / WinError 10054"));
    QCOMPARE(failed->error, QStringLiteral("ConnectionResetError: [Errno 104] Connection reset by peer"));
    QCOMPARE(c.modelState, std::optional<TcpState>(TcpState::Closed));
    const Scenario trace = c.trace->scenario();
    QVERIFY(trace.transmissions.constLast().frame.tcp->flags.testFlag(TcpFlag::Rst));
}

void TestLabSession::udpServerAndClient()
{
    LabSession session;
    QString error;
    QVERIFY2(session.startServer(LabTransport::Udp, options(LabMode::Upper), &error), qPrintable(error));
    QCOMPARE(session.calls().first().call, QStringLiteral("socket(AF_INET, SOCK_DGRAM)"));
    const quint16 port = session.serverAddress().port;
    // The student's program...
    const QJsonObject client = runPythonProgram(m_python, m_script, {"talk", "--udp", "--port", QString::number(port), hex("rose")}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.value("replies").toArray().first().toString(), hex("ROSE"));
    // ... and NetSteps' own client, unconnected: sendto() and recvfrom().
    session.connectClient(LabTransport::Udp, session.serverAddress());
    QVERIFY(session.sendFromClient("abc", false, &error));
    QVERIFY(spinUntil([&] { return session.calls().constLast().call == QLatin1String("recvfrom(1024)"); }, 5000));
    QCOMPARE(session.calls().constLast().result, QStringLiteral("(b'ABC', ('127.0.0.1', %1))").arg(port));
    // Rows: one per peer of the server, one for the client; no TCP state for any of them.
    QCOMPARE(session.connections().size(), 3);
    for (const LabConnection &c : session.connections()) {
        QCOMPARE(c.transport, LabTransport::Udp);
        QVERIFY(!c.modelState && !c.trace);
        QVERIFY(c.kernelNote.contains(QLatin1String("no connection")));
    }
    const QStringList served = calls(session, session.connections().first().id);
    QCOMPARE(served.first(), QStringLiteral("server: recvfrom(1024) → (b'rose', ('127.0.0.1', %1))").arg(session.connections().first().peer.port));
    QCOMPARE(served.at(1), QStringLiteral("server: sendto(b'ROSE', ('127.0.0.1', %1)) → 4").arg(session.connections().first().peer.port));
}

void TestLabSession::connectedUdpHearsTheRefusal()
{
    // Nothing listens: the kernel answers with ICMP port unreachable, which only a connected UDP
    // socket hears, as ECONNREFUSED.
    QUdpSocket probe;
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 port = probe.localPort();
    probe.close();
    LabSession session;
    QString error;
    session.connectClient(LabTransport::Udp, {loopbackAddress, port}, true);
    QVERIFY(session.sendFromClient("anyone?", false, &error));
    QVERIFY(spinUntil([&] { return lastFailure(session) != nullptr; }, 5000) || !session.sendFromClient("again", false, &error));
    QVERIFY(spinUntil([&] { return lastFailure(session) != nullptr; }, 5000));
    QCOMPARE(lastFailure(session)->errorNames, QStringLiteral("ECONNREFUSED 111 / WinError 10061"));
}

void TestLabSession::proxyShowsBothLegs()
{
    // The student's client → NetSteps' proxy → a server (here NetSteps' own hello server).
    LabSession session;
    QString error;
    QVERIFY(session.startServer(LabTransport::Tcp, options(LabMode::Hello), &error));
    QVERIFY2(session.startProxy(anyPort, session.serverAddress(), &error), qPrintable(error));
    QVERIFY(session.isProxying());
    QCOMPARE(session.proxyTarget(), session.serverAddress());
    const QJsonObject client = runPythonProgram(
        m_python, m_script, {"talk", "--port", QString::number(session.proxyAddress().port), "--welcome", "--exit", hex("Rose")},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(client.value("welcome").toString(), hex("Welcome!"));
    QCOMPARE(client.value("replies").toArray().first().toString(), hex("Hello, Rose!"));

    // Three connections: the client's leg, the leg to the server, and the server's own view of it.
    QVERIFY(spinUntil([&] {
        return session.connections().size() == 3
            && std::none_of(session.connections().cbegin(), session.connections().cend(),
                            [](const LabConnection &c) { return c.open; });
    }, 10000));
    const LabConnection *clientLeg = nullptr;
    const LabConnection *serverLeg = nullptr;
    for (const LabConnection &c : session.connections()) {
        if (c.proxied)
            (c.localSide == LabTraceEvent::Side::Server ? clientLeg : serverLeg) = &c;
    }
    QVERIFY(clientLeg && serverLeg);
    QCOMPARE(clientLeg->local.port, session.proxyAddress().port);
    QCOMPARE(serverLeg->peer, session.serverAddress());
    QCOMPARE(clientLeg->bytesIn, qint64(strlen("Roseexit")));
    QCOMPARE(clientLeg->bytesOut, qint64(strlen("Welcome!Hello, Rose!")));
    QCOMPARE(serverLeg->bytesOut, clientLeg->bytesIn);
    // Each leg's trace carries its own bytes, each side's in its own direction.
    const auto received = [](const LabConnection &c, const QString &endpoint) {
        const Scenario s = c.trace->scenario();
        return s.step(s.lastStep()).state.endpoint(endpoint)->received;
    };
    const QString accepted = ScenarioBuilder::connectionName(LabTrace::serverName(), LabTrace::clientName());
    QCOMPARE(received(*clientLeg, accepted), QByteArray("Roseexit"));
    QCOMPARE(received(*clientLeg, LabTrace::clientName()), QByteArray("Welcome!Hello, Rose!"));
    QCOMPARE(received(*serverLeg, LabTrace::serverName()), QByteArray("Roseexit"));
    const QStringList legCalls = calls(session, serverLeg->id);
    QCOMPARE(legCalls.first(), QStringLiteral("proxy: connect(('127.0.0.1', %1)) → None").arg(session.serverAddress().port));
    QVERIFY(legCalls.contains(QStringLiteral("proxy: sendall(b'Rose') → None")));
    // The server closed first (exit): the proxy passed its FIN on to the client with shutdown().
    QVERIFY(calls(session, clientLeg->id).contains(QStringLiteral("proxy: shutdown(SHUT_WR) → None")));
    session.stopProxy();
    QVERIFY(!session.isProxying());
}

void TestLabSession::proxyToNobody()
{
    LabSession session;
    QString error;
    const quint16 nobody = closedPort();
    QVERIFY(session.startProxy(anyPort, {loopbackAddress, nobody}, &error));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, session.proxyAddress().port);
    QVERIFY(client.waitForConnected(5000));
    QVERIFY(spinUntil([&] { return lastFailure(session) != nullptr; }, 10000));
    const LabCall *failed = lastFailure(session);
    QCOMPARE(failed->call, QStringLiteral("connect(('127.0.0.1', %1))").arg(nobody));
    QCOMPARE(failed->errorNames, QStringLiteral("ECONNREFUSED 111 / WinError 10061"));
    // The client's leg is reset, as the client would have met an error directly.
    QVERIFY(spinUntil([&] { return session.connections().size() == 1 && !session.connections().first().open; }, 10000));
    QCOMPARE(session.connections().first().modelState, std::optional<TcpState>(TcpState::Closed));
}

void TestLabSession::listsStayBounded()
{
    LabSession session;
    QString error;
    QVERIFY(session.startServer(LabTransport::Tcp, options(LabMode::Echo), &error));
    const int cycles = LabSession::maxClosedConnections + 50;
    int removed = 0;
    connect(&session, &LabSession::connectionRemoved, this, [&](int, int) { ++removed; });
    for (int i = 0; i < cycles; ++i) {
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, session.serverAddress().port);
        QVERIFY(peer.waitForConnected(5000));
        peer.disconnectFromHost();
        if (peer.state() != QAbstractSocket::UnconnectedState)
            QVERIFY(peer.waitForDisconnected(5000));
    }
    QVERIFY(spinUntil([&] { return removed == cycles - LabSession::maxClosedConnections; }, 20000));
    QCOMPARE(session.connections().size(), LabSession::maxClosedConnections);
    // Ids keep growing along the list, and connection() still finds each row.
    for (const LabConnection &c : session.connections())
        QCOMPARE(session.connection(c.id), &c);
    QVERIFY(session.calls().size() <= LabSession::maxCalls);
}

void TestLabSession::badClientInput()
{
    LabSession session;
    QString error;
    QVERIFY(!session.sendFromClient("x", false, &error));
    QVERIFY(error.contains(QLatin1String("not connected")));
    QVERIFY(session.startServer(LabTransport::Tcp, options(LabMode::Echo), &error));
    session.connectClient(LabTransport::Tcp, session.serverAddress());
    QVERIFY(spinUntil([&] { return session.isClientConnected(); }, 5000));
    QVERIFY(!session.sendFromClient({}, false, &error));
    QVERIFY(error.contains(QLatin1String("empty")));
    QVERIFY(!session.sendFromClient(QByteArray(LabSession::maxClientMessage + 1, 'x'), false, &error));
    QVERIFY(error.contains(QString::number(LabSession::maxClientMessage)));
    // Binary and invalid UTF-8 travel as bytes and are logged as Python writes them.
    QVERIFY(session.sendFromClient(QByteArray("\xff\x00\n", 3), false, &error));
    QCOMPARE(session.calls().constLast().call, QStringLiteral("send(b'\\xff\\x00\\n')"));
}

QTEST_GUILESS_MAIN(TestLabSession)
#include "tst_labsession.moc"
