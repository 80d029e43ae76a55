#include "topologyfields.h"

#include "palette.h"

#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QtMath>

#include <algorithm>

namespace NetSteps {

namespace {

const QColor hostFill(0xec, 0xef, 0xf1);
const QColor hostScreen(0xbb, 0xde, 0xfb);
const QColor dotFill(0xb0, 0xbe, 0xc5);
const QColor positive(0x2e, 0x7d, 0x32);
const QColor forwarded(0x15, 0x65, 0xc0);

} // namespace

// ---- Pictures stamped many times ----

namespace {

void paintScreen(QPainter *painter, QSizeF size)
{
    // A monitor on a stand: the picture of a host every student recognises.
    const qreal w = size.width();
    const qreal h = size.height();
    const QRectF body(-w / 2, -h / 2, w, h * 0.74);
    painter->setPen(QPen(TopologyColors::hostEdge(), 1.6));
    painter->setBrush(hostFill);
    painter->drawRoundedRect(body, 3, 3);
    painter->setPen(Qt::NoPen);
    painter->setBrush(hostScreen);
    painter->drawRect(body.adjusted(4, 4, -4, -4));
    painter->setBrush(TopologyColors::hostEdge());
    painter->drawRect(QRectF(-1.5, body.bottom(), 3, h / 2 - body.bottom() - 2.5));
    painter->drawRoundedRect(QRectF(-w * 0.28, h / 2 - 3, w * 0.56, 3), 1, 1);
}

void paintDot(QPainter *painter, QSizeF size, bool prominent)
{
    painter->setPen(QPen(prominent ? Qt::white : TopologyColors::hostEdge(), 1));
    painter->setBrush(prominent ? TopologyColors::hostEdge() : dotFill);
    painter->drawRoundedRect(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height()),
                             size.width() / 4, size.height() / 4);
}

void paintEnvelope(QPainter *painter, QSizeF size, const QColor &color, bool picked)
{
    const QRectF r(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    if (picked) {
        painter->setPen(QPen(Palette::highlight(), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-2.5, -2.5, 2.5, 2.5), 3, 3);
    }
    painter->setPen(QPen(color.darker(150), 1));
    painter->setBrush(color);
    painter->drawRect(r);
    // The flap: what makes it read as a letter.
    painter->setPen(QPen(Qt::white, 1.2));
    painter->drawPolyline(QPolygonF{r.topLeft() + QPointF(1, 1), QPointF(0, r.center().y() + r.height() * 0.12),
                                    r.topRight() + QPointF(-1, 1)});
}

QColor signColor(MarkField::Sign sign)
{
    switch (sign) {
    case MarkField::Sign::Positive: return positive;
    case MarkField::Sign::Forwarded: return forwarded;
    case MarkField::Sign::Negative: break;
    }
    return Palette::muted();
}

void paintSign(QPainter *painter, qreal d, MarkField::Sign sign)
{
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(signColor(sign));
    painter->drawEllipse(QPointF(0, 0), d / 2, d / 2);
    QPainterPath symbol;
    switch (sign) {
    case MarkField::Sign::Positive:
        symbol.moveTo(-0.26 * d, 0.0);
        symbol.lineTo(-0.07 * d, 0.2 * d);
        symbol.lineTo(0.27 * d, -0.2 * d);
        break;
    case MarkField::Sign::Negative:
        symbol.moveTo(-0.2 * d, -0.2 * d);
        symbol.lineTo(0.2 * d, 0.2 * d);
        symbol.moveTo(-0.2 * d, 0.2 * d);
        symbol.lineTo(0.2 * d, -0.2 * d);
        break;
    case MarkField::Sign::Forwarded:
        symbol.moveTo(-0.27 * d, 0);
        symbol.lineTo(0.25 * d, 0);
        symbol.moveTo(0.05 * d, -0.19 * d);
        symbol.lineTo(0.26 * d, 0);
        symbol.lineTo(0.05 * d, 0.19 * d);
        break;
    }
    painter->setPen(QPen(Qt::white, qMax(1.5, d / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(symbol);
}

} // namespace

const QPixmap &Stamps::get(const QString &key, QSizeF size, qreal viewScale, const QPainter *painter, const Painting &paint)
{
    // The picture is made for the view's scale and the screen's pixel ratio.
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal scale = viewScale * dpr;
    if (!qFuzzyCompare(scale, m_scale)) {
        m_pixmaps.clear();
        m_scale = scale;
    }
    auto it = m_pixmaps.find(key);
    if (it == m_pixmaps.end()) {
        const QSize pixels(qCeil((size.width() + 8) * scale), qCeil((size.height() + 8) * scale));
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            p.setRenderHints(QPainter::Antialiasing);
            p.translate(pixels.width() / 2.0, pixels.height() / 2.0);
            p.scale(scale, scale);
            paint(&p);
        }
        pixmap.setDevicePixelRatio(dpr);
        it = m_pixmaps.insert(key, pixmap);
    }
    return *it;
}

void Stamps::draw(QPainter *painter, const QPixmap &pixmap, const QList<QPointF> &points)
{
    const QTransform world = painter->worldTransform();
    const QSizeF half = pixmap.deviceIndependentSize() / 2;
    painter->save();
    painter->resetTransform();
    for (const QPointF &point : points) {
        const QPointF at = world.map(point) - QPointF(half.width(), half.height());
        painter->drawPixmap(QPoint(qRound(at.x()), qRound(at.y())), pixmap);
    }
    painter->restore();
}

// ---- FieldItem ----

void FieldItem::setMaxScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_maxScale))
        return;
    m_maxScale = scale;
    update();
}

qreal FieldItem::glyphScale(const QPainter *painter) const
{
    // The view only scales (and moves): its horizontal factor is its scale.
    return qMin(painter->worldTransform().m11(), m_maxScale);
}

// ---- HostField ----

HostField::HostField(const QList<Host> &hosts, Look look, QSizeF size, const QRectF &area)
    : FieldItem(area), m_hosts(hosts), m_look(look), m_size(size)
{
    setAcceptHoverEvents(true);
}

void HostField::setHoverHandler(std::function<void(const QString &, bool)> handler)
{
    m_hover = std::move(handler);
}

void HostField::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const qreal scale = glyphScale(painter);
    QList<QPointF> plain;
    QList<QPointF> prominent;
    for (const Host &host : std::as_const(m_hosts))
        (host.prominent && m_look == Look::Dot ? prominent : plain).append(host.centre);
    if (m_look == Look::Screen) {
        const QSizeF size = m_size;
        Stamps::draw(painter, m_stamps.get(QStringLiteral("screen"), size, scale, painter, [size](QPainter *p) { paintScreen(p, size); }),
                     plain);
        return;
    }
    const QSizeF size = m_size;
    const QSizeF large = m_size * 1.4;
    Stamps::draw(painter, m_stamps.get(QStringLiteral("dot"), size, scale, painter, [size](QPainter *p) { paintDot(p, size, false); }),
                 plain);
    Stamps::draw(painter,
                 m_stamps.get(QStringLiteral("prominent"), large, scale, painter, [large](QPainter *p) { paintDot(p, large, true); }),
                 prominent);
}

int HostField::hostAt(QPointF point) const
{
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (QRectF(m_hosts.at(i).centre - QPointF(m_size.width() / 2, m_size.height() / 2), m_size).contains(point))
            return i;
    }
    return -1;
}

void HostField::setHovered(int host)
{
    if (host == m_hovered)
        return;
    if (m_hovered >= 0 && m_hover)
        m_hover(m_hosts.at(m_hovered).station, false);
    m_hovered = host;
    setToolTip(host >= 0 ? m_hosts.at(host).toolTip : QString());
    if (host >= 0 && m_hover)
        m_hover(m_hosts.at(host).station, true);
}

void HostField::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setHovered(hostAt(event->pos()));
    QGraphicsItem::hoverMoveEvent(event);
}

void HostField::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    setHovered(-1);
    QGraphicsItem::hoverLeaveEvent(event);
}

// ---- LinkField ----

LinkField::LinkField(const QList<Link> &links) : FieldItem(QRectF()), m_links(links), m_lit(links.size(), false)
{
    for (const Link &link : links)
        m_area = m_area.united(QRectF(link.line.p1(), link.line.p2()).normalized());
    m_area.adjust(-4, -4, 4, 4);
}

void LinkField::setLit(const QList<int> &links, const QColor &color)
{
    m_lit.fill(false);
    for (int i : links) {
        if (i >= 0 && i < m_lit.size())
            m_lit[i] = true;
    }
    m_color = color;
    m_picture = QImage();
    update();
}

void LinkField::drawLinks(QPainter *painter, qreal widthScale) const
{
    // The pens are cosmetic: zoomed in, the lines keep their width.
    const auto pen = [widthScale](const QColor &color, qreal width, Qt::PenCapStyle cap = Qt::SquareCap) {
        QPen p(color, width * widthScale, Qt::SolidLine, cap);
        p.setCosmetic(true);
        return p;
    };
    // One call per pen: hundreds of links cost little more than a few.
    QList<QLineF> thin;
    QList<QLineF> strong;
    QList<QLineF> litThin;
    QList<QLineF> litStrong;
    for (int i = 0; i < m_links.size(); ++i) {
        const Link &link = m_links.at(i);
        if (m_lit.at(i))
            (link.strong ? litStrong : litThin).append(link.line);
        else
            (link.strong ? strong : thin).append(link.line);
    }
    painter->setPen(pen(QColor(0xb0, 0xbe, 0xc5), 1));
    painter->drawLines(thin);
    painter->setPen(pen(QColor(0x90, 0xa4, 0xae), 2));
    painter->drawLines(strong);
    painter->setPen(pen(m_color, 2.5, Qt::RoundCap));
    painter->drawLines(litThin);
    painter->setPen(pen(m_color, 5, Qt::RoundCap));
    painter->drawLines(litStrong);
}

void LinkField::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QTransform world = painter->worldTransform();
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const qreal scale = world.m11() * dpr;
    // Zoomed far in, a picture of every link would be huge, and most of it out of sight.
    const qreal pixels = m_area.width() * m_area.height() * scale * scale;
    const qreal widthScale = glyphScale(painter) * dpr * Palette::strokeScale();
    if (m_links.size() <= maxDrawnLinks || pixels > maxPicturePixels) {
        drawLinks(painter, widthScale);
        return;
    }
    // Hundreds of antialiased lines take milliseconds to draw, and they change only from step to
    // step: they are drawn once into a picture, which each animation frame copies. Nothing lies
    // under the links but the white ground, so the picture is opaque: copying it costs least.
    if (m_picture.isNull() || !qFuzzyCompare(scale, m_pictureScale) || !qFuzzyCompare(widthScale, m_pictureWidth)) {
        m_pictureScale = scale;
        m_pictureWidth = widthScale;
        m_picture = QImage(qCeil(m_area.width() * scale), qCeil(m_area.height() * scale), QImage::Format_RGB32);
        m_picture.fill(Qt::white);
        QPainter p(&m_picture);
        p.setRenderHints(painter->renderHints());
        p.scale(scale, scale);
        p.translate(-m_area.topLeft());
        drawLinks(&p, widthScale);
        p.end();
        m_picture.setDevicePixelRatio(dpr);
    }
    const QPointF at = world.map(m_area.topLeft());
    painter->save();
    painter->resetTransform();
    painter->drawImage(QPoint(qRound(at.x()), qRound(at.y())), m_picture);
    painter->restore();
}

// ---- EnvelopeField ----

EnvelopeField::EnvelopeField(QSizeF small, QSizeF large, const QRectF &area) : FieldItem(area), m_small(small), m_large(large)
{
}

void EnvelopeField::setFrames(const QList<Frame> &frames)
{
    m_frames = frames;
    update();
}

void EnvelopeField::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // The frames of a step share a colour: they fall into a few groups, one picture each.
    struct Group
    {
        const Frame *style;
        QList<QPointF> points;
    };
    QList<Group> groups;
    for (const Frame &frame : std::as_const(m_frames)) {
        auto group = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.style->color == frame.color && g.style->large == frame.large && g.style->picked == frame.picked;
        });
        if (group == groups.end())
            group = groups.insert(groups.end(), Group{&frame, {}});
        group->points.append(frame.at);
    }
    const qreal scale = glyphScale(painter);
    for (const Group &group : std::as_const(groups)) {
        const Frame &style = *group.style;
        const QSizeF size = style.large ? m_large : m_small;
        const QString key = QStringLiteral("%1 %2 %3").arg(style.color.rgba()).arg(style.large).arg(style.picked);
        Stamps::draw(painter,
                     m_stamps.get(key, size, scale, painter, [&](QPainter *p) { paintEnvelope(p, size, style.color, style.picked); }),
                     group.points);
    }
}

// ---- MarkField ----

MarkField::MarkField(qreal small, qreal large, const QRectF &area)
    : FieldItem(area), m_small(small), m_large(large), m_font(TopologyFonts::noteBold())
{
}

void MarkField::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    update();
}

void MarkField::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Drawn untransformed: the marks and words grow with the view only up to the limit.
    const qreal scale = glyphScale(painter);
    const QTransform world = painter->worldTransform();
    const auto centre = [&](const Mark &mark) { return world.map(mark.at) + mark.offset * scale; };
    QFont font = m_font;
    font.setPointSizeF(m_font.pointSizeF() * scale);
    const QFontMetricsF metrics(font);
    painter->save();
    painter->resetTransform();
    for (const Sign sign : {Sign::Negative, Sign::Positive, Sign::Forwarded}) {
        for (const bool large : {false, true}) {
            const qreal d = large ? m_large : m_small;
            const QString key = QStringLiteral("%1 %2").arg(int(sign)).arg(large);
            const QPixmap *picture = nullptr;
            for (const Mark &mark : std::as_const(m_marks)) {
                if (mark.sign != sign || mark.large != large)
                    continue;
                if (!picture)
                    picture = &m_stamps.get(key, QSizeF(d, d), scale, painter, [d, sign](QPainter *p) { paintSign(p, d, sign); });
                const QPointF at = centre(mark) - QPointF(picture->deviceIndependentSize().width(),
                                                          picture->deviceIndependentSize().height()) / 2;
                painter->drawPixmap(QPoint(qRound(at.x()), qRound(at.y())), *picture);
            }
        }
    }
    painter->setFont(font);
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.word.isEmpty())
            continue;
        const qreal d = (mark.large ? m_large : m_small) * scale;
        const QPointF at = centre(mark);
        const qreal width = metrics.horizontalAdvance(mark.word) + 6 * scale;
        const QRectF text(at.x() + (mark.wordOnLeft ? -d / 2 - 3 * scale - width : d / 2 + 3 * scale),
                          at.y() - metrics.height() / 2, width, metrics.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(TopologyColors::backing());
        painter->drawRoundedRect(text, 3, 3);
        painter->setPen(mark.sign == Sign::Negative ? Palette::muted().darker(140) : signColor(mark.sign));
        painter->drawText(text, Qt::AlignCenter, mark.word);
    }
    painter->restore();
}

} // namespace NetSteps
