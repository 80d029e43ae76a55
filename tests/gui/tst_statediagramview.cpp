#include "palette.h"
#include "scenario.h"
#include "statediagramview.h"
#include "tcpscenarios.h"
#include "tcptransitiontable.h"
#include "translations.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QtTest>

using namespace NetSteps;

using StatePair = std::pair<TcpState, TcpState>;
using StatePairs = QList<StatePair>;

namespace {

QList<QGraphicsItem *> itemsOfType(const QGraphicsScene *scene, int type)
{
    QList<QGraphicsItem *> found;
    const QList<QGraphicsItem *> all = scene->items();
    for (QGraphicsItem *item : all) {
        if (item->type() == type)
            found.append(item);
    }
    return found;
}

TcpState stateData(const QGraphicsItem *item, int key)
{
    return item->data(key).value<TcpState>();
}

// Every (from, to) pair of the transition table that changes state, in table order.
StatePairs tablePairs()
{
    StatePairs pairs;
    for (const TcpTransition &row : TcpTransitionTable::rows()) {
        if (row.from != row.to && !pairs.contains(StatePair{row.from, row.to}))
            pairs.append({row.from, row.to});
    }
    return pairs;
}

QRectF boxRect(const QGraphicsScene *scene, TcpState state)
{
    for (QGraphicsItem *item : itemsOfType(scene, StateDiagramView::StateBoxType)) {
        if (stateData(item, StateDiagramView::StateKey) == state)
            return item->mapRectToScene(static_cast<QGraphicsRectItem *>(item)->rect());
    }
    return {};
}

bool onBorder(const QRectF &r, QPointF p)
{
    constexpr qreal tolerance = 0.5;
    const bool withinX = p.x() >= r.left() - tolerance && p.x() <= r.right() + tolerance;
    const bool withinY = p.y() >= r.top() - tolerance && p.y() <= r.bottom() + tolerance;
    const bool onVertical = qAbs(p.x() - r.left()) <= tolerance || qAbs(p.x() - r.right()) <= tolerance;
    const bool onHorizontal = qAbs(p.y() - r.top()) <= tolerance || qAbs(p.y() - r.bottom()) <= tolerance;
    return (onVertical && withinY) || (onHorizontal && withinX);
}

// Points along a path, at most one scene unit apart.
QList<QPointF> pointsAlong(const QPainterPath &path)
{
    QList<QPointF> points;
    for (const QPolygonF &polygon : path.toSubpathPolygons()) {
        for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
            const QLineF segment(polygon.at(i), polygon.at(i + 1));
            const int steps = qMax(1, qCeil(segment.length()));
            for (int k = 0; k < steps; ++k)
                points.append(segment.pointAt(qreal(k) / steps));
        }
        if (!polygon.isEmpty())
            points.append(polygon.last());
    }
    return points;
}

QList<QPointF> edgePoints(const QGraphicsItem *edge)
{
    return pointsAlong(edge->mapToScene(static_cast<const QGraphicsPathItem *>(edge)->path()));
}

TcpControlBlock endpoint(const QString &name, TcpState state)
{
    TcpControlBlock tcb;
    tcb.name = name;
    tcb.state = state;
    return tcb;
}

// The record of a transition as the scenario engine writes it, with its row found in the table.
TransitionRecord taken(const QString &who, TcpState from, TcpEvent event, bool passiveOpen = false)
{
    const TcpTransition *row = TcpTransitionTable::find(from, event, passiveOpen);
    TransitionRecord record;
    record.endpoint = who;
    record.from = from;
    record.to = row ? row->to : from;
    record.event = event;
    record.row = TcpTransitionTable::indexOf(row);
    return record;
}

Step makeStep(TcpState client, TcpState server, QList<TransitionRecord> transitions = {})
{
    Step step;
    step.state.endpoints = {endpoint(QStringLiteral("client"), client), endpoint(QStringLiteral("server"), server)};
    step.transitions = std::move(transitions);
    return step;
}

// Open, send, close: step by step as a scenario would record it, including a step in which two
// transitions happen and a step that stays in ESTABLISHED.
Scenario connectionScenario()
{
    using S = TcpState;
    using E = TcpEvent;
    const QString c = QStringLiteral("client");
    const QString s = QStringLiteral("server");
    Scenario scenario;
    scenario.id = QStringLiteral("test");
    scenario.endpointNames = {c, s};
    scenario.steps = {
        makeStep(S::Closed, S::Closed),
        makeStep(S::Closed, S::Listen, {taken(s, S::Closed, E::PassiveOpen)}),
        makeStep(S::SynSent, S::Listen, {taken(c, S::Closed, E::ActiveOpen)}),
        makeStep(S::SynSent, S::SynReceived, {taken(s, S::Listen, E::RcvSyn, true)}),
        makeStep(S::Established, S::SynReceived, {taken(c, S::SynSent, E::RcvSynAck)}),
        makeStep(S::Established, S::Established, {taken(s, S::SynReceived, E::RcvAckOfSyn, true)}),
        makeStep(S::Established, S::Established, {taken(c, S::Established, E::Send)}),
        makeStep(S::FinWait1, S::Established, {taken(c, S::Established, E::Close)}),
        makeStep(S::FinWait1, S::CloseWait, {taken(s, S::Established, E::RcvFin, true)}),
        makeStep(S::FinWait2, S::CloseWait, {taken(c, S::FinWait1, E::RcvAckOfFin)}),
        makeStep(S::TimeWait, S::LastAck,
                 {taken(s, S::CloseWait, E::Close, true), taken(c, S::FinWait2, E::RcvFin)}),
        makeStep(S::TimeWait, S::Closed, {taken(s, S::LastAck, E::RcvAckOfFin, true)}),
        makeStep(S::Closed, S::Closed, {taken(c, S::TimeWait, E::Timeout2Msl)}),
    };
    for (int i = 0; i < scenario.steps.size(); ++i)
        scenario.steps[i].index = i;
    return scenario;
}

QString pairName(StatePair pair)
{
    return tcpStateName(pair.first) + QStringLiteral(" -> ") + tcpStateName(pair.second);
}

// Two colours that differ by no more than antialiasing does.
bool nearColor(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 24 && qAbs(a.green() - b.green()) <= 24 && qAbs(a.blue() - b.blue()) <= 24;
}

} // namespace

class TestStateDiagramView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void drawsOneBoxPerState();
    void drawsOneEdgePerTablePair_data();
    void drawsOneEdgePerTablePair();
    void drawsNoEdgeTheTableLacks();
    void labelsComeFromTheTable_data();
    void labelsComeFromTheTable();
    void resetsAndAbortsIntoClosedAreMuted();
    void edgesEndOnBordersAndMissOtherBoxes();
    void highlightsEachTableRow_data();
    void highlightsEachTableRow();
    void lightsTheEdgeOrRingOfARow_data();
    void lightsTheEdgeOrRingOfARow();
    void followsAScenario_data();
    void followsAScenario();
    void bothEndpointsInOneStateShareTheBox();
    void selfLoopRingsTheState();
    void nullScenarioLightsNothing();
    void stepOutOfRangeLightsNothing();
    void labelerNamesTheBadges();
    void manyEndpointsInOneStateAreCounted();
    void stateNamesReadAtElevenPoints();
    void rendersLitStatesAndTheTransitionTaken();
};

void TestStateDiagramView::cleanup()
{
    installTranslations(QStringLiteral("en"));
}

void TestStateDiagramView::drawsOneBoxPerState()
{
    StateDiagramView view;
    const QList<QGraphicsItem *> boxes = itemsOfType(view.diagramScene(), StateDiagramView::StateBoxType);
    QCOMPARE(boxes.size(), 11);
    QList<TcpState> seen;
    for (QGraphicsItem *item : boxes) {
        const TcpState state = stateData(item, StateDiagramView::StateKey);
        QVERIFY(!seen.contains(state));
        seen.append(state);
        QStringList texts;
        for (QGraphicsItem *child : item->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child))
                texts.append(text->text());
        }
        QCOMPARE(texts, QStringList{tcpStateName(state)});
    }
}

void TestStateDiagramView::drawsOneEdgePerTablePair_data()
{
    QTest::addColumn<TcpState>("from");
    QTest::addColumn<TcpState>("to");
    for (const StatePair &pair : tablePairs())
        QTest::newRow(qPrintable(pairName(pair))) << pair.first << pair.second;
}

void TestStateDiagramView::drawsOneEdgePerTablePair()
{
    QFETCH(TcpState, from);
    QFETCH(TcpState, to);
    StateDiagramView view;
    int items = 0;
    for (QGraphicsItem *item : itemsOfType(view.diagramScene(), StateDiagramView::EdgeType)) {
        if (stateData(item, StateDiagramView::FromKey) == from && stateData(item, StateDiagramView::ToKey) == to)
            ++items;
    }
    QCOMPARE(items, 1);
    QCOMPARE(view.edges().count(StatePair{from, to}), 1);
}

void TestStateDiagramView::drawsNoEdgeTheTableLacks()
{
    StateDiagramView view;
    const StatePairs expected = tablePairs();
    QCOMPARE(expected.size(), 28);
    const QList<QGraphicsItem *> items = itemsOfType(view.diagramScene(), StateDiagramView::EdgeType);
    QCOMPARE(items.size(), expected.size());
    QCOMPARE(view.edges().size(), expected.size());
    for (const StatePair &pair : view.edges()) {
        QVERIFY2(expected.contains(pair), qPrintable(pairName(pair)));
        QVERIFY(pair.first != pair.second);
    }
    QCOMPARE(itemsOfType(view.diagramScene(), StateDiagramView::EdgeLabelType).size(), expected.size());
}

void TestStateDiagramView::labelsComeFromTheTable_data()
{
    using S = TcpState;
    QTest::addColumn<TcpState>("from");
    QTest::addColumn<TcpState>("to");
    QTest::addColumn<QString>("label");
    QTest::newRow("passive open") << S::Closed << S::Listen << QStringLiteral("passive OPEN");
    QTest::newRow("SYN in LISTEN") << S::Listen << S::SynReceived << QStringLiteral("rcv SYN / snd SYN,ACK");
    QTest::newRow("SYN,ACK in SYN-SENT") << S::SynSent << S::Established << QStringLiteral("rcv SYN,ACK / snd ACK");
    QTest::newRow("handshake and simultaneous open") << S::SynReceived << S::Established
                                                     << QStringLiteral("rcv ACK of SYN\nrcv SYN,ACK");
    QTest::newRow("close listener") << S::Listen << S::Closed << QStringLiteral("CLOSE\nABORT");
    QTest::newRow("refused, closed, aborted") << S::SynSent << S::Closed << QStringLiteral("rcv RST,ACK\nCLOSE, ABORT");
    QTest::newRow("RST back to LISTEN") << S::SynReceived << S::Listen << QStringLiteral("rcv RST");
    QTest::newRow("FIN,ACK of FIN") << S::FinWait1 << S::TimeWait << QStringLiteral("rcv FIN,ACK of FIN / snd ACK");
    QTest::newRow("2MSL") << S::TimeWait << S::Closed << QStringLiteral("2MSL timeout\nrcv RST, ABORT");
    QTest::newRow("reset in ESTABLISHED") << S::Established << S::Closed
                                          << QStringLiteral("rcv RST, ABORT\nkeep-alive probes exhausted");
    QTest::newRow("reset in CLOSE-WAIT") << S::CloseWait << S::Closed << QStringLiteral("rcv RST, ABORT");
}

void TestStateDiagramView::labelsComeFromTheTable()
{
    QFETCH(TcpState, from);
    QFETCH(TcpState, to);
    QFETCH(QString, label);
    StateDiagramView view;
    QGraphicsItem *found = nullptr;
    for (QGraphicsItem *item : itemsOfType(view.diagramScene(), StateDiagramView::EdgeLabelType)) {
        if (stateData(item, StateDiagramView::FromKey) == from && stateData(item, StateDiagramView::ToKey) == to)
            found = item;
    }
    QVERIFY(found);
    QCOMPARE(static_cast<QGraphicsSimpleTextItem *>(found)->text(), label);
    // The tooltip lists every row of the pair, with its RFC section.
    for (const TcpTransition &row : TcpTransitionTable::rows()) {
        if (row.from == from && row.to == to) {
            QVERIFY(found->toolTip().contains(TcpTransitionTable::eventName(row.event)));
            QVERIFY(found->toolTip().contains(QLatin1String(row.rfc)));
        }
    }
}

void TestStateDiagramView::resetsAndAbortsIntoClosedAreMuted()
{
    StateDiagramView view;
    QHash<int, QGraphicsPathItem *> byPair;
    for (QGraphicsItem *item : itemsOfType(view.diagramScene(), StateDiagramView::EdgeType)) {
        const int key = int(stateData(item, StateDiagramView::FromKey)) * 16 + int(stateData(item, StateDiagramView::ToKey));
        byPair.insert(key, static_cast<QGraphicsPathItem *>(item));
    }
    auto edgeOf = [&](TcpState from, TcpState to) { return byPair.value(int(from) * 16 + int(to)); };
    using S = TcpState;
    const QList<S> muted{S::SynReceived, S::Established, S::FinWait1, S::FinWait2, S::CloseWait, S::Closing};
    const QList<S> main{S::Listen, S::SynSent, S::LastAck, S::TimeWait};
    const QGraphicsPathItem *reference = edgeOf(S::Closed, S::Listen);
    QVERIFY(reference);
    QCOMPARE(reference->pen().color(), Palette::ink());
    for (S from : muted) {
        const QGraphicsPathItem *e = edgeOf(from, S::Closed);
        QVERIFY(e);
        QCOMPARE(e->pen().color(), Palette::muted());
        QVERIFY(e->pen().widthF() < reference->pen().widthF());
    }
    for (S from : main) {
        const QGraphicsPathItem *e = edgeOf(from, S::Closed);
        QVERIFY(e);
        QCOMPARE(e->pen().color(), Palette::ink());
    }
    const QList<QGraphicsItem *> legends = itemsOfType(view.diagramScene(), StateDiagramView::LegendType);
    QCOMPARE(legends.size(), 1);
    QCOMPARE(static_cast<QGraphicsSimpleTextItem *>(legends.first())->text(),
             QStringLiteral("rcv RST, ABORT\nkeep-alive probes exhausted"));
}

void TestStateDiagramView::edgesEndOnBordersAndMissOtherBoxes()
{
    StateDiagramView view;
    const QGraphicsScene *scene = view.diagramScene();
    for (QGraphicsItem *item : itemsOfType(scene, StateDiagramView::EdgeType)) {
        const TcpState from = stateData(item, StateDiagramView::FromKey);
        const TcpState to = stateData(item, StateDiagramView::ToKey);
        const QString name = pairName({from, to});
        const QPainterPath path = item->mapToScene(static_cast<QGraphicsPathItem *>(item)->path());
        const QPointF start = path.elementAt(0);
        const QPointF end = path.elementAt(path.elementCount() - 1);
        QVERIFY2(onBorder(boxRect(scene, from), start), qPrintable(name));
        QVERIFY2(onBorder(boxRect(scene, to), end), qPrintable(name));
        const QRectF bounds = path.boundingRect();
        QVERIFY2(scene->sceneRect().contains(bounds.topLeft()) && scene->sceneRect().contains(bounds.bottomRight()),
                 qPrintable(name));
        const QList<QPointF> points = edgePoints(item);
        for (TcpState state : allTcpStates) {
            const QRectF inside = boxRect(scene, state).adjusted(1, 1, -1, -1);
            const bool crosses = std::any_of(points.begin(), points.end(), [&](QPointF p) { return inside.contains(p); });
            QVERIFY2(!crosses, qPrintable(name + QStringLiteral(" crosses ") + tcpStateName(state)));
        }
    }
}

void TestStateDiagramView::highlightsEachTableRow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("row");
    const QList<TcpTransition> &rows = TcpTransitionTable::rows();
    for (const QString &language : availableLanguages()) {
        for (int i = 0; i < rows.size(); ++i) {
            const TcpTransition &row = rows.at(i);
            QTest::addRow("%s %d %s %s", qPrintable(language), i, qPrintable(tcpStateName(row.from)),
                          qPrintable(TcpTransitionTable::eventIdentifier(row.event)))
                << language << i;
        }
    }
}

// Each row of the table, taken alone, lights exactly its edge (or rings its state), and the
// labels that are then visible, in every language, overlap neither each other, nor a box, nor
// another arrow.
void TestStateDiagramView::highlightsEachTableRow()
{
    QFETCH(QString, language);
    QFETCH(int, row);
    QVERIFY(installTranslations(language));
    const TcpTransition &transition = TcpTransitionTable::rows().at(row);
    TransitionRecord record;
    record.endpoint = QStringLiteral("client");
    record.from = transition.from;
    record.to = transition.to;
    record.event = transition.event;
    record.row = row;
    Scenario scenario;
    scenario.endpointNames = {QStringLiteral("client"), QStringLiteral("server")};
    Step step;
    step.state.endpoints = {endpoint(QStringLiteral("client"), transition.to),
                            endpoint(QStringLiteral("server"), transition.from)};
    step.transitions = {record};
    scenario.steps = {step};

    StateDiagramView view;
    view.setScenario(&scenario);
    QCOMPARE(view.highlightedEdges(), (StatePairs{{transition.from, transition.to}}));
    QCOMPARE(view.litStates(QStringLiteral("client")), QList<TcpState>{transition.to});
    QCOMPARE(view.litStates(QStringLiteral("server")), QList<TcpState>{transition.from});

    const QGraphicsScene *scene = view.diagramScene();
    QList<QGraphicsItem *> labels = itemsOfType(scene, StateDiagramView::EdgeLabelType);
    labels += itemsOfType(scene, StateDiagramView::LegendType);
    QList<std::pair<StatePair, QList<QPointF>>> edgeLines;
    for (QGraphicsItem *item : itemsOfType(scene, StateDiagramView::EdgeType)) {
        const StatePair pair{stateData(item, StateDiagramView::FromKey), stateData(item, StateDiagramView::ToKey)};
        edgeLines.append({pair, edgePoints(item)});
    }
    QList<QGraphicsItem *> visible;
    for (QGraphicsItem *label : labels) {
        if (label->isVisible())
            visible.append(label);
        if (transition.from != transition.to && stateData(label, StateDiagramView::FromKey) == transition.from
            && stateData(label, StateDiagramView::ToKey) == transition.to) {
            QVERIFY(label->isVisible());
            QCOMPARE(static_cast<QGraphicsSimpleTextItem *>(label)->brush().color(), Palette::highlight());
        }
    }
    for (qsizetype i = 0; i < visible.size(); ++i) {
        const QRectF r = visible.at(i)->sceneBoundingRect();
        const QString text = static_cast<QGraphicsSimpleTextItem *>(visible.at(i))->text();
        QVERIFY2(scene->sceneRect().contains(r), qPrintable(text));
        for (qsizetype j = i + 1; j < visible.size(); ++j) {
            const QString other = static_cast<QGraphicsSimpleTextItem *>(visible.at(j))->text();
            QVERIFY2(!r.intersects(visible.at(j)->sceneBoundingRect()), qPrintable(text + QStringLiteral(" | ") + other));
        }
        for (TcpState state : allTcpStates)
            QVERIFY2(!r.intersects(boxRect(scene, state)), qPrintable(text + QStringLiteral(" | ") + tcpStateName(state)));
        // No label hides a stretch of another arrow.
        for (const auto &[pair, points] : edgeLines) {
            if (visible.at(i)->type() == StateDiagramView::EdgeLabelType
                && pair == StatePair{stateData(visible.at(i), StateDiagramView::FromKey),
                                     stateData(visible.at(i), StateDiagramView::ToKey)})
                continue;
            const bool hides = std::any_of(points.begin(), points.end(), [&](QPointF p) { return r.contains(p); });
            QVERIFY2(!hides, qPrintable(text + QStringLiteral(" | ") + pairName(pair)));
        }
    }

    // The badges of the lit states cover no label and neither end of the arrow just taken.
    const QList<QGraphicsItem *> badges = itemsOfType(scene, StateDiagramView::BadgeType);
    QCOMPARE(badges.size(), 2);
    for (QGraphicsItem *badge : badges) {
        const QRectF b = badge->sceneBoundingRect();
        const QString who = badge->data(StateDiagramView::EndpointKey).toString();
        for (QGraphicsItem *label : visible)
            QVERIFY2(!b.intersects(label->sceneBoundingRect()),
                     qPrintable(who + QStringLiteral(" | ") + static_cast<QGraphicsSimpleTextItem *>(label)->text()));
        for (const auto &[pair, points] : edgeLines) {
            if (pair != StatePair{transition.from, transition.to})
                continue;
            QVERIFY2(!b.adjusted(-3, -3, 3, 3).contains(points.first()), qPrintable(who));
            QVERIFY2(!b.adjusted(-3, -3, 3, 3).contains(points.last()), qPrintable(who));
        }
    }
}

void TestStateDiagramView::lightsTheEdgeOrRingOfARow_data()
{
    using S = TcpState;
    using E = TcpEvent;
    QTest::addColumn<TcpState>("from");
    QTest::addColumn<TcpEvent>("event");
    QTest::addColumn<TcpState>("to");
    QTest::addColumn<QString>("label"); // of the lit arrow; empty when the row stays in its state
    QTest::newRow("simultaneous open") << S::SynReceived << E::RcvSynAck << S::Established
                                       << QStringLiteral("rcv ACK of SYN\nrcv SYN,ACK");
    QTest::newRow("keep-alive timeout") << S::Established << E::TimeoutKeepalive << S::Established << QString();
    QTest::newRow("keep-alive probe arrives") << S::Established << E::RcvKeepaliveProbe << S::Established
                                              << QString();
    QTest::newRow("keep-alive probes exhausted") << S::Established << E::TimeoutKeepaliveExhausted << S::Closed
                                                 << QStringLiteral("rcv RST, ABORT\nkeep-alive probes exhausted");
}

// A row that changes state lights its arrow, in the highlight colour and with its label shown
// even when the arrow is muted; a row that stays draws a ring around its state's box.
void TestStateDiagramView::lightsTheEdgeOrRingOfARow()
{
    QFETCH(TcpState, from);
    QFETCH(TcpEvent, event);
    QFETCH(TcpState, to);
    QFETCH(QString, label);
    const QString client = QStringLiteral("client");
    const TransitionRecord record = taken(client, from, event);
    QVERIFY(record.row >= 0);
    QCOMPARE(record.to, to);
    Scenario scenario;
    scenario.endpointNames = {client, QStringLiteral("server")};
    scenario.steps = {makeStep(to, from, {record})};

    StateDiagramView view;
    view.resize(700, 600);
    view.setScenario(&scenario);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.highlightedEdges(), (StatePairs{{from, to}}));
    QCOMPARE(view.litStates(client), QList<TcpState>{to});

    const QGraphicsScene *scene = view.diagramScene();
    for (QGraphicsItem *item : itemsOfType(scene, StateDiagramView::EdgeType)) {
        const StatePair pair{stateData(item, StateDiagramView::FromKey), stateData(item, StateDiagramView::ToKey)};
        const bool lit = static_cast<QGraphicsPathItem *>(item)->pen().color() == Palette::highlight();
        QVERIFY2(lit == (pair == StatePair{from, to}), qPrintable(pairName(pair)));
    }
    QStringList litLabels;
    for (QGraphicsItem *item : itemsOfType(scene, StateDiagramView::EdgeLabelType)) {
        auto *text = static_cast<QGraphicsSimpleTextItem *>(item);
        if (text->brush().color() == Palette::highlight()) {
            QVERIFY(text->isVisible());
            litLabels.append(text->text());
        }
    }
    QCOMPARE(litLabels, label.isEmpty() ? QStringList{} : QStringList{label});

    // The ring runs 5 units outside the box; halfway down its left side it is in the highlight colour.
    const QImage image = view.grab().toImage();
    const QRectF box = boxRect(scene, from);
    const QPoint ring = view.mapFromScene(QPointF(box.left() - 5, box.center().y())) * view.devicePixelRatioF();
    QCOMPARE(nearColor(image.pixelColor(ring), Palette::highlight()), from == to);
}

void TestStateDiagramView::followsAScenario_data()
{
    using S = TcpState;
    QTest::addColumn<int>("step");
    QTest::addColumn<TcpState>("client");
    QTest::addColumn<TcpState>("server");
    QTest::addColumn<StatePairs>("highlighted");
    QTest::newRow("initial") << 0 << S::Closed << S::Closed << StatePairs{};
    QTest::newRow("listen") << 1 << S::Closed << S::Listen << StatePairs{{S::Closed, S::Listen}};
    QTest::newRow("connect") << 2 << S::SynSent << S::Listen << StatePairs{{S::Closed, S::SynSent}};
    QTest::newRow("SYN arrives") << 3 << S::SynSent << S::SynReceived << StatePairs{{S::Listen, S::SynReceived}};
    QTest::newRow("SYN,ACK arrives") << 4 << S::Established << S::SynReceived
                                     << StatePairs{{S::SynSent, S::Established}};
    QTest::newRow("ACK arrives") << 5 << S::Established << S::Established
                                 << StatePairs{{S::SynReceived, S::Established}};
    QTest::newRow("send") << 6 << S::Established << S::Established << StatePairs{{S::Established, S::Established}};
    QTest::newRow("close") << 7 << S::FinWait1 << S::Established << StatePairs{{S::Established, S::FinWait1}};
    QTest::newRow("FIN arrives") << 8 << S::FinWait1 << S::CloseWait << StatePairs{{S::Established, S::CloseWait}};
    QTest::newRow("ACK of FIN") << 9 << S::FinWait2 << S::CloseWait << StatePairs{{S::FinWait1, S::FinWait2}};
    QTest::newRow("two transitions") << 10 << S::TimeWait << S::LastAck
                                     << StatePairs{{S::CloseWait, S::LastAck}, {S::FinWait2, S::TimeWait}};
    QTest::newRow("last ACK") << 11 << S::TimeWait << S::Closed << StatePairs{{S::LastAck, S::Closed}};
    QTest::newRow("2MSL") << 12 << S::Closed << S::Closed << StatePairs{{S::TimeWait, S::Closed}};
}

void TestStateDiagramView::followsAScenario()
{
    QFETCH(int, step);
    QFETCH(TcpState, client);
    QFETCH(TcpState, server);
    QFETCH(StatePairs, highlighted);
    const Scenario scenario = connectionScenario();
    for (const Step &s : scenario.steps) {
        for (const TransitionRecord &record : s.transitions)
            QVERIFY(record.row >= 0);
    }
    StateDiagramView view;
    view.setScenario(&scenario);
    view.showStep(step);
    QCOMPARE(view.litStates(QStringLiteral("client")), QList<TcpState>{client});
    QCOMPARE(view.litStates(QStringLiteral("server")), QList<TcpState>{server});
    QCOMPARE(view.litStates(QStringLiteral("nobody")), QList<TcpState>{});
    QCOMPARE(view.highlightedEdges(), highlighted);

    // Only the edges of this step are drawn in the highlight colour.
    for (QGraphicsItem *item : itemsOfType(view.diagramScene(), StateDiagramView::EdgeType)) {
        const StatePair pair{stateData(item, StateDiagramView::FromKey), stateData(item, StateDiagramView::ToKey)};
        const bool lit = static_cast<QGraphicsPathItem *>(item)->pen().color() == Palette::highlight();
        QCOMPARE(lit, highlighted.contains(pair));
    }
}

void TestStateDiagramView::bothEndpointsInOneStateShareTheBox()
{
    const Scenario scenario = connectionScenario();
    StateDiagramView view;
    view.setScenario(&scenario);
    view.showStep(5);
    QStringList badges;
    for (QGraphicsItem *badge : itemsOfType(view.diagramScene(), StateDiagramView::BadgeType)) {
        QVERIFY(badge->parentItem());
        QCOMPARE(stateData(badge->parentItem(), StateDiagramView::StateKey), TcpState::Established);
        badges.append(badge->data(StateDiagramView::EndpointKey).toString());
    }
    badges.sort();
    QCOMPARE(badges, (QStringList{QStringLiteral("client"), QStringLiteral("server")}));
}

void TestStateDiagramView::selfLoopRingsTheState()
{
    const Scenario scenario = connectionScenario();
    StateDiagramView view;
    view.setScenario(&scenario);
    view.showStep(6);
    QCOMPARE(view.highlightedEdges(), (StatePairs{{TcpState::Established, TcpState::Established}}));
    QVERIFY(!view.edges().contains(StatePair{TcpState::Established, TcpState::Established}));
    for (QGraphicsItem *item : itemsOfType(view.diagramScene(), StateDiagramView::EdgeType))
        QVERIFY(static_cast<QGraphicsPathItem *>(item)->pen().color() != Palette::highlight());
    view.showStep(7);
    QCOMPARE(view.highlightedEdges(), (StatePairs{{TcpState::Established, TcpState::FinWait1}}));
}

void TestStateDiagramView::nullScenarioLightsNothing()
{
    const Scenario scenario = connectionScenario();
    StateDiagramView view;
    view.setScenario(&scenario);
    view.showStep(4);
    QCOMPARE(view.litStates(QStringLiteral("client")).size(), 1);
    QCOMPARE(view.highlightedEdges().size(), 1);
    view.setScenario(nullptr);
    QCOMPARE(view.litStates(QStringLiteral("client")), QList<TcpState>{});
    QCOMPARE(view.litStates(QStringLiteral("server")), QList<TcpState>{});
    QCOMPARE(view.highlightedEdges(), StatePairs{});
    QCOMPARE(itemsOfType(view.diagramScene(), StateDiagramView::BadgeType).size(), 0);
    view.showStep(3);
    QCOMPARE(view.litStates(QStringLiteral("client")), QList<TcpState>{});
    QCOMPARE(view.edges().size(), tablePairs().size());
}

void TestStateDiagramView::stepOutOfRangeLightsNothing()
{
    const Scenario scenario = connectionScenario();
    StateDiagramView view;
    view.setScenario(&scenario);
    QCOMPARE(view.litStates(QStringLiteral("server")), QList<TcpState>{TcpState::Closed});
    view.showStep(scenario.stepCount());
    QCOMPARE(view.litStates(QStringLiteral("server")), QList<TcpState>{});
    QCOMPARE(view.highlightedEdges(), StatePairs{});
    view.showStep(-1);
    QCOMPARE(view.litStates(QStringLiteral("server")), QList<TcpState>{});
}

void TestStateDiagramView::labelerNamesTheBadges()
{
    const Scenario scenario = connectionScenario();
    StateDiagramView view;
    view.setScenario(&scenario);
    view.showStep(3);
    auto badgeText = [&view](const QString &endpointName) {
        for (QGraphicsItem *badge : itemsOfType(view.diagramScene(), StateDiagramView::BadgeType)) {
            if (badge->data(StateDiagramView::EndpointKey).toString() == endpointName)
                return static_cast<QGraphicsSimpleTextItem *>(badge)->text();
        }
        return QString();
    };
    QCOMPARE(badgeText(QStringLiteral("client")), QStringLiteral("client"));
    view.setEndpointLabeler([](const QString &name) {
        return name == QLatin1String("client") ? QStringLiteral("客户端") : QStringLiteral("服务器");
    });
    QCOMPARE(badgeText(QStringLiteral("client")), QStringLiteral("客户端"));
    QCOMPARE(badgeText(QStringLiteral("server")), QStringLiteral("服务器"));
    QCOMPARE(view.litStates(QStringLiteral("server")), QList<TcpState>{TcpState::SynReceived});
}

// A listener with its connections puts up to eight endpoints in ESTABLISHED: every endpoint is
// still lit and accounted for by a badge (its own, or one that counts it), the endpoints that
// acted keep their names, and no row of badges is wider than a box and a half or leaves the scene.
void TestStateDiagramView::manyEndpointsInOneStateAreCounted()
{
    const Scenario scenario = TcpScenarios::backlog({});
    StateDiagramView view;
    view.setScenario(&scenario);
    bool counted = false;
    for (int step = 0; step <= scenario.lastStep(); ++step) {
        view.showStep(step);
        const Step &current = scenario.step(step);
        QHash<TcpState, QStringList> inState;
        for (const TcpControlBlock &tcb : current.state.endpoints) {
            QCOMPARE(view.litStates(tcb.name), QList<TcpState>{tcb.state});
            inState[tcb.state].append(tcb.name);
        }
        QHash<TcpState, QStringList> badged;
        QHash<TcpState, QRectF> rows;
        for (QGraphicsItem *badge : itemsOfType(view.diagramScene(), StateDiagramView::BadgeType)) {
            const TcpState state = stateData(badge->parentItem(), StateDiagramView::StateKey);
            const QString own = badge->data(StateDiagramView::EndpointKey).toString();
            const QStringList several = badge->data(StateDiagramView::EndpointsKey).toStringList();
            QVERIFY(own.isEmpty() != several.isEmpty());
            badged[state] += own.isEmpty() ? several : QStringList{own};
            counted |= !several.isEmpty();
            rows[state] = rows.value(state).united(badge->sceneBoundingRect());
            QVERIFY(view.diagramScene()->sceneRect().contains(badge->sceneBoundingRect()));
        }
        for (auto it = inState.begin(); it != inState.end(); ++it) {
            QStringList names = badged.value(it.key());
            names.sort();
            it.value().sort();
            QCOMPARE(names, it.value());
            QVERIFY(rows.value(it.key()).width() <= boxRect(view.diagramScene(), it.key()).width() * 1.5 + 1);
        }
        for (const TransitionRecord &record : current.transitions) {
            bool named = false;
            for (QGraphicsItem *badge : itemsOfType(view.diagramScene(), StateDiagramView::BadgeType))
                named |= badge->data(StateDiagramView::EndpointKey).toString() == record.endpoint;
            QVERIFY2(named, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(record.endpoint)));
        }
    }
    QVERIFY(counted);
}

// At 1280x800 the diagram gets about 500x450 pixels; the state names must still read at 11 pt.
void TestStateDiagramView::stateNamesReadAtElevenPoints()
{
    StateDiagramView view;
    view.resize(500, 450);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qreal scale = view.transform().m11();
    QCOMPARE(view.transform().m22(), scale);
    QVERIFY(scale > 0);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(view.diagramScene()->sceneRect()));
    for (QGraphicsItem *item : itemsOfType(view.diagramScene(), StateDiagramView::StateBoxType)) {
        const QRectF box = item->sceneBoundingRect();
        for (QGraphicsItem *child : item->childItems()) {
            auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(child);
            if (!text || child->type() == StateDiagramView::BadgeType)
                continue;
            QVERIFY2(text->font().pointSizeF() * scale >= 11.0, qPrintable(text->text()));
            QVERIFY2(box.contains(text->sceneBoundingRect()), qPrintable(text->text()));
        }
    }
}

void TestStateDiagramView::rendersLitStatesAndTheTransitionTaken()
{
    const Scenario scenario = connectionScenario();
    StateDiagramView view;
    view.resize(700, 600);
    view.setScenario(&scenario);
    view.showStep(1); // server passively opened: CLOSED -> LISTEN
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), QSize(700, 600) * view.devicePixelRatioF());
    const QGraphicsScene *scene = view.diagramScene();
    auto pixel = [&](QPointF scenePoint) {
        return image.pixelColor(view.mapFromScene(scenePoint) * view.devicePixelRatioF());
    };
    const QRectF listen = boxRect(scene, TcpState::Listen);
    const QRectF closed = boxRect(scene, TcpState::Closed);
    const QRectF established = boxRect(scene, TcpState::Established);
    const QPointF inset(8, 0);
    QVERIFY(nearColor(pixel(QPointF(listen.left(), listen.center().y()) + inset),
                      Palette::endpointFill(QStringLiteral("server"))));
    QVERIFY(nearColor(pixel(QPointF(closed.left(), closed.center().y()) + inset),
                      Palette::endpointFill(QStringLiteral("client"))));
    QVERIFY(nearColor(pixel(QPointF(established.left(), established.center().y()) + inset), Qt::white));

    // Halfway down the CLOSED -> LISTEN arrow the line is in the highlight colour.
    for (QGraphicsItem *item : itemsOfType(scene, StateDiagramView::EdgeType)) {
        if (stateData(item, StateDiagramView::FromKey) != TcpState::Closed
            || stateData(item, StateDiagramView::ToKey) != TcpState::Listen)
            continue;
        const QPainterPath path = item->mapToScene(static_cast<QGraphicsPathItem *>(item)->path());
        QVERIFY(nearColor(pixel(path.pointAtPercent(0.4)), Palette::highlight()));
    }
}

QTEST_MAIN(TestStateDiagramView)
#include "tst_statediagramview.moc"
