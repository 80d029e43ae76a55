#include "statediagramview.h"

#include "statediagramlayout.h"

#include "palette.h"
#include "scenario.h"
#include "tcptransitiontable.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <algorithm>
#include <optional>

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

QFont boxFont()
{
    QFont font = Palette::viewFont(boxTextPoints);
    font.setStretch(QFont::SemiCondensed);
    return font;
}

QFont labelFont()
{
    QFont font = Palette::viewFont(labelPoints);
    font.setStretch(QFont::SemiCondensed);
    return font;
}

// An endpoint that is in a state, with the name its badge shows, and whether it took a
// transition in the step (or acted in it).
struct StateBoxLight
{
    QString endpoint;
    QString label;
    bool acted = false;
};

// The widest row of badges a box takes: past it, the endpoints that did not act are counted in
// one badge (a listener's many connections would otherwise hide the diagram).
constexpr qreal widestBadgeRow = boxWidth * 1.5;

QVariant stateValue(TcpState state)
{
    return QVariant::fromValue(state);
}

} // namespace

// The small tag on a lit state naming the endpoint that is in it, in the endpoint's colour.
class StateDiagramView::Badge final : public QGraphicsSimpleTextItem
{
public:
    enum { Type = BadgeType };

    Badge(const StateBoxLight &light, QGraphicsItem *parent) : QGraphicsSimpleTextItem(light.label, parent)
    {
        setData(EndpointKey, light.endpoint);
        setFont(Palette::viewFont(badgePoints, true));
        setBrush(Qt::white);
        m_color = Palette::endpointColor(light.endpoint);
    }

    // A badge that counts several endpoints, named in its tooltip.
    Badge(const QString &text, const QList<StateBoxLight> &lights, QGraphicsItem *parent)
        : QGraphicsSimpleTextItem(text, parent)
    {
        QStringList endpoints;
        QStringList labels;
        for (const StateBoxLight &light : lights) {
            endpoints.append(light.endpoint);
            labels.append(light.label);
        }
        setData(EndpointsKey, endpoints);
        setToolTip(labels.join(u'\n'));
        setFont(Palette::viewFont(badgePoints, true));
        setBrush(Qt::white);
        m_color = Palette::ink();
    }

    int type() const override { return Type; }

    QRectF boundingRect() const override { return QGraphicsSimpleTextItem::boundingRect().adjusted(-5, -1, 5, 1); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(m_color);
        painter->drawRoundedRect(boundingRect(), 4, 4);
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }

private:
    QColor m_color;
};

// One state: a rounded box with its RFC name, lit in the colours of the endpoints that are in
// it (one stripe and one badge each), with a ring when a transition stayed in it.
class StateDiagramView::StateBox final : public QGraphicsRectItem
{
public:
    enum { Type = StateBoxType };

    using Light = StateBoxLight;

    explicit StateBox(TcpState state) : QGraphicsRectItem(boxRect(state)), m_state(state)
    {
        setData(StateKey, stateValue(state));
        setZValue(7);
        auto *name = new QGraphicsSimpleTextItem(tcpStateName(state), this);
        QFont font = boxFont();
        while (QFontMetricsF(font).horizontalAdvance(name->text()) > boxWidth - 8 && font.pointSizeF() > 8)
            font.setPointSizeF(font.pointSizeF() - 0.5);
        name->setFont(font);
        name->setBrush(Palette::ink());
        name->setPos(rect().center() - name->boundingRect().center());
    }

    int type() const override { return Type; }
    TcpState state() const { return m_state; }
    const QList<Light> &lights() const { return m_lights; }

    // Lights the box for these endpoints. Their badges sit on a corner of the box, the first of
    // top right, top left, bottom right and bottom left that covers nothing in keepClear.
    void setLights(QList<Light> lights, const QList<QRectF> &keepClear)
    {
        m_lights = std::move(lights);
        qDeleteAll(m_badges);
        m_badges.clear();
        if (m_lights.isEmpty()) {
            update();
            return;
        }
        constexpr qreal spacing = 3;
        for (const Light &light : std::as_const(m_lights))
            m_badges.append(new Badge(light, this));
        if (rowWidth(spacing) > widestBadgeRow)
            countQuietOnes(spacing);
        const qreal width = rowWidth(spacing);
        qreal height = 0;
        for (const Badge *badge : std::as_const(m_badges))
            height = qMax(height, badge->boundingRect().height());
        const QRectF r = rect();
        const qreal above = r.top() - height + 4;
        const qreal below = r.bottom() - 4;
        const QList<QPointF> corners{{r.right() - 4 - width, above}, {r.left() + 4, above},
                                     {r.right() - 4 - width, below}, {r.left() + 4, below}};
        QPointF place = corners.first();
        for (const QPointF &corner : corners) {
            const QRectF area(corner, QSizeF(width, height));
            if (std::none_of(keepClear.begin(), keepClear.end(), [&](const QRectF &k) { return k.intersects(area); })) {
                place = corner;
                break;
            }
        }
        for (Badge *badge : std::as_const(m_badges)) {
            const QRectF b = badge->boundingRect();
            badge->setPos(place - b.topLeft());
            place.rx() += b.width() + spacing;
        }
        update();
    }

    void setRing(bool ring)
    {
        m_ring = ring;
        update();
    }

    QRectF boundingRect() const override { return rect().adjusted(-8, -8, 8, 8); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        const QRectF r = rect();
        constexpr qreal radius = 6;
        if (m_lights.isEmpty()) {
            painter->setPen(QPen(Palette::muted(), 1.5));
            painter->setBrush(Qt::white);
            painter->drawRoundedRect(r, radius, radius);
        } else {
            const qreal stripe = r.width() / m_lights.size();
            for (qsizetype i = 0; i < m_lights.size(); ++i) {
                const QString &name = m_lights.at(i).endpoint;
                painter->save();
                painter->setClipRect(QRectF(r.left() + i * stripe, r.top() - 4, stripe, r.height() + 8));
                painter->setPen(QPen(Palette::endpointColor(name), 3));
                painter->setBrush(Palette::endpointFill(name));
                painter->drawRoundedRect(r, radius, radius);
                painter->restore();
            }
        }
        if (m_ring) {
            painter->setPen(QPen(Palette::highlight(), 2.5, Qt::SolidLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(r.adjusted(-5, -5, 5, 5), radius + 4, radius + 4);
        }
    }

private:
    qreal rowWidth(qreal spacing) const
    {
        qreal width = -spacing;
        for (const Badge *badge : m_badges)
            width += badge->boundingRect().width() + spacing;
        return width;
    }

    // Too many badges for one row: those that acted keep theirs (while there is room), the
    // others are counted in one.
    void countQuietOnes(qreal spacing)
    {
        qDeleteAll(m_badges);
        m_badges.clear();
        QList<Light> counted;
        for (const Light &light : std::as_const(m_lights)) {
            if (light.acted)
                m_badges.append(new Badge(light, this));
            else
                counted.append(light);
        }
        const auto countBadge = [&] {
            const int n = int(counted.size());
            const QString text = m_badges.isEmpty()
                ? StateDiagramView::tr("%n endpoints", "a badge counting the endpoints in a state (always several)", n)
                : StateDiagramView::tr("+%n", "a badge counting the other endpoints in a state", n);
            return new Badge(text, counted, this);
        };
        m_badges.append(countBadge());
        if (rowWidth(spacing) <= widestBadgeRow)
            return;
        qDeleteAll(m_badges);
        m_badges.clear();
        counted = m_lights;
        m_badges.append(countBadge());
    }

    TcpState m_state;
    QList<Light> m_lights;
    QList<Badge *> m_badges;
    bool m_ring = false;
};

// The label of an edge: its lines of events and replies on a white backing.
class StateDiagramView::EdgeLabel final : public QGraphicsSimpleTextItem
{
public:
    enum { Type = EdgeLabelType };

    EdgeLabel(const QString &text, QPointF anchor, Qt::Alignment alignment, qreal room = 0, int type = Type)
        : QGraphicsSimpleTextItem(text), m_anchor(anchor), m_alignment(alignment), m_type(type)
    {
        // One weight whether lit or not, so that a lit label takes no more room than it was given.
        QFont font = labelFont();
        setFont(font);
        while (room > 0 && QGraphicsSimpleTextItem::boundingRect().width() > room
               && font.pointSizeF() > smallestLabelPoints) {
            font.setPointSizeF(font.pointSizeF() - 0.25);
            setFont(font);
        }
        setStyle(false, false);
        place();
    }

    int type() const override { return m_type; }

    void setStyle(bool highlighted, bool muted)
    {
        m_backing = QColor(255, 255, 255, 235);
        if (highlighted) {
            m_backing = Palette::highlight();
            m_backing.setAlpha(28);
        }
        setBrush(highlighted ? Palette::highlight() : muted ? Palette::muted() : Palette::ink());
        setZValue(highlighted ? 9 : 6);
        update();
    }

    QRectF boundingRect() const override { return QGraphicsSimpleTextItem::boundingRect().adjusted(-3, -1, 3, 1); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(boundingRect(), 3, 3);
        painter->setBrush(m_backing);
        painter->drawRoundedRect(boundingRect(), 3, 3);
        QGraphicsSimpleTextItem::paint(painter, option, widget);
    }

private:
    void place()
    {
        const QRectF r = QGraphicsSimpleTextItem::boundingRect();
        QPointF pos = m_anchor;
        if (m_alignment & Qt::AlignRight)
            pos.rx() -= r.width();
        else if (m_alignment & Qt::AlignHCenter)
            pos.rx() -= r.width() / 2;
        if (m_alignment & Qt::AlignBottom)
            pos.ry() -= r.height();
        else if (m_alignment & Qt::AlignVCenter)
            pos.ry() -= r.height() / 2;
        setPos(pos);
    }

    QPointF m_anchor;
    Qt::Alignment m_alignment;
    int m_type;
    QColor m_backing;
};

// One arrow for all the table rows from one state to another.
class StateDiagramView::Edge final : public QGraphicsPathItem
{
public:
    enum { Type = EdgeType };

    Edge(TcpState from, TcpState to, QList<const TcpTransition *> rows, const Route &route, bool muted,
         EdgeLabel *label)
        : m_from(from), m_to(to), m_rows(std::move(rows)), m_muted(muted), m_label(label)
    {
        setData(FromKey, stateValue(from));
        setData(ToKey, stateValue(to));
        label->setData(FromKey, stateValue(from));
        label->setData(ToKey, stateValue(to));
        setPath(roundedPolyline(route.points));

        // The line stops inside the arrowhead so that a thick pen does not poke out of its tip.
        const QPointF tip = route.points.last();
        const QPointF direction = unit(tip - route.points.at(route.points.size() - 2));
        const QPointF normal(-direction.y(), direction.x());
        const QPointF base = tip - direction * arrowLength;
        m_head = QPolygonF{tip, base + normal * arrowHalfWidth, base - normal * arrowHalfWidth};
        QList<QPointF> drawn = route.points;
        drawn.last() = tip - direction * (arrowLength - 2);
        m_drawn = roundedPolyline(drawn);
        setHighlighted(false);
    }

    int type() const override { return Type; }
    TcpState from() const { return m_from; }
    TcpState to() const { return m_to; }
    const QList<const TcpTransition *> &rows() const { return m_rows; }
    bool muted() const { return m_muted; }
    bool highlighted() const { return m_highlighted; }
    const EdgeLabel *label() const { return m_label; }
    QPointF start() const { return path().elementAt(0); }
    QPointF end() const { return path().elementAt(path().elementCount() - 1); }

    void setHighlighted(bool highlighted)
    {
        m_highlighted = highlighted;
        QColor color = Palette::ink();
        qreal width = 1.6;
        if (highlighted) {
            color = Palette::highlight();
            width = 3.5;
        } else if (m_muted) {
            color = Palette::muted();
            width = 1.0;
        }
        QPen pen(color, width);
        pen.setCapStyle(Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        setPen(pen);
        setZValue(highlighted ? 5 : m_muted ? 1 : 2);
        m_label->setStyle(highlighted, m_muted);
        // The reset and abort labels would crowd the figure; the legend stands for them until one is taken.
        m_label->setVisible(highlighted || !m_muted);
        update();
    }

    QRectF boundingRect() const override
    {
        const qreal margin = arrowLength + pen().widthF();
        return path().boundingRect().adjusted(-margin, -margin, margin, margin);
    }

    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        QPainterPath shape = stroker.createStroke(path());
        shape.addPolygon(m_head);
        return shape;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(pen());
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_drawn);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen().color());
        const qreal grow = m_highlighted ? 1.35 : m_muted ? 0.8 : 1.0;
        const QPointF tip = m_head.first();
        QPolygonF head;
        for (const QPointF &p : m_head)
            head << tip + (p - tip) * grow;
        painter->drawPolygon(head);
    }

private:
    TcpState m_from;
    TcpState m_to;
    QList<const TcpTransition *> m_rows;
    bool m_muted;
    bool m_highlighted = false;
    EdgeLabel *m_label;
    QPolygonF m_head;
    QPainterPath m_drawn;
};

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
    legend->setData(StateKey, stateValue(TcpState::Closed));
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
