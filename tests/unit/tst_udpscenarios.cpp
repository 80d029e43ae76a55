// The sockets scenarios: udp-exchange (UDP datagrams, ICMP port unreachable, ECONNREFUSED on a
// connected socket only), send-vs-sendall (partial send() counts) and stream-vs-datagram (one
// recv() returning merged bytes against one datagram per recvfrom()), with their wire bytes.

#include "checksum.h"
#include "framecodec.h"
#include "lesson.h"
#include "narrator.h"
#include "scenarioregistry.h"
#include "socketscenarios.h"

#include <QTest>
#include <QtEndian>

using namespace NetSteps;

namespace {

Scenario build(const char *id, quint64 seed = 1)
{
    ScenarioParameters parameters;
    parameters.seed = seed;
    const std::optional<Scenario> scenario = ScenarioRegistry::build(QString::fromLatin1(id), parameters);
    if (!scenario)
        qFatal("scenario %s does not build", id);
    return *scenario;
}

// The steps whose socket outcome is this one.
QList<int> stepsWithOutcome(const Scenario &s, SocketCallResult::Outcome outcome)
{
    QList<int> steps;
    for (const Step &step : s.steps)
        if (step.socket.outcome == outcome)
            steps.append(step.index);
    return steps;
}

} // namespace

class TestUdpScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void udpExchangeSteps();
    void udpExchangeHasNoTcpState();
    void udpDatagramWireBytes();
    void icmpQuotesTheOffendingDatagram();
    void icmpDecodesAndDescribes();
    void connectedSocketOnlyGetsEconnrefused();
    void sendReturnsPartialCounts();
    void sendallSegmentsAreMssSized();
    void streamRecvMergesAndDatagramsDoNot();
    void framingSplitsAtRecvSize();
    void seekingRestoresEachStep();
    void everyFrameHasGoodChecksums_data();
    void everyFrameHasGoodChecksums();
    void checkpointsComputeAnswers();
    void deterministicFromSeed();
};

void TestUdpScenarios::udpExchangeSteps()
{
    const Scenario s = build("udp-exchange");
    QCOMPARE(s.stepCount(), 16);
    QCOMPARE(s.endpointNames, (QStringList{QStringLiteral("client"), QStringLiteral("server")}));
    // sendto → delivery → recvfrom → sendto → delivery → recvfrom: no handshake before the data.
    QCOMPARE(s.step(1).kind, Step::Kind::SocketCall);
    QCOMPARE(s.step(1).socket.function, QStringLiteral("sendto"));
    QCOMPARE(s.step(1).sent.size(), 1);
    QVERIFY(s.transmission(s.step(1).sent.first()).frame.udp);
    QCOMPARE(s.step(2).socket.outcome, SocketCallResult::Outcome::Queued);
    QCOMPARE(s.step(2).state.udpSocket(QStringLiteral("server"))->receiveQueue, QList<QByteArray>{"hello"});
    QCOMPARE(s.step(3).socket.data, QByteArray("hello"));
    QCOMPARE(s.step(3).socket.returned, 5);
    QVERIFY(s.step(3).state.udpSocket(QStringLiteral("server"))->receiveQueue.isEmpty());
    QCOMPARE(s.step(6).actor, QStringLiteral("client"));
    QCOMPARE(s.step(6).socket.data, QByteArray("HELLO"));
    // No ACK ever: every frame is UDP or ICMP, and six of them are on the wire in all.
    QCOMPARE(s.transmissions.size(), 6);
    for (const Transmission &t : s.transmissions)
        QVERIFY(!t.frame.tcp);
    QCOMPARE(stepsWithOutcome(s, SocketCallResult::Outcome::PortUnreachable), (QList<int>{8, 13}));
}

void TestUdpScenarios::udpExchangeHasNoTcpState()
{
    const Scenario s = build("udp-exchange");
    for (const Step &step : s.steps) {
        QVERIFY(step.state.endpoints.isEmpty());
        QVERIFY(step.transitions.isEmpty());
        QCOMPARE(step.state.udpSockets.size(), 2);
    }
    QVERIFY(Narrator::caption(s, 0).contains(QStringLiteral("no connection")));
    QCOMPARE(Narrator::layer(s, 9), QStringLiteral("Network layer (ICMP)"));
    QCOMPARE(Narrator::layer(s, 1), QStringLiteral("Transport layer (UDP)"));
}

void TestUdpScenarios::udpDatagramWireBytes()
{
    const Scenario s = build("udp-exchange");
    const Transmission &t = s.transmission(0);
    const QByteArray &b = t.bytes;
    QCOMPARE(b.size(), 14 + 20 + 8 + 5);
    QCOMPARE(quint8(b[23]), quint8(17));                                // IPv4 protocol UDP
    const quint16 clientPort = s.step(0).state.udpSocket(QStringLiteral("client"))->port;
    QCOMPARE(qFromBigEndian<quint16>(b.constData() + 34), clientPort);    // source port
    QCOMPARE(qFromBigEndian<quint16>(b.constData() + 36), quint16(9090)); // destination port
    QCOMPARE(qFromBigEndian<quint16>(b.constData() + 38), quint16(13));   // UDP length: 8 + 5
    QCOMPARE(b.mid(42), QByteArray("hello"));
    // The checksum, recomputed over the pseudo-header, header and data, comes out as 0.
    QCOMPARE(transportChecksum(t.frame.ipv4->source, t.frame.ipv4->destination, 17, QByteArrayView(b).sliced(34)),
             quint16(0));
    QCOMPARE(internetChecksum(QByteArrayView(b).sliced(14, 20)), quint16(0));
    const Parsed<Frame> decoded = FrameCodec::decode(b);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->udp->length, quint16(13));
    QCOMPARE(decoded->payload, QByteArray("hello"));
    QCOMPARE(FrameCodec::encode(*decoded), b);
}

void TestUdpScenarios::icmpQuotesTheOffendingDatagram()
{
    const Scenario s = build("udp-exchange");
    const Step &unreachable = s.step(8);
    const Transmission &datagram = s.transmission(unreachable.moved);
    QCOMPARE(datagram.frame.udp->destinationPort, quint16(9999));
    QCOMPARE(unreachable.sent.size(), 1);
    const Transmission &icmp = s.transmission(unreachable.sent.first());
    QCOMPARE(icmp.from, QStringLiteral("server"));
    QCOMPARE(icmp.to, QStringLiteral("client"));
    const QByteArray &b = icmp.bytes;
    QCOMPARE(quint8(b[23]), quint8(1));  // IPv4 protocol ICMP
    QCOMPARE(quint8(b[15]), quint8(0xc0)); // Linux's TOS for ICMP errors
    QCOMPARE(quint8(b[34]), quint8(3));  // type: destination unreachable
    QCOMPARE(quint8(b[35]), quint8(3));  // code: port unreachable
    QCOMPARE(qFromBigEndian<quint32>(b.constData() + 38), quint32(0)); // unused
    // The quote: the offending IPv4 header and (the whole of, being short) its UDP datagram.
    const QByteArray offendingPacket = datagram.bytes.mid(14);
    QCOMPARE(b.mid(42), offendingPacket);
    QVERIFY(b.mid(42).size() >= 20 + 8);
    QCOMPARE(internetChecksum(QByteArrayView(b).sliced(34)), quint16(0)); // ICMP checksum
    QCOMPARE(internetChecksum(QByteArrayView(b).sliced(14, 20)), quint16(0));
    // Sender and receiver addresses swap: the server's host answers the client.
    QCOMPARE(icmp.frame.ipv4->source, datagram.frame.ipv4->destination);
    QCOMPARE(icmp.frame.ipv4->destination, datagram.frame.ipv4->source);
    QCOMPARE(icmp.frame.ethernet.destination, datagram.frame.ethernet.source);
}

void TestUdpScenarios::icmpDecodesAndDescribes()
{
    const Scenario s = build("udp-exchange");
    const Transmission &icmp = s.transmission(s.step(8).sent.first());
    const Parsed<Frame> decoded = FrameCodec::decode(icmp.bytes);
    QVERIFY(decoded.ok());
    QVERIFY(decoded->icmp);
    QCOMPARE(decoded->icmp->type, IcmpMessage::DestinationUnreachable);
    QCOMPARE(decoded->icmp->code, IcmpMessage::PortUnreachable);
    QCOMPARE(FrameCodec::encode(*decoded), icmp.bytes);
    QVERIFY(FrameCodec::checksumsValid(icmp.bytes));
    QByteArray damaged = icmp.bytes;
    damaged[damaged.size() - 1] = char(damaged.back() ^ 0x01);
    QVERIFY(!FrameCodec::checksumsValid(damaged));
    const QList<FrameField> fields = FrameCodec::describe(icmp.bytes);
    QStringList icmpFields;
    int covered = 0;
    for (const FrameField &f : fields) {
        covered += f.length;
        if (f.layer == QLatin1String("ICMP"))
            icmpFields.append(f.name);
    }
    QCOMPARE(covered, icmp.bytes.size()); // the fields cover the frame without overlap
    QCOMPARE(icmpFields, (QStringList{QStringLiteral("Type"), QStringLiteral("Code"), QStringLiteral("Checksum"),
                                      QStringLiteral("Unused"), QStringLiteral("Quoted datagram")}));
    QCOMPARE(FrameCodec::summary(*decoded), QStringLiteral("Destination unreachable (Port unreachable)"));
    // A truncated ICMP header is an error, not a crash.
    QVERIFY(!FrameCodec::decode(QByteArrayView(icmp.bytes).first(14 + 20)).ok() ||
            !FrameCodec::decode(QByteArrayView(icmp.bytes).first(14 + 20)).value().icmp);
}

void TestUdpScenarios::connectedSocketOnlyGetsEconnrefused()
{
    const Scenario s = build("udp-exchange");
    // Unconnected: the ICMP is ignored and recvfrom() times out after 2 s.
    QCOMPARE(s.step(9).socket.outcome, SocketCallResult::Outcome::IcmpIgnored);
    QVERIFY(s.step(9).state.udpSocket(QStringLiteral("client"))->pendingError.isEmpty());
    QCOMPARE(s.step(10).socket.outcome, SocketCallResult::Outcome::TimedOut);
    QCOMPARE(s.step(10).timeMs - s.step(9).timeMs, 2001);
    // connect() sends nothing and records the peer.
    QVERIFY(s.step(11).sent.isEmpty());
    QCOMPARE(s.step(11).state.udpSocket(QStringLiteral("client"))->peerPort, quint16(9999));
    // Connected: the ICMP leaves ECONNREFUSED, which the next recv() reports and clears.
    QCOMPARE(s.step(14).socket.outcome, SocketCallResult::Outcome::IcmpReported);
    QCOMPARE(s.step(14).state.udpSocket(QStringLiteral("client"))->pendingError, QStringLiteral("ECONNREFUSED"));
    QCOMPARE(s.step(15).socket.outcome, SocketCallResult::Outcome::Error);
    QCOMPARE(s.step(15).socket.error, QStringLiteral("ECONNREFUSED"));
    QVERIFY(s.step(15).state.udpSocket(QStringLiteral("client"))->pendingError.isEmpty());
    QVERIFY(Narrator::caption(s, 15).contains(QStringLiteral("WSAECONNRESET")));
}

void TestUdpScenarios::sendReturnsPartialCounts()
{
    const Scenario s = build("send-vs-sendall");
    qsizetype total = 0;
    QList<qsizetype> counts;
    for (const Step &step : s.steps) {
        if (step.socket.function == QLatin1String("send") || step.socket.function == QLatin1String("sendall")) {
            counts.append(step.socket.returned);
            total += step.socket.returned;
            QVERIFY(step.socket.returned <= step.socket.requested);
            QVERIFY(step.socket.bufferedAfter <= SocketScenarios::sendBufferBytes);
        }
    }
    QCOMPARE(counts, (QList<qsizetype>{4096, 4096, 1808}));
    QCOMPARE(total, SocketScenarios::sendallMessageBytes); // nothing lost, nothing sent twice
    QCOMPARE(s.step(1).socket.requested, 10000);
    QCOMPARE(s.step(8).socket.sendPart, 1);
    QCOMPARE(s.step(15).socket.sendPart, 2);
    // The receiver gets every byte, in order, from one recv().
    const Step &last = s.step(s.lastStep());
    QCOMPARE(last.socket.function, QStringLiteral("recv"));
    QCOMPARE(last.socket.returned, 10000);
    QCOMPARE(last.socket.data.size(), 10000);
    QCOMPARE(last.socket.data.left(3), QByteArray("abc"));
    QCOMPARE(last.state.endpoint(QStringLiteral("client"))->state, TcpState::Established);
}

void TestUdpScenarios::sendallSegmentsAreMssSized()
{
    const Scenario s = build("send-vs-sendall");
    QList<qsizetype> lengths;
    for (int id : s.step(1).sent) {
        const Transmission &t = s.transmission(id);
        lengths.append(t.frame.payload.size());
        QVERIFY(FrameCodec::checksumsValid(t.bytes));
    }
    QCOMPARE(lengths, (QList<qsizetype>{1460, 1460, 1176}));
    // PSH only on the last segment of the write, as Linux marks it.
    QVERIFY(!s.transmission(s.step(1).sent.at(0)).frame.tcp->flags.testFlag(TcpFlag::Psh));
    QVERIFY(s.transmission(s.step(1).sent.at(2)).frame.tcp->flags.testFlag(TcpFlag::Psh));
    // The sequence numbers run on without a gap across the three calls.
    quint32 next = s.transmission(s.step(1).sent.first()).frame.tcp->seq;
    for (const Transmission &t : s.transmissions) {
        if (t.from != QLatin1String("client"))
            continue;
        QCOMPARE(t.frame.tcp->seq, next);
        next += quint32(t.frame.payload.size());
    }
    QCOMPARE(next - s.transmission(s.step(1).sent.first()).frame.tcp->seq, quint32(10000));
}

void TestUdpScenarios::streamRecvMergesAndDatagramsDoNot()
{
    const Scenario s = build("stream-vs-datagram");
    QCOMPARE(s.endpointNames, (QStringList{QStringLiteral("client"), QStringLiteral("server")}));
    QCOMPARE(s.lifeline(QStringLiteral("server (UDP)")), QStringLiteral("server"));
    // Three sends, three segments, one recv() with all 11 bytes.
    QCOMPARE(s.step(10).socket.function, QStringLiteral("recv"));
    QCOMPARE(s.step(10).socket.data, QByteArray("onetwothree"));
    QCOMPARE(s.step(10).socket.returned, 11);
    QCOMPARE(s.step(9).state.endpoint(QStringLiteral("server"))->received, QByteArray("onetwothree"));
    // Three datagrams, three recvfrom() calls, one message each.
    QList<QByteArray> datagrams;
    for (int i = 17; i <= 19; ++i) {
        QCOMPARE(s.step(i).actor, QStringLiteral("server (UDP)"));
        datagrams.append(s.step(i).socket.data);
    }
    QCOMPARE(datagrams, (QList<QByteArray>{"one", "two", "three"}));
    QCOMPARE(s.step(16).state.udpSocket(QStringLiteral("server (UDP)"))->receiveQueue.size(), 3);
}

void TestUdpScenarios::framingSplitsAtRecvSize()
{
    const Scenario s = build("stream-vs-datagram");
    QCOMPARE(s.step(26).socket.data, QByteArray("four\nfiv"));
    QCOMPARE(s.step(26).socket.bufferedAfter, 2);
    QCOMPARE(s.step(27).socket.data, QByteArray("e\n"));
    QCOMPARE(s.step(27).socket.bufferedAfter, 0);
    QCOMPARE(s.lastStep(), 27);
}

void TestUdpScenarios::seekingRestoresEachStep()
{
    // Each step records the complete state: the receive buffer's read position and the UDP queues
    // are read back from any step without replaying the ones before it.
    const Scenario s = build("stream-vs-datagram");
    QCOMPARE(s.step(9).state.endpoint(QStringLiteral("server"))->applicationRead, 0);
    QCOMPARE(s.step(10).state.endpoint(QStringLiteral("server"))->applicationRead, 11);
    QCOMPARE(s.step(14).state.udpSocket(QStringLiteral("server (UDP)"))->receiveQueue.size(), 1);
    QCOMPARE(s.step(18).state.udpSocket(QStringLiteral("server (UDP)"))->receiveQueue, QList<QByteArray>{"three"});
    QCOMPARE(s.step(0).state.inFlight.size(), 0);
    QCOMPARE(s.step(3).state.inFlight.size(), 3);
    const Scenario u = build("udp-exchange");
    QCOMPARE(u.step(13).state.udpSocket(QStringLiteral("client"))->pendingError, QString());
    QCOMPARE(u.step(14).state.udpSocket(QStringLiteral("client"))->pendingError, QStringLiteral("ECONNREFUSED"));
    QVERIFY(!u.step(10).state.udpSocket(QStringLiteral("client"))->isConnected());
    QVERIFY(u.step(11).state.udpSocket(QStringLiteral("client"))->isConnected());
}

void TestUdpScenarios::everyFrameHasGoodChecksums_data()
{
    QTest::addColumn<QString>("id");
    for (const char *id : {"udp-exchange", "send-vs-sendall", "stream-vs-datagram"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestUdpScenarios::everyFrameHasGoodChecksums()
{
    QFETCH(QString, id);
    const Scenario s = build(id.toLatin1().constData());
    QVERIFY(!s.transmissions.isEmpty());
    for (const Transmission &t : s.transmissions) {
        QVERIFY2(FrameCodec::checksumsValid(t.bytes), qPrintable(QStringLiteral("frame %1").arg(t.id)));
        QCOMPARE(FrameCodec::encode(t.frame), t.bytes);
        QVERIFY(t.deliveredStep > t.sentStep);
        QVERIFY(!Narrator::caption(s, t.deliveredStep).isEmpty());
    }
}

void TestUdpScenarios::checkpointsComputeAnswers()
{
    Checkpoint count;
    count.ask = Checkpoint::Ask::Count;
    count.endpoint = QStringLiteral("client");
    const Scenario sendall = build("send-vs-sendall");
    QCOMPARE(count.answer(sendall, 1)->key, QStringLiteral("4096"));
    QCOMPARE(count.answer(sendall, 15)->key, QStringLiteral("1808"));
    QVERIFY(!count.answer(sendall, 2)); // a delivery: no call of the client returns a count
    Checkpoint result;
    result.ask = Checkpoint::Ask::Result;
    result.endpoint = QStringLiteral("client");
    const Scenario udp = build("udp-exchange");
    QCOMPARE(result.answer(udp, 6)->key, QStringLiteral("data"));
    QCOMPARE(result.answer(udp, 10)->key, QStringLiteral("timeout"));
    QCOMPARE(result.answer(udp, 15)->key, QStringLiteral("econnrefused"));
    QVERIFY(!result.answer(udp, 12)); // send(), not a receive
    QCOMPARE(Checkpoint::canonicalKey(Checkpoint::Ask::Result, u" ECONNREFUSED"), QStringLiteral("econnrefused"));
    QVERIFY(!Checkpoint::canonicalKey(Checkpoint::Ask::Result, u"EAGAIN"));
}

void TestUdpScenarios::deterministicFromSeed()
{
    QCOMPARE(build("udp-exchange", 7), build("udp-exchange", 7));
    QVERIFY(build("udp-exchange", 7).transmissions.first().bytes != build("udp-exchange", 8).transmissions.first().bytes);
    QCOMPARE(build("stream-vs-datagram", 3), build("stream-vs-datagram", 3));
}

QTEST_GUILESS_MAIN(TestUdpScenarios)
#include "tst_udpscenarios.moc"
