#include "statediagramview.h"

#include "palette.h"
#include "scenario.h"
#include "tcptransitiontable.h"

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

using S = TcpState;

// The figure's geometry in scene units. The scene is sized so that, fitted into a view of about
// 500x450 pixels, the state names still read at 11 pt or more.
constexpr qreal sceneWidth = 618;
constexpr qreal sceneHeight = 560;
constexpr qreal boxWidth = 136;
constexpr qreal boxHeight = 34;
constexpr qreal halfWidth = boxWidth / 2;
constexpr qreal halfHeight = boxHeight / 2;
constexpr qreal boxTextPoints = 14;
constexpr qreal labelPoints = 9;
constexpr qreal smallestLabelPoints = 7;
constexpr qreal badgePoints = 8.5;

// Columns: active side (left), centre, passive side (right); TIME-WAIT sits between the first two.
constexpr qreal colLeft = 97;
constexpr qreal colCentre = 297;
constexpr qreal colRight = 497;
constexpr qreal colTimeWait = (colLeft + colCentre) / 2;

constexpr qreal row0 = 57;  // CLOSED
constexpr qreal row1 = 130; // LISTEN
constexpr qreal row2 = 213; // SYN-RECEIVED, SYN-SENT
constexpr qreal row3 = 283; // ESTABLISHED
constexpr qreal row4 = 381; // FIN-WAIT-1, CLOSE-WAIT
constexpr qreal row5 = 453; // FIN-WAIT-2, CLOSING, LAST-ACK
constexpr qreal row6 = 525; // TIME-WAIT

// The tracks by which long edges return to CLOSED: down the outer sides, then across the top.
constexpr qreal trackLeftMain = 10;
constexpr qreal trackLeftMuted = 21;
constexpr qreal trackRightMuted = 584;
constexpr qreal trackRightMain = 596;
constexpr qreal trackRightOuter = 608;
constexpr qreal laneOuter = 8;
constexpr qreal laneMain = 18;
constexpr qreal laneInner = 28;
constexpr qreal handshakeLane = row2 - 36;   // LISTEN down to the SYN states
constexpr qreal underEstablished = row3 + 45; // SYN-RECEIVED across to CLOSE-WAIT
constexpr qreal gapLeft = 200;                // between the left and the centre column
constexpr qreal activeCloseLane = 205;        // FIN-WAIT-1 down to TIME-WAIT
constexpr qreal closingLane = 400;            // FIN-WAIT-1 round to CLOSING

constexpr qreal arrowLength = 9;
constexpr qreal arrowHalfWidth = 4.5;
constexpr qreal cornerRadius = 7;

QPointF centreOf(TcpState state)
{
    switch (state) {
    case S::Closed: return {colCentre, row0};
    case S::Listen: return {colCentre, row1};
    case S::SynReceived: return {colLeft, row2};
    case S::SynSent: return {colRight, row2};
    case S::Established: return {colCentre, row3};
    case S::FinWait1: return {colLeft, row4};
    case S::CloseWait: return {colRight, row4};
    case S::FinWait2: return {colLeft, row5};
    case S::Closing: return {colCentre, row5};
    case S::LastAck: return {colRight, row5};
    case S::TimeWait: return {colTimeWait, row6};
    }
    return {};
}

QRectF boxRect(TcpState state)
{
    const QPointF c = centreOf(state);
    return QRectF(c.x() - halfWidth, c.y() - halfHeight, boxWidth, boxHeight);
}

// Points on a box's border, offset from the middle of that side.
QPointF top(TcpState s, qreal dx = 0) { return centreOf(s) + QPointF(dx, -halfHeight); }
QPointF bottom(TcpState s, qreal dx = 0) { return centreOf(s) + QPointF(dx, halfHeight); }
QPointF left(TcpState s, qreal dy = 0) { return centreOf(s) + QPointF(-halfWidth, dy); }
QPointF right(TcpState s, qreal dy = 0) { return centreOf(s) + QPointF(halfWidth, dy); }

// How one edge is drawn: its corner points from the source border to the target border, and
// where its label sits (the anchor point and which side of the label touches it). Where the
// figure is tight, labelRoom is the widest the text may be; a longer translation is set smaller.
struct Route
{
    QList<QPointF> points;
    QPointF labelAnchor;
    Qt::Alignment labelAlignment;
    qreal labelRoom = 0; // 0: as wide as the text is
};

constexpr int pairKey(TcpState from, TcpState to)
{
    return int(from) * 16 + int(to);
}

// The hand-laid routes of RFC 9293 Figure 5 (plus the transitions the figure leaves out). A pair
// without a route here is drawn as a straight line, so a new table row always gets an arrow.
std::optional<Route> figureRoute(TcpState from, TcpState to)
{
    const qreal closedListenMid = (row0 + row1) / 2;
    const qreal midRow45 = (row4 + row5) / 2 - 2; // a little nearer the upper row: badges sit on the lower one
    const qreal midRow56 = (row5 + row6) / 2;
    const Qt::Alignment rightMid = Qt::AlignRight | Qt::AlignVCenter;
    const Qt::Alignment leftMid = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment above = Qt::AlignHCenter | Qt::AlignBottom;

    switch (pairKey(from, to)) {
    // Opening.
    case pairKey(S::Closed, S::Listen):
        return Route{{bottom(S::Closed, -25), top(S::Listen, -25)}, {colCentre - 31, closedListenMid}, rightMid};
    case pairKey(S::Listen, S::Closed):
        return Route{{top(S::Listen, 25), bottom(S::Closed, 25)}, {colCentre + 31, closedListenMid}, leftMid};
    case pairKey(S::Closed, S::SynSent):
        return Route{{right(S::Closed, -6), {colRight + 45, row0 - 6}, top(S::SynSent, 45)},
                     {(colCentre + halfWidth + colRight + 45) / 2, row0 - 9}, above};
    case pairKey(S::SynSent, S::Closed):
        return Route{{top(S::SynSent, 0), {colRight, row0 + 8}, right(S::Closed, 8)},
                     {colRight - 6, (row0 + 8 + handshakeLane) / 2}, rightMid};
    case pairKey(S::Listen, S::SynSent):
        return Route{{bottom(S::Listen, 45), {colCentre + 45, handshakeLane}, {colRight - 45, handshakeLane},
                      top(S::SynSent, -45)},
                     {(colCentre + colRight) / 2, handshakeLane - 3}, above};
    case pairKey(S::Listen, S::SynReceived):
        return Route{{bottom(S::Listen, -45), {colCentre - 45, handshakeLane}, {colLeft + 45, handshakeLane},
                      top(S::SynReceived, 45)},
                     {(colCentre + colLeft) / 2, handshakeLane - 3}, above};
    case pairKey(S::SynReceived, S::Listen):
        return Route{{top(S::SynReceived, -30), {colLeft - 30, row1}, left(S::Listen, 0)},
                     {(colLeft - 30 + colCentre - halfWidth) / 2, row1 - 3}, above};
    case pairKey(S::SynSent, S::SynReceived):
        return Route{{left(S::SynSent, -8), right(S::SynReceived, -8)}, {colCentre, row2 - 11}, above};
    case pairKey(S::SynReceived, S::Established):
        return Route{{right(S::SynReceived, 6), {colCentre - 30, row2 + 6}, top(S::Established, -30)},
                     {colCentre - 36, row2 + 9}, Qt::AlignRight | Qt::AlignTop,
                     colCentre - 36 - (colLeft + halfWidth) - 6};
    case pairKey(S::SynSent, S::Established):
        return Route{{left(S::SynSent, 6), {colCentre + 30, row2 + 6}, top(S::Established, 30)},
                     {colCentre + 36, row2 + 21}, Qt::AlignLeft | Qt::AlignTop};

    // Leaving SYN-RECEIVED and ESTABLISHED.
    case pairKey(S::SynReceived, S::FinWait1):
        return Route{{bottom(S::SynReceived, -52), top(S::FinWait1, -52)},
                     {colLeft - 46, row2 + halfHeight + 31}, leftMid};
    case pairKey(S::SynReceived, S::CloseWait):
        return Route{{bottom(S::SynReceived, 60), {colLeft + 60, row2 + 32}, {gapLeft, row2 + 32},
                      {gapLeft, underEstablished}, {colRight - 55, underEstablished}, top(S::CloseWait, -55)},
                     {colCentre + 20, underEstablished - 3}, above};
    case pairKey(S::Established, S::FinWait1): {
        const QPointF a = bottom(S::Established, -30);
        const QPointF b = top(S::FinWait1, 55);
        const qreal y = underEstablished + 14;
        const qreal x = a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y());
        return Route{{a, b}, {x + 8, y}, leftMid};
    }
    case pairKey(S::Established, S::CloseWait):
        return Route{{right(S::Established, 8), {colRight - 22, row3 + 8}, top(S::CloseWait, -22)},
                     {colRight - 28, row3 + 11}, Qt::AlignRight | Qt::AlignTop,
                     colRight - 28 - (colCentre + halfWidth) - 6};

    // Closing.
    case pairKey(S::FinWait1, S::FinWait2):
        return Route{{bottom(S::FinWait1, 0), top(S::FinWait2, 0)}, {colLeft + 6, midRow45}, leftMid,
                     activeCloseLane - colLeft - 18};
    case pairKey(S::FinWait1, S::Closing):
        return Route{{right(S::FinWait1, -6), {closingLane, row4 - 6}, {closingLane, row5}, right(S::Closing, 0)},
                     {(colLeft + halfWidth + closingLane) / 2, row4 - 9}, above};
    case pairKey(S::FinWait1, S::TimeWait):
        return Route{{right(S::FinWait1, 8), {activeCloseLane, row4 + 8},
                      top(S::TimeWait, activeCloseLane - colTimeWait)},
                     {activeCloseLane + 6, midRow45}, leftMid, closingLane - activeCloseLane - 18};
    case pairKey(S::FinWait2, S::TimeWait):
        return Route{{bottom(S::FinWait2, 50), top(S::TimeWait, colLeft + 50 - colTimeWait)},
                     {colLeft + 44, row6 - halfHeight - 2}, Qt::AlignRight | Qt::AlignBottom};
    case pairKey(S::Closing, S::TimeWait):
        return Route{{bottom(S::Closing, -50), top(S::TimeWait, colCentre - 50 - colTimeWait)},
                     {colCentre - 44, midRow56}, leftMid};
    case pairKey(S::CloseWait, S::LastAck):
        return Route{{bottom(S::CloseWait, 30), top(S::LastAck, 30)}, {colRight + 24, midRow45}, rightMid,
                     colRight + 24 - closingLane - 7};
    case pairKey(S::LastAck, S::Closed):
        return Route{{bottom(S::LastAck, 45), {colRight + 45, row5 + 30}, {trackRightMain, row5 + 30},
                      {trackRightMain, laneMain}, {colCentre + 35, laneMain}, top(S::Closed, 35)},
                     {colRight + 39, row5 + 20}, Qt::AlignRight | Qt::AlignTop};
    case pairKey(S::TimeWait, S::Closed):
        return Route{{left(S::TimeWait, 0), {trackLeftMain, row6}, {trackLeftMain, row0 - 7}, left(S::Closed, -7)},
                     {trackLeftMain + 10, row6 + 3}, Qt::AlignLeft | Qt::AlignTop};

    // Resets and aborts, gathered on the side tracks.
    case pairKey(S::SynReceived, S::Closed):
        return Route{{left(S::SynReceived, 8), {trackLeftMuted, row2 + 8}, {trackLeftMuted, row0 + 7},
                      left(S::Closed, 7)},
                     {colLeft - 46, row2 + halfHeight + 3}, Qt::AlignLeft | Qt::AlignTop};
    case pairKey(S::FinWait1, S::Closed):
        return Route{{left(S::FinWait1, 0), {trackLeftMuted, row4}, {trackLeftMuted, row0 + 7}, left(S::Closed, 7)},
                     {colLeft - 46, row4 - halfHeight - 3}, Qt::AlignLeft | Qt::AlignBottom};
    case pairKey(S::FinWait2, S::Closed):
        return Route{{left(S::FinWait2, 0), {trackLeftMuted, row5}, {trackLeftMuted, row0 + 7}, left(S::Closed, 7)},
                     {colLeft - 46, row5 + halfHeight + 3}, Qt::AlignLeft | Qt::AlignTop};
    case pairKey(S::Established, S::Closed):
        return Route{{right(S::Established, -8), {trackRightMuted, row3 - 8}, {trackRightMuted, laneInner},
                      {colCentre + 55, laneInner}, top(S::Closed, 55)},
                     {trackRightMuted - 6, row3 - 11}, Qt::AlignRight | Qt::AlignBottom};
    case pairKey(S::CloseWait, S::Closed):
        return Route{{right(S::CloseWait, 0), {trackRightMuted, row4}, {trackRightMuted, laneInner},
                      {colCentre + 55, laneInner}, top(S::Closed, 55)},
                     {trackRightMuted - 6, row4 - halfHeight - 3}, Qt::AlignRight | Qt::AlignBottom};
    case pairKey(S::Closing, S::Closed):
        return Route{{bottom(S::Closing, 62), {colCentre + 62, row6}, {trackRightOuter, row6},
                      {trackRightOuter, laneOuter}, {colCentre + 15, laneOuter}, top(S::Closed, 15)},
                     {colCentre + 68, row6 - 3}, Qt::AlignLeft | Qt::AlignBottom};
    default: break;
    }
    return std::nullopt;
}

// Where the segment from a box's centre towards a point leaves the box.
QPointF borderPoint(const QRectF &rect, QPointF towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? qInf() : (rect.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? qInf() : (rect.height() / 2) / qAbs(d.y());
    return c + d * qMin(sx, sy);
}

Route straightRoute(TcpState from, TcpState to)
{
    const QRectF a = boxRect(from);
    const QRectF b = boxRect(to);
    const QPointF start = borderPoint(a, b.center());
    const QPointF end = borderPoint(b, a.center());
    return Route{{start, end}, (start + end) / 2 + QPointF(6, 0), Qt::AlignLeft | Qt::AlignVCenter};
}

QPointF unit(QPointF v)
{
    const qreal length = qSqrt(QPointF::dotProduct(v, v));
    return length > 0 ? v / length : QPointF();
}

// A polyline with its corners rounded.
QPainterPath roundedPolyline(const QList<QPointF> &points)
{
    QPainterPath path(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF corner = points.at(i);
        const QPointF in = corner - points.at(i - 1);
        const QPointF out = points.at(i + 1) - corner;
        const qreal inLength = qSqrt(QPointF::dotProduct(in, in));
        const qreal outLength = qSqrt(QPointF::dotProduct(out, out));
        const qreal r = qMin(cornerRadius, qMin(inLength, outLength) / 2);
        path.lineTo(corner - unit(in) * r);
        path.quadTo(corner, corner + unit(out) * r);
    }
    path.lineTo(points.last());
    return path;
}

bool isResetOrAbort(TcpEvent event)
{
    return event == TcpEvent::Abort || event == TcpEvent::RcvRst;
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

// At most two lines: the transitions of the ordinary path first, one a line; resets and aborts
// together on one line. Everything else is in the tooltip.
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
    } else if (!secondary.isEmpty()) {
        lines.append(joinEvents(secondary));
        groups.append(secondary);
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

// An endpoint that is in a state, with the name its badge shows.
struct StateBoxLight
{
    QString endpoint;
    QString label;
};

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
        qreal width = -spacing;
        qreal height = 0;
        for (const Light &light : std::as_const(m_lights)) {
            auto *badge = new Badge(light, this);
            width += badge->boundingRect().width() + spacing;
            height = qMax(height, badge->boundingRect().height());
            m_badges.append(badge);
        }
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
    setAccessibleName(tr("TCP state diagram"));
    setAccessibleDescription(tr("The TCP states of RFC 9293 Figure 5 with each endpoint's current state lit"));
    m_labeler = [](const QString &name) { return name; };
    buildStates();
    buildEdges();
    buildLegend();
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
        const Route route = figureRoute(from, to).value_or(straightRoute(from, to));

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
    // The grey arrows into CLOSED all stand for resets and aborts; one legend names them.
    QList<const TcpTransition *> resets;
    for (const Edge *e : m_edges) {
        if (e->muted())
            resets += e->rows();
    }
    if (resets.isEmpty())
        return;
    auto *legend = new EdgeLabel(joinEvents(resets), {trackLeftMuted + 10, row0 + 10},
                                 Qt::AlignLeft | Qt::AlignTop, 0, LegendType);
    legend->setStyle(false, true);
    legend->setData(StateKey, stateValue(TcpState::Closed));
    legend->setToolTip(tr("Grey arrows: from these states a reset (rcv RST) or an abort (ABORT) returns the connection to CLOSED."));
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
    for (const TcpControlBlock &tcb : current.state.endpoints)
        lights[std::size_t(tcb.state)].append({tcb.name, m_labeler(tcb.name)});
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
