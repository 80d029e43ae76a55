#pragma once

#include "topologyitems.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QString>

#include <functional>

// The parts of a topology there may be hundreds of: hosts, links, frames on the move, marks of
// what receivers did. Each kind is one item that draws them all, from pictures rendered once and
// copied, so that a LAN of 253 hosts costs little more to draw than one of 4. Showing a step sets
// their values; the items stay.
namespace NetSteps {

// Small pictures drawn at many points, such as hundreds of hosts: each is rendered once for the
// painter's scale and then copied to every point, which costs far less than painting each.
class Stamps
{
public:
    using Painting = std::function<void(QPainter *)>;

    // The picture of this key, `size` large around (0, 0), as `paint` draws it at this scale on
    // the painter's device.
    const QPixmap &get(const QString &key, QSizeF size, qreal scale, const QPainter *painter, const Painting &paint);
    // Copies the picture, centred on each point, untransformed (the points are in the painter's
    // coordinates).
    static void draw(QPainter *painter, const QPixmap &pixmap, const QList<QPointF> &points);

private:
    QHash<QString, QPixmap> m_pixmaps;
    qreal m_scale = 0;
};

// An item that draws many small pictures across the whole scene. Zoomed in, its pictures grow
// with the view only up to a limit, so that they spread apart rather than fill the screen.
class FieldItem : public QGraphicsItem
{
public:
    explicit FieldItem(const QRectF &area) : m_area(area) {}

    void setMaxScale(qreal scale);
    QRectF boundingRect() const override { return m_area; }

protected:
    // The scale to draw the pictures at: the painter's, up to the limit.
    qreal glyphScale(const QPainter *painter) const;

    QRectF m_area;
    qreal m_maxScale = qInf();
    Stamps m_stamps;
};

// Every host of the topology in one item: a small screen each, or a dot where hosts crowd (a
// larger, dark one for the stations the lesson is about). Hovering a host tells the view and
// shows the host's tooltip.
class HostField final : public FieldItem
{
public:
    enum { Type = UserType + 0x212 };
    enum class Look { Screen, Dot };

    struct Host
    {
        QString station;
        QPointF centre;
        QString toolTip;
        bool prominent = false;
    };

    HostField(const QList<Host> &hosts, Look look, QSizeF size, const QRectF &area);

    const QList<Host> &hosts() const { return m_hosts; }
    void setHoverHandler(std::function<void(const QString &station, bool hovered)> handler);

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    int hostAt(QPointF point) const;
    void setHovered(int host);

    QList<Host> m_hosts;
    Look m_look;
    QSizeF m_size;
    int m_hovered = -1;
    std::function<void(const QString &, bool)> m_hover;
};

// Every link in one item: thin grey lines (stronger ones to the router and where hosts are few),
// and those that carry the step's frame thick in its colour. It lies lowest, on the white ground.
class LinkField final : public FieldItem
{
public:
    enum { Type = UserType + 0x217 };

    struct Link
    {
        QLineF line; // from the switch's port to the station
        bool strong = false;
    };

    explicit LinkField(const QList<Link> &links);

    void setLit(const QList<int> &links, const QColor &color);
    const QList<Link> &links() const { return m_links; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    static constexpr int maxDrawnLinks = 40; // more are kept as a picture…
    static constexpr qreal maxPicturePixels = 2560.0 * 1600.0; // …of at most this size
    void drawLinks(QPainter *painter, qreal widthScale) const;

    QList<Link> m_links;
    QList<bool> m_lit;
    QColor m_color;
    QImage m_picture; // the links as drawn at m_pictureScale with m_pictureWidth, when there are many
    qreal m_pictureScale = 0;
    qreal m_pictureWidth = 0;
};

// The frames on their way, in one item: small envelopes in the colour of their kind, a selected
// one outlined in the highlight colour.
class EnvelopeField final : public FieldItem
{
public:
    enum { Type = UserType + 0x214 };

    struct Frame
    {
        QPointF at;
        QColor color;
        bool large = false; // on a link to the router, or where hosts are few
        bool picked = false;
    };

    EnvelopeField(QSizeF small, QSizeF large, const QRectF &area);

    void setFrames(const QList<Frame> &frames);
    const QList<Frame> &frames() const { return m_frames; }
    QSizeF frameSize(bool large) const { return large ? m_large : m_small; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    QSizeF m_small;
    QSizeF m_large;
    QList<Frame> m_frames;
};

// What the stations did with the frame they received, in one item: a tick, a muted cross, or
// the router's arrow, some with a word beside them.
class MarkField final : public FieldItem
{
public:
    enum { Type = UserType + 0x215 };
    enum class Sign { Positive, Negative, Forwarded };

    struct Mark
    {
        QPointF at;
        QPointF offset; // from `at`, in the units of the glyphs (which stop growing when zoomed in)
        Sign sign = Sign::Positive;
        QString word;
        bool wordOnLeft = false;
        bool large = false;
    };

    MarkField(qreal small, qreal large, const QRectF &area);

    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    qreal m_small;
    qreal m_large;
    QFont m_font;
    QList<Mark> m_marks;
};

} // namespace NetSteps
