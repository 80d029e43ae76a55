// LadderView, second half: the lifelines (their layout, boxes and the names kept at the top) and
// what is written beside them: states, calls, drop notes and accept queues. Rows and arrows: ladderview.cpp.
#include "ladderview.h"

#include "laddergraphics.h"
#include "narrator.h"
#include "palette.h"
#include "scenario.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>

#include <algorithm>

namespace NetSteps {

using namespace LadderGraphics::Layout;
using LadderGraphics::addText;
using LadderGraphics::Room;

namespace {

constexpr qreal besideLifeline = 8; // between a lifeline and the texts written beside it
// More than two lifelines: smaller boxes, at least this far apart (else the scene scrolls sideways).
constexpr qreal compactBoxHeight = 42;
constexpr qreal minimumLifelineGap = 56;
constexpr qreal stickyHeight = 22; // the lifelines' names kept at the top of the view

// "accept queue 1/2": connections waiting for accept(), of the most the queue holds.
QString acceptQueueText(int queued, int capacity)
{
    return LadderView::tr("accept queue %1/%2", "connections waiting for accept() / the most the queue holds")
        .arg(queued)
        .arg(capacity);
}

// Whether an endpoint took a transition in the step.
bool actedIn(const Step &step, const QString &endpoint)
{
    return std::any_of(step.transitions.cbegin(), step.transitions.cend(),
                       [&](const TransitionRecord &record) { return record.endpoint == endpoint; });
}

} // namespace

int LadderView::lifelineIndex(const QString &endpoint) const
{
    return m_scenario ? int(m_scenario->endpointNames.indexOf(m_scenario->lifeline(endpoint))) : -1;
}

qreal LadderView::lifelineX(const QString &endpoint) const
{
    return m_lifelineX.value(qMax(0, lifelineIndex(endpoint)), m_leftX);
}

// Two lifelines keep the classic layout: each one's texts on its outer side, in a column wide
// enough for any state. More are spread across the width, each writing on its left but the last
// (a server's, on its right), in the largest type down to 10 pt that lets the widest state fit
// between two lifelines; narrower still, a state may reach past the lifeline to its left.
void LadderView::layoutLifelines()
{
    m_stateFont = Palette::viewFont(11, true);
    m_callFont = Palette::viewFont(10.5);
    m_headerHeight = headerHeight;
    m_headerRows = 1;
    const int count = int(m_scenario->endpointNames.size());
    if (count <= 2) {
        m_lifelineX = {gutter + stateColumn, m_width - stateColumn};
        return;
    }
    // The states each side will write, and the accept queue's box beside the last lifeline.
    QList<TcpState> leftStates;
    QList<TcpState> lastStates;
    QString widestQueue;
    for (const Step &step : m_scenario->steps) {
        for (const TcpControlBlock &tcb : step.state.endpoints) {
            QList<TcpState> &states = writesLeft(lifelineIndex(tcb.name)) ? leftStates : lastStates;
            if (!states.contains(tcb.state))
                states.append(tcb.state);
        }
        for (const ListenQueue &queue : step.state.listenQueues)
            if (!writesLeft(lifelineIndex(queue.listener)))
                widestQueue = acceptQueueText(queue.capacity(), queue.capacity());
    }
    const auto widest = [](const QList<TcpState> &states, const QFont &font) {
        qreal width = 0;
        for (TcpState state : states)
            width = qMax(width, QFontMetricsF(font).horizontalAdvance(tcpStateName(state)));
        return width;
    };
    const qreal numbers =
        12 + QFontMetricsF(Palette::viewFont(11, true)).horizontalAdvance(QString::number(m_scenario->lastStep())) + margin;
    qreal first = 0;
    qreal gap = 0;
    qreal lastColumn = 0;
    qreal needed = 0;
    for (const qreal points : {11.0, 10.5, 10.0}) {
        m_stateFont = Palette::viewFont(points, true);
        m_callFont = Palette::viewFont(points - 0.5);
        const qreal left = widest(leftStates, m_stateFont);
        const qreal queueBox = QFontMetricsF(Palette::viewFont(points - 1)).horizontalAdvance(widestQueue) + 10;
        lastColumn = besideLifeline + qMax(widest(lastStates, m_stateFont), queueBox) + margin;
        first = numbers + left + besideLifeline;
        gap = (m_width - lastColumn - first) / (count - 1);
        needed = left + 2 * besideLifeline;
        if (gap >= needed)
            break;
    }
    // Room to spare goes to the gaps and the last column alike: there the calls and notes
    // (retransmission timer, dropped: queue full) are longer than the states.
    if (gap > needed) {
        lastColumn += (gap - needed) * (count - 1) / count;
        gap = (m_width - lastColumn - first) / (count - 1);
    }
    if (gap < minimumLifelineGap) {
        gap = minimumLifelineGap;
        m_width = first + (count - 1) * gap + lastColumn;
    }
    m_lifelineX.clear();
    for (int k = 0; k < count; ++k)
        m_lifelineX.append(first + k * gap);
    // The boxes stand in one row if the widest fits between two lifelines, else in two, every
    // other one lower, so that each may be almost twice as wide.
    qreal box = 0;
    for (const TcpControlBlock &tcb : m_scenario->step(0).state.endpoints) {
        box = qMax(box, QFontMetricsF(Palette::viewFont(11.5, true)).horizontalAdvance(label(tcb.name)));
        box = qMax(box, QFontMetricsF(Palette::viewFont(9)).horizontalAdvance(
                            QStringLiteral("%1:%2").arg(tcb.address.toString()).arg(tcb.port)));
    }
    m_headerRows = box + 12 <= gap - 8 ? 1 : 2;
    m_headerHeight = 8 + m_headerRows * (compactBoxHeight + 4) + 2;
}

void LadderView::addLifelines()
{
    const qreal bottom = rowY(m_scenario->lastStep()) + rowHeight / 2;
    const qreal middle = (m_leftX + m_rightX) / 2;
    const WorldState &state = m_scenario->step(m_step).state;
    for (int k = 0; k < m_scenario->endpointNames.size(); ++k) {
        const QString &name = m_scenario->endpointNames.at(k);
        const qreal x = m_lifelineX.at(k);
        const bool left = writesLeft(k);
        const QColor color = Palette::endpointColor(name);
        auto *title = m_scene->addSimpleText(label(name), Palette::viewFont(compact() ? 11.5 : 15, true));
        title->setBrush(color);
        title->setZValue(4);
        QGraphicsSimpleTextItem *address = nullptr;
        const TcpControlBlock *tcb = state.endpoint(name);
        const UdpSocketState *udp = tcb ? nullptr : state.udpSocket(name);
        if (tcb || udp) {
            const QString where = tcb ? QStringLiteral("%1:%2").arg(tcb->address.toString()).arg(tcb->port)
                                      : QStringLiteral("%1:%2 (UDP)").arg(udp->address.toString()).arg(udp->port);
            address = m_scene->addSimpleText(where, Palette::viewFont(compact() ? 9 : 11));
            address->setBrush(Palette::ink());
            address->setZValue(4);
        }
        const qreal textWidth = qMax(title->boundingRect().width(), address ? address->boundingRect().width() : 0.0);
        QRectF box(0, 8, 0, 66);
        if (!compact()) {
            // The box is as wide as its text, centred on the lifeline where there is room, else
            // pushed outwards so the two boxes never meet in the middle.
            box.setWidth(qMax<qreal>(textWidth + 16, 150));
            qreal boxLeft = x - box.width() / 2;
            if (left)
                boxLeft = qMin(boxLeft, middle - 5 - box.width());
            else
                boxLeft = qMax(boxLeft, middle + 5);
            box.moveLeft(boxLeft);
        } else {
            // Centred on the lifeline, its texts elided to what the neighbours leave.
            const qreal gap = m_lifelineX.at(1) - m_lifelineX.at(0);
            box = QRectF(0, 8 + (k % m_headerRows) * (compactBoxHeight + 4),
                         qMin(textWidth + 12, m_headerRows * gap - 8), compactBoxHeight);
            box.moveLeft(qBound(margin, x - box.width() / 2, m_width - margin - box.width()));
            for (QGraphicsSimpleTextItem *text : {title, address}) {
                if (!text)
                    continue;
                const QString whole = text->text();
                text->setText(LadderGraphics::elided(whole, text->font(), box.width() - 8));
                if (text->text() != whole)
                    text->setToolTip(whole);
            }
        }
        title->setData(dataType, HeaderType);
        if (address)
            address->setData(dataType, HeaderType);
        const qreal centre = box.center().x();
        m_scene->addRect(box, QPen(color, 2 * Palette::strokeScale()), Palette::endpointFill(name))->setZValue(2);
        title->setPos(centre - title->boundingRect().width() / 2, box.top() + (compact() ? 3 : 4));
        if (address)
            address->setPos(centre - address->boundingRect().width() / 2, box.top() + (compact() ? 23 : 36));
        m_scene->addLine(QLineF(x, box.bottom(), x, bottom), QPen(color, 3 * Palette::strokeScale()))->setZValue(1);
    }
}

// The room for a text beside a lifeline in a step's row: outwards, between the lifeline and the
// step's number (under the row, its time too), or the scene's edge. In a compact ladder a text
// left of its lifeline may reach past the next lifeline to the left, unless that one has texts
// of its own in the row (`busy`): then it keeps just clear of that lifeline.
Room LadderView::besideRoom(int step, int lifeline, bool below, const QList<int> &busy) const
{
    const qreal x = m_lifelineX.value(qMax(0, lifeline));
    if (!writesLeft(lifeline))
        return Room{x + besideLifeline, m_width - margin};
    qreal left = (below ? qMax(m_numberRight.at(step), m_timeRight.at(step)) : m_numberRight.at(step)) + margin;
    if (lifeline >= 2)
        left = qMax(left, m_lifelineX.at(lifeline - 2) + besideLifeline);
    if (lifeline >= 1 && busy.contains(lifeline - 1))
        left = qMax(left, m_lifelineX.at(lifeline - 1) + besideLifeline / 2);
    return Room{left, x - besideLifeline};
}

void LadderView::addStateLabels()
{
    QHash<QString, TcpState> shown;
    for (int i = 0; i <= m_step; ++i) {
        const Step &step = m_scenario->step(i);
        const bool arrived = i < m_step || m_progress >= 1.0 || step.kind != Step::Kind::Delivery;
        // One state a row on each lifeline: on a listener's, the connection's that acted.
        QMap<int, const TcpControlBlock *> written;
        for (const TcpControlBlock &tcb : step.state.endpoints) {
            const bool changed = !shown.contains(tcb.name) || shown.value(tcb.name) != tcb.state;
            const bool isActor = step.actor == tcb.name;
            const bool labelled = isActor
                && (step.kind == Step::Kind::SocketCall || step.kind == Step::Kind::Timer
                    || step.kind == Step::Kind::Decision || step.kind == Step::Kind::Bind);
            if (!changed && !labelled)
                continue;
            if (!arrived && (isActor || actedIn(step, tcb.name)))
                continue; // the state changes when the frame arrives
            shown.insert(tcb.name, tcb.state);
            const int lifeline = lifelineIndex(tcb.name);
            const TcpControlBlock *other = written.value(lifeline);
            if (!other || (actedIn(step, tcb.name) && !actedIn(step, other->name)))
                written.insert(lifeline, &tcb);
        }
        const bool dropped = arrived && step.listenQueue.kind == ListenQueueEvent::Kind::DroppedQueueFull;
        const int dropLifeline = dropped ? lifelineIndex(step.listenQueue.listener) : -1;
        QList<int> busy = written.keys();
        if (dropped)
            busy.append(dropLifeline);
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            addRowTexts(i, it.key(), *it.value(), busy);
        addUdpRowTexts(i, written.keys());
        if (dropped)
            addDropNote(i, dropLifeline, written.contains(dropLifeline), busy);
    }
}

// An endpoint's state beside its lifeline in a step's row, and under it the call it made, or
// the timer that expired.
void LadderView::addRowTexts(int i, int lifeline, const TcpControlBlock &tcb, const QList<int> &busy)
{
    const Step &step = m_scenario->step(i);
    const bool isActor = step.actor == tcb.name;
    const bool labelled = isActor
        && (step.kind == Step::Kind::SocketCall || step.kind == Step::Kind::Timer
            || step.kind == Step::Kind::Decision || step.kind == Step::Kind::Bind);
    const bool left = writesLeft(lifeline);
    const qreal lifelineAt = m_lifelineX.value(qMax(0, lifeline));
    const qreal x = left ? lifelineAt - besideLifeline : lifelineAt + besideLifeline;
    const Qt::Alignment align = (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    // Between the lifeline and the edge, or the step's number (and, under the row, its time) and
    // the lifeline.
    const Room room = besideRoom(i, lifeline, false, busy);
    const Room roomBelow = besideRoom(i, lifeline, true, busy);
    const QString text = tcpStateName(tcb.state);
    auto *item = addText(m_scene, text, m_stateFont, Palette::endpointColor(tcb.name),
                         QPointF(x, rowY(i) - (labelled ? 11 : 0)), align, room);
    item->setData(dataType, StateLabelType);
    item->setData(dataEndpoint, tcb.name);
    // A listener's connection shares its lifeline: the tooltip says whose state it is.
    if (!m_scenario->endpointNames.contains(tcb.name))
        item->setToolTip(tr("%1: %2", "endpoint: its state").arg(label(tcb.name), text));
    const QPointF below(x, rowY(i) + 12);
    if (isActor && step.kind == Step::Kind::SocketCall) {
        auto *call = addText(m_scene, step.call, m_callFont, Palette::ink(), below, align, roomBelow);
        if (step.listenQueue.kind == ListenQueueEvent::Kind::Accepted)
            call->setToolTip(tr("%1 returned %2", "accept() returned a connection")
                                 .arg(step.call, label(step.listenQueue.connection)));
    }
    if (isActor && step.kind == Step::Kind::Bind) {
        // No segment moves in a bind() step: its call and result take the room between the
        // lifeline and the next one inwards.
        const qreal inner = left ? lifelineAt + besideLifeline : lifelineAt - besideLifeline;
        const Qt::Alignment innerAlign = (left ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        const Room innerRoom = left ? Room{lifelineAt + besideLifeline, m_lifelineX.at(lifeline + 1) - besideLifeline}
                                    : Room{m_lifelineX.at(lifeline - 1) + besideLifeline, lifelineAt - besideLifeline};
        addText(m_scene,
                step.bind.addressInUse ? tr("%1 → EADDRINUSE", "a bind() that failed").arg(step.call)
                                       : tr("%1 → OK", "a bind() that succeeded").arg(step.call),
                m_callFont, step.bind.addressInUse ? Palette::highlight() : Palette::ink(), QPointF(inner, rowY(i)),
                innerAlign, innerRoom);
    }
    if (isActor && step.kind == Step::Kind::Decision)
        addText(m_scene, tr("(outside TCP)"), m_callFont, Palette::muted(), below, align, roomBelow);
    if (isActor && step.kind == Step::Kind::Timer)
        addText(m_scene, tr("%1 timer", "a timer that expired").arg(Narrator::timerName(step.event)), m_callFont,
                Palette::highlight(), below, align, roomBelow);
    m_stateLabels.insert(tcb.name, text);
}

// A UDP socket has no state to write: at step 0, on a lifeline no TCP endpoint writes on, it says
// so; in a row where it makes a call, "UDP" stands in the state's place with the call under it.
void LadderView::addUdpRowTexts(int i, const QList<int> &written)
{
    const Step &step = m_scenario->step(i);
    for (const UdpSocketState &socket : step.state.udpSockets) {
        const int lifeline = lifelineIndex(socket.name);
        const bool calls = step.kind == Step::Kind::SocketCall && step.actor == socket.name;
        if (written.contains(lifeline) || (i > 0 && !calls))
            continue;
        const bool left = writesLeft(lifeline);
        const qreal lifelineAt = m_lifelineX.value(qMax(0, lifeline));
        const qreal x = left ? lifelineAt - besideLifeline : lifelineAt + besideLifeline;
        const Qt::Alignment align = (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        const QString text = i == 0 ? tr("UDP: no state", "a UDP socket, where a TCP state would be written")
                                    : tr("UDP", "a UDP socket's row, where a TCP state would be written");
        auto *item = addText(m_scene, text, m_stateFont, Palette::endpointColor(m_scenario->lifeline(socket.name)),
                             QPointF(x, rowY(i) - (calls ? 11 : 0)), align, besideRoom(i, lifeline, false, written));
        item->setData(dataType, StateLabelType);
        item->setData(dataEndpoint, socket.name);
        item->setToolTip(tr("%1: UDP keeps no connection and has no states; nothing is lit on the state diagram.")
                             .arg(label(socket.name)));
        if (calls)
            addText(m_scene, step.call, m_callFont, Palette::ink(), QPointF(x, rowY(i) + 12), align,
                    besideRoom(i, lifeline, true, written));
        m_stateLabels.insert(socket.name, text);
    }
}

// Beside the listener's lifeline, where its full accept queue dropped a segment: in the state's
// place, or under the state written there in the same row.
void LadderView::addDropNote(int i, int lifeline, bool belowState, const QList<int> &busy)
{
    const bool left = writesLeft(lifeline);
    const qreal lifelineAt = m_lifelineX.value(qMax(0, lifeline));
    const qreal x = left ? lifelineAt - besideLifeline : lifelineAt + besideLifeline;
    const Qt::Alignment align = (left ? Qt::AlignRight : Qt::AlignLeft) | (belowState ? Qt::AlignTop : Qt::AlignVCenter);
    const Room room = besideRoom(i, lifeline, belowState, busy);
    QFont font = m_callFont;
    font.setBold(true);
    QString text = tr("dropped: queue full", "a segment the listener's full accept queue dropped");
    if (QFontMetricsF(font).horizontalAdvance(text) > room.right - room.left)
        text = tr("dropped:\nqueue full", "the same on two lines, where one is too wide");
    auto *note = addText(m_scene, text, font, Palette::highlight(), QPointF(x, rowY(i) + (belowState ? 4 : 0)), align, room);
    note->setData(dataType, DropType);
    note->setToolTip(tr("The accept queue of the %1 was full: the kernel dropped this segment without an answer.")
                         .arg(label(m_scenario->step(i).listenQueue.listener)));
}

// Each listener's accept queue at the current step, in a box under the row beside its lifeline:
// how many connections wait for accept() of the most it holds, and the half-open ones.
void LadderView::addListenQueues()
{
    const Step &step = m_scenario->step(m_step);
    const bool arrived = m_progress >= 1.0 || step.kind != Step::Kind::Delivery;
    const WorldState &state = arrived ? step.state : m_scenario->step(m_step - 1).state;
    QStringList texts;
    for (const ListenQueue &queue : state.listenQueues) {
        const int lifeline = lifelineIndex(queue.listener);
        const bool left = writesLeft(lifeline);
        const qreal lifelineAt = m_lifelineX.value(qMax(0, lifeline));
        const QStringList halfOpen = state.synQueue(queue.listener);
        QString text = acceptQueueText(int(queue.queued.size()), queue.capacity());
        if (!halfOpen.isEmpty())
            text += u'\n' + tr("SYN queue %1", "half-open connections").arg(halfOpen.size());
        const QColor color = queue.isFull() ? Palette::highlight() : Palette::ink();
        auto *item = addText(m_scene, text, Palette::viewFont(m_callFont.pointSizeF() - 0.5), color,
                             QPointF(left ? lifelineAt - besideLifeline - 4 : lifelineAt + besideLifeline + 4,
                                     rowY(m_step) + 24),
                             (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                             left ? Room{margin + 4, lifelineAt - besideLifeline - 4}
                                  : Room{lifelineAt + besideLifeline + 4, m_width - margin - 4});
        QStringList waiting;
        for (const QString &name : queue.queued)
            waiting.append(label(name));
        QStringList pending;
        for (const QString &name : halfOpen)
            pending.append(label(name));
        item->setToolTip(tr("Accept queue (backlog %1, holds at most %2): %3\nSYN queue: %4")
                             .arg(queue.backlog)
                             .arg(queue.capacity())
                             .arg(waiting.isEmpty() ? tr("empty") : waiting.join(QStringLiteral(", ")),
                                  pending.isEmpty() ? tr("empty") : pending.join(QStringLiteral(", "))));
        item->setData(dataType, QueueType);
        auto *frame = m_scene->addRect(item->sceneBoundingRect().adjusted(-4, -2, 4, 2),
                                       QPen(Palette::endpointColor(queue.listener), 1.5), Qt::white);
        frame->setZValue(3.5);
        frame->setData(dataType, QueueType);
        texts.append(text);
    }
    m_queueText = texts.join(u'\n');
}

// In a compact ladder the colours alone would have to tell the lifelines apart once their boxes
// are scrolled away: their names stay at the top of the view.
void LadderView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scenario || !compact())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (visible.top() < m_headerHeight - compactBoxHeight / 2)
        return;
    const QRectF strip(visible.left(), visible.top(), visible.width(), stickyHeight);
    painter->save();
    painter->fillRect(strip, Qt::white);
    painter->setPen(QPen(Palette::muted(), 1));
    painter->drawLine(strip.bottomLeft(), strip.bottomRight());
    const QFont font = Palette::viewFont(10, true);
    painter->setFont(font);
    const qreal gap = m_lifelineX.at(1) - m_lifelineX.at(0);
    for (int k = 0; k < m_lifelineX.size(); ++k) {
        const QString &name = m_scenario->endpointNames.at(k);
        painter->setPen(Palette::endpointColor(name));
        painter->drawText(QRectF(m_lifelineX.at(k) - gap / 2, strip.top(), gap, stickyHeight), Qt::AlignCenter,
                          LadderGraphics::elided(label(name), font, gap - 6));
    }
    painter->restore();
}

} // namespace NetSteps
