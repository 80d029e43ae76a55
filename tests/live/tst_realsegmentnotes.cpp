// RealSegmentNotes: what a student is told about real segments that differ from the model's,
// from captured frames built here (no capture permission needed).

#include "framecodec.h"
#include "realsegmentnotes.h"
#include "scenarioregistry.h"
#include "tcpflags.h"

#include <QTest>

using namespace NetSteps;

namespace {

constexpr Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
constexpr quint16 clientPort = 40000;
constexpr quint16 serverPort = 50000;

// A captured loopback frame as LiveSession hands it over: named ends, the window scaled.
CapturedFrame frame(const QString &from, quint32 seq, quint32 ack, TcpFlags flags, quint16 window,
                    const TcpOptions &options = {}, qint64 scaledWindow = -1)
{
    const bool fromClient = from == u"client";
    CapturedFrame captured;
    captured.bytes = FrameCodec::encode(makeTcpFrame(MacAddress(), MacAddress(), loopback,
                                                     fromClient ? clientPort : serverPort, loopback,
                                                     fromClient ? serverPort : clientPort, seq, ack, flags, window,
                                                     options));
    captured.from = from;
    captured.to = fromClient ? QStringLiteral("server") : QStringLiteral("client");
    captured.window = scaledWindow >= 0 ? scaledWindow : window;
    return captured;
}

TcpOptions linuxSynOptions(quint32 tsval)
{
    TcpOptions options;
    options.mss = 65495;
    options.sackPermitted = true;
    options.timestamps = std::pair<quint32, quint32>{tsval, 0};
    options.windowScale = 10;
    return options;
}

QList<LiveObservation> observations(int count)
{
    QList<LiveObservation> list;
    for (int step = 0; step < count; ++step) {
        LiveObservation observation;
        observation.step = step;
        list.append(observation);
    }
    return list;
}

QStringList topics(const QList<RealSegmentNotes::Note> &notes)
{
    QStringList out;
    for (const RealSegmentNotes::Note &note : notes) {
        out.append(note.topic);
        if (note.text.isEmpty())
            out.append(QStringLiteral("(no text)"));
    }
    return out;
}

} // namespace

class TestRealSegmentNotes : public QObject
{
    Q_OBJECT

private slots:
    void nothingCapturedNothingSaid();
    void handshakeOnLoopback();
    void scaledWindowExplainedOnce();
    void ackThatRodeOnTheFin();
    void separateAckIsNotPiggybacked();
    void connectionSetUpBeforeTheLesson();
};

void TestRealSegmentNotes::nothingCapturedNothingSaid()
{
    const Scenario model = *ScenarioRegistry::build(u"tcp-handshake", {});
    QVERIFY(RealSegmentNotes::explain(model, observations(3), 2).isEmpty());
    QVERIFY(RealSegmentNotes::explain(model, observations(3), 7).isEmpty());
}

void TestRealSegmentNotes::handshakeOnLoopback()
{
    const Scenario model = *ScenarioRegistry::build(u"tcp-handshake", {});
    QCOMPARE(model.step(2).call, QStringLiteral("connect()"));
    QList<LiveObservation> list = observations(3);
    list[2].captured = {frame(QStringLiteral("client"), 1000, 0, TcpFlag::Syn, 65495, linuxSynOptions(7)),
                        frame(QStringLiteral("server"), 5000, 1001, TcpFlag::Syn | TcpFlag::Ack, 65483,
                              linuxSynOptions(9)),
                        frame(QStringLiteral("client"), 1001, 5001, TcpFlag::Ack, 64, {}, 65536)};
    const QList<RealSegmentNotes::Note> notes = RealSegmentNotes::explain(model, list, 2);
    QCOMPARE(topics(notes), (QStringList{"random ISNs", "MSS 65495", "timestamps", "window scale 10", "scaled windows",
                                         "all at once on loopback"}));
    QVERIFY(notes.at(0).text.contains(u"1000, 5000"));
    QVERIFY(notes.at(1).text.contains(u"1460"));
    QVERIFY(notes.at(3).text.contains(u"×1024"));
    QVERIFY(notes.at(4).text.contains(u"reads 64 but means 65536 bytes"));
    QVERIFY(notes.at(5).text.contains(u"3 segment(s)"));
}

void TestRealSegmentNotes::scaledWindowExplainedOnce()
{
    const Scenario model = *ScenarioRegistry::build(u"tcp-data", {});
    QList<LiveObservation> list = observations(3);
    list[1].captured = {frame(QStringLiteral("client"), 1001, 5001, TcpFlag::Psh | TcpFlag::Ack, 64, {}, 65536)};
    list[2].captured = {frame(QStringLiteral("server"), 5001, 1005, TcpFlag::Ack, 64, {}, 65536)};
    QVERIFY(topics(RealSegmentNotes::explain(model, list, 1)).contains(u"scaled windows"));
    QVERIFY(!topics(RealSegmentNotes::explain(model, list, 2)).contains(u"scaled windows"));
}

void TestRealSegmentNotes::ackThatRodeOnTheFin()
{
    const Scenario model = *ScenarioRegistry::build(u"tcp-close", {});
    QList<LiveObservation> list = observations(5);
    list[1].captured = {frame(QStringLiteral("client"), 100, 900, TcpFlag::Fin | TcpFlag::Ack, 64, {}, 65536)};
    list[4].captured = {frame(QStringLiteral("server"), 900, 101, TcpFlag::Fin | TcpFlag::Ack, 64, {}, 65536)};
    const QList<RealSegmentNotes::Note> notes = RealSegmentNotes::explain(model, list, 4);
    QVERIFY2(topics(notes).contains(u"the ACK rode on the FIN"), qPrintable(topics(notes).join(u", ")));
    for (const RealSegmentNotes::Note &note : notes) {
        if (note.topic == u"the ACK rode on the FIN")
            QVERIFY(note.text.contains(u"server's FIN also acknowledges the client's FIN"));
    }
}

void TestRealSegmentNotes::separateAckIsNotPiggybacked()
{
    const Scenario model = *ScenarioRegistry::build(u"tcp-close", {});
    QList<LiveObservation> list = observations(5);
    list[1].captured = {frame(QStringLiteral("client"), 100, 900, TcpFlag::Fin | TcpFlag::Ack, 64, {}, 65536)};
    list[3].captured = {frame(QStringLiteral("server"), 900, 101, TcpFlag::Ack, 64, {}, 65536)};
    list[4].captured = {frame(QStringLiteral("server"), 900, 101, TcpFlag::Fin | TcpFlag::Ack, 64, {}, 65536)};
    QVERIFY(!topics(RealSegmentNotes::explain(model, list, 4)).contains(u"the ACK rode on the FIN"));
}

void TestRealSegmentNotes::connectionSetUpBeforeTheLesson()
{
    const Scenario model = *ScenarioRegistry::build(u"tcp-close", {});
    QCOMPARE(model.step(0).kind, Step::Kind::Initial);
    QList<LiveObservation> list = observations(1);
    list[0].captured = {frame(QStringLiteral("client"), 1000, 0, TcpFlag::Syn, 65495, linuxSynOptions(7))};
    const QStringList said = topics(RealSegmentNotes::explain(model, list, 0));
    // The lesson has no modelled SYN: the model's own defaults are what the real options differ from.
    QVERIFY(said.contains(u"MSS 65495"));
    QVERIFY(said.contains(u"window scale 10"));
    QCOMPARE(said.last(), QStringLiteral("set up before the lesson"));
}

QTEST_GUILESS_MAIN(TestRealSegmentNotes)
#include "tst_realsegmentnotes.moc"
