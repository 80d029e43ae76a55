// The state diagram's items: how a state box, its endpoint badges, an arrow and its label look and
// where the badges go. What the figure holds and what a step lights is decided in statediagramview.cpp.
#include "statediagramitems.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace NetSteps {

namespace {

using namespace StateDiagramLayout;

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

// The widest row of badges a box takes: past it, the endpoints that did not act are counted in
// one badge (a listener's many connections would otherwise hide the diagram).
constexpr qreal widestBadgeRow = boxWidth * 1.5;

QVariant stateValue(TcpState state)
{
    return QVariant::fromValue(state);
}

} // namespace

StateDiagramView::StateBox::StateBox(TcpState state) : QGraphicsRectItem(boxRect(state)), m_state(state)
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

void StateDiagramView::StateBox::setLights(QList<Light> lights, const QList<QRectF> &keepClear)
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

void StateDiagramView::StateBox::setRing(bool ring)
{
    m_ring = ring;
    update();
}

void StateDiagramView::StateBox::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = rect();
    constexpr qreal radius = 6;
    if (m_lights.isEmpty()) {
        painter->setPen(QPen(Palette::muted(), 1.5 * Palette::strokeScale()));
        painter->setBrush(Qt::white);
        painter->drawRoundedRect(r, radius, radius);
    } else {
        const qreal stripe = r.width() / m_lights.size();
        for (qsizetype i = 0; i < m_lights.size(); ++i) {
            const QString &name = m_lights.at(i).endpoint;
            painter->save();
            painter->setClipRect(QRectF(r.left() + i * stripe, r.top() - 4, stripe, r.height() + 8));
            painter->setPen(QPen(Palette::endpointColor(name), 3 * Palette::strokeScale()));
            painter->setBrush(Palette::endpointFill(name));
            painter->drawRoundedRect(r, radius, radius);
            painter->restore();
        }
    }
    if (m_ring) {
        painter->setPen(QPen(Palette::highlight(), 2.5 * Palette::strokeScale(), Qt::SolidLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-5, -5, 5, 5), radius + 4, radius + 4);
    }
}

qreal StateDiagramView::StateBox::rowWidth(qreal spacing) const
{
    qreal width = -spacing;
    for (const Badge *badge : m_badges)
        width += badge->boundingRect().width() + spacing;
    return width;
}

// Too many badges for one row: those that acted keep theirs (while there is room), the others
// are counted in one.
void StateDiagramView::StateBox::countQuietOnes(qreal spacing)
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

StateDiagramView::Badge::Badge(const StateBox::Light &light, QGraphicsItem *parent)
    : QGraphicsSimpleTextItem(light.label, parent)
{
    setData(EndpointKey, light.endpoint);
    setFont(Palette::viewFont(badgePoints, true));
    setBrush(Qt::white);
    m_color = Palette::endpointColor(light.endpoint);
}

StateDiagramView::Badge::Badge(const QString &text, const QList<StateBox::Light> &lights, QGraphicsItem *parent)
    : QGraphicsSimpleTextItem(text, parent)
{
    QStringList endpoints;
    QStringList labels;
    for (const StateBox::Light &light : lights) {
        endpoints.append(light.endpoint);
        labels.append(light.label);
    }
    setData(EndpointsKey, endpoints);
    setToolTip(labels.join(u'\n'));
    setFont(Palette::viewFont(badgePoints, true));
    setBrush(Qt::white);
    m_color = Palette::ink();
}

void StateDiagramView::Badge::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(m_color);
    painter->drawRoundedRect(boundingRect(), 4, 4);
    QGraphicsSimpleTextItem::paint(painter, option, widget);
}

StateDiagramView::EdgeLabel::EdgeLabel(const QString &text, QPointF anchor, Qt::Alignment alignment, qreal room,
                                       int type)
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

void StateDiagramView::EdgeLabel::setStyle(bool highlighted, bool muted)
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

void StateDiagramView::EdgeLabel::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(boundingRect(), 3, 3);
    painter->setBrush(m_backing);
    painter->drawRoundedRect(boundingRect(), 3, 3);
    QGraphicsSimpleTextItem::paint(painter, option, widget);
}

void StateDiagramView::EdgeLabel::place()
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

StateDiagramView::Edge::Edge(TcpState from, TcpState to, QList<const TcpTransition *> rows, const Route &route,
                             bool muted, EdgeLabel *label)
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

void StateDiagramView::Edge::setHighlighted(bool highlighted)
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

QRectF StateDiagramView::Edge::boundingRect() const
{
    const qreal margin = arrowLength + pen().widthF();
    return path().boundingRect().adjusted(-margin, -margin, margin, margin);
}

QPainterPath StateDiagramView::Edge::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath shape = stroker.createStroke(path());
    shape.addPolygon(m_head);
    return shape;
}

void StateDiagramView::Edge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
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

} // namespace NetSteps
