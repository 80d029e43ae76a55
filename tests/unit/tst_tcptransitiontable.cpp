// The TCP transition table, one data row per table row: an endpoint put in the row's state
// meets the row's event and must end in the row's state having sent the row's segment.

#include "tcpendpoint.h"
#include "tcpflags.h"
#include "tcptransitiontable.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace NetSteps;

namespace {

constexpr quint32 ourIss = 1000;
constexpr quint32 peerIss = 5000;

// An endpoint in `state` with sequence variables as a real connection would have them there:
// our ISS 1000, the peer's 5000, no data in flight.
TcpControlBlock fixture(TcpState state, bool passive)
{
    TcpControlBlock tcb;
    tcb.name = QStringLiteral("us");
    tcb.address = Ipv4Address::fromOctets(10, 0, 0, 1);
    tcb.port = 8080;
    tcb.peerAddress = Ipv4Address::fromOctets(10, 0, 0, 2);
    tcb.peerPort = 50000;
    tcb.state = state;
    tcb.passiveOpen = passive;
    tcb.iss = ourIss;
    const bool sentSyn = state != TcpState::Closed && state != TcpState::Listen;
    const bool gotSyn = sentSyn && state != TcpState::SynSent;
    const bool sentFin = state == TcpState::FinWait1 || state == TcpState::FinWait2 || state == TcpState::Closing
        || state == TcpState::LastAck || state == TcpState::TimeWait;
    const bool finAcked = state == TcpState::FinWait2 || state == TcpState::TimeWait;
    const bool gotFin = state == TcpState::CloseWait || state == TcpState::Closing || state == TcpState::LastAck
        || state == TcpState::TimeWait;
    if (sentSyn) {
        tcb.sndNxt = ourIss + 1 + (sentFin ? 1 : 0);
        tcb.sndUna = (state == TcpState::SynSent || state == TcpState::SynReceived) ? ourIss
            : finAcked                                                         ? tcb.sndNxt
                                                                               : ourIss + 1;
    }
    if (gotSyn) {
        tcb.irs = peerIss;
        tcb.rcvNxt = peerIss + 1 + (gotFin ? 1 : 0);
    }
    return tcb;
}

// The segment that stands for a receive event, for an endpoint in `tcb`'s state.
TcpHeader incoming(TcpEvent event, const TcpControlBlock &tcb, QByteArray *payload)
{
    TcpHeader h;
    h.sourcePort = 50000;
    h.destinationPort = 8080;
    h.window = 502;
    switch (event) {
    case TcpEvent::RcvSyn: h.flags = TcpFlag::Syn; h.seq = peerIss; break;
    case TcpEvent::RcvSynAck: h.flags = TcpFlag::Syn | TcpFlag::Ack; h.seq = peerIss; h.ack = tcb.sndNxt; break;
    case TcpEvent::RcvAckOfSyn:
    case TcpEvent::RcvAckOfFin: h.flags = TcpFlag::Ack; h.seq = tcb.rcvNxt; h.ack = tcb.sndNxt; break;
    case TcpEvent::RcvAck:
        h.flags = TcpFlag::Ack;
        h.seq = tcb.rcvNxt;
        // With our FIN outstanding, an ACK that does not acknowledge it (it acknowledges data before it).
        h.ack = tcb.state == TcpState::Closed || tcb.state == TcpState::Listen ? 777
            : tcb.state == TcpState::FinWait1                                 ? tcb.sndUna
                                                                                : tcb.sndNxt;
        break;
    case TcpEvent::RcvData:
        // At a closed port: data without ACK, answered RST,ACK.
        h.flags = tcb.state == TcpState::Closed ? TcpFlags(TcpFlag::Psh) : TcpFlag::Psh | TcpFlag::Ack;
        h.seq = tcb.state == TcpState::Closed ? 4242 : tcb.rcvNxt;
        h.ack = tcb.sndUna;
        *payload = "hello";
        break;
    case TcpEvent::RcvFin:
        h.flags = tcb.state == TcpState::Closed ? TcpFlags(TcpFlag::Fin) : TcpFlag::Fin | TcpFlag::Ack;
        // Where the peer's FIN was already received, this is the same FIN again: the same seq.
        h.seq = tcb.state == TcpState::TimeWait || tcb.state == TcpState::CloseWait || tcb.state == TcpState::Closing
                || tcb.state == TcpState::LastAck
            ? tcb.rcvNxt - 1
            : tcb.rcvNxt;
        h.ack = tcb.sndUna;
        break;
    case TcpEvent::RcvFinAckOfFin: h.flags = TcpFlag::Fin | TcpFlag::Ack; h.seq = tcb.rcvNxt; h.ack = tcb.sndNxt; break;
    case TcpEvent::RcvRst: h.flags = TcpFlag::Rst; h.seq = tcb.rcvNxt; h.window = 0; break;
    case TcpEvent::RcvRstAck: h.flags = TcpFlag::Rst | TcpFlag::Ack; h.ack = tcb.sndNxt; h.window = 0; break;
    case TcpEvent::RcvKeepaliveProbe: h.flags = TcpFlag::Ack; h.seq = tcb.rcvNxt - 1; h.ack = tcb.sndNxt; break;
    default: break;
    }
    return h;
}

} // namespace

class TestTcpTransitionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRow_data();
    void everyRow();
    void tableIsWellFormed();
    void everyStateHasTransitions();
    void refusedConnectionAcksSynPlusOne();
    void handshakeSequenceNumbers();
    void finThatAcksOurFinGoesStraightToTimeWait();
    void simultaneousCloseGoesThroughClosing();
    void retransmittedFinInTimeWaitIsAckedAgain();
    void dataAdvancesSequenceNumbers();
    void callInWrongStateHasNoRow();
    void abortSendsRstAckWithSndNxt();
    void keepaliveProbeIsAnsweredWithAck();
    void segmentWithoutAckAtClosedPortIsAnsweredRstAck();
    void ackOfDataInFinWait1AdvancesSndUna();
    void synInEstablishedGetsAChallengeAck();
};

void TestTcpTransitionTable::everyRow_data()
{
    QTest::addColumn<int>("row");
    const QList<TcpTransition> &rows = TcpTransitionTable::rows();
    for (int i = 0; i < rows.size(); ++i) {
        const TcpTransition &r = rows[i];
        const QByteArray name = QStringLiteral("%1 %2 %3-> %4")
                                    .arg(tcpStateName(r.from), TcpTransitionTable::eventIdentifier(r.event),
                                         r.guard == TcpGuard::PassiveOpen  ? QStringLiteral("(passive) ")
                                             : r.guard == TcpGuard::ActiveOpen ? QStringLiteral("(active) ")
                                                                               : QString(),
                                         tcpStateName(r.to))
                                    .toUtf8();
        QTest::newRow(name.constData()) << i;
    }
}

void TestTcpTransitionTable::everyRow()
{
    QFETCH(int, row);
    const TcpTransition &r = TcpTransitionTable::rows().at(row);
    const bool passive = r.guard != TcpGuard::ActiveOpen && (r.guard == TcpGuard::PassiveOpen || r.from == TcpState::Listen);
    TcpEndpoint endpoint(fixture(r.from, passive));
    TcpEndpoint::Outcome outcome;
    if (TcpTransitionTable::isUserCall(r.event)) {
        outcome = endpoint.call(r.event, r.event == TcpEvent::Send ? QByteArray("data") : QByteArray());
    } else if (TcpTransitionTable::isTimeout(r.event)) {
        outcome = endpoint.timeout(r.event);
    } else {
        QByteArray payload;
        const TcpHeader segment = incoming(r.event, endpoint.tcb(), &payload);
        QCOMPARE(TcpEndpoint::classify(endpoint.tcb(), segment, payload.size()), r.event);
        outcome = endpoint.receive(segment, payload);
    }
    QVERIFY(outcome.row);
    QCOMPARE(TcpTransitionTable::indexOf(outcome.row), row);
    QCOMPARE(endpoint.tcb().state, r.to);
    QCOMPARE(outcome.segment.has_value(), r.reply != TcpReply::None);
    if (outcome.segment)
        QCOMPARE(tcpFlagsToString(outcome.segment->flags), TcpTransitionTable::replyFlags(r.reply));
}

void TestTcpTransitionTable::tableIsWellFormed()
{
    QSet<QString> keys;
    const QRegularExpression section(QStringLiteral("^3\\.(10\\.[1-8](\\.[1-4])?|[0-9]+(\\.[0-9]+)*)$"));
    for (const TcpTransition &r : TcpTransitionTable::rows()) {
        const QString key = QStringLiteral("%1/%2/%3").arg(int(r.from)).arg(int(r.event)).arg(int(r.guard));
        QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("duplicate row %1").arg(key)));
        keys.insert(key);
        QVERIFY2(section.match(QLatin1String(r.rfc)).hasMatch(), r.rfc);
        QVERIFY(qstrlen(r.note) > 10);
        // A row that enters TIME-WAIT from elsewhere starts the 2MSL timer.
        if (r.to == TcpState::TimeWait && r.from != TcpState::TimeWait)
            QCOMPARE(r.timer, TcpTimerAction::Start2Msl);
    }
}

void TestTcpTransitionTable::everyStateHasTransitions()
{
    for (TcpState s : allTcpStates) {
        bool leaves = false;
        bool enters = s == TcpState::Closed;
        for (const TcpTransition &r : TcpTransitionTable::rows()) {
            leaves = leaves || (r.from == s && r.to != s);
            enters = enters || (r.to == s && r.from != s);
        }
        QVERIFY2(leaves, qPrintable(tcpStateName(s)));
        QVERIFY2(enters, qPrintable(tcpStateName(s)));
        // ABORT is defined in every state but CLOSED (RFC 9293 3.10.5).
        if (s != TcpState::Closed)
            QVERIFY2(TcpTransitionTable::find(s, TcpEvent::Abort, false), qPrintable(tcpStateName(s)));
    }
}

void TestTcpTransitionTable::refusedConnectionAcksSynPlusOne()
{
    TcpEndpoint closedPort(fixture(TcpState::Closed, false));
    TcpHeader syn;
    syn.sourcePort = 50000;
    syn.destinationPort = 9;
    syn.seq = 123456;
    syn.flags = TcpFlag::Syn;
    const TcpEndpoint::Outcome o = closedPort.receive(syn, {});
    QVERIFY(o.segment);
    QCOMPARE(tcpFlagsToString(o.segment->flags), QStringLiteral("RST,ACK"));
    QCOMPARE(o.segment->seq, 0u);
    QCOMPARE(o.segment->ack, 123457u);
    QCOMPARE(o.segment->sourcePort, quint16(9));
    QCOMPARE(o.segment->destinationPort, quint16(50000));

    // The client that sent it: an acceptable RST,ACK means "Connection refused".
    TcpEndpoint client(fixture(TcpState::SynSent, false));
    TcpHeader rst = *o.segment;
    rst.ack = client.tcb().sndNxt;
    const TcpEndpoint::Outcome refused = client.receive(rst, {});
    QCOMPARE(refused.event, TcpEvent::RcvRstAck);
    QCOMPARE(client.tcb().state, TcpState::Closed);
}

void TestTcpTransitionTable::handshakeSequenceNumbers()
{
    TcpControlBlock c = fixture(TcpState::Closed, false);
    c.iss = 100;
    TcpControlBlock s = fixture(TcpState::Closed, false);
    s.iss = 300;
    s.port = 50000;
    s.peerPort = 8080;
    TcpEndpoint client(c);
    TcpEndpoint server(s);
    QVERIFY(server.call(TcpEvent::PassiveOpen).row);
    const TcpEndpoint::Outcome syn = client.call(TcpEvent::ActiveOpen);
    QCOMPARE(syn.segment->seq, 100u);
    QVERIFY(syn.segment->options.mss.has_value());
    const TcpEndpoint::Outcome synAck = server.receive(*syn.segment, {});
    QCOMPARE(tcpFlagsToString(synAck.segment->flags), QStringLiteral("SYN,ACK"));
    QCOMPARE(synAck.segment->seq, 300u);
    QCOMPARE(synAck.segment->ack, 101u);
    const TcpEndpoint::Outcome ack = client.receive(*synAck.segment, {});
    QCOMPARE(client.tcb().state, TcpState::Established);
    QCOMPARE(ack.segment->seq, 101u);
    QCOMPARE(ack.segment->ack, 301u);
    server.receive(*ack.segment, {});
    QCOMPARE(server.tcb().state, TcpState::Established);
    QCOMPARE(server.tcb().sndUna, 301u);
}

void TestTcpTransitionTable::finThatAcksOurFinGoesStraightToTimeWait()
{
    TcpEndpoint e(fixture(TcpState::FinWait1, false));
    TcpHeader finAck;
    finAck.flags = TcpFlag::Fin | TcpFlag::Ack;
    finAck.seq = e.tcb().rcvNxt;
    finAck.ack = e.tcb().sndNxt;
    const TcpEndpoint::Outcome o = e.receive(finAck, {});
    QCOMPARE(o.event, TcpEvent::RcvFinAckOfFin);
    QCOMPARE(e.tcb().state, TcpState::TimeWait);
    QCOMPARE(o.segment->ack, finAck.seq + 1);
    QCOMPARE(o.row->timer, TcpTimerAction::Start2Msl);
}

void TestTcpTransitionTable::simultaneousCloseGoesThroughClosing()
{
    TcpEndpoint a(fixture(TcpState::Established, false));
    const TcpEndpoint::Outcome finA = a.call(TcpEvent::Close);
    QCOMPARE(a.tcb().state, TcpState::FinWait1);
    // The peer's FIN crosses ours: it acknowledges only what was before our FIN.
    TcpHeader finB;
    finB.flags = TcpFlag::Fin | TcpFlag::Ack;
    finB.seq = a.tcb().rcvNxt;
    finB.ack = finA.segment->seq;
    a.receive(finB, {});
    QCOMPARE(a.tcb().state, TcpState::Closing);
    TcpHeader ackOfFin;
    ackOfFin.flags = TcpFlag::Ack;
    ackOfFin.seq = finB.seq + 1;
    ackOfFin.ack = finA.segment->seq + 1;
    a.receive(ackOfFin, {});
    QCOMPARE(a.tcb().state, TcpState::TimeWait);
}

void TestTcpTransitionTable::retransmittedFinInTimeWaitIsAckedAgain()
{
    TcpEndpoint e(fixture(TcpState::TimeWait, false));
    QByteArray payload;
    const TcpHeader fin = incoming(TcpEvent::RcvFin, e.tcb(), &payload);
    const quint32 rcvNxt = e.tcb().rcvNxt;
    const TcpEndpoint::Outcome o = e.receive(fin, payload);
    QCOMPARE(o.row->timer, TcpTimerAction::Restart2Msl);
    QCOMPARE(e.tcb().state, TcpState::TimeWait);
    QCOMPARE(e.tcb().rcvNxt, rcvNxt); // already counted once
    QCOMPARE(o.segment->ack, rcvNxt);
}

void TestTcpTransitionTable::dataAdvancesSequenceNumbers()
{
    TcpEndpoint sender(fixture(TcpState::Established, false));
    TcpControlBlock rb = fixture(TcpState::Established, true);
    rb.rcvNxt = sender.tcb().sndNxt;
    TcpEndpoint receiver(rb);
    const quint32 u = sender.tcb().sndNxt;
    const TcpEndpoint::Outcome data = sender.call(TcpEvent::Send, "Hello");
    QCOMPARE(data.segment->seq, u);
    QCOMPARE(sender.tcb().sndNxt, u + 5);
    const TcpEndpoint::Outcome ack = receiver.receive(*data.segment, data.payload);
    QCOMPARE(ack.event, TcpEvent::RcvData);
    QCOMPARE(ack.segment->ack, u + 5);
    QCOMPARE(receiver.tcb().received, QByteArray("Hello"));
    sender.receive(*ack.segment, {});
    QCOMPARE(sender.tcb().sndUna, u + 5);
    QVERIFY(sender.tcb().unacknowledged.isEmpty());
}

void TestTcpTransitionTable::callInWrongStateHasNoRow()
{
    TcpEndpoint e(fixture(TcpState::Closed, false));
    const TcpEndpoint::Outcome o = e.call(TcpEvent::Send, "x");
    QVERIFY(!o.row);
    QVERIFY(!o.segment);
    QCOMPARE(e.tcb().state, TcpState::Closed);
}

void TestTcpTransitionTable::abortSendsRstAckWithSndNxt()
{
    // Linux (tcp_send_active_reset) sets ACK on the reset an abort sends; seq = SND.NXT.
    TcpEndpoint e(fixture(TcpState::Established, false));
    const TcpEndpoint::Outcome o = e.call(TcpEvent::Abort);
    QCOMPARE(tcpFlagsToString(o.segment->flags), QStringLiteral("RST,ACK"));
    QCOMPARE(o.segment->seq, ourIss + 1);
    QCOMPARE(o.segment->ack, peerIss + 1);
    QCOMPARE(e.tcb().state, TcpState::Closed);
}

void TestTcpTransitionTable::keepaliveProbeIsAnsweredWithAck()
{
    TcpEndpoint prober(fixture(TcpState::Established, false));
    TcpControlBlock peerTcb = fixture(TcpState::Established, true);
    peerTcb.rcvNxt = prober.tcb().sndNxt;
    peerTcb.sndNxt = peerTcb.sndUna = prober.tcb().rcvNxt;
    TcpEndpoint peer(peerTcb);
    const TcpEndpoint::Outcome probe = prober.timeout(TcpEvent::TimeoutKeepalive);
    QCOMPARE(probe.segment->seq, prober.tcb().sndNxt - 1); // one byte the peer already has
    QVERIFY(probe.payload.isEmpty());
    const TcpEndpoint::Outcome answer = peer.receive(*probe.segment, {});
    QCOMPARE(answer.event, TcpEvent::RcvKeepaliveProbe);
    QCOMPARE(answer.segment->ack, prober.tcb().sndNxt); // what is really expected
    QCOMPARE(peer.tcb().rcvNxt, prober.tcb().sndNxt);   // nothing was consumed
    const TcpEndpoint::Outcome back = prober.receive(*answer.segment, {});
    QCOMPARE(back.event, TcpEvent::RcvAck);
    QCOMPARE(prober.tcb().state, TcpState::Established);
}

void TestTcpTransitionTable::segmentWithoutAckAtClosedPortIsAnsweredRstAck()
{
    TcpEndpoint closedPort(fixture(TcpState::Closed, false));
    TcpHeader fin;
    fin.flags = TcpFlag::Fin;
    fin.seq = 1000;
    const TcpEndpoint::Outcome o = closedPort.receive(fin, "abc");
    QCOMPARE(tcpFlagsToString(o.segment->flags), QStringLiteral("RST,ACK"));
    QCOMPARE(o.segment->seq, 0u);
    QCOMPARE(o.segment->ack, 1000u + 3 + 1); // SEG.SEQ + SEG.LEN, the FIN counting one
    // A listener drops it silently (RFC 9293 3.10.7.2).
    TcpEndpoint listener(fixture(TcpState::Listen, true));
    const TcpEndpoint::Outcome dropped = listener.receive(fin, {});
    QVERIFY(!dropped.row);
    QVERIFY(!dropped.segment);
}

void TestTcpTransitionTable::ackOfDataInFinWait1AdvancesSndUna()
{
    TcpEndpoint e(fixture(TcpState::Established, false));
    const quint32 before = e.tcb().sndNxt;
    e.call(TcpEvent::Send, "hello");
    e.call(TcpEvent::Close);
    TcpHeader ack;
    ack.flags = TcpFlag::Ack;
    ack.seq = e.tcb().rcvNxt;
    ack.ack = before + 5; // the data, not the FIN
    const TcpEndpoint::Outcome o = e.receive(ack, {});
    QCOMPARE(o.event, TcpEvent::RcvAck);
    QCOMPARE(e.tcb().state, TcpState::FinWait1);
    QCOMPARE(e.tcb().sndUna, before + 5);
    QVERIFY(e.tcb().unacknowledged.isEmpty());
}

void TestTcpTransitionTable::synInEstablishedGetsAChallengeAck()
{
    TcpEndpoint e(fixture(TcpState::Established, false));
    TcpHeader syn;
    syn.flags = TcpFlag::Syn;
    syn.seq = 123;
    const TcpEndpoint::Outcome o = e.receive(syn, {});
    QCOMPARE(e.tcb().state, TcpState::Established);
    QCOMPARE(tcpFlagsToString(o.segment->flags), QStringLiteral("ACK"));
    QCOMPARE(o.segment->ack, peerIss + 1); // what it really expects, not the SYN's seq + 1
}

QTEST_GUILESS_MAIN(TestTcpTransitionTable)
#include "tst_tcptransitiontable.moc"
