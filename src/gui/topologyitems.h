#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QStringList>
#include <QString>

// The pieces a TopologyView draws one by one: switches, the router and texts on a white backing,
// with the type and colours they share. The many hosts, links, frames and marks are drawn by the
// fields of topologyfields.h.
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

// The colours the pieces share (besides the Palette's).
namespace TopologyColors {
QColor hostEdge();   // a host's outline, a port's
QColor portFill();
QColor backing();    // the white behind texts, slightly translucent
} // namespace TopologyColors

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
