// The listen backlog: a listener that creates a connection per SYN, its accept queue bounded at
// backlog + 1, the SYN and the ACK that Linux drops when the queue is full, accept(), and the
// tcp-backlog lesson step by step.

#include "framecodec.h"
#include "narrator.h"
#include "scenarioregistry.h"
#include "tcpflags.h"
#include "tcpscenarios.h"

#include <QTest>

using namespace NetSteps;

namespace {

const QString server = QStringLiteral("server");

QString connectionOf(int client)
{
    return ScenarioBuilder::connectionName(server, QStringLiteral("client %1").arg(client));
}

// "client 1" → "c1", "server ← client 1" → "s←c1": short enough for one line per step.
QString shortName(QString name)
{
    return name.replace(QStringLiteral(" ← "), QStringLiteral("←"))
        .replace(QStringLiteral("client "), QStringLiteral("c"))
        .replace(server, QStringLiteral("s"));
}

QString shortNames(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(shortName(name));
    return out.join(u' ');
}

// Every endpoint's state, then what arrived (and whether the queue dropped it).
QString trace(const Scenario &s, int index)
{
    const Step &step = s.step(index);
    QStringList states;
    for (const TcpControlBlock &tcb : step.state.endpoints)
        states.append(QStringLiteral("%1=%2").arg(shortName(tcb.name), tcpStateName(tcb.state)));
    QString line = states.join(u' ');
    if (step.moved >= 0)
        line += QStringLiteral(" | ") + tcpFlagsToString(s.transmission(step.moved).frame.tcp->flags);
    if (step.listenQueue.kind == ListenQueueEvent::Kind::DroppedQueueFull)
        line += QStringLiteral(" dropped");
    return line;
}

const TcpHeader &movedSegment(const Scenario &s, int step)
{
    return *s.transmission(s.step(step).moved).frame.tcp;
}

} // namespace

class TestBacklog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lessonStepByStep_data();
    void lessonStepByStep();
    void listenerStaysInListenAndCreatesConnections();
    void droppedSynSendsNothing();
    void synRetransmissionWaitsOneSecondThenTwo();
    void acceptChangesNoTcpState();
    void droppedAckLeavesTheServerSideHalfOpen();
    void segmentsAreRoutedByTheirFourTuple();
    void captionsExplainTheQueue();
    void endpointLabels();
    void queueHoldsBacklogPlusOne_data();
    void queueHoldsBacklogPlusOne();
};

void TestBacklog::lessonStepByStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("acceptQueue");
    QTest::addColumn<QString>("synQueue");
    const QString c12 = QStringLiteral("c1=ESTABLISHED c2=ESTABLISHED");
    const QString both = QStringLiteral("s←c1=ESTABLISHED s←c2=ESTABLISHED");
    const QStringList rows{
        "c1=CLOSED c2=CLOSED c3=CLOSED c4=CLOSED s=CLOSED",
        "c1=CLOSED c2=CLOSED c3=CLOSED c4=CLOSED s=LISTEN",
        "c1=SYN-SENT c2=CLOSED c3=CLOSED c4=CLOSED s=LISTEN",
        "c1=SYN-SENT c2=CLOSED c3=CLOSED c4=CLOSED s=LISTEN s←c1=SYN-RECEIVED | SYN",
        "c1=ESTABLISHED c2=CLOSED c3=CLOSED c4=CLOSED s=LISTEN s←c1=SYN-RECEIVED | SYN,ACK",
        "c1=ESTABLISHED c2=CLOSED c3=CLOSED c4=CLOSED s=LISTEN s←c1=ESTABLISHED | ACK",
        "c1=ESTABLISHED c2=SYN-SENT c3=CLOSED c4=CLOSED s=LISTEN s←c1=ESTABLISHED",
        "c1=ESTABLISHED c2=SYN-SENT c3=CLOSED c4=CLOSED s=LISTEN s←c1=ESTABLISHED s←c2=SYN-RECEIVED | SYN",
        c12 + " c3=CLOSED c4=CLOSED s=LISTEN s←c1=ESTABLISHED s←c2=SYN-RECEIVED | SYN,ACK",
        c12 + " c3=CLOSED c4=CLOSED s=LISTEN " + both + " | ACK",
        c12 + " c3=SYN-SENT c4=CLOSED s=LISTEN " + both,
        c12 + " c3=SYN-SENT c4=CLOSED s=LISTEN " + both + " | SYN dropped",
        c12 + " c3=SYN-SENT c4=CLOSED s=LISTEN " + both,
        c12 + " c3=SYN-SENT c4=CLOSED s=LISTEN " + both + " | SYN dropped",
        c12 + " c3=SYN-SENT c4=CLOSED s=LISTEN " + both,
        c12 + " c3=SYN-SENT c4=CLOSED s=LISTEN " + both,
        c12 + " c3=SYN-SENT c4=CLOSED s=LISTEN " + both + " s←c3=SYN-RECEIVED | SYN",
        c12 + " c3=SYN-SENT c4=SYN-SENT s=LISTEN " + both + " s←c3=SYN-RECEIVED",
        c12 + " c3=ESTABLISHED c4=SYN-SENT s=LISTEN " + both + " s←c3=SYN-RECEIVED | SYN,ACK",
        c12 + " c3=ESTABLISHED c4=SYN-SENT s=LISTEN " + both + " s←c3=SYN-RECEIVED s←c4=SYN-RECEIVED | SYN",
        c12 + " c3=ESTABLISHED c4=SYN-SENT s=LISTEN " + both + " s←c3=ESTABLISHED s←c4=SYN-RECEIVED | ACK",
        c12 + " c3=ESTABLISHED c4=ESTABLISHED s=LISTEN " + both + " s←c3=ESTABLISHED s←c4=SYN-RECEIVED | SYN,ACK",
        c12 + " c3=ESTABLISHED c4=ESTABLISHED s=LISTEN " + both + " s←c3=ESTABLISHED s←c4=SYN-RECEIVED | ACK dropped",
        c12 + " c3=ESTABLISHED c4=ESTABLISHED s=LISTEN " + both + " s←c3=ESTABLISHED s←c4=SYN-RECEIVED",
        c12 + " c3=ESTABLISHED c4=ESTABLISHED s=LISTEN " + both + " s←c3=ESTABLISHED s←c4=SYN-RECEIVED",
        c12 + " c3=ESTABLISHED c4=ESTABLISHED s=LISTEN " + both + " s←c3=ESTABLISHED s←c4=SYN-RECEIVED | SYN,ACK",
        c12 + " c3=ESTABLISHED c4=ESTABLISHED s=LISTEN " + both + " s←c3=ESTABLISHED s←c4=ESTABLISHED | ACK",
    };
    // The accept queue (oldest first) and the SYN queue after each step; "-" before listen().
    const QStringList accept{"-", "", "", "", "", "s←c1", "s←c1", "s←c1", "s←c1", "s←c1 s←c2", "s←c1 s←c2",
                             "s←c1 s←c2", "s←c1 s←c2", "s←c1 s←c2", "s←c2", "s←c2", "s←c2", "s←c2", "s←c2", "s←c2",
                             "s←c2 s←c3", "s←c2 s←c3", "s←c2 s←c3", "s←c3", "s←c3", "s←c3", "s←c3 s←c4"};
    const QStringList syn{"-", "", "", "s←c1", "s←c1", "", "", "s←c2", "s←c2", "", "", "", "", "", "", "", "s←c3",
                          "s←c3", "s←c3", "s←c3 s←c4", "s←c4", "s←c4", "s←c4", "s←c4", "s←c4", "s←c4", ""};
    QCOMPARE(accept.size(), rows.size());
    QCOMPARE(syn.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        QTest::addRow("%d", i) << i << rows[i] << accept[i] << syn[i];
}

void TestBacklog::lessonStepByStep()
{
    QFETCH(int, step);
    QFETCH(QString, expected);
    QFETCH(QString, acceptQueue);
    QFETCH(QString, synQueue);
    const Scenario s = TcpScenarios::backlog({});
    QCOMPARE(s.stepCount(), 27);
    QCOMPARE(trace(s, step), expected);
    const WorldState &state = s.step(step).state;
    const ListenQueue *queue = state.listenQueue(server);
    QCOMPARE(queue ? shortNames(queue->queued) : QStringLiteral("-"), acceptQueue);
    QCOMPARE(queue ? shortNames(state.synQueue(server)) : QStringLiteral("-"), synQueue);
    if (queue) {
        QCOMPARE(queue->backlog, 1);
        QVERIFY(queue->queued.size() <= queue->capacity());
    }
}

void TestBacklog::listenerStaysInListenAndCreatesConnections()
{
    const Scenario s = TcpScenarios::backlog({});
    QCOMPARE(s.endpointNames, (QStringList{"client 1", "client 2", "client 3", "client 4", "server"}));
    const TcpControlBlock &listener = *s.step(1).state.endpoint(server);
    int created = 0;
    for (const Step &step : s.steps) {
        if (step.index >= 1)
            QCOMPARE(step.state.endpoint(server)->state, TcpState::Listen);
        if (step.listenQueue.kind != ListenQueueEvent::Kind::Created)
            continue;
        ++created;
        // The SYN arrives at the listener; the new connection takes the table's LISTEN row.
        QCOMPARE(step.actor, server);
        QCOMPARE(step.transitions.size(), 1);
        const TransitionRecord &t = step.transitions.first();
        QCOMPARE(t.endpoint, step.listenQueue.connection);
        QCOMPARE(t.from, TcpState::Listen);
        QCOMPARE(t.to, TcpState::SynReceived);
        QCOMPARE(QLatin1String(t.transition().rfc), QLatin1String("3.10.7.2"));
        QVERIFY(!s.step(step.index - 1).state.endpoint(t.endpoint));
        const TcpControlBlock &connection = *step.state.endpoint(t.endpoint);
        const TcpControlBlock &client = *step.state.endpoint(s.transmission(step.moved).from);
        QCOMPARE(connection.address, listener.address);
        QCOMPARE(connection.port, listener.port);
        QCOMPARE(connection.peerAddress, client.address);
        QCOMPARE(connection.peerPort, client.port);
        QCOMPARE(connection.peerMac, client.mac);
        QVERIFY(connection.passiveOpen);
        QVERIFY(connection.iss != listener.iss);
        QCOMPARE(step.state.listenerOf(connection.name), server);
        QCOMPARE(s.lifeline(connection.name), server);
        // It answers with SYN,ACK: its own ISN, and the client's ISN + 1.
        const TcpHeader &synAck = *s.transmission(step.sent.first()).frame.tcp;
        QCOMPARE(synAck.seq, connection.iss);
        QCOMPARE(synAck.ack, client.iss + 1);
    }
    QCOMPARE(created, 4);
    QCOMPARE(s.lifeline(QStringLiteral("client 2")), QStringLiteral("client 2"));
    QCOMPARE(s.lifeline(server), server);
}

void TestBacklog::droppedSynSendsNothing()
{
    const Scenario s = TcpScenarios::backlog({});
    for (int index : {11, 13}) {
        const Step &step = s.step(index);
        const Step &before = s.step(index - 1);
        QCOMPARE(step.kind, Step::Kind::Delivery);
        QCOMPARE(movedSegment(s, index).flags, TcpFlags(TcpFlag::Syn));
        QCOMPARE(s.transmission(step.moved).from, QStringLiteral("client 3"));
        QCOMPARE(step.actor, server);
        QCOMPARE(step.event, TcpEvent::RcvSyn);
        QCOMPARE(step.listenQueue.kind, ListenQueueEvent::Kind::DroppedQueueFull);
        QCOMPARE(step.listenQueue.listener, server);
        QVERIFY(step.listenQueue.connection.isEmpty());
        QVERIFY(step.transitions.isEmpty());
        QVERIFY(step.sent.isEmpty());
        QVERIFY(step.state.inFlight.isEmpty());
        // Nothing but the wire changed: no connection, no timer, no queue entry.
        QCOMPARE(step.state.endpoints, before.state.endpoints);
        QCOMPARE(step.state.timers, before.state.timers);
        QCOMPARE(step.state.listenQueues, before.state.listenQueues);
        QVERIFY(step.state.listenQueue(server)->isFull());
        for (const Transmission &t : s.transmissions)
            QVERIFY(t.sentStep != index);
    }
}

void TestBacklog::synRetransmissionWaitsOneSecondThenTwo()
{
    const Scenario s = TcpScenarios::backlog({});
    QCOMPARE(ScenarioBuilder::synRetransmissionTimeoutMs, 1000);
    const TimerState *first = s.step(10).state.timer(QStringLiteral("client 3"), TimerState::Kind::Retransmission);
    QVERIFY(first);
    QCOMPARE(first->deadlineMs - first->startedMs, 1000);
    QCOMPARE(s.step(12).kind, Step::Kind::Timer);
    QCOMPARE(s.step(12).timeMs - s.step(10).timeMs, 1000);
    QCOMPARE(s.step(15).kind, Step::Kind::Timer);
    QCOMPARE(s.step(15).timeMs - s.step(12).timeMs, 2000);
    const TimerState *third = s.step(15).state.timer(QStringLiteral("client 3"), TimerState::Kind::Retransmission);
    QVERIFY(third);
    QCOMPARE(third->deadlineMs - third->startedMs, 4000);
    // The same SYN each time, and the timer stops when the SYN,ACK arrives.
    const Transmission &original = s.transmission(s.step(10).sent.first());
    for (int index : {12, 15}) {
        const Transmission &again = s.transmission(s.step(index).sent.first());
        QCOMPARE(again.frame.tcp->flags, TcpFlags(TcpFlag::Syn));
        QCOMPARE(again.frame.tcp->seq, original.frame.tcp->seq);
    }
    QVERIFY(s.step(17).state.timer(QStringLiteral("client 3"), TimerState::Kind::Retransmission));
    QVERIFY(!s.step(18).state.timer(QStringLiteral("client 3"), TimerState::Kind::Retransmission));
    // The server side's SYN,ACK waits 1 s as well.
    QCOMPARE(s.step(24).kind, Step::Kind::Timer);
    QCOMPARE(s.step(24).actor, connectionOf(4));
    QCOMPARE(s.step(24).timeMs - s.step(19).timeMs, 1000);
}

void TestBacklog::acceptChangesNoTcpState()
{
    const Scenario s = TcpScenarios::backlog({});
    for (const auto &[index, returned] : {std::pair{14, 1}, std::pair{23, 2}}) {
        const Step &step = s.step(index);
        const Step &before = s.step(index - 1);
        QCOMPARE(step.kind, Step::Kind::SocketCall);
        QCOMPARE(step.call, QStringLiteral("accept()"));
        QCOMPARE(step.actor, server);
        QCOMPARE(step.listenQueue.kind, ListenQueueEvent::Kind::Accepted);
        QCOMPARE(step.listenQueue.connection, connectionOf(returned));
        QVERIFY(step.transitions.isEmpty());
        QVERIFY(step.sent.isEmpty());
        QCOMPARE(step.state.endpoints, before.state.endpoints);
        QCOMPARE(step.state.timers, before.state.timers);
        QCOMPARE(step.state.inFlight, before.state.inFlight);
        // The oldest connection leaves the queue.
        const ListenQueue &was = *before.state.listenQueue(server);
        const ListenQueue &now = *step.state.listenQueue(server);
        QCOMPARE(was.queued.first(), connectionOf(returned));
        QCOMPARE(now.queued, was.queued.mid(1));
        QCOMPARE(now.accepted, was.accepted + QStringList{connectionOf(returned)});
    }
}

void TestBacklog::droppedAckLeavesTheServerSideHalfOpen()
{
    const Scenario s = TcpScenarios::backlog({});
    const QString client4 = QStringLiteral("client 4");
    const Step &dropped = s.step(22);
    QCOMPARE(movedSegment(s, 22).flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(dropped.actor, connectionOf(4));
    QCOMPARE(dropped.event, TcpEvent::RcvAckOfSyn);
    QCOMPARE(dropped.listenQueue.kind, ListenQueueEvent::Kind::DroppedQueueFull);
    QCOMPARE(dropped.listenQueue.connection, connectionOf(4));
    QVERIFY(dropped.transitions.isEmpty());
    QVERIFY(dropped.sent.isEmpty());
    // The client believes the connection is open; the server's side is still half-open, and
    // its SYN,ACK timer keeps running.
    QCOMPARE(dropped.state.endpoint(client4)->state, TcpState::Established);
    QCOMPARE(dropped.state.endpoint(connectionOf(4))->state, TcpState::SynReceived);
    QVERIFY(dropped.state.timer(connectionOf(4), TimerState::Kind::Retransmission));
    QCOMPARE(dropped.state.listenQueue(server)->queued.size(), 2);

    // The SYN,ACK again, unchanged; the client answers with a challenge ACK, the same ACK.
    const TcpHeader &firstSynAck = *s.transmission(s.step(19).sent.first()).frame.tcp;
    const TcpHeader &secondSynAck = *s.transmission(s.step(24).sent.first()).frame.tcp;
    QCOMPARE(secondSynAck.flags, TcpFlag::Syn | TcpFlag::Ack);
    QCOMPARE(secondSynAck.seq, firstSynAck.seq);
    QCOMPARE(secondSynAck.ack, firstSynAck.ack);
    const Step &challenge = s.step(25);
    QCOMPARE(challenge.event, TcpEvent::RcvSyn);
    QCOMPARE(challenge.transitions.first().from, TcpState::Established);
    QCOMPARE(challenge.transitions.first().to, TcpState::Established);
    const TcpHeader &reAck = *s.transmission(challenge.sent.first()).frame.tcp;
    QCOMPARE(reAck.flags, TcpFlags(TcpFlag::Ack));
    QCOMPARE(reAck.seq, movedSegment(s, 22).seq);
    QCOMPARE(reAck.ack, movedSegment(s, 22).ack);

    // Now accept() has made room: the connection completes and joins the queue.
    const Step &last = s.steps.last();
    QCOMPARE(last.listenQueue.kind, ListenQueueEvent::Kind::Queued);
    QCOMPARE(last.transitions.first().to, TcpState::Established);
    QVERIFY(!last.state.timer(connectionOf(4), TimerState::Kind::Retransmission));
    QVERIFY(last.state.timers.isEmpty());
}

void TestBacklog::segmentsAreRoutedByTheirFourTuple()
{
    const Scenario s = TcpScenarios::backlog({});
    const WorldState &end = s.steps.last().state;
    for (const Transmission &t : s.transmissions) {
        const TcpControlBlock &from = *end.endpoint(t.from);
        const TcpControlBlock &to = *end.endpoint(t.to);
        QCOMPARE(t.frame.ipv4->source, from.address);
        QCOMPARE(t.frame.tcp->sourcePort, from.port);
        QCOMPARE(t.frame.ipv4->destination, to.address);
        QCOMPARE(t.frame.tcp->destinationPort, to.port);
        QCOMPARE(t.frame.ethernet.source, from.mac);
        QCOMPARE(t.frame.ethernet.destination, to.mac);
        QVERIFY(FrameCodec::checksumsValid(t.bytes));
        if (t.to == server) {
            // Only new SYNs go to the listener itself.
            QCOMPARE(t.frame.tcp->flags, TcpFlags(TcpFlag::Syn));
        } else if (!end.listenerOf(t.to).isEmpty()) {
            QCOMPARE(to.peerAddress, t.frame.ipv4->source);
            QCOMPARE(to.peerPort, t.frame.tcp->sourcePort);
        }
    }
    QCOMPARE(s.transmissions.size(), 16);
}

void TestBacklog::captionsExplainTheQueue()
{
    const Scenario s = TcpScenarios::backlog({});
    for (int index : {3, 5, 9, 11, 13, 14, 16, 19, 20, 22, 23, 26})
        QVERIFY2(Narrator::caption(s, index).contains(QStringLiteral("accept queue")), qPrintable(Narrator::caption(s, index)));
    QVERIFY(Narrator::caption(s, 9).contains(QStringLiteral("2 of at most 2")));
    QVERIFY(Narrator::caption(s, 11).contains(QStringLiteral("full (2 of 2)")));
    QVERIFY(Narrator::caption(s, 11).contains(QStringLiteral("no RST")));
    QVERIFY(Narrator::caption(s, 11).contains(QStringLiteral("client 3 stays in SYN-SENT")));
    QVERIFY(Narrator::caption(s, 22).contains(QStringLiteral("stays in SYN-RECEIVED")));
    QVERIFY(Narrator::caption(s, 14).contains(QStringLiteral("no TCP state changes")));
    QVERIFY(Narrator::caption(s, 1).contains(QStringLiteral("half-connection pool")));
    QVERIFY(Narrator::caption(s, 1).contains(QStringLiteral("SYN queue")));
    QVERIFY(Narrator::caption(s, 9).contains(QStringLiteral("Recv-Q 2")));
    QVERIFY(Narrator::caption(s, 0).contains(QStringLiteral("4 clients")));
    QCOMPARE(Narrator::eventTitle(s, 11), QStringLiteral("SYN → server: dropped, accept queue full"));
    QCOMPARE(Narrator::eventTitle(s, 20), QStringLiteral("ACK → server"));
    QCOMPARE(Narrator::eventTitle(s, 14), QStringLiteral("server: accept()"));
}

void TestBacklog::endpointLabels()
{
    QCOMPARE(Narrator::endpointLabel(QStringLiteral("client 3")), QStringLiteral("client 3"));
    QCOMPARE(Narrator::endpointLabel(connectionOf(1)), QStringLiteral("server ← client 1"));
    QCOMPARE(Narrator::endpointLabel(QStringLiteral("client")), QStringLiteral("client"));
    QCOMPARE(Narrator::endpointLabel(QStringLiteral("client x")), QStringLiteral("client x"));
}

void TestBacklog::queueHoldsBacklogPlusOne_data()
{
    QTest::addColumn<int>("backlog");
    for (int backlog : {0, 1, 2, 4})
        QTest::addRow("listen(%d)", backlog) << backlog;
}

void TestBacklog::queueHoldsBacklogPlusOne()
{
    QFETCH(int, backlog);
    // backlog + 2 clients connect one after another and nobody accepts: backlog + 1 complete
    // their handshake, the last one's SYN is dropped.
    const int clients = backlog + 2;
    ScenarioBuilder b = TcpScenarios::manyClients(QStringLiteral("test-backlog"), {}, clients);
    b.recordInitial();
    b.listen(server, backlog);
    for (int n = 1; n < clients; ++n) {
        b.call(QStringLiteral("client %1").arg(n), TcpEvent::ActiveOpen, QStringLiteral("connect()"));
        b.deliverNext();
        b.deliverNext();
        b.deliverNext();
    }
    b.call(QStringLiteral("client %1").arg(clients), TcpEvent::ActiveOpen, QStringLiteral("connect()"));
    b.deliverNext();
    const Scenario s = b.finish();
    QCOMPARE(s.step(1).call, QStringLiteral("listen(%1)").arg(backlog));
    const Step &last = s.steps.last();
    QCOMPARE(last.listenQueue.kind, ListenQueueEvent::Kind::DroppedQueueFull);
    const ListenQueue &queue = *last.state.listenQueue(server);
    QCOMPARE(queue.queued.size(), backlog + 1);
    QCOMPARE(queue.connections.size(), backlog + 1);
    QVERIFY(queue.isFull());
    QCOMPARE(last.state.endpoint(QStringLiteral("client %1").arg(clients))->state, TcpState::SynSent);
    // One step earlier the queue still had room for the last complete connection.
    const Step &beforeLast = s.step(s.lastStep() - 2);
    QCOMPARE(beforeLast.listenQueue.kind, ListenQueueEvent::Kind::Queued);
    QCOMPARE(beforeLast.state.listenQueue(server)->queued.size(), backlog + 1);
}

QTEST_GUILESS_MAIN(TestBacklog)
#include "tst_backlog.moc"
