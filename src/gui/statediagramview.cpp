// StateDiagramView, the figure: its boxes and arrows built from the transition table, and what a
// step lights in it. How each item looks, and where a box puts its badges: statediagramitems.cpp.
#include "statediagramview.h"

#include "statediagramitems.h"

#include "scenario.h"
#include "tcptransitiontable.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>

namespace NetSteps {

namespace {

using namespace StateDiagramLayout;

// The ways a connection ends abnormally: a reset received, an abort, a peer found dead by
// keep-alive. Their arrows into CLOSED are drawn muted, under one legend.
bool isResetOrAbort(TcpEvent event)
{
    return event == TcpEvent::Abort || event == TcpEvent::RcvRst || event == TcpEvent::TimeoutKeepaliveExhausted;
}

// "rcv SYN / snd SYN,ACK", or just the event when nothing is sent.
QString rowLine(const TcpTransition &row)
{
    const QString flags = TcpTransitionTable::replyFlags(row.reply);
    const QString event = TcpTransitionTable::eventName(row.event);
    return flags.isEmpty() ? event : StateDiagramView::tr("%1 / snd %2", "event / segment sent").arg(event, flags);
}

QString joinEvents(const QList<const TcpTransition *> &rows)
{
    QStringList names;
    for (const TcpTransition *row : rows) {
        const QString name = TcpTransitionTable::eventName(row->event);
        if (!names.contains(name))
            names.append(name);
    }
    return names.join(StateDiagramView::tr(", ", "between event names"));
}

// Rows that end a connection abnormally, split for display: the resets and aborts, then the
// timeouts that give up on the peer. A group is left out when it has no rows.
QList<QList<const TcpTransition *>> endingsByKind(const QList<const TcpTransition *> &rows)
{
    QList<const TcpTransition *> resets;
    QList<const TcpTransition *> timeouts;
    for (const TcpTransition *row : rows)
        (TcpTransitionTable::isTimeout(row->event) ? timeouts : resets).append(row);
    QList<QList<const TcpTransition *>> groups;
    for (const QList<const TcpTransition *> &group : {resets, timeouts}) {
        if (!group.isEmpty())
            groups.append(group);
    }
    return groups;
}

// At most two lines: the transitions of the ordinary path first, one a line; resets and aborts
// together on one line, and the timeouts that give up on another. Everything else is in the
// tooltip.
QStringList labelLines(const QList<const TcpTransition *> &rows)
{
    QList<const TcpTransition *> primary;
    QList<const TcpTransition *> secondary;
    for (const TcpTransition *row : rows)
        (isResetOrAbort(row->event) ? secondary : primary).append(row);

    QStringList lines;
    QList<QList<const TcpTransition *>> groups;
    for (const TcpTransition *row : primary) {
        const QString line = rowLine(*row);
        if (!lines.contains(line)) {
            lines.append(line);
            groups.append({row});
        }
    }
    if (secondary.size() == 1) {
        lines.append(rowLine(*secondary.first()));
        groups.append(secondary);
    } else {
        for (const QList<const TcpTransition *> &group : endingsByKind(secondary)) {
            lines.append(joinEvents(group));
            groups.append(group);
        }
    }
    if (lines.size() > 2) {
        QList<const TcpTransition *> rest;
        for (qsizetype i = 1; i < groups.size(); ++i)
            rest += groups.at(i);
        lines = QStringList{lines.first(), joinEvents(rest)};
    }
    return lines;
}

QString guardText(TcpGuard guard)
{
    switch (guard) {
    case TcpGuard::None: return {};
    case TcpGuard::PassiveOpen: return StateDiagramView::tr("if opened passively");
    case TcpGuard::ActiveOpen: return StateDiagramView::tr("if opened actively");
    }
    return {};
}

QString rowDescription(const TcpTransition &row)
{
    QString text = rowLine(row);
    const QString guard = guardText(row.guard);
    if (!guard.isEmpty())
        text = StateDiagramView::tr("%1 (%2)", "transition (condition)").arg(text, guard);
    return StateDiagramView::tr("%1 (RFC 9293 %2)", "transition (RFC section)").arg(text, QLatin1String(row.rfc));
}

} // namespace

StateDiagramView::StateDiagramView(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    m_scene->setSceneRect(0, 0, sceneWidth, sceneHeight);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setAlignment(Qt::AlignCenter);
    m_labeler = [](const QString &name) { return name; };
    build();
}

// Builds the figure from the transition table, in the current language.
void StateDiagramView::build()
{
    m_scene->clear();
    m_boxes = {};
    m_edges.clear();
    m_legend = nullptr;
    setAccessibleName(tr("TCP state diagram"));
    setAccessibleDescription(tr("The TCP states of RFC 9293 Figure 5 with each endpoint's current state lit"));
    buildStates();
    buildEdges();
    buildLegend();
}

void StateDiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        build();
        showStep(m_step);
    }
    QGraphicsView::changeEvent(event);
}

void StateDiagramView::buildStates()
{
    QList<QStringList> loops(allTcpStates.size());
    const QList<TcpTransition> &rows = TcpTransitionTable::rows();
    for (const TcpTransition &row : rows) {
        if (row.from == row.to)
            loops[std::size_t(row.from)].append(rowDescription(row));
    }
    for (TcpState state : allTcpStates) {
        auto *item = new StateBox(state);
        QString tip = tcpStateName(state);
        const QStringList &stays = loops.at(std::size_t(state));
        if (!stays.isEmpty())
            tip += QLatin1Char('\n') + tr("Handled without leaving this state:") + QLatin1String("\n  ")
                + stays.join(QLatin1String("\n  "));
        item->setToolTip(tip);
        m_scene->addItem(item);
        m_boxes.at(std::size_t(state)) = item;
    }
}

void StateDiagramView::buildEdges()
{
    // Group the table's rows by (from, to) in the table's order: one arrow per pair.
    QList<std::pair<TcpState, TcpState>> pairs;
    QList<QList<const TcpTransition *>> grouped;
    for (const TcpTransition &row : TcpTransitionTable::rows()) {
        if (row.from == row.to)
            continue;
        const std::pair<TcpState, TcpState> pair{row.from, row.to};
        const qsizetype index = pairs.indexOf(pair);
        if (index < 0) {
            pairs.append(pair);
            grouped.append({&row});
        } else {
            grouped[index].append(&row);
        }
    }

    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const auto [from, to] = pairs.at(i);
        const QList<const TcpTransition *> &rows = grouped.at(i);
        const bool muted = to == TcpState::Closed
            && std::all_of(rows.begin(), rows.end(), [](const TcpTransition *row) { return isResetOrAbort(row->event); });
        const Route route = StateDiagramLayout::route(from, to);

        auto *label = new EdgeLabel(labelLines(rows).join(QLatin1Char('\n')), route.labelAnchor,
                                    route.labelAlignment, route.labelRoom);
        auto *item = new Edge(from, to, rows, route, muted, label);
        QStringList tip{QStringLiteral("%1 \u2192 %2").arg(tcpStateName(from), tcpStateName(to))};
        for (const TcpTransition *row : rows)
            tip.append(QLatin1String("  ") + rowDescription(*row));
        item->setToolTip(tip.join(QLatin1Char('\n')));
        label->setToolTip(item->toolTip());
        m_scene->addItem(item);
        m_scene->addItem(label);
        m_edges.append(item);
    }
}

void StateDiagramView::buildLegend()
{
    // The grey arrows into CLOSED all stand for abnormal endings; one legend names them, the
    // resets and aborts on one line and the timeouts that give up on another.
    QList<const TcpTransition *> endings;
    for (const Edge *e : m_edges) {
        if (e->muted())
            endings += e->rows();
    }
    if (endings.isEmpty())
        return;
    QStringList lines;
    for (const QList<const TcpTransition *> &group : endingsByKind(endings))
        lines.append(joinEvents(group));
    auto *legend = new EdgeLabel(lines.join(QLatin1Char('\n')), {legendLeft, legendBottom},
                                 Qt::AlignLeft | Qt::AlignBottom, 0, LegendType);
    legend->setStyle(false, true);
    legend->setData(StateKey, QVariant::fromValue(TcpState::Closed));
    legend->setToolTip(tr("Grey arrows: from these states a reset (rcv RST), an abort (ABORT) or a peer found dead by keep-alive returns the connection to CLOSED."));
    m_scene->addItem(legend);
    m_legend = legend;
}

StateDiagramView::Edge *StateDiagramView::edge(TcpState from, TcpState to) const
{
    for (Edge *e : m_edges) {
        if (e->from() == from && e->to() == to)
            return e;
    }
    return nullptr;
}

void StateDiagramView::setScenario(const Scenario *scenario)
{
    m_scenario = scenario;
    showStep(0);
}

void StateDiagramView::setEndpointLabeler(std::function<QString(const QString &)> labeler)
{
    m_labeler = labeler ? std::move(labeler) : [](const QString &name) { return name; };
    showStep(m_step);
}

void StateDiagramView::clearStep()
{
    for (StateBox *b : m_boxes) {
        b->setLights({}, {});
        b->setRing(false);
    }
    for (Edge *e : m_edges)
        e->setHighlighted(false);
    m_highlighted.clear();
}

void StateDiagramView::showStep(int step)
{
    clearStep();
    m_step = step;
    if (!m_scenario || step < 0 || step > m_scenario->lastStep())
        return;
    const Step &current = m_scenario->step(step);

    const QList<TcpTransition> &rows = TcpTransitionTable::rows();
    for (const TransitionRecord &record : current.transitions) {
        const bool known = record.row >= 0 && record.row < rows.size();
        const TcpState from = known ? rows.at(record.row).from : record.from;
        const TcpState to = known ? rows.at(record.row).to : record.to;
        if (from == to) {
            box(from)->setRing(true);
        } else if (Edge *e = edge(from, to)) {
            e->setHighlighted(true);
        } else {
            continue;
        }
        if (!m_highlighted.contains(std::pair{from, to}))
            m_highlighted.append({from, to});
    }

    // Badges must not hide a label or the ends of the arrows just taken.
    QList<QRectF> keepClear;
    if (m_legend)
        keepClear.append(m_legend->sceneBoundingRect());
    for (const Edge *e : std::as_const(m_edges)) {
        if (e->label()->isVisible())
            keepClear.append(e->label()->sceneBoundingRect());
        if (e->highlighted()) {
            constexpr qreal margin = arrowLength + 2;
            for (const QPointF &p : {e->start(), e->end()})
                keepClear.append(QRectF(p - QPointF(margin, margin), p + QPointF(margin, margin)));
        }
    }
    QList<QList<StateBox::Light>> lights(allTcpStates.size());
    for (const TcpControlBlock &tcb : current.state.endpoints) {
        const bool acted = tcb.name == current.actor
            || std::any_of(current.transitions.cbegin(), current.transitions.cend(),
                           [&](const TransitionRecord &record) { return record.endpoint == tcb.name; });
        lights[std::size_t(tcb.state)].append({tcb.name, m_labeler(tcb.name), acted});
    }
    for (StateBox *b : m_boxes)
        b->setLights(lights.at(std::size_t(b->state())), keepClear);
}

QList<TcpState> StateDiagramView::litStates(const QString &endpoint) const
{
    QList<TcpState> states;
    for (const StateBox *b : m_boxes) {
        for (const StateBox::Light &light : b->lights()) {
            if (light.endpoint == endpoint)
                states.append(b->state());
        }
    }
    return states;
}

QList<std::pair<TcpState, TcpState>> StateDiagramView::highlightedEdges() const
{
    return m_highlighted;
}

QList<std::pair<TcpState, TcpState>> StateDiagramView::edges() const
{
    QList<std::pair<TcpState, TcpState>> pairs;
    for (const Edge *e : m_edges)
        pairs.append({e->from(), e->to()});
    return pairs;
}

void StateDiagramView::fit()
{
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void StateDiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void StateDiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    fit();
}

} // namespace NetSteps
