#include "topologyitems.h"

#include "palette.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace NetSteps {

namespace {

const QColor switchFill(0x37, 0x47, 0x4f);
const QColor routerFill(0xff, 0xf8, 0xe1);
const QColor routerEdge(0x8d, 0x6e, 0x63);

QFont scaled(qreal points, bool bold, qreal scale)
{
    return Palette::viewFont(points * scale * Palette::textScale(), bold);
}

} // namespace

namespace TopologyFonts {

QFont hostName(qreal scale) { return scaled(11.5, true, scale); }
QFont address(qreal scale) { return scaled(10.5, false, scale); }
QFont mac(qreal scale) { return scaled(9.5, false, scale); }
QFont note(qreal scale) { return scaled(10.5, false, scale); }
QFont noteBold(qreal scale) { return scaled(10.5, true, scale); }
QFont deviceName(qreal scale) { return scaled(13, true, scale); }
QFont small(qreal scale) { return scaled(8.5, false, scale); }

QFont figures(qreal scale)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setPointSizeF(10 * scale);
    return f;
}

} // namespace TopologyFonts

namespace TopologyColors {

QColor hostEdge() { return QColor(0x45, 0x5a, 0x64); }
QColor portFill() { return QColor(0xec, 0xef, 0xf1); }
QColor backing() { return QColor(255, 255, 255, 235); }

} // namespace TopologyColors

// ---- TextBox ----

TextBox::TextBox(Qt::Alignment anchor, QGraphicsItem *parent) : QGraphicsItem(parent), m_anchor(anchor)
{
}

void TextBox::setLines(const QList<Line> &lines)
{
    prepareGeometryChange();
    m_lines = lines;
    measure();
    update();
}

void TextBox::setAnchor(Qt::Alignment anchor)
{
    prepareGeometryChange();
    m_anchor = anchor;
    measure();
}

void TextBox::setFrameColor(const QColor &color)
{
    m_frame = color;
    update();
}

void TextBox::setPadding(qreal horizontal, qreal vertical)
{
    prepareGeometryChange();
    m_padX = horizontal;
    m_padY = vertical;
    measure();
}

void TextBox::measure()
{
    m_ascents.clear();
    m_heights.clear();
    m_widths.clear();
    qreal width = 0;
    qreal height = 0;
    for (const Line &line : std::as_const(m_lines)) {
        const QFontMetricsF metrics(line.font);
        m_ascents.append(metrics.ascent());
        m_heights.append(metrics.height());
        m_widths.append(metrics.horizontalAdvance(line.text));
        width = qMax(width, m_widths.last());
        height += metrics.height();
    }
    const QSizeF size(width + 2 * m_padX, height + 2 * m_padY);
    QPointF topLeft(0, 0);
    if (m_anchor & Qt::AlignRight)
        topLeft.rx() = -size.width();
    else if (m_anchor & Qt::AlignHCenter)
        topLeft.rx() = -size.width() / 2;
    if (m_anchor & Qt::AlignBottom)
        topLeft.ry() = -size.height();
    else if (m_anchor & Qt::AlignVCenter)
        topLeft.ry() = -size.height() / 2;
    m_rect = QRectF(topLeft, size);
}

void TextBox::place(QPointF point, const QRectF &within)
{
    const QRectF r = m_rect.translated(point);
    QPointF shift;
    if (r.right() > within.right())
        shift.rx() = within.right() - r.right();
    if (r.left() + shift.x() < within.left())
        shift.rx() = within.left() - r.left();
    if (r.bottom() > within.bottom())
        shift.ry() = within.bottom() - r.bottom();
    if (r.top() + shift.y() < within.top())
        shift.ry() = within.top() - r.top();
    setPos(point + shift);
}

QString TextBox::text() const
{
    QStringList texts;
    for (const Line &line : m_lines)
        texts.append(line.text);
    return texts.join(u'\n');
}

QRectF TextBox::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void TextBox::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_lines.isEmpty())
        return;
    painter->setPen(m_frame.isValid() ? QPen(m_frame, 1.5) : QPen(Qt::NoPen));
    painter->setBrush(TopologyColors::backing());
    painter->drawRoundedRect(m_rect, 4, 4);
    qreal y = m_rect.top() + m_padY;
    for (int i = 0; i < m_lines.size(); ++i) {
        qreal x = m_rect.left() + m_padX;
        if (m_textAlignment & Qt::AlignHCenter)
            x = m_rect.center().x() - m_widths.at(i) / 2;
        else if (m_textAlignment & Qt::AlignRight)
            x = m_rect.right() - m_padX - m_widths.at(i);
        painter->setFont(m_lines.at(i).font);
        painter->setPen(m_lines.at(i).color);
        painter->drawText(QPointF(x, y + m_ascents.at(i)), m_lines.at(i).text);
        y += m_heights.at(i);
    }
}

// ---- SwitchGlyph ----

SwitchGlyph::SwitchGlyph(const QString &name, QSizeF size, const QList<Port> &ports, bool numbered)
    : m_name(name), m_size(size), m_ports(ports), m_numbered(numbered)
{
}

void SwitchGlyph::setLit(const QColor &color)
{
    if (color == m_lit)
        return;
    m_lit = color;
    update();
}

QRectF SwitchGlyph::boundingRect() const
{
    const QSizeF port = portSize();
    return QRectF(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height())
        .adjusted(-2 * port.width(), -3, 2 * port.width(), port.height());
}

void SwitchGlyph::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
    painter->setPen(m_lit.isValid() ? QPen(m_lit, 4) : QPen(switchFill.darker(130), 1));
    painter->setBrush(switchFill);
    painter->drawRoundedRect(box, 6, 6);
    const QFont nameFont = TopologyFonts::deviceName();
    const QFont captionFont = TopologyFonts::small();
    const qreal nameHeight = QFontMetricsF(nameFont).height();
    const qreal captionHeight = QFontMetricsF(captionFont).height();
    // The ports sit on the bottom edge: the name and the word stand above them.
    const qreal textTop = box.top() + (box.height() - portSize().height() / 2 - nameHeight - captionHeight) / 2;
    painter->setPen(Qt::white);
    painter->setFont(nameFont);
    painter->drawText(QRectF(box.left(), textTop, box.width(), nameHeight), Qt::AlignCenter, m_name);
    painter->setPen(QColor(0xcf, 0xd8, 0xdc));
    painter->setFont(captionFont);
    painter->drawText(QRectF(box.left(), textTop + nameHeight, box.width(), captionHeight), Qt::AlignCenter,
                      QCoreApplication::translate("NetSteps::TopologyView", "switch"));
    if (!m_numbered) {
        // Too many ports to number: a strip where the hosts' links leave.
        qreal left = box.right();
        qreal right = box.left();
        for (const Port &port : std::as_const(m_ports)) {
            if (port.at.y() < box.bottom() - 1)
                continue;
            left = qMin(left, port.at.x());
            right = qMax(right, port.at.x());
        }
        if (right >= left) {
            painter->setPen(QPen(TopologyColors::hostEdge(), 1));
            painter->setBrush(TopologyColors::portFill());
            painter->drawRect(QRectF(left - 3, box.bottom() - 4, right - left + 6, 7));
        }
    }
    painter->setFont(TopologyFonts::small());
    for (const Port &port : std::as_const(m_ports)) {
        const bool onBottom = port.at.y() >= box.bottom() - 1;
        if (m_numbered || !onBottom)
            paintPort(painter, port);
    }
}

void SwitchGlyph::paintPort(QPainter *painter, const Port &port) const
{
    const QString number = QString::number(port.number);
    const QSizeF size(qMax(portSize().width(), painter->fontMetrics().horizontalAdvance(number) + 6.0), portSize().height());
    const QRectF r(port.at - QPointF(size.width() / 2, size.height() / 2), size);
    painter->setPen(QPen(TopologyColors::hostEdge(), 1));
    painter->setBrush(TopologyColors::portFill());
    painter->drawRect(r);
    painter->setPen(Palette::ink());
    painter->drawText(r, Qt::AlignCenter, number);
}

// ---- RouterGlyph ----

namespace {

constexpr qreal routerPadX = 10;
constexpr qreal routerPadY = 6;
constexpr qreal interfaceGap = 6;

struct RouterMetrics
{
    qreal title;
    qreal address;
    qreal mac;
    qreal interfaceHeight() const { return address + mac; }
};

RouterMetrics routerMetrics()
{
    return {QFontMetricsF(TopologyFonts::deviceName()).height(), QFontMetricsF(TopologyFonts::address()).height(),
            QFontMetricsF(TopologyFonts::mac()).height()};
}

} // namespace

QStringList RouterGlyph::interfaceLines(const Interface &interface)
{
    return {interface.name + QStringLiteral("  ") + interface.address, interface.mac};
}

RouterGlyph::Measures RouterGlyph::measure(const QList<Interface> &interfaces)
{
    const RouterMetrics m = routerMetrics();
    const QFontMetricsF title(TopologyFonts::deviceName());
    const QFontMetricsF caption(TopologyFonts::small());
    const QFontMetricsF address(TopologyFonts::address());
    const QFontMetricsF mac(TopologyFonts::mac());
    qreal width = title.horizontalAdvance(QStringLiteral("R ")) +
                  caption.horizontalAdvance(QCoreApplication::translate("NetSteps::TopologyView", "router"));
    Measures measures;
    qreal y = routerPadY + m.title + interfaceGap;
    for (const Interface &interface : interfaces) {
        const QStringList lines = interfaceLines(interface);
        width = std::max({width, address.horizontalAdvance(lines.at(0)), mac.horizontalAdvance(lines.at(1))});
        measures.socketY.append(y + m.interfaceHeight() / 2);
        y += m.interfaceHeight() + interfaceGap;
    }
    measures.size = QSizeF(width + 2 * routerPadX, y - interfaceGap + routerPadY);
    return measures;
}

RouterGlyph::RouterGlyph(const QList<Interface> &interfaces) : m_interfaces(interfaces), m_measures(measure(interfaces))
{
}

QRectF RouterGlyph::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_measures.size).adjusted(-8, -1, 8, 1);
}

void RouterGlyph::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box(QPointF(0, 0), m_measures.size);
    const RouterMetrics m = routerMetrics();
    painter->setPen(QPen(routerEdge, 1.6));
    painter->setBrush(routerFill);
    painter->drawRoundedRect(box, 6, 6);
    const QFont titleFont = TopologyFonts::deviceName();
    painter->setFont(titleFont);
    painter->setPen(Palette::ink());
    const QString name = QStringLiteral("R ");
    const qreal baseline = routerPadY + QFontMetricsF(titleFont).ascent();
    painter->drawText(QPointF(routerPadX, baseline), name);
    painter->setFont(TopologyFonts::small());
    painter->setPen(Palette::muted().darker(130));
    painter->drawText(QPointF(routerPadX + QFontMetricsF(titleFont).horizontalAdvance(name), baseline),
                      QCoreApplication::translate("NetSteps::TopologyView", "router"));
    painter->setPen(QPen(routerEdge, 1));
    painter->drawLine(QPointF(4, routerPadY + m.title + interfaceGap / 2),
                      QPointF(box.right() - 4, routerPadY + m.title + interfaceGap / 2));
    const QFontMetricsF addressMetrics(TopologyFonts::address());
    const QFontMetricsF macMetrics(TopologyFonts::mac());
    for (int i = 0; i < m_interfaces.size(); ++i) {
        const Interface &interface = m_interfaces.at(i);
        const QStringList lines = interfaceLines(interface);
        const qreal top = m_measures.socketY.at(i) - m.interfaceHeight() / 2;
        painter->setFont(TopologyFonts::address());
        painter->setPen(Palette::ink());
        painter->drawText(QPointF(routerPadX, top + addressMetrics.ascent()), lines.at(0));
        painter->setFont(TopologyFonts::mac());
        painter->setPen(Palette::muted().darker(140));
        painter->drawText(QPointF(routerPadX, top + m.address + macMetrics.ascent()), lines.at(1));
        const QSizeF socket = SwitchGlyph::portSize();
        const qreal socketX = interface.left ? 0 : box.right();
        painter->setPen(QPen(TopologyColors::hostEdge(), 1));
        painter->setBrush(TopologyColors::portFill());
        painter->drawRect(QRectF(socketX - 5, m_measures.socketY.at(i) - socket.height() / 2, 10, socket.height()));
    }
}

} // namespace NetSteps
