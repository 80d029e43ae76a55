#pragma once

#include "tcpstate.h"

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include <optional>

// Where everything of the TCP state diagram sits: the boxes of RFC 9293 Figure 5 and the route
// of each arrow between them. Pure geometry, in scene units; StateDiagramView draws it.
namespace NetSteps::StateDiagramLayout {

using S = TcpState;

// The figure's geometry in scene units. The scene is sized so that, fitted into a view of about
// 500x450 pixels, the state names still read at 11 pt or more.
inline constexpr qreal sceneWidth = 618;
inline constexpr qreal sceneHeight = 560;
inline constexpr qreal boxWidth = 136;
inline constexpr qreal boxHeight = 34;
inline constexpr qreal halfWidth = boxWidth / 2;
inline constexpr qreal halfHeight = boxHeight / 2;
inline constexpr qreal boxTextPoints = 14;
inline constexpr qreal labelPoints = 9;
inline constexpr qreal smallestLabelPoints = 7;
inline constexpr qreal badgePoints = 8.5;

// Columns: active side (left), centre, passive side (right); TIME-WAIT sits between the first two.
inline constexpr qreal colLeft = 97;
inline constexpr qreal colCentre = 297;
inline constexpr qreal colRight = 497;
inline constexpr qreal colTimeWait = (colLeft + colCentre) / 2;

inline constexpr qreal row0 = 57;  // CLOSED
inline constexpr qreal row1 = 130; // LISTEN
inline constexpr qreal row2 = 213; // SYN-RECEIVED, SYN-SENT
inline constexpr qreal row3 = 283; // ESTABLISHED
inline constexpr qreal row4 = 381; // FIN-WAIT-1, CLOSE-WAIT
inline constexpr qreal row5 = 453; // FIN-WAIT-2, CLOSING, LAST-ACK
inline constexpr qreal row6 = 525; // TIME-WAIT

// The tracks by which long edges return to CLOSED: down the outer sides, then across the top.
inline constexpr qreal trackLeftMain = 10;
inline constexpr qreal trackLeftMuted = 21;
inline constexpr qreal trackRightMuted = 584;
inline constexpr qreal trackRightMain = 596;
inline constexpr qreal trackRightOuter = 608;
inline constexpr qreal laneOuter = 8;
inline constexpr qreal laneMain = 18;
inline constexpr qreal laneInner = 28;
inline constexpr qreal handshakeLane = row2 - 36;   // LISTEN down to the SYN states
inline constexpr qreal synReceivedJog = row2 + 49;   // SYN-RECEIVED to the gap, under its label to ESTABLISHED
inline constexpr qreal underEstablished = row3 + 45; // SYN-RECEIVED across to CLOSE-WAIT
inline constexpr qreal gapLeft = 200;                // between the left and the centre column
inline constexpr qreal activeCloseLane = 205;        // FIN-WAIT-1 down to TIME-WAIT
inline constexpr qreal closingLane = 400;            // FIN-WAIT-1 round to CLOSING

// The legend of the grey arrows: the top left corner, above the tracks that enter CLOSED.
inline constexpr qreal legendLeft = trackLeftMuted + 10;
inline constexpr qreal legendBottom = row0 - 10;

inline constexpr qreal arrowLength = 9;
inline constexpr qreal arrowHalfWidth = 4.5;
inline constexpr qreal cornerRadius = 7;

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

QPointF centreOf(TcpState state);
QRectF boxRect(TcpState state);
// The hand-laid route of Figure 5 for this pair, else a straight arrow between the two boxes,
// so a new table row always gets an arrow.
Route route(TcpState from, TcpState to);
QPointF unit(QPointF v);
// A polyline with its corners rounded.
QPainterPath roundedPolyline(const QList<QPointF> &points);

} // namespace NetSteps::StateDiagramLayout
