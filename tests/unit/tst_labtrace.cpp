// LabTrace: what a real connection's sockets saw, replayed into the model. The states come from
// the transition table at every step, the segments carry the connection's real addresses and
// ports, and input the model cannot take stops the trace with a reason instead of a wrong drawing.

#include "framecodec.h"
#include "labtrace.h"
#include "narrator.h"
#include "pythonbytes.h"
#include "scenarioregistry.h"

#include <QTest>

using namespace NetSteps;

using Side = LabTraceEvent::Side;
using Kind = LabTraceEvent::Kind;

namespace {

const Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
const QString connection = ScenarioBuilder::connectionName(LabTrace::serverName(), LabTrace::clientName());

LabTrace serverTrace()
{
    return LabTrace(QStringLiteral("lab"), Side::Server, {loopback, 40000}, {loopback, 8080});
}

// Every endpoint's state after the step, "name=STATE" in the order the scenario lists them.
QString states(const Step &step)
{
    QStringList out;
    for (const TcpControlBlock &tcb : step.state.endpoints)
        out.append(QStringLiteral("%1=%2").arg(tcb.name, tcpStateName(tcb.state)));
    return out.join(u' ');
}

QString finalStates(const LabTrace &trace)
{
    const Scenario s = trace.scenario();
    return states(s.step(s.lastStep()));
}

// The calls of the scenario, in order, as "actor: call".
QStringList calls(const Scenario &s)
{
    QStringList out;
    for (const Step &step : s.steps) {
        if (step.kind == Step::Kind::SocketCall)
            out.append(step.actor + QStringLiteral(": ") + step.call);
    }
    return out;
}

} // namespace

class TestLabTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedConnectionOpensLikeTheModel();
    void clientRoleOpensPassivelyWithoutAccept();
    void messagesTravelWithRealPorts();
    void clientClosesFirst();
    void serverClosesFirstAndWaits();
    void peerResetClosesAtOnce();
    void longConversationsAreBounded();
    void aMessageLargerThanASegmentIsCut();
    void eventsTheModelCannotTakeStopTheTrace_data();
    void eventsTheModelCannotTakeStopTheTrace();
    void socketLabLessonIsTheCourseSession();
    void pythonBytesAsPythonWritesThem_data();
    void pythonBytesAsPythonWritesThem();
};

void TestLabTrace::acceptedConnectionOpensLikeTheModel()
{
    LabTrace trace = serverTrace();
    trace.add(Kind::Established, Side::Client);
    QString reason;
    const Scenario s = trace.scenario(&reason);
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    QCOMPARE(calls(s), QStringList({QStringLiteral("server: listen(128)"), QStringLiteral("client: connect()"),
                                    QStringLiteral("server: accept()")}));
    // listen, connect, SYN, SYN,ACK, ACK, accept: the listener stays in LISTEN beside its connection.
    QCOMPARE(s.stepCount(), 7);
    QCOMPARE(states(s.step(s.lastStep())),
             QStringLiteral("client=ESTABLISHED server=LISTEN %1=ESTABLISHED").arg(connection));
    QCOMPARE(s.step(s.lastStep()).listenQueue.kind, ListenQueueEvent::Kind::Accepted);
    // The SYN carries the real 4-tuple.
    const Transmission &syn = s.transmission(0);
    QCOMPARE(syn.frame.ipv4->source, loopback);
    QCOMPARE(syn.frame.tcp->sourcePort, quint16(40000));
    QCOMPARE(syn.frame.tcp->destinationPort, quint16(8080));
}

void TestLabTrace::clientRoleOpensPassivelyWithoutAccept()
{
    // NetSteps' client and another program's server: its listen() and accept() are not seen.
    LabTrace trace(QStringLiteral("lab"), Side::Client, {loopback, 40000}, {loopback, 9000});
    trace.add(Kind::Established, Side::Client);
    trace.add(Kind::Sent, Side::Client, "Rose");
    trace.add(Kind::Sent, Side::Server, "ROSE");
    const Scenario s = trace.scenario();
    QCOMPARE(calls(s), QStringList({QStringLiteral("server: listen()"), QStringLiteral("client: connect()"),
                                    QStringLiteral("client: send(b'Rose')"), QStringLiteral("server: send(b'ROSE')")}));
    QCOMPARE(states(s.step(s.lastStep())), QStringLiteral("client=ESTABLISHED server=ESTABLISHED"));
    QCOMPARE(s.step(s.lastStep()).state.endpoint(QStringLiteral("client"))->received, QByteArray("ROSE"));
}

void TestLabTrace::messagesTravelWithRealPorts()
{
    LabTrace trace = serverTrace();
    trace.add(Kind::Established, Side::Client);
    trace.add(Kind::Sent, Side::Client, "Rose");
    trace.add(Kind::Sent, Side::Server, "Hello, Rose!");
    const Scenario s = trace.scenario();
    const Step &last = s.step(s.lastStep());
    QCOMPARE(last.state.endpoint(connection)->received, QByteArray("Rose"));
    QCOMPARE(last.state.endpoint(QStringLiteral("client"))->received, QByteArray("Hello, Rose!"));
    // Every frame decodes from its own wire bytes, and data goes from 8080 back to the client's port.
    bool sawReply = false;
    for (const Transmission &t : s.transmissions) {
        const Parsed<Frame> decoded = FrameCodec::decode(t.bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(*decoded, t.frame);
        QVERIFY(FrameCodec::checksumsValid(t.bytes));
        if (t.frame.payload == "Hello, Rose!") {
            sawReply = true;
            QCOMPARE(t.frame.tcp->sourcePort, quint16(8080));
            QCOMPARE(t.frame.tcp->destinationPort, quint16(40000));
        }
    }
    QVERIFY(sawReply);
    // Each data segment is acknowledged before the next call: nothing is left in flight.
    QVERIFY(last.state.inFlight.isEmpty());
}

void TestLabTrace::clientClosesFirst()
{
    LabTrace trace = serverTrace();
    trace.add(Kind::Established, Side::Client);
    trace.add(Kind::Closed, Side::Client); // the server's recv() returned b''
    QCOMPARE(finalStates(trace), QStringLiteral("client=FIN-WAIT-2 server=LISTEN %1=CLOSE-WAIT").arg(connection));
    trace.add(Kind::Closed, Side::Server);
    QCOMPARE(finalStates(trace), QStringLiteral("client=TIME-WAIT server=LISTEN %1=CLOSED").arg(connection));
    trace.add(Kind::TimeWaitOver, Side::Client);
    QCOMPARE(finalStates(trace), QStringLiteral("client=CLOSED server=LISTEN %1=CLOSED").arg(connection));
}

void TestLabTrace::serverClosesFirstAndWaits()
{
    LabTrace trace = serverTrace();
    trace.add(Kind::Established, Side::Client);
    trace.add(Kind::Sent, Side::Client, "exit");
    trace.add(Kind::Closed, Side::Server);
    QCOMPARE(finalStates(trace), QStringLiteral("client=CLOSE-WAIT server=LISTEN %1=FIN-WAIT-2").arg(connection));
    trace.add(Kind::Closed, Side::Client);
    QCOMPARE(finalStates(trace), QStringLiteral("client=CLOSED server=LISTEN %1=TIME-WAIT").arg(connection));
    const Scenario s = trace.scenario();
    QVERIFY(s.step(s.lastStep()).state.timer(connection, TimerState::Kind::TwoMsl));
}

void TestLabTrace::peerResetClosesAtOnce()
{
    LabTrace trace = serverTrace();
    trace.add(Kind::Established, Side::Client);
    trace.add(Kind::Reset, Side::Client);
    const Scenario s = trace.scenario();
    QCOMPARE(states(s.step(s.lastStep())), QStringLiteral("client=CLOSED server=LISTEN %1=CLOSED").arg(connection));
    QVERIFY(s.transmissions.last().frame.tcp->flags.testFlag(TcpFlag::Rst));
}

void TestLabTrace::longConversationsAreBounded()
{
    LabTrace trace = serverTrace();
    trace.add(Kind::Established, Side::Client);
    const int messages = LabTrace::maxDrawnMessages + 10;
    for (int i = 0; i < messages; ++i)
        trace.add(Kind::Sent, i % 2 ? Side::Server : Side::Client, "abc");
    trace.add(Kind::Closed, Side::Client);
    QCOMPARE(trace.omittedMessages(), 10);
    QCOMPARE(trace.omittedBytes(), 30);
    const Scenario s = trace.scenario();
    int sends = 0;
    for (const Step &step : s.steps)
        sends += step.call.startsWith(QLatin1String("send(")) ? 1 : 0;
    QCOMPARE(sends, LabTrace::maxDrawnMessages);
    // The close is drawn even after the messages that were not.
    QCOMPARE(s.step(s.lastStep()).state.endpoint(connection)->state, TcpState::CloseWait);
}

void TestLabTrace::aMessageLargerThanASegmentIsCut()
{
    // The lab's client may send 64 KiB at once: more than one IPv4 packet holds.
    LabTrace trace = serverTrace();
    trace.add(Kind::Established, Side::Client);
    const QByteArray big(64 * 1024, 'x');
    trace.add(Kind::Sent, Side::Client, big);
    QString reason;
    const Scenario s = trace.scenario(&reason);
    QVERIFY2(reason.isEmpty(), qPrintable(reason));
    QCOMPARE(s.step(s.lastStep()).state.endpoint(connection)->received, big);
    for (const Transmission &t : s.transmissions) {
        QVERIFY(t.bytes.size() <= 14 + 65535);
        QVERIFY(FrameCodec::checksumsValid(t.bytes));
    }
}

void TestLabTrace::eventsTheModelCannotTakeStopTheTrace_data()
{
    QTest::addColumn<QList<LabTraceEvent>>("events");
    QTest::addColumn<int>("drawnEvents");
    QTest::addColumn<QString>("reason");
    const LabTraceEvent open{Kind::Established, Side::Client, {}};
    QTest::newRow("data before the handshake")
        << QList<LabTraceEvent>{{Kind::Sent, Side::Client, "x"}} << 0 << QStringLiteral("before the connection was established");
    QTest::newRow("established twice") << QList<LabTraceEvent>{open, open} << 1 << QStringLiteral("established twice");
    QTest::newRow("send after its own close")
        << QList<LabTraceEvent>{open, {Kind::Closed, Side::Client, {}}, {Kind::Sent, Side::Client, "x"}} << 2
        << QStringLiteral("send(b'x') of the client does not apply in FIN-WAIT-2");
    QTest::newRow("close twice")
        << QList<LabTraceEvent>{open, {Kind::Closed, Side::Server, {}}, {Kind::Closed, Side::Server, {}}} << 2
        << QStringLiteral("close() of the server does not apply in FIN-WAIT-2");
    QTest::newRow("TIME-WAIT ends where there is none")
        << QList<LabTraceEvent>{open, {Kind::TimeWaitOver, Side::Client, {}}} << 1
        << QStringLiteral("the end of TIME-WAIT of the client does not apply in ESTABLISHED");
    QTest::newRow("an empty send") << QList<LabTraceEvent>{open, {Kind::Sent, Side::Client, {}}} << 1
                                   << QStringLiteral("send(b'') of the client does not apply");
}

void TestLabTrace::eventsTheModelCannotTakeStopTheTrace()
{
    QFETCH(QList<LabTraceEvent>, events);
    QFETCH(int, drawnEvents);
    QFETCH(QString, reason);
    LabTrace trace = serverTrace();
    LabTrace drawn = serverTrace();
    for (int i = 0; i < events.size(); ++i) {
        trace.add(events.at(i));
        if (i < drawnEvents)
            drawn.add(events.at(i));
    }
    QString stopped;
    const Scenario s = trace.scenario(&stopped);
    QVERIFY2(stopped.contains(reason), qPrintable(stopped));
    QVERIFY(stopped.startsWith(QLatin1String("The model cannot follow this connection further")));
    // What was drawn is exactly the events before the one the model refused, nothing half-made.
    QCOMPARE(s, drawn.scenario());
}

void TestLabTrace::socketLabLessonIsTheCourseSession()
{
    const std::optional<Scenario> s = ScenarioRegistry::build(u"socket-lab", ScenarioParameters{});
    QVERIFY(s);
    QCOMPARE(calls(*s), QStringList({QStringLiteral("server: listen(128)"), QStringLiteral("client: connect()"),
                                     QStringLiteral("server: accept()"),
                                     QStringLiteral("%1: send(b'Welcome!')").arg(connection),
                                     QStringLiteral("client: send(b'Rose')"),
                                     QStringLiteral("%1: send(b'Hello, Rose!')").arg(connection),
                                     QStringLiteral("client: send(b'exit')"), QStringLiteral("%1: close()").arg(connection),
                                     QStringLiteral("client: close()")}));
    const Step &last = s->step(s->lastStep());
    QCOMPARE(last.state.endpoint(QStringLiteral("client"))->received, QByteArray("Welcome!Hello, Rose!"));
    QCOMPARE(last.state.endpoint(connection)->received, QByteArray("Roseexit"));
    QCOMPARE(states(last), QStringLiteral("client=CLOSED server=LISTEN %1=CLOSED").arg(connection));
    // Every step has a caption, and the same seed gives the same lesson.
    for (const Step &step : s->steps)
        QVERIFY2(!Narrator::caption(*s, step.index).isEmpty(), qPrintable(QString::number(step.index)));
    QCOMPARE(*s, *ScenarioRegistry::build(u"socket-lab", ScenarioParameters{}));
}

void TestLabTrace::pythonBytesAsPythonWritesThem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("literal");
    QTest::newRow("plain") << QByteArray("Rose") << QStringLiteral("b'Rose'");
    QTest::newRow("line ending") << QByteArray("exit\r\n") << QStringLiteral("b'exit\\r\\n'");
    QTest::newRow("quote") << QByteArray("it's") << QStringLiteral("b\"it's\"");
    QTest::newRow("both quotes") << QByteArray("'\"") << QStringLiteral("b'\\'\"'");
    QTest::newRow("UTF-8") << QByteArray("你") << QStringLiteral("b'\\xe4\\xbd\\xa0'");
    QTest::newRow("backslash and NUL") << QByteArray("\\\0", 2) << QStringLiteral("b'\\\\\\x00'");
}

void TestLabTrace::pythonBytesAsPythonWritesThem()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, literal);
    QCOMPARE(pythonBytes(bytes), literal);
    QCOMPARE(pythonBytesPreview(QByteArray("Hello, Rose!"), 5), QStringLiteral("b'Hello'…"));
}

QTEST_GUILESS_MAIN(TestLabTrace)
#include "tst_labtrace.moc"
