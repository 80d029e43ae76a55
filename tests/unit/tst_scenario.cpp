// The scenario engine and the first two scenarios: the states at every step, the numbers on
// every segment, determinism from the seed, and real wire bytes.

#include "framecodec.h"
#include "narrator.h"
#include "scenarioregistry.h"
#include "tcpflags.h"
#include "tcpscenarios.h"

#include <QTest>

using namespace NetSteps;

namespace {

QString states(const Step &step)
{
    QStringList out;
    for (const TcpControlBlock &tcb : step.state.endpoints)
        out.append(QStringLiteral("%1=%2").arg(tcb.name, tcpStateName(tcb.state)));
    return out.join(u' ');
}

const TcpHeader &movedSegment(const Scenario &s, int step)
{
    return *s.transmission(s.step(step).moved).frame.tcp;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handshakeStates_data();
    void handshakeStates();
    void handshakeNumbers();
    void closeStates_data();
    void closeStates();
    void closeTimeWaitTimer();
    void mslIsAParameter();
    void sameSeedSameScenario();
    void differentSeedDifferentNumbers();
    void framesAreRealWireBytes();
    void stepsRecordTheirTransitions();
    void captionsDescribeEveryStep();
    void registryKnowsBothScenarios();
    void reuseAddressBindsFailThenSucceed();
    void everyScenarioStepByStep_data();
    void everyScenarioStepByStep();
    void dataAdvancesByItsLength();
    void piggybackCloseHasThreeSegments();
    void lostAckRestartsTimeWait();
    void retransmissionResendsFromSndUna();
    void refusedIsAnsweredWithRstAck();
    void keepaliveDeclaresASilentPeerDead();
    void everyScenarioIsDeterministicAndValid();
};

void TestScenario::handshakeStates_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0 initial") << 0 << "client=CLOSED server=CLOSED";
    QTest::newRow("1 listen") << 1 << "client=CLOSED server=LISTEN";
    QTest::newRow("2 connect") << 2 << "client=SYN-SENT server=LISTEN";
    QTest::newRow("3 SYN arrives") << 3 << "client=SYN-SENT server=SYN-RECEIVED";
    QTest::newRow("4 SYN,ACK arrives") << 4 << "client=ESTABLISHED server=SYN-RECEIVED";
    QTest::newRow("5 ACK arrives") << 5 << "client=ESTABLISHED server=ESTABLISHED";
}

void TestScenario::handshakeStates()
{
    QFETCH(int, step);
    QFETCH(QString, expected);
    const Scenario s = TcpScenarios::handshake({});
    QCOMPARE(s.stepCount(), 6);
    QCOMPARE(s.step(step).index, step);
    QCOMPARE(states(s.step(step)), expected);
}

void TestScenario::handshakeNumbers()
{
    const Scenario s = TcpScenarios::handshake({});
    const TcpControlBlock &client = *s.step(0).state.endpoint(QStringLiteral("client"));
    const TcpControlBlock &server = *s.step(0).state.endpoint(QStringLiteral("server"));
    const quint32 x = client.iss;
    const quint32 y = server.iss;
    QCOMPARE(s.transmissions.size(), 3);

    const TcpHeader &syn = movedSegment(s, 3);
    QCOMPARE(syn.flags, TcpFlags(TcpFlag::Syn));
    QCOMPARE(syn.seq, x);
    QCOMPARE(syn.sourcePort, client.port);
    QCOMPARE(syn.destinationPort, quint16(8080));
    QVERIFY(syn.options.mss && syn.options.windowScale && syn.options.sackPermitted);

    const TcpHeader &synAck = movedSegment(s, 4);
    QCOMPARE(synAck.flags, TcpFlag::Syn | TcpFlag::Ack);
    QCOMPARE(synAck.seq, y);
    QCOMPARE(synAck.ack, x + 1);

    const TcpHeader &ack = movedSegment(s, 5);
    QCOMPARE(ack.flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(ack.seq, x + 1);
    QCOMPARE(ack.ack, y + 1);

    // Each segment is sent in one step and arrives in the next delivery step.
    QCOMPARE(s.transmission(0).sentStep, 2);
    QCOMPARE(s.transmission(0).deliveredStep, 3);
    QCOMPARE(s.transmission(1).sentStep, 3);
    QCOMPARE(s.transmission(1).deliveredStep, 4);
    QCOMPARE(s.transmission(2).deliveredStep, 5);
    QVERIFY(s.step(5).state.inFlight.isEmpty());
    QCOMPARE(s.step(2).state.inFlight, QList<int>{0});

    const TcpControlBlock &clientEnd = *s.step(5).state.endpoint(QStringLiteral("client"));
    const TcpControlBlock &serverEnd = *s.step(5).state.endpoint(QStringLiteral("server"));
    QCOMPARE(clientEnd.sndNxt, x + 1);
    QCOMPARE(clientEnd.rcvNxt, y + 1);
    QCOMPARE(serverEnd.sndNxt, y + 1);
    QCOMPARE(serverEnd.rcvNxt, x + 1);
    // Time only moves forward, by the link's one-way delay for each delivery.
    for (int i = 1; i < s.stepCount(); ++i)
        QVERIFY(s.step(i).timeMs >= s.step(i - 1).timeMs);
    QCOMPARE(s.step(4).timeMs - s.step(3).timeMs, s.oneWayDelayMs);
}

void TestScenario::closeStates_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("moved");
    QTest::newRow("0 established") << 0 << "client=ESTABLISHED server=ESTABLISHED" << "";
    QTest::newRow("1 client close") << 1 << "client=FIN-WAIT-1 server=ESTABLISHED" << "";
    QTest::newRow("2 FIN arrives") << 2 << "client=FIN-WAIT-1 server=CLOSE-WAIT" << "FIN,ACK";
    QTest::newRow("3 ACK arrives") << 3 << "client=FIN-WAIT-2 server=CLOSE-WAIT" << "ACK";
    QTest::newRow("4 server close") << 4 << "client=FIN-WAIT-2 server=LAST-ACK" << "";
    QTest::newRow("5 FIN arrives") << 5 << "client=TIME-WAIT server=LAST-ACK" << "FIN,ACK";
    QTest::newRow("6 last ACK") << 6 << "client=TIME-WAIT server=CLOSED" << "ACK";
    QTest::newRow("7 2MSL expires") << 7 << "client=CLOSED server=CLOSED" << "";
}

void TestScenario::closeStates()
{
    QFETCH(int, step);
    QFETCH(QString, expected);
    QFETCH(QString, moved);
    const Scenario s = TcpScenarios::close({});
    QCOMPARE(s.stepCount(), 8);
    QCOMPARE(states(s.step(step)), expected);
    const int id = s.step(step).moved;
    QCOMPARE(id >= 0 ? tcpFlagsToString(s.transmission(id).frame.tcp->flags) : QString(), moved);
}

void TestScenario::closeTimeWaitTimer()
{
    const Scenario s = TcpScenarios::close({});
    const TimerState *timer = s.step(5).state.timer(QStringLiteral("client"), TimerState::Kind::TwoMsl);
    QVERIFY(timer);
    QCOMPARE(timer->startedMs, s.step(5).timeMs);
    QCOMPARE(timer->deadlineMs - timer->startedMs, 240000); // 2MSL with the RFC's MSL of 2 minutes
    QCOMPARE(s.step(7).kind, Step::Kind::Timer);
    QCOMPARE(s.step(7).timeMs, timer->deadlineMs);
    QVERIFY(!s.step(7).state.timer(QStringLiteral("client"), TimerState::Kind::TwoMsl));
    QVERIFY(!s.step(4).state.timer(QStringLiteral("client"), TimerState::Kind::TwoMsl));

    // FIN seq is the next sequence number; its ACK is seq + 1.
    const TcpHeader &fin = movedSegment(s, 2);
    const TcpHeader &ack = movedSegment(s, 3);
    QCOMPARE(ack.ack, fin.seq + 1);
    const TcpHeader &serverFin = movedSegment(s, 5);
    const TcpHeader &lastAck = movedSegment(s, 6);
    QCOMPARE(lastAck.ack, serverFin.seq + 1);
    QCOMPARE(lastAck.seq, fin.seq + 1);
}

void TestScenario::mslIsAParameter()
{
    ScenarioParameters p;
    p.mslMs = 30000;
    const Scenario s = TcpScenarios::close(p);
    const TimerState *timer = s.step(5).state.timer(QStringLiteral("client"), TimerState::Kind::TwoMsl);
    QCOMPARE(timer->deadlineMs - timer->startedMs, 60000);
    QCOMPARE(s.step(7).timeMs - s.step(5).timeMs, 60000);
}

void TestScenario::sameSeedSameScenario()
{
    for (quint64 seed : {quint64(1), quint64(42), quint64(0xffffffffffffULL)}) {
        ScenarioParameters p;
        p.seed = seed;
        const Scenario a = TcpScenarios::handshake(p);
        const Scenario b = TcpScenarios::handshake(p);
        QVERIFY(a == b);
        for (int i = 0; i < a.transmissions.size(); ++i)
            QCOMPARE(a.transmission(i).bytes, b.transmission(i).bytes);
        QVERIFY(TcpScenarios::close(p) == TcpScenarios::close(p));
    }
}

void TestScenario::differentSeedDifferentNumbers()
{
    ScenarioParameters p1;
    ScenarioParameters p2;
    p2.seed = 2;
    const Scenario a = TcpScenarios::handshake(p1);
    const Scenario b = TcpScenarios::handshake(p2);
    QVERIFY(a.step(0).state.endpoints[0].iss != b.step(0).state.endpoints[0].iss);
    QVERIFY(a.transmission(0).bytes != b.transmission(0).bytes);
}

void TestScenario::framesAreRealWireBytes()
{
    for (const Scenario &s : {TcpScenarios::handshake({}), TcpScenarios::close({})}) {
        for (const Transmission &t : s.transmissions) {
            QVERIFY(FrameCodec::checksumsValid(t.bytes));
            const Parsed<Frame> decoded = FrameCodec::decode(t.bytes);
            QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
            QVERIFY(decoded.value() == t.frame);
            QCOMPARE(FrameCodec::encode(t.frame), t.bytes);
            const TcpControlBlock *from = s.step(0).state.endpoint(t.from);
            QCOMPARE(t.frame.ethernet.source, from->mac);
            QCOMPARE(t.frame.ipv4->source, from->address);
            QCOMPARE(t.frame.tcp->sourcePort, from->port);
            // Locally administered unicast MACs.
            QCOMPARE(from->mac.byte(0) & 0x03, 0x02);
        }
    }
}

void TestScenario::stepsRecordTheirTransitions()
{
    const Scenario s = TcpScenarios::handshake({});
    QVERIFY(s.step(0).transitions.isEmpty());
    for (int i = 1; i < s.stepCount(); ++i) {
        const Step &step = s.step(i);
        QCOMPARE(step.transitions.size(), 1);
        const TransitionRecord &t = step.transitions.first();
        QCOMPARE(t.endpoint, step.actor);
        // The recorded transition is the table's row, and it matches the states before and after.
        QCOMPARE(t.transition().from, t.from);
        QCOMPARE(t.transition().to, t.to);
        QCOMPARE(s.step(i - 1).state.endpoint(t.endpoint)->state, t.from);
        QCOMPARE(step.state.endpoint(t.endpoint)->state, t.to);
    }
    QCOMPARE(s.step(3).transitions.first().event, TcpEvent::RcvSyn);
    QCOMPARE(QLatin1String(s.step(3).transitions.first().transition().rfc), QLatin1String("3.10.7.2"));
}

void TestScenario::captionsDescribeEveryStep()
{
    const Scenario s = TcpScenarios::close({});
    for (int i = 0; i < s.stepCount(); ++i) {
        const QString caption = Narrator::caption(s, i);
        QVERIFY(!caption.isEmpty());
        for (const TransitionRecord &t : s.step(i).transitions)
            QVERIFY2(caption.contains(tcpStateName(t.to)), qPrintable(caption));
    }
    QVERIFY(Narrator::caption(s, 5).contains(QStringLiteral("60 s")));
    QVERIFY(Narrator::caption(s, 5).contains(QStringLiteral("240 s")));
    QCOMPARE(Narrator::segmentSummary(s.transmission(0).frame),
             QStringLiteral("FIN,ACK seq=%1 ack=%2").arg(s.transmission(0).frame.tcp->seq).arg(s.transmission(0).frame.tcp->ack));
}

void TestScenario::registryKnowsBothScenarios()
{
    QCOMPARE(ScenarioRegistry::ids(),
             (QStringList{"subnet-and", "subnetting", "arp-same-subnet", "arp-via-gateway", "arp-cached",
                          "arp-unknown-unicast", "arp-no-reply", "tcp-handshake", "tcp-close", "tcp-data", "tcp-close-server", "tcp-close-simultaneous",
                          "tcp-close-piggyback", "tcp-half-close", "tcp-lost-ack", "tcp-retransmit", "tcp-rst-abort",
                          "tcp-refused", "tcp-simultaneous-open", "tcp-keepalive", "tcp-backlog", "tcp-reuseaddr",
                          "socket-lab", "udp-exchange", "send-vs-sendall", "stream-vs-datagram"}));
    QVERIFY(!ScenarioRegistry::find(u"nope"));
    QVERIFY(!ScenarioRegistry::build(u"nope", {}));
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        const std::optional<Scenario> s = ScenarioRegistry::build(info.id, {});
        QVERIFY(s);
        QCOMPARE(s->id, info.id);
        QVERIFY(!info.title().isEmpty());
        QVERIFY(!info.summary().isEmpty());
    }
}

void TestScenario::reuseAddressBindsFailThenSucceed()
{
    const Scenario s = TcpScenarios::reuseAddress({});
    const Step &without = s.step(7);
    const Step &with = s.step(8);
    QCOMPARE(without.kind, Step::Kind::Bind);
    QCOMPARE(with.kind, Step::Kind::Bind);
    QCOMPARE(without.bind.port, quint16(8080));
    QVERIFY(!without.bind.reuseAddress);
    QVERIFY(without.bind.addressInUse);
    QCOMPARE(without.bind.portUser, QStringLiteral("server"));
    QCOMPARE(without.bind.portUserState, TcpState::TimeWait);
    QVERIFY(with.bind.reuseAddress);
    QVERIFY(!with.bind.addressInUse);
    QCOMPARE(with.bind.portUserState, TcpState::TimeWait);
    QVERIFY(with.transitions.isEmpty() && with.sent.isEmpty());
    QVERIFY(Narrator::caption(s, 7).contains(QStringLiteral("EADDRINUSE")));
    QVERIFY(Narrator::caption(s, 8).contains(QStringLiteral("succeeds")));
    QVERIFY(Narrator::eventTitle(s, 7).endsWith(QStringLiteral("EADDRINUSE")));
}

namespace {

// "client=STATE server=STATE [moved flags]" for every step.
QStringList trace(const Scenario &s)
{
    QStringList lines;
    for (const Step &step : s.steps) {
        QString line = states(step);
        if (step.moved >= 0) {
            line += QStringLiteral(" | ") + tcpFlagsToString(s.transmission(step.moved).frame.tcp->flags);
            if (step.kind == Step::Kind::Loss)
                line += QStringLiteral(" lost");
        }
        lines.append(line);
    }
    return lines;
}

const TcpHeader &header(const Scenario &s, int step)
{
    return *s.transmission(s.step(step).moved).frame.tcp;
}

} // namespace

void TestScenario::everyScenarioStepByStep_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("expected");
    const QString ee = QStringLiteral("client=ESTABLISHED server=ESTABLISHED");
    QTest::newRow("tcp-data") << "tcp-data"
                              << QStringList{ee, ee, ee + " | PSH,ACK", ee + " | ACK", ee, ee + " | PSH,ACK", ee + " | ACK"};
    QTest::newRow("tcp-close-server")
        << "tcp-close-server"
        << QStringList{ee,
                       "client=ESTABLISHED server=FIN-WAIT-1",
                       "client=CLOSE-WAIT server=FIN-WAIT-1 | FIN,ACK",
                       "client=CLOSE-WAIT server=FIN-WAIT-2 | ACK",
                       "client=LAST-ACK server=FIN-WAIT-2",
                       "client=LAST-ACK server=TIME-WAIT | FIN,ACK",
                       "client=CLOSED server=TIME-WAIT | ACK",
                       "client=CLOSED server=CLOSED"};
    QTest::newRow("tcp-close-simultaneous")
        << "tcp-close-simultaneous"
        << QStringList{ee,
                       "client=FIN-WAIT-1 server=ESTABLISHED",
                       "client=FIN-WAIT-1 server=FIN-WAIT-1",
                       "client=FIN-WAIT-1 server=CLOSING | FIN,ACK",
                       "client=CLOSING server=CLOSING | FIN,ACK",
                       "client=TIME-WAIT server=CLOSING | ACK",
                       "client=TIME-WAIT server=TIME-WAIT | ACK",
                       "client=CLOSED server=TIME-WAIT",
                       "client=CLOSED server=CLOSED"};
    QTest::newRow("tcp-close-piggyback")
        << "tcp-close-piggyback"
        << QStringList{ee,
                       "client=FIN-WAIT-1 server=ESTABLISHED",
                       "client=FIN-WAIT-1 server=CLOSE-WAIT | FIN,ACK",
                       "client=FIN-WAIT-1 server=LAST-ACK",
                       "client=TIME-WAIT server=LAST-ACK | FIN,ACK",
                       "client=TIME-WAIT server=CLOSED | ACK",
                       "client=CLOSED server=CLOSED"};
    QTest::newRow("tcp-half-close")
        << "tcp-half-close"
        << QStringList{ee,
                       "client=FIN-WAIT-1 server=ESTABLISHED",
                       "client=FIN-WAIT-1 server=CLOSE-WAIT | FIN,ACK",
                       "client=FIN-WAIT-2 server=CLOSE-WAIT | ACK",
                       "client=FIN-WAIT-2 server=CLOSE-WAIT",
                       "client=FIN-WAIT-2 server=CLOSE-WAIT | PSH,ACK",
                       "client=FIN-WAIT-2 server=CLOSE-WAIT | ACK",
                       "client=FIN-WAIT-2 server=LAST-ACK",
                       "client=TIME-WAIT server=LAST-ACK | FIN,ACK",
                       "client=TIME-WAIT server=CLOSED | ACK",
                       "client=CLOSED server=CLOSED"};
    QTest::newRow("tcp-lost-ack")
        << "tcp-lost-ack"
        << QStringList{ee,
                       "client=FIN-WAIT-1 server=ESTABLISHED",
                       "client=FIN-WAIT-1 server=CLOSE-WAIT | FIN,ACK",
                       "client=FIN-WAIT-2 server=CLOSE-WAIT | ACK",
                       "client=FIN-WAIT-2 server=LAST-ACK",
                       "client=TIME-WAIT server=LAST-ACK | FIN,ACK",
                       "client=TIME-WAIT server=LAST-ACK | ACK lost",
                       "client=TIME-WAIT server=LAST-ACK",
                       "client=TIME-WAIT server=LAST-ACK | FIN,ACK",
                       "client=TIME-WAIT server=CLOSED | ACK",
                       "client=CLOSED server=CLOSED"};
    QTest::newRow("tcp-retransmit") << "tcp-retransmit"
                                    << QStringList{ee, ee, ee + " | PSH,ACK lost", ee, ee + " | PSH,ACK", ee + " | ACK"};
    QTest::newRow("tcp-rst-abort") << "tcp-rst-abort"
                                   << QStringList{ee, "client=CLOSED server=ESTABLISHED",
                                                  "client=CLOSED server=CLOSED | RST,ACK"};
    QTest::newRow("tcp-refused") << "tcp-refused"
                                 << QStringList{"client=CLOSED server=CLOSED", "client=SYN-SENT server=CLOSED",
                                                "client=SYN-SENT server=CLOSED | SYN",
                                                "client=CLOSED server=CLOSED | RST,ACK"};
    QTest::newRow("tcp-simultaneous-open")
        << "tcp-simultaneous-open"
        << QStringList{"client=CLOSED server=CLOSED",
                       "client=SYN-SENT server=CLOSED",
                       "client=SYN-SENT server=SYN-SENT",
                       "client=SYN-SENT server=SYN-RECEIVED | SYN",
                       "client=SYN-RECEIVED server=SYN-RECEIVED | SYN",
                       "client=ESTABLISHED server=SYN-RECEIVED | SYN,ACK",
                       ee + " | SYN,ACK"};
    QTest::newRow("tcp-reuseaddr") << "tcp-reuseaddr"
                                   << QStringList{ee,
                                                  "client=ESTABLISHED server=FIN-WAIT-1",
                                                  "client=CLOSE-WAIT server=FIN-WAIT-1 | FIN,ACK",
                                                  "client=CLOSE-WAIT server=FIN-WAIT-2 | ACK",
                                                  "client=LAST-ACK server=FIN-WAIT-2",
                                                  "client=LAST-ACK server=TIME-WAIT | FIN,ACK",
                                                  "client=CLOSED server=TIME-WAIT | ACK",
                                                  "client=CLOSED server=TIME-WAIT",
                                                  "client=CLOSED server=TIME-WAIT",
                                                  "client=CLOSED server=CLOSED"};
}

void TestScenario::everyScenarioStepByStep()
{
    QFETCH(QString, id);
    QFETCH(QStringList, expected);
    const std::optional<Scenario> s = ScenarioRegistry::build(id, {});
    QVERIFY(s);
    QCOMPARE(trace(*s), expected);
}

void TestScenario::dataAdvancesByItsLength()
{
    const Scenario s = TcpScenarios::data({});
    const quint32 u = header(s, 2).seq;
    const quint32 v = header(s, 2).ack;
    QCOMPARE(s.transmission(s.step(2).moved).frame.payload, QByteArray("Rose"));
    QCOMPARE(header(s, 3).ack, u + 4);
    QCOMPARE(header(s, 5).seq, v);
    QCOMPARE(header(s, 5).ack, u + 4);
    QCOMPARE(header(s, 6).ack, v + 12);
    QCOMPARE(s.step(6).state.endpoint(QStringLiteral("server"))->received, QByteArray("Rose"));
    QCOMPARE(s.step(6).state.endpoint(QStringLiteral("client"))->received, QByteArray("Hello, Rose!"));
}

void TestScenario::piggybackCloseHasThreeSegments()
{
    const Scenario s = TcpScenarios::closePiggyback({});
    QCOMPARE(s.transmissions.size(), 3);
    QVERIFY(s.step(2).ackDelayed);
    QVERIFY(s.step(2).sent.isEmpty());
    // The server's FIN,ACK acknowledges the client's FIN, so the client skips FIN-WAIT-2.
    QCOMPARE(header(s, 4).ack, header(s, 2).seq + 1);
    QCOMPARE(s.step(4).transitions.first().event, TcpEvent::RcvFinAckOfFin);
}

void TestScenario::lostAckRestartsTimeWait()
{
    const Scenario s = TcpScenarios::lostAck({});
    QVERIFY(s.transmission(s.step(6).moved).lost);
    QCOMPARE(s.transmission(s.step(6).moved).deliveredStep, 6);
    // The server's FIN is resent one retransmission timeout after it was first sent.
    QCOMPARE(s.step(7).kind, Step::Kind::Timer);
    QCOMPARE(s.step(7).timeMs - s.step(4).timeMs, ScenarioBuilder::retransmissionTimeoutMs);
    QCOMPARE(header(s, 8).seq, header(s, 5).seq);
    const TimerState *before = s.step(7).state.timer(QStringLiteral("client"), TimerState::Kind::TwoMsl);
    const TimerState *after = s.step(8).state.timer(QStringLiteral("client"), TimerState::Kind::TwoMsl);
    QVERIFY(before && after);
    QCOMPARE(after->startedMs, s.step(8).timeMs);
    QVERIFY(after->deadlineMs > before->deadlineMs);
    QCOMPARE(s.step(10).timeMs, after->deadlineMs);
    // While the FIN was outstanding the server's retransmission timer ran; it stops at CLOSED.
    QVERIFY(s.step(5).state.timer(QStringLiteral("server"), TimerState::Kind::Retransmission));
    QVERIFY(!s.step(9).state.timer(QStringLiteral("server"), TimerState::Kind::Retransmission));
}

void TestScenario::retransmissionResendsFromSndUna()
{
    const Scenario s = TcpScenarios::retransmit({});
    const Transmission &first = s.transmission(s.step(2).moved);
    const Transmission &again = s.transmission(s.step(4).moved);
    QVERIFY(first.lost);
    QCOMPARE(again.frame.tcp->seq, first.frame.tcp->seq);
    QCOMPARE(again.frame.payload, first.frame.payload);
    QCOMPARE(header(s, 5).ack, first.frame.tcp->seq + 4);
    QVERIFY(!s.step(5).state.timer(QStringLiteral("client"), TimerState::Kind::Retransmission));
}

void TestScenario::refusedIsAnsweredWithRstAck()
{
    const Scenario s = TcpScenarios::refused({});
    QCOMPARE(header(s, 3).seq, 0u);
    QCOMPARE(header(s, 3).ack, header(s, 2).seq + 1);
    QCOMPARE(s.step(3).transitions.first().event, TcpEvent::RcvRstAck);
    QVERIFY(Narrator::caption(s, 3).contains(QStringLiteral("ECONNREFUSED")));
}

void TestScenario::keepaliveDeclaresASilentPeerDead()
{
    ScenarioParameters p;
    const Scenario s = TcpScenarios::keepalive(p);
    // One answered probe, the peer dies, then keepaliveProbes unanswered probes and the end.
    int probes = 0;
    for (const Transmission &t : s.transmissions)
        probes += t.from == QLatin1String("client") && t.frame.payload.isEmpty()
            && t.frame.tcp->flags == TcpFlags(TcpFlag::Ack);
    QCOMPARE(probes, 1 + p.keepaliveProbes);
    QCOMPARE(s.step(1).timeMs, p.keepaliveIdleMs);
    // The last step: the reset sent at the end reaches nobody.
    QCOMPARE(s.steps.last().kind, Step::Kind::Loss);
    const Step &end = s.step(s.lastStep() - 1);
    QCOMPARE(end.transitions.first().event, TcpEvent::TimeoutKeepaliveExhausted);
    QCOMPARE(end.state.endpoint(QStringLiteral("client"))->state, TcpState::Closed);
    QCOMPARE(end.state.endpoint(QStringLiteral("server"))->state, TcpState::Established); // it never knew
    // Probes after the first unanswered one come every keep-alive interval, and each is lost.
    int intervalProbes = 0;
    for (const Step &step : s.steps) {
        if (step.event == TcpEvent::TimeoutKeepaliveInterval && step.kind == Step::Kind::Timer) {
            ++intervalProbes;
            QVERIFY(s.transmission(step.sent.first()).lost);
        }
    }
    QCOMPARE(intervalProbes, p.keepaliveProbes - 1);
    QVERIFY(s.steps.last().state.inFlight.isEmpty());
    QCOMPARE(s.steps.at(4).kind, Step::Kind::Decision);
}

namespace {

// Deterministic, consistent step by step, nothing left on the wire, no timer overtaken.
void verifyValid(const ScenarioInfo &info, const ScenarioParameters &parameters)
{
    const Scenario a = info.build(parameters);
    QVERIFY2(a == info.build(parameters), qPrintable(info.id));
    for (int i = 0; i < a.stepCount(); ++i) {
        QCOMPARE(a.step(i).index, i);
        if (i > 0)
            QVERIFY(a.step(i).timeMs >= a.step(i - 1).timeMs);
        QVERIFY(!Narrator::caption(a, i).isEmpty());
        for (const TransitionRecord &t : a.step(i).transitions) {
            // A connection a listener creates in this step starts as a copy of the listener.
            const TcpControlBlock *before = a.step(i - 1).state.endpoint(t.endpoint);
            if (!before) {
                QCOMPARE(a.step(i).listenQueue.kind, ListenQueueEvent::Kind::Created);
                QCOMPARE(a.step(i).listenQueue.connection, t.endpoint);
                before = a.step(i - 1).state.endpoint(a.step(i).listenQueue.listener);
            }
            QVERIFY2(before, qPrintable(info.id));
            QCOMPARE(before->state, t.from);
            QCOMPARE(a.step(i).state.endpoint(t.endpoint)->state, t.to);
        }
    }
    for (const Transmission &t : a.transmissions) {
        QVERIFY2(FrameCodec::checksumsValid(t.bytes), qPrintable(info.id));
        QVERIFY(!t.to.isEmpty());
    }
    // Nothing is left on the wire at the end, and no timer was overtaken: every step
    // happens no later than the deadlines of the timers running before it, unless it is
    // that timer's own expiry.
    QVERIFY2(a.steps.last().state.inFlight.isEmpty(), qPrintable(info.id));
    for (int i = 1; i < a.stepCount(); ++i) {
        for (const TimerState &t : a.step(i - 1).state.timers) {
            const bool expiresHere = a.step(i).kind == Step::Kind::Timer && a.step(i).actor == t.endpoint
                && !a.step(i).state.timer(t.endpoint, t.kind);
            QVERIFY2(a.step(i).timeMs <= t.deadlineMs || expiresHere,
                     qPrintable(QStringLiteral("%1 step %2 passes a timer of the %3").arg(info.id).arg(i).arg(t.endpoint)));
        }
    }
}

} // namespace

void TestScenario::everyScenarioIsDeterministicAndValid()
{
    // As taught, and as a live run builds it (keep-alive's short timers).
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        for (const ScenarioParameters &parameters : {ScenarioParameters{}, info.parametersForLive({})}) {
            verifyValid(info, parameters);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
