#include "statediagramlayout.h"

#include <QtMath>

namespace NetSteps::StateDiagramLayout {

QPointF centreOf(TcpState state)
{
    switch (state) {
    case S::Closed: return {colCentre, row0};
    case S::Listen: return {colCentre, row1};
    case S::SynReceived: return {colLeft, row2};
    case S::SynSent: return {colRight, row2};
    case S::Established: return {colCentre, row3};
    case S::FinWait1: return {colLeft, row4};
    case S::CloseWait: return {colRight, row4};
    case S::FinWait2: return {colLeft, row5};
    case S::Closing: return {colCentre, row5};
    case S::LastAck: return {colRight, row5};
    case S::TimeWait: return {colTimeWait, row6};
    }
    return {};
}

QRectF boxRect(TcpState state)
{
    const QPointF c = centreOf(state);
    return QRectF(c.x() - halfWidth, c.y() - halfHeight, boxWidth, boxHeight);
}

namespace {

// Points on a box's border, offset from the middle of that side.
QPointF top(TcpState s, qreal dx = 0) { return centreOf(s) + QPointF(dx, -halfHeight); }
QPointF bottom(TcpState s, qreal dx = 0) { return centreOf(s) + QPointF(dx, halfHeight); }
QPointF left(TcpState s, qreal dy = 0) { return centreOf(s) + QPointF(-halfWidth, dy); }
QPointF right(TcpState s, qreal dy = 0) { return centreOf(s) + QPointF(halfWidth, dy); }

constexpr int pairKey(TcpState from, TcpState to)
{
    return int(from) * 16 + int(to);
}

// The hand-laid routes of RFC 9293 Figure 5 (plus the transitions the figure leaves out). A pair
// without a route here is drawn as a straight line, so a new table row always gets an arrow.
std::optional<Route> figureRoute(TcpState from, TcpState to)
{
    const qreal closedListenMid = (row0 + row1) / 2;
    const qreal midRow45 = (row4 + row5) / 2 - 2; // a little nearer the upper row: badges sit on the lower one
    const qreal midRow56 = (row5 + row6) / 2;
    const Qt::Alignment rightMid = Qt::AlignRight | Qt::AlignVCenter;
    const Qt::Alignment leftMid = Qt::AlignLeft | Qt::AlignVCenter;
    const Qt::Alignment above = Qt::AlignHCenter | Qt::AlignBottom;

    switch (pairKey(from, to)) {
    // Opening.
    case pairKey(S::Closed, S::Listen):
        return Route{{bottom(S::Closed, -25), top(S::Listen, -25)}, {colCentre - 31, closedListenMid}, rightMid};
    case pairKey(S::Listen, S::Closed):
        return Route{{top(S::Listen, 25), bottom(S::Closed, 25)}, {colCentre + 31, closedListenMid}, leftMid};
    case pairKey(S::Closed, S::SynSent):
        return Route{{right(S::Closed, -6), {colRight + 45, row0 - 6}, top(S::SynSent, 45)},
                     {(colCentre + halfWidth + colRight + 45) / 2, row0 - 9}, above};
    case pairKey(S::SynSent, S::Closed):
        return Route{{top(S::SynSent, 0), {colRight, row0 + 8}, right(S::Closed, 8)},
                     {colRight - 6, (row0 + 8 + handshakeLane) / 2}, rightMid};
    case pairKey(S::Listen, S::SynSent):
        return Route{{bottom(S::Listen, 45), {colCentre + 45, handshakeLane}, {colRight - 45, handshakeLane},
                      top(S::SynSent, -45)},
                     {(colCentre + colRight) / 2, handshakeLane - 3}, above};
    case pairKey(S::Listen, S::SynReceived):
        return Route{{bottom(S::Listen, -45), {colCentre - 45, handshakeLane}, {colLeft + 45, handshakeLane},
                      top(S::SynReceived, 45)},
                     {(colCentre + colLeft) / 2, handshakeLane - 3}, above};
    case pairKey(S::SynReceived, S::Listen):
        return Route{{top(S::SynReceived, -30), {colLeft - 30, row1}, left(S::Listen, 0)},
                     {(colLeft - 30 + colCentre - halfWidth) / 2, row1 - 3}, above};
    case pairKey(S::SynSent, S::SynReceived):
        return Route{{left(S::SynSent, -8), right(S::SynReceived, -8)}, {colCentre, row2 - 11}, above};
    // Two lines of label (the handshake's ACK, a simultaneous open's SYN,ACK) sit in the corner,
    // above the jog of SYN-RECEIVED -> CLOSE-WAIT.
    case pairKey(S::SynReceived, S::Established):
        return Route{{right(S::SynReceived, 6), {colCentre - 17, row2 + 6}, top(S::Established, -17)},
                     {colCentre - 23, row2 + 9}, Qt::AlignRight | Qt::AlignTop,
                     colCentre - 23 - (colLeft + halfWidth) - 6};
    case pairKey(S::SynSent, S::Established):
        return Route{{left(S::SynSent, 6), {colCentre + 30, row2 + 6}, top(S::Established, 30)},
                     {colCentre + 36, row2 + halfHeight + 3}, Qt::AlignLeft | Qt::AlignTop};

    // Leaving SYN-RECEIVED and ESTABLISHED.
    case pairKey(S::SynReceived, S::FinWait1):
        return Route{{bottom(S::SynReceived, -52), top(S::FinWait1, -52)}, {colLeft - 46, row3 + 7}, leftMid};
    case pairKey(S::SynReceived, S::CloseWait):
        return Route{{bottom(S::SynReceived, 60), {colLeft + 60, synReceivedJog}, {gapLeft, synReceivedJog},
                      {gapLeft, underEstablished}, {colRight - 55, underEstablished}, top(S::CloseWait, -55)},
                     {colCentre + 20, underEstablished - 3}, above};
    case pairKey(S::Established, S::FinWait1): {
        const QPointF a = bottom(S::Established, -30);
        const QPointF b = top(S::FinWait1, 55);
        const qreal y = underEstablished + 14;
        const qreal x = a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y());
        return Route{{a, b}, {x + 8, y}, leftMid};
    }
    case pairKey(S::Established, S::CloseWait):
        return Route{{right(S::Established, 12), {colRight - 22, row3 + 12}, top(S::CloseWait, -22)},
                     {colRight - 28, row3 + 15}, Qt::AlignRight | Qt::AlignTop,
                     colRight - 28 - (colCentre + halfWidth) - 6};

    // Closing.
    case pairKey(S::FinWait1, S::FinWait2):
        return Route{{bottom(S::FinWait1, 0), top(S::FinWait2, 0)}, {colLeft + 6, midRow45}, leftMid,
                     activeCloseLane - colLeft - 18};
    case pairKey(S::FinWait1, S::Closing):
        return Route{{right(S::FinWait1, -6), {closingLane, row4 - 6}, {closingLane, row5}, right(S::Closing, 0)},
                     {(colLeft + halfWidth + closingLane) / 2, row4 - 9}, above};
    case pairKey(S::FinWait1, S::TimeWait):
        return Route{{right(S::FinWait1, 8), {activeCloseLane, row4 + 8},
                      top(S::TimeWait, activeCloseLane - colTimeWait)},
                     {activeCloseLane + 6, midRow45}, leftMid, closingLane - activeCloseLane - 18};
    case pairKey(S::FinWait2, S::TimeWait):
        return Route{{bottom(S::FinWait2, 50), top(S::TimeWait, colLeft + 50 - colTimeWait)},
                     {colLeft + 44, row6 - halfHeight - 2}, Qt::AlignRight | Qt::AlignBottom};
    case pairKey(S::Closing, S::TimeWait):
        return Route{{bottom(S::Closing, -50), top(S::TimeWait, colCentre - 50 - colTimeWait)},
                     {colCentre - 44, midRow56}, leftMid};
    case pairKey(S::CloseWait, S::LastAck):
        return Route{{bottom(S::CloseWait, 30), top(S::LastAck, 30)}, {colRight + 24, midRow45}, rightMid,
                     colRight + 24 - closingLane - 7};
    case pairKey(S::LastAck, S::Closed):
        return Route{{bottom(S::LastAck, 45), {colRight + 45, row5 + 30}, {trackRightMain, row5 + 30},
                      {trackRightMain, laneMain}, {colCentre + 35, laneMain}, top(S::Closed, 35)},
                     {colRight + 39, row5 + 20}, Qt::AlignRight | Qt::AlignTop};
    case pairKey(S::TimeWait, S::Closed):
        return Route{{left(S::TimeWait, 0), {trackLeftMain, row6}, {trackLeftMain, row0 - 7}, left(S::Closed, -7)},
                     {trackLeftMain + 10, row6 + 3}, Qt::AlignLeft | Qt::AlignTop};

    // Resets and aborts, gathered on the side tracks.
    case pairKey(S::SynReceived, S::Closed):
        return Route{{left(S::SynReceived, 8), {trackLeftMuted, row2 + 8}, {trackLeftMuted, row0 + 7},
                      left(S::Closed, 7)},
                     {colLeft - 46, row2 + halfHeight + 3}, Qt::AlignLeft | Qt::AlignTop};
    case pairKey(S::FinWait1, S::Closed):
        return Route{{left(S::FinWait1, 0), {trackLeftMuted, row4}, {trackLeftMuted, row0 + 7}, left(S::Closed, 7)},
                     {colLeft - 46, row4 - halfHeight - 3}, Qt::AlignLeft | Qt::AlignBottom};
    case pairKey(S::FinWait2, S::Closed):
        return Route{{left(S::FinWait2, 0), {trackLeftMuted, row5}, {trackLeftMuted, row0 + 7}, left(S::Closed, 7)},
                     {colLeft - 46, row5 + halfHeight + 3}, Qt::AlignLeft | Qt::AlignTop};
    // Low on ESTABLISHED's side, so that two lines of label fit under the label of SYN-SENT -> ESTABLISHED.
    case pairKey(S::Established, S::Closed):
        return Route{{right(S::Established, 2), {trackRightMuted, row3 + 2}, {trackRightMuted, laneInner},
                      {colCentre + 55, laneInner}, top(S::Closed, 55)},
                     {trackRightMuted - 6, row3 - 1}, Qt::AlignRight | Qt::AlignBottom};
    case pairKey(S::CloseWait, S::Closed):
        return Route{{right(S::CloseWait, 0), {trackRightMuted, row4}, {trackRightMuted, laneInner},
                      {colCentre + 55, laneInner}, top(S::Closed, 55)},
                     {trackRightMuted - 6, row4 - halfHeight - 3}, Qt::AlignRight | Qt::AlignBottom};
    case pairKey(S::Closing, S::Closed):
        return Route{{bottom(S::Closing, 62), {colCentre + 62, row6}, {trackRightOuter, row6},
                      {trackRightOuter, laneOuter}, {colCentre + 15, laneOuter}, top(S::Closed, 15)},
                     {colCentre + 68, row6 - 3}, Qt::AlignLeft | Qt::AlignBottom};
    default: break;
    }
    return std::nullopt;
}

// Where the segment from a box's centre towards a point leaves the box.
QPointF borderPoint(const QRectF &rect, QPointF towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? qInf() : (rect.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? qInf() : (rect.height() / 2) / qAbs(d.y());
    return c + d * qMin(sx, sy);
}

Route straightRoute(TcpState from, TcpState to)
{
    const QRectF a = boxRect(from);
    const QRectF b = boxRect(to);
    const QPointF start = borderPoint(a, b.center());
    const QPointF end = borderPoint(b, a.center());
    return Route{{start, end}, (start + end) / 2 + QPointF(6, 0), Qt::AlignLeft | Qt::AlignVCenter};
}

} // namespace

QPointF unit(QPointF v)
{
    const qreal length = qSqrt(QPointF::dotProduct(v, v));
    return length > 0 ? v / length : QPointF();
}

QPainterPath roundedPolyline(const QList<QPointF> &points)
{
    QPainterPath path(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF corner = points.at(i);
        const QPointF in = corner - points.at(i - 1);
        const QPointF out = points.at(i + 1) - corner;
        const qreal inLength = qSqrt(QPointF::dotProduct(in, in));
        const qreal outLength = qSqrt(QPointF::dotProduct(out, out));
        const qreal r = qMin(cornerRadius, qMin(inLength, outLength) / 2);
        path.lineTo(corner - unit(in) * r);
        path.quadTo(corner, corner + unit(out) * r);
    }
    path.lineTo(points.last());
    return path;
}

Route route(TcpState from, TcpState to)
{
    return figureRoute(from, to).value_or(straightRoute(from, to));
}

} // namespace NetSteps::StateDiagramLayout
