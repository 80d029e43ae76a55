#pragma once

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <QtNumeric>

class QGraphicsScene;
class QGraphicsSimpleTextItem;

// The ladder diagram's drawing primitives: texts on a white backing that keep to the room they
// are given (elided, with the whole text as their tooltip, when it is too narrow), arrowheads,
// crosses, and the times written under the step numbers.
namespace NetSteps::LadderGraphics {

// The horizontal room a text may take: it is moved into it, and elided if it is wider.
struct Room
{
    qreal left = -qInf();
    qreal right = qInf();
};

// Each line of the text elided to the width; the result fits whatever the font.
QString elided(const QString &text, const QFont &font, qreal width);

// Adds a text at the anchor (which point of the text sits on it: the alignment), kept to the
// room. A text that had to be elided carries the whole of it as its tooltip.
QGraphicsSimpleTextItem *addText(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &color,
                                 QPointF anchor, Qt::Alignment align, Room room = {});
// Moves a text to another anchor, as addText placed it.
void placeText(QGraphicsSimpleTextItem *item, QPointF anchor, Qt::Alignment align, Room room = {});

// A filled arrowhead with its tip at `tip`, pointing along `angle` (radians).
QPainterPath arrowHead(QPointF tip, qreal angle, qreal size);

// An X centred on `centre`, `size` from the centre to each end: where a frame was lost or dropped.
QPainterPath cross(QPointF centre, qreal size);

// A step's simulated time as the ladder writes it: "12 ms", "3.361 s", or a clock's "2:00:10".
QString stepTime(qint64 ms);

// The measures and item data keys that both halves of LadderView use (ladderview.cpp draws the
// rows and arrows, ladderlifelines.cpp the lifelines and the texts beside them).
namespace Layout {

constexpr qreal headerHeight = 80; // two lifelines: their boxes
constexpr qreal rowHeight = 62;
constexpr qreal gutter = 38;       // step numbers (the times under them may reach further)
constexpr qreal stateColumn = 140; // state names beside a lifeline (SYN-RECEIVED in full)
constexpr qreal margin = 6;        // between a text and the scene's edge or the gutter's text
// The keys of QGraphicsItem::data: the item's LadderView::ItemType, the transmission (or real
// segment) it draws, the endpoint whose state it writes.
constexpr int dataType = 0;
constexpr int dataTransmission = 1;
constexpr int dataEndpoint = 2;

} // namespace Layout

} // namespace NetSteps::LadderGraphics
