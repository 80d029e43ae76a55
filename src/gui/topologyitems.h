#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QList>
#include <QPainterPath>
#include <QString>

#include <functional>

// The pieces a TopologyView draws: switches, hosts, the router, the travelling frames, the marks
// a receiving station gets, and texts on a white backing. Each paints itself from a few values
// the view sets, so that showing a step changes pens, colours and positions, never the items.
namespace NetSteps {

namespace TopologyFonts {
QFont hostName(qreal scale = 1.0);
QFont address(qreal scale = 1.0);
QFont mac(qreal scale = 1.0);
QFont note(qreal scale = 1.0);     // callouts: a switch's decision, a frame's label
QFont noteBold(qreal scale = 1.0);
QFont figures(qreal scale = 1.0);  // the AND of a route decision, in columns
QFont deviceName(qreal scale = 1.0);
QFont small(qreal scale = 1.0);    // port numbers, "switch", "router"
} // namespace TopologyFonts

// Lines of text on a white backing, optionally framed in a colour: a station's name and
// addresses, a LAN's title, the note of a switch or a sender. Its position is its anchor, and the
// alignment says which point of the box sits there, so that it may ignore the view's zoom.
class TextBox final : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x216 };

    struct Line
    {
        QString text;
        QFont font;
        QColor color;
    };

    explicit TextBox(Qt::Alignment anchor = Qt::AlignHCenter | Qt::AlignTop, QGraphicsItem *parent = nullptr);

    void setLines(const QList<Line> &lines);
    void setAnchor(Qt::Alignment anchor);
    void setTextAlignment(Qt::Alignment alignment) { m_textAlignment = alignment; }
    void setFrameColor(const QColor &color); // an invalid colour: no frame
    void setPadding(qreal horizontal, qreal vertical);
    // Puts the anchor at `point`, then moves the box into `within` as far as it fits.
    void place(QPointF point, const QRectF &within);
    QString text() const; // the lines, joined by newlines

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    void measure();

    QList<Line> m_lines;
    QList<qreal> m_ascents;
    QList<qreal> m_heights;
    QList<qreal> m_widths;
    Qt::Alignment m_anchor;
    Qt::Alignment m_textAlignment = Qt::AlignHCenter;
    QColor m_frame;
    qreal m_padX = 4;
    qreal m_padY = 2;
    QRectF m_rect;
};

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

// A switch: a dark box with its name and its ports, numbered where there is room (otherwise a
// strip along its edge, with only the router's port numbered). Lit in a frame's colour while it
// decides.
class SwitchGlyph final : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x211 };

    struct Port
    {
        int number = 0;
        QPointF at; // in the switch's coordinates, on its edge
    };

    SwitchGlyph(const QString &name, QSizeF size, const QList<Port> &ports, bool numbered);

    QString name() const { return m_name; }
    void setLit(const QColor &color); // invalid: not lit
    static QSizeF portSize() { return {18, 13}; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    void paintPort(QPainter *painter, const Port &port) const;

    QString m_name;
    QSizeF m_size;
    QList<Port> m_ports;
    bool m_numbered;
    QColor m_lit;
};

// The router: one box with an interface on each LAN, each written with its name, IPv4 address
// and MAC address, its socket on the side facing its LAN.
class RouterGlyph final : public QGraphicsItem
{
public:
    enum { Type = UserType + 0x213 };

    struct Interface
    {
        QString station; // "R-eth0"
        QString name;    // "eth0"
        QString address;
        QString mac;
        bool left = true; // its socket is on the left side
    };

    struct Measures
    {
        QSizeF size;
        QList<qreal> socketY; // per interface, from the box's top
    };
    static Measures measure(const QList<Interface> &interfaces);

    explicit RouterGlyph(const QList<Interface> &interfaces);

    const QList<Interface> &interfaces() const { return m_interfaces; }
    // The text written for one interface, as lines.
    static QStringList interfaceLines(const Interface &interface);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    QList<Interface> m_interfaces;
    Measures m_measures;
};

} // namespace NetSteps
