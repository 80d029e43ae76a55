#include "laddergraphics.h"

#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QStringList>
#include <QtMath>

namespace NetSteps::LadderGraphics {

QString elided(const QString &text, const QFont &font, qreal width)
{
    if (qIsInf(width))
        return text;
    const QFontMetricsF metrics(font);
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        const QString whole = line;
        // Shaping can make the elided text a little wider than asked: ask for less until it fits.
        for (int attempt = 0; attempt < 8 && metrics.horizontalAdvance(line) > width; ++attempt)
            line = metrics.elidedText(whole, Qt::ElideRight, width - attempt * 3);
    }
    return lines.join(u'\n');
}

QGraphicsSimpleTextItem *addText(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &color,
                                 QPointF anchor, Qt::Alignment align, Room room)
{
    auto *item = new QGraphicsSimpleTextItem(elided(text, font, room.right - room.left));
    item->setFont(font);
    item->setBrush(color);
    if (item->text() != text)
        item->setToolTip(text);
    // The white backing keeps the text readable over the lines it crosses, and moves with it.
    auto *backing = new QGraphicsRectItem(item->boundingRect().adjusted(-3, -1, 3, 1), item);
    backing->setPen(Qt::NoPen);
    backing->setBrush(QColor(255, 255, 255, 225));
    backing->setFlag(QGraphicsItem::ItemStacksBehindParent);
    item->setZValue(4);
    placeText(item, anchor, align, room);
    scene->addItem(item);
    return item;
}

void placeText(QGraphicsSimpleTextItem *item, QPointF anchor, Qt::Alignment align, Room room)
{
    const QRectF r = item->boundingRect();
    QPointF pos = anchor;
    if (align & Qt::AlignRight)
        pos.rx() -= r.width();
    else if (align & Qt::AlignHCenter)
        pos.rx() -= r.width() / 2;
    pos.rx() = qMax(room.left, qMin(pos.x(), room.right - r.width()));
    if (align & Qt::AlignBottom)
        pos.ry() -= r.height();
    else if (align & Qt::AlignVCenter)
        pos.ry() -= r.height() / 2;
    item->setPos(pos);
}

QPainterPath arrowHead(QPointF tip, qreal angle, qreal size)
{
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip - QPointF(qCos(angle - 0.4) * size, qSin(angle - 0.4) * size));
    head.lineTo(tip - QPointF(qCos(angle + 0.4) * size, qSin(angle + 0.4) * size));
    head.closeSubpath();
    return head;
}

QPainterPath cross(QPointF centre, qreal size)
{
    QPainterPath path;
    path.moveTo(centre + QPointF(-size, -size));
    path.lineTo(centre + QPointF(size, size));
    path.moveTo(centre + QPointF(-size, size));
    path.lineTo(centre + QPointF(size, -size));
    return path;
}

QString stepTime(qint64 ms)
{
    if (ms < 10000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 1000 * 1000)
        return QStringLiteral("%1 s").arg(QString::number(ms / 1000.0, 'f', 3));
    // Hours of simulated time, as a clock reads them.
    return QStringLiteral("%1:%2:%3")
        .arg(ms / 3600000)
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace NetSteps::LadderGraphics
