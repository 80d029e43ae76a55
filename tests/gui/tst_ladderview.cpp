// The ladder diagram after seeking: which arrows exist, what they say, and what each lifeline
// shows, checked against the model's scenario.

#include "ladderview.h"
#include "narrator.h"
#include "scenario.h"
#include "tcpscenarios.h"

#include <QGraphicsSimpleTextItem>
#include <QTest>

using namespace NetSteps;

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

QTEST_MAIN(TestLadderView)
#include "tst_ladderview.moc"
