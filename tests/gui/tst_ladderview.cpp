// The ladder diagram after seeking: which arrows exist, what they say, and what each lifeline
// shows, checked against the model's scenario; the real segments of a live run beside them;
// texts kept to their room; a listener's lifeline shared with its connections, its accept queue
// and the segments the full queue dropped.

#include "framecodec.h"
#include "ladderview.h"
#include "livesession.h"
#include "narrator.h"
#include "palette.h"
#include "realsegment.h"
#include "scenario.h"
#include "tcpscenarios.h"

#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QSignalSpy>
#include <QTest>

using namespace NetSteps;

namespace {

constexpr quint16 clientPort = 41234;
constexpr quint16 serverPort = 35871;
// About the size of the ladder in a 1280×800 window.
constexpr QSize smallLadder(465, 610);

// A frame as the kernel sends it on loopback: all-zero MAC addresses, 127.0.0.1 both ways.
CapturedFrame loopbackFrame(quint16 from, quint16 to, quint32 seq, quint32 ack, TcpFlags flags, quint16 window,
                            const QByteArray &payload = {})
{
    const Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
    CapturedFrame frame;
    frame.bytes = FrameCodec::encode(
        makeTcpFrame(MacAddress(), MacAddress(), loopback, from, loopback, to, seq, ack, flags, window, {}, payload));
    return frame;
}

// What a live run of the handshake records where it may capture: on loopback the whole
// handshake happens within the step of connect().
QList<LiveObservation> handshakeObservations(const Scenario &s)
{
    QList<LiveObservation> observations;
    for (int step = 0; step <= s.lastStep(); ++step) {
        LiveObservation observation;
        observation.step = step;
        if (step >= 1)
            observation.endpoints.insert(QStringLiteral("server"), QStringLiteral("127.0.0.1:%1").arg(serverPort));
        if (step >= 2)
            observation.endpoints.insert(QStringLiteral("client"), QStringLiteral("127.0.0.1:%1").arg(clientPort));
        observations.append(observation);
    }
    observations[2].captured = {
        loopbackFrame(clientPort, serverPort, 2946123411u, 0, TcpFlag::Syn, 65495),
        loopbackFrame(serverPort, clientPort, 1234567890u, 2946123412u, TcpFlag::Syn | TcpFlag::Ack, 65483),
        loopbackFrame(clientPort, serverPort, 2946123412u, 1234567891u, TcpFlag::Ack, 512),
    };
    return observations;
}

QList<QGraphicsLineItem *> realLines(const LadderView &view)
{
    QList<QGraphicsLineItem *> lines;
    for (QGraphicsItem *item : view.ladderScene()->items(Qt::AscendingOrder))
        if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item); line && item->data(0).toInt() == LadderView::RealSegmentType)
            lines.append(line);
    std::sort(lines.begin(), lines.end(), [](auto *a, auto *b) { return a->data(1).toInt() < b->data(1).toInt(); });
    return lines;
}

QGraphicsSimpleTextItem *textWithToolTip(const LadderView &view, const QString &toolTip)
{
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); text && text->toolTip() == toolTip)
            return text;
    return nullptr;
}

QStringList sceneTexts(const LadderView &view)
{
    QStringList texts;
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(text->text());
    return texts;
}

QList<QGraphicsItem *> itemsOfType(const LadderView &view, int type)
{
    QList<QGraphicsItem *> found;
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (item->data(0).toInt() == type)
            found.append(item);
    return found;
}

// The state label written for an endpoint in the current picture, the lowest (latest) one.
QGraphicsSimpleTextItem *lastStateLabel(const LadderView &view, const QString &endpoint)
{
    QGraphicsSimpleTextItem *last = nullptr;
    for (QGraphicsItem *item : itemsOfType(view, LadderView::StateLabelType))
        if (item->data(2).toString() == endpoint && (!last || item->y() > last->y()))
            last = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
    return last;
}

// The expected text of the accept queue's box at a step, from the model's queues.
QString queueTextAt(const Scenario &s, int step)
{
    const ListenQueue *queue = s.step(step).state.listenQueue(QStringLiteral("server"));
    if (!queue)
        return {};
    QString text = QStringLiteral("accept queue %1/%2").arg(queue->queued.size()).arg(queue->capacity());
    const QStringList halfOpen = s.step(step).state.synQueue(QStringLiteral("server"));
    if (!halfOpen.isEmpty())
        text += QStringLiteral("\nSYN queue %1").arg(halfOpen.size());
    return text;
}

// The steps at which the listener's full accept queue dropped the segment that arrived.
QList<int> droppingSteps(const Scenario &s)
{
    QList<int> steps;
    for (const Step &step : s.steps)
        if (step.listenQueue.kind == ListenQueueEvent::Kind::DroppedQueueFull)
            steps.append(step.index);
    return steps;
}

} // namespace

class TestLadderView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyViewDrawsNothing();
    void handshakeArrowsAppearStepByStep_data();
    void handshakeArrowsAppearStepByStep();
    void labelsCarryFlagsAndNumbers();
    void frameTravelsDuringItsStep();
    void stateLabelsFollowTheModel();
    void timeWaitCountdown();
    void clickingAnArrowSelectsIt();
    void lostFrameEndsWithACross();
    void realSegmentsArePlacedByTheirPorts();
    void realSegmentsAreDrawnBesideTheModel();
    void clickingARealSegmentSelectsIt();
    void withoutCaptureNothingMoreIsDrawn();
    void manyRealSegmentsAreSummedUp();
    void callLabelsAreElidedToTheirRoom();
    void everyEndpointHasALifeline_data();
    void everyEndpointHasALifeline();
    void connectionsShareTheirListenersLifeline();
    void listenerLifelineShowsTheConnectionThatActed();
    void droppedSegmentsEndInACross();
    void acceptQueueFollowsTheSteps();
    void compactLadderNumbersTheCurrentArrows();
    void namesStayInSightWhenScrolled();
};

void TestLadderView::emptyViewDrawsNothing()
{
    LadderView view;
    view.setScenario(nullptr);
    QVERIFY(view.arrows().isEmpty());
    QVERIFY(view.ladderScene()->items().isEmpty());
}

void TestLadderView::handshakeArrowsAppearStepByStep_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("arrows"); // "from>to flags arrived"
    QTest::newRow("0") << 0 << QStringList{};
    QTest::newRow("1") << 1 << QStringList{};
    QTest::newRow("2: SYN on the wire") << 2 << QStringList{"client>server SYN 0"};
    QTest::newRow("3: SYN arrived") << 3 << QStringList{"client>server SYN 1", "server>client SYN,ACK 0"};
    QTest::newRow("4") << 4 << QStringList{"client>server SYN 1", "server>client SYN,ACK 1", "client>server ACK 0"};
    QTest::newRow("5") << 5 << QStringList{"client>server SYN 1", "server>client SYN,ACK 1", "client>server ACK 1"};
}

void TestLadderView::handshakeArrowsAppearStepByStep()
{
    QFETCH(int, step);
    QFETCH(QStringList, arrows);
    const Scenario s = TcpScenarios::handshake({});
    LadderView view;
    view.resize(800, 600);
    view.setScenario(&s);
    view.showStep(step);
    QStringList drawn;
    for (const LadderView::ArrowInfo &a : view.arrows())
        drawn.append(QStringLiteral("%1>%2 %3 %4").arg(a.from, a.to, a.label.section(u' ', 0, 0)).arg(int(a.arrived)));
    QCOMPARE(drawn, arrows);
    // Going back removes what came later.
    view.showStep(0);
    QVERIFY(view.arrows().isEmpty());
}

void TestLadderView::labelsCarryFlagsAndNumbers()
{
    const Scenario s = TcpScenarios::handshake({});
    LadderView view;
    view.setScenario(&s);
    view.showStep(s.lastStep());
    const QList<LadderView::ArrowInfo> arrows = view.arrows();
    QCOMPARE(arrows.size(), 3);
    const quint32 x = s.step(0).state.endpoint(QStringLiteral("client"))->iss;
    const quint32 y = s.step(0).state.endpoint(QStringLiteral("server"))->iss;
    QCOMPARE(arrows[0].label, QStringLiteral("SYN seq=%1").arg(x));
    QCOMPARE(arrows[1].label, QStringLiteral("SYN,ACK seq=%1 ack=%2").arg(y).arg(x + 1));
    QCOMPARE(arrows[2].label, QStringLiteral("ACK seq=%1 ack=%2").arg(x + 1).arg(y + 1));
    // The text items really are in the scene.
    QStringList texts;
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (auto *t = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(t->text());
    QVERIFY(texts.contains(QStringLiteral("SYN,ACK")));
    QVERIFY(texts.contains(QStringLiteral("seq=%1 ack=%2").arg(y).arg(x + 1)));
    QVERIFY(texts.contains(QStringLiteral("connect()")));
    QVERIFY(texts.contains(QStringLiteral("listen()")));
}

void TestLadderView::frameTravelsDuringItsStep()
{
    const Scenario s = TcpScenarios::handshake({});
    LadderView view;
    view.setScenario(&s);
    view.showStep(3, 0.5);
    QCOMPARE(view.arrows().first().arrived, false);
    int packets = 0;
    for (QGraphicsItem *item : view.ladderScene()->items())
        packets += item->data(0).toInt() == LadderView::PacketType;
    QCOMPARE(packets, 1);
    // The server's state changes only when the SYN has arrived.
    QCOMPARE(view.stateLabel(QStringLiteral("server")), QStringLiteral("LISTEN"));
    view.showStep(3, 1.0);
    QCOMPARE(view.arrows().first().arrived, true);
    QCOMPARE(view.stateLabel(QStringLiteral("server")), QStringLiteral("SYN-RECEIVED"));
}

void TestLadderView::stateLabelsFollowTheModel()
{
    const Scenario s = TcpScenarios::close({});
    LadderView view;
    view.setScenario(&s);
    for (int step = s.lastStep(); step >= 0; --step) {
        view.showStep(step);
        for (const TcpControlBlock &tcb : s.step(step).state.endpoints)
            QCOMPARE(view.stateLabel(tcb.name), tcpStateName(tcb.state));
    }
}

void TestLadderView::timeWaitCountdown()
{
    const Scenario s = TcpScenarios::close({});
    LadderView view;
    view.setScenario(&s);
    view.showStep(4);
    QVERIFY(view.timerText().isEmpty());
    view.showStep(5);
    QCOMPARE(view.timerText(), QStringLiteral("TIME-WAIT\n2MSL 240.0 s left · Linux 60.0 s left"));
    view.showStep(7, 0.5); // halfway through the 2MSL timer
    QVERIFY2(view.timerText().contains(QStringLiteral("2MSL 120.0 s left")), qPrintable(view.timerText()));
    QVERIFY2(view.timerText().contains(QStringLiteral("Linux 0.0 s left")), qPrintable(view.timerText()));
    view.showStep(7);
    QVERIFY(view.timerText().contains(QStringLiteral("2MSL 0.0 s left")));
}

void TestLadderView::clickingAnArrowSelectsIt()
{
    const Scenario s = TcpScenarios::handshake({});
    LadderView view;
    view.resize(900, 700);
    view.setScenario(&s);
    view.showStep(5);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    int selected = -1;
    connect(&view, &LadderView::transmissionSelected, this, [&](int id) { selected = id; });
    QGraphicsItem *arrow = nullptr;
    for (QGraphicsItem *item : view.ladderScene()->items()) {
        if (item->data(0).toInt() == LadderView::ArrowType && item->data(1).toInt() == 1
            && qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            arrow = item;
    }
    QVERIFY(arrow);
    const QPoint at = view.mapFromScene(arrow->sceneBoundingRect().center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected, 1);
    QCOMPARE(view.selectedTransmission(), 1);
}

void TestLadderView::lostFrameEndsWithACross()
{
    const Scenario s = TcpScenarios::retransmit({});
    LadderView view;
    view.setScenario(&s);
    const auto crosses = [&view] {
        int n = 0;
        for (QGraphicsItem *item : view.ladderScene()->items())
            n += item->data(0).toInt() == LadderView::LossType;
        return n;
    };
    view.showStep(1); // sent, on the wire
    QCOMPARE(view.arrows().size(), 1);
    QVERIFY(!view.arrows().first().lost);
    QCOMPARE(crosses(), 0);
    view.showStep(2); // lost
    QVERIFY(view.arrows().first().lost);
    QVERIFY(!view.arrows().first().arrived);
    QCOMPARE(crosses(), 1);
    view.showStep(s.lastStep()); // the resend arrives, the ACK comes back
    QCOMPARE(view.arrows().size(), 3);
    QVERIFY(view.arrows().at(0).lost);
    QVERIFY(view.arrows().at(1).arrived && !view.arrows().at(1).lost);
    QCOMPARE(view.arrows().at(0).label, view.arrows().at(1).label); // the same bytes again
    QCOMPARE(crosses(), 1);
}

void TestLadderView::realSegmentsArePlacedByTheirPorts()
{
    const Scenario s = TcpScenarios::handshake({});
    QList<LiveObservation> observations = handshakeObservations(s);
    // Not this lesson's: a datagram, and a segment between two ports of neither endpoint.
    const Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
    CapturedFrame datagram;
    datagram.bytes =
        FrameCodec::encode(makeUdpFrame(MacAddress(), MacAddress(), loopback, clientPort, loopback, serverPort, "x"));
    observations[3].captured.append(datagram);
    observations[3].captured.append(loopbackFrame(1111, 2222, 5, 6, TcpFlag::Ack, 512));
    // The server's socket is gone from the last step's list: its earlier port still places it,
    // and a port seen nowhere is the client's peer.
    observations[5].endpoints.remove(QStringLiteral("server"));
    observations[5].captured = {loopbackFrame(serverPort, clientPort, 1234567891u, 2946123412u, TcpFlag::Fin | TcpFlag::Ack, 512),
                                loopbackFrame(3333, clientPort, 7, 8, TcpFlag::Rst, 0)};

    const QList<RealSegment> segments = realSegments(observations, s.endpointNames);
    QStringList placed;
    for (const RealSegment &r : segments)
        placed.append(QStringLiteral("%1 %2>%3 %4").arg(r.step).arg(r.from, r.to, r.label));
    QCOMPARE(placed, (QStringList{
                         QStringLiteral("2 client>server SYN seq=2946123411 win=65495"),
                         QStringLiteral("2 server>client SYN,ACK seq=1234567890 ack=2946123412 win=65483"),
                         QStringLiteral("2 client>server ACK seq=2946123412 ack=1234567891 win=512"),
                         QStringLiteral("5 server>client FIN,ACK seq=1234567891 ack=2946123412 win=512"),
                         QStringLiteral("5 server>client RST seq=7 win=0"),
                     }));
    QCOMPARE(segments[1].flags, QStringLiteral("SYN,ACK"));
    QCOMPARE(segments[1].bytes, observations[2].captured[1].bytes);
    QVERIFY2(segments[0].summary.startsWith(QStringLiteral("41234 → 35871 [SYN] Seq=2946123411")), qPrintable(segments[0].summary));
}

void TestLadderView::realSegmentsAreDrawnBesideTheModel()
{
    const Scenario s = TcpScenarios::handshake({});
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    const QList<RealSegment> segments = realSegments(handshakeObservations(s), s.endpointNames);
    view.setRealSegments(segments);
    // Not before the step they were captured in.
    view.showStep(1);
    QVERIFY(view.realArrows().isEmpty());
    QVERIFY(realLines(view).isEmpty());
    view.showStep(s.lastStep());
    QCOMPARE(view.realArrows().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(view.realArrows()[i].segment, i);
        QCOMPARE(view.realArrows()[i].from, segments[i].from);
        QCOMPARE(view.realArrows()[i].to, segments[i].to);
        QCOMPARE(view.realArrows()[i].text, segments[i].label); // the room to say it all
    }
    // Each runs the way its segment went: from the lifeline where the model's SYN starts (the
    // client's) or the one where its SYN,ACK starts (the server's).
    qreal clientX = -1;
    qreal serverX = -1;
    qreal row1 = -1;
    qreal row2 = -1;
    for (QGraphicsItem *item : view.ladderScene()->items()) {
        if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item); line && item->data(0).toInt() == LadderView::ArrowType) {
            if (item->data(1).toInt() == 0)
                clientX = line->line().p1().x();
            if (item->data(1).toInt() == 1)
                serverX = line->line().p1().x();
        }
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); text && text->pos().x() < 30) {
            if (text->text() == QLatin1String("1"))
                row1 = text->sceneBoundingRect().center().y();
            if (text->text() == QLatin1String("2"))
                row2 = text->sceneBoundingRect().center().y();
        }
    }
    QVERIFY(clientX >= 0 && serverX > clientX && row2 > row1 && row1 > 0);
    const QList<QGraphicsLineItem *> lines = realLines(view);
    QCOMPARE(lines.size(), 3);
    const QList<std::pair<qreal, qreal>> expected{{clientX, serverX}, {serverX, clientX}, {clientX, serverX}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(lines[i]->line().p1().x(), expected[i].first);
        QCOMPARE(lines[i]->line().p2().x(), expected[i].second);
        // In the time of the step they belong to: after listen() (row 1), before connect() returned (row 2).
        QVERIFY(lines[i]->line().p1().y() > row1 && lines[i]->line().p1().y() < row2);
        QVERIFY(i == 0 || lines[i]->line().p1().y() > lines[i - 1]->line().p1().y()); // in the order sent
    }
    // The model's own arrows are all still there.
    QCOMPARE(view.arrows().size(), 3);
}

void TestLadderView::clickingARealSegmentSelectsIt()
{
    const Scenario s = TcpScenarios::handshake({});
    LadderView view;
    view.resize(900, 700);
    view.setScenario(&s);
    view.setRealSegments(realSegments(handshakeObservations(s), s.endpointNames));
    view.showStep(3);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy realSelected(&view, &LadderView::realSegmentSelected);
    QSignalSpy modelSelected(&view, &LadderView::transmissionSelected);
    QGraphicsItem *label = nullptr;
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (item->data(0).toInt() == LadderView::RealSegmentType && item->data(1).toInt() == 1
            && qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            label = item;
    QVERIFY(label);
    QVERIFY(label->toolTip().contains(QStringLiteral("35871 → 41234 [SYN, ACK] Seq=1234567890 Ack=2946123412")));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(label->sceneBoundingRect().center()));
    QCOMPARE(realSelected.size(), 1);
    QCOMPARE(realSelected.first().first().toInt(), 1);
    QCOMPARE(view.selectedRealSegment(), 1);
    QCOMPARE(view.selectedTransmission(), -1);
    QCOMPARE(modelSelected.size(), 0);
    // Picking a model's arrow lets go of it.
    view.selectTransmission(0);
    QCOMPARE(view.selectedRealSegment(), -1);
}

void TestLadderView::withoutCaptureNothingMoreIsDrawn()
{
    const Scenario s = TcpScenarios::handshake({});
    QList<LiveObservation> observations = handshakeObservations(s);
    for (LiveObservation &observation : observations)
        observation.captured.clear(); // capture not permitted
    QVERIFY(realSegments(observations, s.endpointNames).isEmpty());
    LadderView simulated;
    LadderView live;
    for (LadderView *view : {&simulated, &live}) {
        view->resize(smallLadder);
        view->setScenario(&s);
    }
    live.setRealSegments(realSegments(observations, s.endpointNames));
    const auto texts = [](const LadderView &view) {
        QStringList texts;
        for (QGraphicsItem *item : view.ladderScene()->items())
            if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
                texts.append(QStringLiteral("%1@%2,%3").arg(text->text()).arg(text->pos().x()).arg(text->pos().y()));
        texts.sort();
        return texts;
    };
    for (int step = 0; step <= s.lastStep(); ++step) {
        simulated.showStep(step);
        live.showStep(step);
        QCOMPARE(texts(live), texts(simulated));
        QCOMPARE(live.ladderScene()->items().size(), simulated.ladderScene()->items().size());
    }
}

void TestLadderView::manyRealSegmentsAreSummedUp()
{
    const Scenario s = TcpScenarios::data({});
    QList<RealSegment> segments;
    for (int i = 0; i < LadderView::maxRealSegmentsPerStep + 3; ++i) {
        RealSegment segment;
        segment.step = 1;
        segment.from = QStringLiteral("client");
        segment.to = QStringLiteral("server");
        segment.label = QStringLiteral("PSH,ACK seq=%1 ack=1 len=1 win=512").arg(i);
        segments.append(segment);
    }
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    view.setRealSegments(segments);
    view.showStep(1);
    QCOMPARE(view.realArrows().size(), LadderView::maxRealSegmentsPerStep);
    QStringList texts;
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(text->text());
    QVERIFY2(texts.contains(QStringLiteral("+3 more real segment(s) in this step")), qPrintable(texts.join(u'|')));
}

void TestLadderView::callLabelsAreElidedToTheirRoom()
{
    // The server's call beside its lifeline, at the right edge.
    const Scenario data = TcpScenarios::data({});
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&data);
    view.showStep(4);
    const QGraphicsSimpleTextItem *send = textWithToolTip(view, QStringLiteral("send(b'Hello, Rose!')"));
    QVERIFY(send);
    QVERIFY2(send->text().endsWith(u'…') && send->text().startsWith(QStringLiteral("send(")), qPrintable(send->text()));
    QVERIFY(send->sceneBoundingRect().right() <= view.ladderScene()->sceneRect().right());
    // The client's call, left of its lifeline, beside the step's time.
    const Scenario halfClose = TcpScenarios::halfClose({});
    view.setScenario(&halfClose);
    view.showStep(1);
    const QGraphicsSimpleTextItem *shutdown = textWithToolTip(view, QStringLiteral("shutdown(SHUT_WR)"));
    QVERIFY(shutdown);
    QVERIFY(shutdown->text().endsWith(u'…'));
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); text && text->text().endsWith(QLatin1String(" ms")))
            QVERIFY(!text->sceneBoundingRect().intersects(shutdown->sceneBoundingRect()));
    // A call with room enough is whole, with no tooltip.
    view.showStep(4);
    bool whole = false;
    for (QGraphicsItem *item : view.ladderScene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); text && text->text() == QLatin1String("send(b'still here')"))
            whole = text->toolTip().isEmpty();
    QVERIFY(whole);
}

void TestLadderView::everyEndpointHasALifeline_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << smallLadder;
    QTest::newRow("1920x1080") << QSize(830, 870);
}

void TestLadderView::everyEndpointHasALifeline()
{
    QFETCH(QSize, size);
    const Scenario s = TcpScenarios::backlog({});
    QCOMPARE(s.endpointNames.size(), 5);
    LadderView view;
    view.resize(size);
    view.setScenario(&s);
    view.showStep(s.lastStep());
    // Spread across the width in the scenario's order, inside the scene, far enough apart.
    const qreal width = view.ladderScene()->sceneRect().width();
    qreal previous = 0;
    for (const QString &name : s.endpointNames) {
        const qreal x = view.lifelineX(name);
        QVERIFY2(x > previous + 50 && x < width - 50, qPrintable(QStringLiteral("%1 at %2").arg(name).arg(x)));
        previous = x;
    }
    // Each lifeline's box names it (in full, or in its tooltip).
    QStringList names;
    for (QGraphicsItem *item : itemsOfType(view, LadderView::HeaderType)) {
        auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        names.append(text->toolTip().isEmpty() ? text->text() : text->toolTip());
    }
    for (const QString &name : s.endpointNames)
        QVERIFY2(names.contains(name), qPrintable(names.join(u'|')));
    // A two-party ladder keeps its two lifelines where they always were.
    const Scenario handshake = TcpScenarios::handshake({});
    view.setScenario(&handshake);
    QCOMPARE(view.lifelineX(QStringLiteral("server")) - view.lifelineX(QStringLiteral("client")),
             view.ladderScene()->sceneRect().width() - 2 * 140 - 38);
}

void TestLadderView::connectionsShareTheirListenersLifeline()
{
    const Scenario s = TcpScenarios::backlog({});
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    view.showStep(s.lastStep());
    const qreal server = view.lifelineX(QStringLiteral("server"));
    for (int n = 1; n <= 4; ++n)
        QCOMPARE(view.lifelineX(QStringLiteral("server ← client %1").arg(n)), server);
    // Every arrow runs between the lifelines of its ends: a client's and the server's.
    QHash<int, QLineF> lines;
    for (QGraphicsItem *item : itemsOfType(view, LadderView::ArrowType))
        if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item))
            lines.insert(item->data(1).toInt(), line->line());
    QCOMPARE(lines.size(), s.transmissions.size());
    for (const Transmission &t : s.transmissions) {
        QCOMPARE(lines.value(t.id).p1().x(), view.lifelineX(s.lifeline(t.from)));
        QCOMPARE(lines.value(t.id).p2().x(), view.lifelineX(s.lifeline(t.to)));
        QVERIFY(t.from.startsWith(QLatin1String("client ")) != t.to.startsWith(QLatin1String("client ")));
    }
}

void TestLadderView::listenerLifelineShowsTheConnectionThatActed()
{
    const Scenario s = TcpScenarios::backlog({});
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    const qreal server = view.lifelineX(QStringLiteral("server"));
    for (int step = 0; step <= s.lastStep(); ++step) {
        view.showStep(step);
        for (const TcpControlBlock &tcb : s.step(step).state.endpoints)
            QCOMPARE(view.stateLabel(tcb.name), tcpStateName(tcb.state));
        // A step in which a connection took a transition writes its state beside the server,
        // named in the tooltip.
        for (const TransitionRecord &record : s.step(step).transitions) {
            if (s.endpointNames.contains(record.endpoint))
                continue;
            QGraphicsSimpleTextItem *label = lastStateLabel(view, record.endpoint);
            QVERIFY(label);
            QCOMPARE(label->text(), tcpStateName(record.to));
            QVERIFY(label->sceneBoundingRect().left() > server);
            QCOMPARE(label->toolTip(), QStringLiteral("%1: %2").arg(record.endpoint, tcpStateName(record.to)));
        }
        // accept() is the listener's call, and says which connection it returned.
        if (s.step(step).listenQueue.kind == ListenQueueEvent::Kind::Accepted) {
            const QGraphicsSimpleTextItem *call = textWithToolTip(
                view, QStringLiteral("accept() returned %1").arg(s.step(step).listenQueue.connection));
            QVERIFY(call);
            QCOMPARE(call->text(), QStringLiteral("accept()"));
            QCOMPARE(lastStateLabel(view, QStringLiteral("server"))->text(), QStringLiteral("LISTEN"));
        }
    }
}

void TestLadderView::droppedSegmentsEndInACross()
{
    const Scenario s = TcpScenarios::backlog({});
    const QList<int> dropping = droppingSteps(s);
    QCOMPARE(dropping.size(), 3); // two SYNs of client 3, the ACK of client 4
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    const auto marks = [&view] {
        int n = 0;
        for (QGraphicsItem *item : itemsOfType(view, LadderView::DropType))
            n += qgraphicsitem_cast<QGraphicsPathItem *>(item) != nullptr;
        return n;
    };
    const auto notes = [&view] {
        QStringList texts;
        for (QGraphicsItem *item : itemsOfType(view, LadderView::DropType))
            if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
                texts.append(text->text().simplified());
        return texts;
    };
    for (int i = 0; i < dropping.size(); ++i) {
        const int step = dropping[i];
        const int moved = s.step(step).moved;
        view.showStep(step, 0.5); // on its way: nothing dropped yet
        QCOMPARE(marks(), i);
        QVERIFY(!view.arrows().at(moved).dropped);
        view.showStep(step);
        QCOMPARE(marks(), i + 1);
        QCOMPARE(notes(), QStringList(i + 1, QStringLiteral("dropped: queue full")));
        const LadderView::ArrowInfo &arrow = view.arrows().at(moved);
        QVERIFY(arrow.dropped && arrow.arrived && !arrow.lost);
        // The arrow ends on the server's lifeline, the cross on its tip.
        for (QGraphicsItem *item : itemsOfType(view, LadderView::ArrowType))
            if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item); line && item->data(1).toInt() == moved)
                QCOMPARE(line->line().p2().x(), view.lifelineX(QStringLiteral("server")));
    }
    // Nothing else was dropped, nor lost.
    view.showStep(s.lastStep());
    int dropped = 0;
    for (const LadderView::ArrowInfo &arrow : view.arrows()) {
        dropped += arrow.dropped;
        QVERIFY(!arrow.lost);
    }
    QCOMPARE(dropped, dropping.size());
    QVERIFY(itemsOfType(view, LadderView::LossType).isEmpty());
}

void TestLadderView::acceptQueueFollowsTheSteps()
{
    const Scenario s = TcpScenarios::backlog({});
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    bool sawFull = false;
    bool sawHalfOpen = false;
    for (int step : QList<int>{0, 1, 2, 3, 5, 9, s.lastStep(), 14, 4, 0}) {
        view.showStep(step);
        QCOMPARE(view.queueText(), queueTextAt(s, step));
    }
    for (int step = 0; step <= s.lastStep(); ++step) {
        view.showStep(step);
        QCOMPARE(view.queueText(), queueTextAt(s, step));
        sawFull |= view.queueText().startsWith(QStringLiteral("accept queue 2/2"));
        sawHalfOpen |= view.queueText().contains(QStringLiteral("SYN queue"));
        QList<QGraphicsItem *> boxes = itemsOfType(view, LadderView::QueueType);
        QCOMPARE(boxes.size(), step == 0 ? 0 : 2); // the text and its frame
        for (QGraphicsItem *item : boxes) {
            // Beside the server's lifeline, under the current row.
            QVERIFY(item->sceneBoundingRect().left() > view.lifelineX(QStringLiteral("server")));
            if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)) {
                QCOMPARE(text->brush().color(), s.step(step).state.listenQueue(QStringLiteral("server"))->isFull()
                                                    ? Palette::highlight()
                                                    : Palette::ink());
                QVERIFY(text->toolTip().startsWith(QStringLiteral("Accept queue (backlog 1, holds at most 2)")));
            }
        }
    }
    QVERIFY(sawFull && sawHalfOpen);
    // While a SYN travels, the box still shows the queue before it arrives.
    const int created = [&s] {
        for (const Step &step : s.steps)
            if (step.listenQueue.kind == ListenQueueEvent::Kind::Created)
                return step.index;
        return -1;
    }();
    view.showStep(created, 0.5);
    QCOMPARE(view.queueText(), queueTextAt(s, created - 1));
}

void TestLadderView::compactLadderNumbersTheCurrentArrows()
{
    const Scenario s = TcpScenarios::backlog({});
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    view.showStep(s.lastStep());
    const QStringList texts = sceneTexts(view);
    const Transmission &current = s.transmission(s.step(s.lastStep()).moved);
    const Transmission &first = s.transmission(0);
    QVERIFY2(texts.contains(Narrator::segmentNumbers(current.frame)), qPrintable(texts.join(u'|')));
    QVERIFY(!texts.contains(Narrator::segmentNumbers(first.frame)));
    // An older arrow still tells its numbers in its tooltip, and when it is selected.
    for (QGraphicsItem *item : itemsOfType(view, LadderView::ArrowType))
        if (qgraphicsitem_cast<QGraphicsLineItem *>(item) && item->data(1).toInt() == 0)
            QCOMPARE(item->toolTip(), QStringLiteral("SYN ") + Narrator::segmentNumbers(first.frame));
    view.selectTransmission(0);
    QVERIFY(sceneTexts(view).contains(Narrator::segmentNumbers(first.frame)));
    // A two-party ladder numbers every arrow.
    const Scenario handshake = TcpScenarios::handshake({});
    view.setScenario(&handshake);
    view.showStep(handshake.lastStep());
    for (const Transmission &t : handshake.transmissions)
        QVERIFY(sceneTexts(view).contains(Narrator::segmentNumbers(t.frame)));
}

void TestLadderView::namesStayInSightWhenScrolled()
{
    const Scenario s = TcpScenarios::backlog({});
    LadderView view;
    view.resize(smallLadder);
    view.setScenario(&s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto colourNear = [](QRgb pixel, const QColor &color) {
        return qAbs(qRed(pixel) - color.red()) + qAbs(qGreen(pixel) - color.green()) + qAbs(qBlue(pixel) - color.blue()) < 60;
    };
    const QString client = QStringLiteral("client 3");
    const QColor color = Palette::endpointColor(client);
    // The boxes are in sight at the start; at the end of the lesson they are scrolled away, and
    // a strip at the top names the lifelines over them.
    for (int step : {0, s.lastStep()}) {
        view.showStep(step);
        QCoreApplication::processEvents();
        const QImage image = view.viewport()->grab().toImage();
        const int x = view.mapFromScene(QPointF(view.lifelineX(client), 0)).x();
        const bool scrolled = view.mapToScene(QPoint(0, 0)).y() > 100;
        QCOMPARE(scrolled, step != 0);
        if (!scrolled)
            continue;
        QVERIFY(!colourNear(image.pixel(x, 1), color)); // the lifeline is covered there
        int named = 0;
        for (int y = 2; y < 16; ++y)
            for (int dx = -25; dx <= 25; ++dx)
                named += colourNear(image.pixel(x + dx, y), color);
        QVERIFY2(named > 10, qPrintable(QString::number(named)));
        QVERIFY(colourNear(image.pixel(x, 40), color)); // below the strip, the lifeline itself
    }
}

QTEST_MAIN(TestLadderView)
#include "tst_ladderview.moc"
