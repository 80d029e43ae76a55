#pragma once

#include "statediagramlayout.h"
#include "statediagramview.h"
#include "tcptransitiontable.h"

#include <QColor>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QPolygonF>

// The items StateDiagramView draws, private to it: the state boxes with their endpoint badges,
// and the arrows with their labels. The view (statediagramview.cpp) builds them from the
// transition table and lights them at each step; here is only how each one looks.
namespace NetSteps {

// One state: a rounded box with its RFC name, lit in the colours of the endpoints that are in
// it (one stripe and one badge each), with a ring when a transition stayed in it.
class StateDiagramView::StateBox final : public QGraphicsRectItem
{
public:
    enum { Type = StateBoxType };

    // An endpoint that is in the state, with the name its badge shows, and whether it took a
    // transition in the step (or acted in it).
    struct Light
    {
        QString endpoint;
        QString label;
        bool acted = false;
    };

    explicit StateBox(TcpState state);

    int type() const override { return Type; }
    TcpState state() const { return m_state; }
    const QList<Light> &lights() const { return m_lights; }

    // Lights the box for these endpoints. Their badges sit on a corner of the box, the first of
    // top right, top left, bottom right and bottom left that covers nothing in keepClear.
    void setLights(QList<Light> lights, const QList<QRectF> &keepClear);
    void setRing(bool ring);

    QRectF boundingRect() const override { return rect().adjusted(-8, -8, 8, 8); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    qreal rowWidth(qreal spacing) const;
    void countQuietOnes(qreal spacing);

    TcpState m_state;
    QList<Light> m_lights;
    QList<Badge *> m_badges;
    bool m_ring = false;
};

// The small tag on a lit state naming the endpoint that is in it, in the endpoint's colour.
class StateDiagramView::Badge final : public QGraphicsSimpleTextItem
{
public:
    enum { Type = BadgeType };

    Badge(const StateBox::Light &light, QGraphicsItem *parent);
    // A badge that counts several endpoints, named in its tooltip.
    Badge(const QString &text, const QList<StateBox::Light> &lights, QGraphicsItem *parent);

    int type() const override { return Type; }

    QRectF boundingRect() const override { return QGraphicsSimpleTextItem::boundingRect().adjusted(-5, -1, 5, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QColor m_color;
};

// The label of an edge: its lines of events and replies on a white backing.
class StateDiagramView::EdgeLabel final : public QGraphicsSimpleTextItem
{
public:
    enum { Type = EdgeLabelType };

    EdgeLabel(const QString &text, QPointF anchor, Qt::Alignment alignment, qreal room = 0, int type = Type);

    int type() const override { return m_type; }

    void setStyle(bool highlighted, bool muted);

    QRectF boundingRect() const override { return QGraphicsSimpleTextItem::boundingRect().adjusted(-3, -1, 3, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void place();

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

    Edge(TcpState from, TcpState to, QList<const TcpTransition *> rows, const StateDiagramLayout::Route &route,
         bool muted, EdgeLabel *label);

    int type() const override { return Type; }
    TcpState from() const { return m_from; }
    TcpState to() const { return m_to; }
    const QList<const TcpTransition *> &rows() const { return m_rows; }
    bool muted() const { return m_muted; }
    bool highlighted() const { return m_highlighted; }
    const EdgeLabel *label() const { return m_label; }
    QPointF start() const { return path().elementAt(0); }
    QPointF end() const { return path().elementAt(path().elementCount() - 1); }

    void setHighlighted(bool highlighted);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

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

} // namespace NetSteps
