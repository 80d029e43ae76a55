// LadderView, first half: the view's state, the rows and step numbers, the model's arrows and
// their labels, TIME-WAIT and the real segments. The lifelines and their texts: ladderlifelines.cpp.
#include "ladderview.h"

#include "laddergraphics.h"
#include "narrator.h"
#include "palette.h"
#include "scenario.h"
#include "tcpflags.h"

#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QScrollBar>
#include <QtMath>

#include <algorithm>

namespace NetSteps {

using namespace LadderGraphics::Layout;
using LadderGraphics::addText;
using LadderGraphics::arrowHead;
using LadderGraphics::Room;

namespace {

// The layout follows the view's width while type keeps its size, so labels stay readable on a
// projector whatever the window size; long scenarios scroll vertically.
constexpr qreal minimumSceneWidth = 460;
constexpr int scrollMargin = 20; // pixels kept in sight above and below the current row
// A band of real segments, one line each (the label over a thin arrow), clear of the call written
// under the row above and of the state written over the row below.
constexpr qreal realPitch = 23;
constexpr qreal bandAbove = 28;
constexpr qreal bandBelow = 24;

} // namespace

LadderView::LadderView(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundBrush(Qt::white);
    setAccessibleName(tr("Ladder diagram"));
    m_labeler = [](const QString &name) { return name; };
    // The names kept at the top of a compact ladder are painted over the scene: scrolling must
    // repaint them rather than move them with the picture.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (compact())
            viewport()->update();
    });
}

void LadderView::setScenario(const Scenario *scenario)
{
    m_scenario = scenario;
    m_step = 0;
    m_progress = 1.0;
    m_selected = -1;
    m_selectedReal = -1;
    m_realSegments.clear();
    rebuild();
}

void LadderView::setZoom(qreal zoom)
{
    zoom = qBound(0.5, zoom, 4.0);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    rebuild();
}

void LadderView::setEndpointLabeler(std::function<QString(const QString &)> labeler)
{
    m_labeler = std::move(labeler);
    rebuild();
}

void LadderView::showStep(int step, qreal progress)
{
    m_step = step;
    m_progress = progress;
    rebuild();
}

void LadderView::selectTransmission(int id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    m_selectedReal = -1;
    rebuild();
    Q_EMIT transmissionSelected(id);
}

void LadderView::setRealSegments(const QList<RealSegment> &segments)
{
    if (segments == m_realSegments)
        return;
    m_realSegments = segments;
    if (m_selectedReal >= m_realSegments.size())
        m_selectedReal = -1;
    rebuild();
}

void LadderView::selectRealSegment(int index)
{
    if (index < 0 || index >= m_realSegments.size() || index == m_selectedReal)
        return;
    m_selectedReal = index;
    m_selected = -1;
    rebuild();
    Q_EMIT realSegmentSelected(index);
}

QList<LadderView::ArrowInfo> LadderView::arrows() const
{
    return m_arrows;
}

QString LadderView::stateLabel(const QString &endpoint) const
{
    return m_stateLabels.value(endpoint);
}

QString LadderView::timerText() const
{
    return m_timerText;
}

QString LadderView::label(const QString &endpoint) const
{
    return m_labeler ? m_labeler(endpoint) : endpoint;
}

qreal LadderView::rowY(int step) const
{
    return m_rowY.at(step);
}

// Rows are rowHeight apart, and further where a step's real segments need a band above its row.
void LadderView::layoutRows()
{
    const int last = m_scenario->lastStep();
    QList<int> counts(last + 1, 0);
    for (const RealSegment &segment : m_realSegments)
        if (segment.step >= 0 && segment.step <= last)
            ++counts[segment.step];
    m_rowY.clear();
    m_bandTop.clear();
    qreal previous = m_headerHeight + 30 - rowHeight; // where a row before step 0 would be
    for (int i = 0; i <= last; ++i) {
        const int lines = counts[i] <= maxRealSegmentsPerStep ? counts[i] : maxRealSegmentsPerStep + 1;
        if (lines == 0) {
            m_bandTop.append(-1);
            m_rowY.append(previous + rowHeight);
        } else {
            // A model's arrow that crosses the band keeps a whole row's height above it for its label.
            const qreal top = qMax(previous + (crossedByArrow(i) ? rowHeight : bandAbove), m_headerHeight + 26);
            m_bandTop.append(top);
            m_rowY.append(qMax(previous + rowHeight, top + lines * realPitch + bandBelow));
        }
        previous = m_rowY.last();
    }
}

// Whether a model's arrow runs from a row above this step's to its row or below.
bool LadderView::crossedByArrow(int step) const
{
    for (const Transmission &t : m_scenario->transmissions) {
        const int end = t.deliveredStep >= 0 ? t.deliveredStep : t.sentStep + 1;
        if (t.sentStep < step && step <= end)
            return true;
    }
    return false;
}

// The rows a band of real segments takes, across the whole width.
QRectF LadderView::bandRect(int step) const
{
    if (m_bandTop.at(step) < 0)
        return {};
    return QRectF(0, m_bandTop.at(step), m_width, rowY(step) - bandBelow - m_bandTop.at(step));
}

Room LadderView::arrowLabelRoom() const
{
    return Room{gutter + margin, m_width - margin};
}

// Whether a text may stay where it is: clear of every other text (and the accept queue's box)
// and of the bands of real segments (of steps not reached yet too, so that labels do not move as
// the real ones appear).
bool LadderView::isClear(const QGraphicsSimpleTextItem *text, const QGraphicsSimpleTextItem *partner) const
{
    const QRectF r = text->sceneBoundingRect().adjusted(1, 1, -1, -1);
    for (int step = 0; step < m_bandTop.size(); ++step)
        if (m_bandTop.at(step) >= 0 && bandRect(step).intersects(r))
            return false;
    for (const QGraphicsItem *other : m_scene->items(r))
        if (other != text && other != partner
            && (other->type() == QGraphicsSimpleTextItem::Type || other->data(dataType).toInt() == QueueType))
            return false;
    return true;
}

// An arrow's flags go above a point of it and its numbers (if it shows them) below: half-way
// along it (three tenths while it is still on the wire, near the sender), else the nearest point
// where both are clear of the texts already drawn. Whether one was found; if not, they are left
// half-way all the same.
bool LadderView::placeArrowLabels(QGraphicsSimpleTextItem *flags, QGraphicsSimpleTextItem *numbers, QPointF start,
                                  QPointF end, bool delivered) const
{
    const qreal preferred = delivered ? 0.5 : 0.3;
    const auto placeAt = [&](qreal along) {
        const QPointF point = start + (end - start) * along;
        LadderGraphics::placeText(flags, point - QPointF(0, 2), Qt::AlignHCenter | Qt::AlignBottom, arrowLabelRoom());
        if (numbers)
            LadderGraphics::placeText(numbers, point + QPointF(0, 2), Qt::AlignHCenter | Qt::AlignTop, arrowLabelRoom());
    };
    constexpr qreal stride = 0.025;
    for (int k = 0; k <= 18; ++k) {
        for (const qreal along : {preferred - k * stride, preferred + k * stride}) {
            if (along < 0.05 || along > (delivered ? 0.95 : 0.6))
                continue;
            placeAt(along);
            if (isClear(flags, numbers) && (!numbers || isClear(numbers, flags)))
                return true;
        }
    }
    placeAt(preferred);
    return false;
}

void LadderView::rebuild()
{
    m_scene->clear();
    m_arrows.clear();
    m_stateLabels.clear();
    m_timerText.clear();
    m_queueText.clear();
    m_realArrows.clear();
    m_headerHeight = headerHeight;
    // The diagram grows to fill a large view (a projector) and shrinks a little to fit a small
    // one (never below 80 %, then it scrolls), as long as the lifelines keep their spacing.
    qreal scale = 1.0;
    if (m_scenario && !m_scenario->steps.isEmpty()) {
        layoutRows();
        const qreal needed = rowY(m_scenario->lastStep()) + rowHeight / 2 + 50;
        scale = qBound(0.8, (viewport()->height() - 2) / needed, 1.6);
        scale = qMax(0.8, qMin(scale, (viewport()->width() - 2) / minimumSceneWidth));
    }
    scale *= m_zoom;
    setTransform(QTransform::fromScale(scale, scale));
    m_width = qMax(minimumSceneWidth, (viewport()->width() - 2) / scale);
    m_leftX = gutter + stateColumn;
    m_rightX = m_width - stateColumn;
    m_lifelineX = {m_leftX, m_rightX};
    if (!m_scenario || m_scenario->steps.isEmpty()) {
        m_scene->setSceneRect(0, 0, m_width, 400);
        return;
    }
    layoutLifelines();
    m_leftX = m_lifelineX.first();
    m_rightX = m_lifelineX.last();
    if (compact())
        layoutRows(); // below boxes of another height
    m_step = qBound(0, m_step, m_scenario->lastStep());
    addStepRows();
    addLifelines();
    addStateLabels();
    addListenQueues();
    addTimeWait();
    addArrows();
    addRealSegments();
    m_scene->setSceneRect(0, 0, m_width, rowY(m_scenario->lastStep()) + rowHeight / 2 + 50 + (m_timerText.count(u'\n') > 1 ? 40 : 0));
    qreal top = m_bandTop.at(m_step) >= 0 ? m_bandTop.at(m_step) - 10 : rowY(m_step) - rowHeight;
    // A compact ladder keeps the current row (with the accept queue under it) at the bottom of
    // the view: the steps that led there, many lifelines apart, are the context it needs.
    if (compact())
        top = qMax<qreal>(0, rowY(m_step) + rowHeight - (viewport()->height() - 2 - 2 * scrollMargin) / scale);
    ensureVisible(QRectF(0, top, 10, rowY(m_step) + rowHeight - top), 0, scrollMargin);
}

void LadderView::addStepRows()
{
    const QFont font = Palette::viewFont(10);
    m_numberRight.clear();
    m_timeRight.clear();
    for (int i = 0; i <= m_scenario->lastStep(); ++i) {
        const qreal y = rowY(i);
        const bool current = i == m_step;
        if (current) {
            // The current step's band of real segments, if it has one, is part of it.
            const qreal top = m_bandTop.at(i) >= 0 ? m_bandTop.at(i) - 6 : y - rowHeight / 2 + 4;
            m_scene->addRect(QRectF(0, top, m_width, y + rowHeight / 2 - 4 - top), Qt::NoPen, QColor(255, 243, 200))
                ->setZValue(0);
        } else if (i <= m_step) {
            m_scene->addLine(QLineF(60, y, m_width - 20, y), QPen(QColor(235, 235, 235), 1, Qt::DotLine))
                ->setZValue(0);
        }
        auto *number = m_scene->addSimpleText(QString::number(i), Palette::viewFont(11, current));
        number->setBrush(i <= m_step ? Palette::ink() : Palette::muted());
        number->setPos(12, y - number->boundingRect().height() / 2);
        m_numberRight.append(number->sceneBoundingRect().right());
        m_timeRight.append(m_numberRight.last());
        if (i <= m_step) {
            const QString text = LadderGraphics::stepTime(m_scenario->step(i).timeMs);
            auto *time = m_scene->addSimpleText(text, font);
            time->setBrush(Palette::muted());
            time->setPos(12, y + 10);
            m_timeRight.last() = time->sceneBoundingRect().right();
        }
    }
}

// An arrow whose labels are still to be placed.
struct LadderView::ArrowLabels
{
    int transmission = -1;
    QPointF start;
    QPointF end;
    bool delivered = false;
    bool current = false; // sent or arrived in the current step, or selected
};

void LadderView::addArrows()
{
    QList<ArrowLabels> labels;
    for (int id : m_scenario->transmissionsUpTo(m_step)) {
        const Transmission &t = m_scenario->transmission(id);
        const QPointF start(lifelineX(t.from), rowY(t.sentStep));
        const bool delivered = t.deliveredStep >= 0 && t.deliveredStep <= m_step;
        // A listener whose accept queue is full drops the segment on arrival.
        const bool dropped = delivered && m_scenario->step(t.deliveredStep).moved == id
            && m_scenario->step(t.deliveredStep).listenQueue.kind == ListenQueueEvent::Kind::DroppedQueueFull;
        qreal fraction = 1.0;
        QPointF end(lifelineX(t.to), rowY(t.deliveredStep >= 0 ? t.deliveredStep : t.sentStep + 1));
        if (t.lost)
            end = start + (end - start) * 0.55; // it vanishes half-way
        if (!delivered) {
            fraction = 0.12; // sent, still on the wire: a short dashed line leaves the sender
        } else if (t.deliveredStep == m_step) {
            fraction = m_progress;
        }
        const QPointF tip = start + (end - start) * fraction;
        const QColor color = Palette::endpointColor(t.from);
        const bool selected = id == m_selected;
        QPen pen(selected ? Palette::highlight() : color, selected ? 4 : 2.5);
        if (!delivered)
            pen.setStyle(Qt::DashLine);
        const QString text = Narrator::segmentSummary(t.frame);
        auto *line = m_scene->addLine(QLineF(start, tip), pen);
        line->setZValue(2);
        line->setData(dataType, ArrowType);
        line->setData(dataTransmission, id);
        line->setCursor(Qt::PointingHandCursor);
        line->setToolTip(text);
        const qreal angle = qAtan2(end.y() - start.y(), end.x() - start.x());
        if (fraction >= 1.0 && (t.lost || dropped)) {
            // A red cross where the frame was lost, or where the full queue dropped it.
            auto *mark = m_scene->addPath(LadderGraphics::cross(tip, 9),
                                          QPen(Palette::highlight(), 4 * Palette::strokeScale(), Qt::SolidLine, Qt::RoundCap));
            mark->setZValue(5);
            mark->setData(dataType, t.lost ? LossType : DropType);
        } else if (fraction >= 1.0) {
            auto *head = m_scene->addPath(arrowHead(tip, angle, 14), Qt::NoPen, pen.color());
            head->setZValue(2);
        } else if (delivered) {
            auto *packet = m_scene->addEllipse(QRectF(tip - QPointF(9, 9), QSizeF(18, 18)), QPen(Qt::white, 2), color);
            packet->setZValue(5);
            packet->setData(dataType, PacketType);
        }
        m_arrows.append(ArrowInfo{id, t.from, t.to, text, delivered && fraction >= 1.0 && !t.lost, t.lost && delivered,
                                  dropped && fraction >= 1.0});
        labels.append(ArrowLabels{id, start, end, delivered, t.sentStep == m_step || t.deliveredStep == m_step || selected});
    }
    // The current step's arrows take their places first.
    std::stable_partition(labels.begin(), labels.end(), [](const ArrowLabels &a) { return a.current; });
    for (const ArrowLabels &arrow : std::as_const(labels))
        addArrowLabels(arrow);
}

// An arrow's flags, and its numbers unless the ladder is compact and the arrow is not current.
// Labels of an arrow not of the current step that find no clear place are left out, the numbers
// first (the arrow's tooltip has them, and the inspector).
void LadderView::addArrowLabels(const ArrowLabels &arrow)
{
    const Transmission &t = m_scenario->transmission(arrow.transmission);
    const bool selected = arrow.transmission == m_selected;
    const qreal points = m_stateFont.pointSizeF();
    auto *flags = addText(m_scene, Narrator::frameTitle(t.frame), Palette::viewFont(points + 1, true),
                          selected ? Palette::highlight() : Palette::endpointColor(t.from), arrow.start,
                          Qt::AlignHCenter | Qt::AlignBottom, arrowLabelRoom());
    flags->setData(dataType, ArrowType);
    flags->setData(dataTransmission, arrow.transmission);
    QGraphicsSimpleTextItem *numbers = nullptr;
    if (!compact() || arrow.current) {
        numbers = addText(m_scene, Narrator::segmentNumbers(t.frame), Palette::viewFont(points - 0.5), Palette::ink(),
                          arrow.start, Qt::AlignHCenter | Qt::AlignTop, arrowLabelRoom());
        numbers->setData(dataType, ArrowType);
        numbers->setData(dataTransmission, arrow.transmission);
    }
    // Where several segments are in flight at once (a send() of more than one MSS), an earlier
    // step's arrow may find no clear place either: it gives way to the current step's.
    if (placeArrowLabels(flags, numbers, arrow.start, arrow.end, arrow.delivered) || (!compact() && arrow.current))
        return;
    if (numbers) {
        delete numbers;
        if (placeArrowLabels(flags, nullptr, arrow.start, arrow.end, arrow.delivered))
            return;
    }
    delete flags;
}

void LadderView::addTimeWait()
{
    const Step &step = m_scenario->step(m_step);
    QStringList lines;
    QStringList texts;
    for (const TcpControlBlock &tcb : m_scenario->step(qMax(0, m_step - 1)).state.endpoints) {
        // The interval of this endpoint's TIME-WAIT that has begun by the current step.
        int entered = -1;
        for (int i = 0; i <= m_step; ++i) {
            const TcpControlBlock *e = m_scenario->step(i).state.endpoint(tcb.name);
            if (e && e->state == TcpState::TimeWait && entered < 0)
                entered = i;
            if (e && e->state != TcpState::TimeWait && entered >= 0 && i < m_step)
                entered = -1;
        }
        if (entered < 0)
            continue;
        // The timer as it runs now (a retransmitted FIN restarts it); at its expiry, as it ran.
        const TimerState *timer = step.state.timer(tcb.name, TimerState::Kind::TwoMsl);
        if (!timer && m_step > 0)
            timer = m_scenario->step(m_step - 1).state.timer(tcb.name, TimerState::Kind::TwoMsl);
        if (!timer)
            continue;
        // Simulated time at the current position: a timer step's time runs while it animates.
        qint64 now = step.timeMs;
        if (m_progress < 1.0 && m_step > 0)
            now = m_scenario->step(m_step - 1).timeMs + qint64((step.timeMs - m_scenario->step(m_step - 1).timeMs) * m_progress);
        const qint64 textbookLeft = qMax<qint64>(0, timer->deadlineMs - now);
        const qint64 linuxLeft = qMax<qint64>(0, timer->startedMs + linuxTimeWaitMs - now);
        const qreal x = lifelineX(tcb.name);
        const qreal top = rowY(entered);
        const qreal bottom = m_step > entered ? rowY(m_step) : top + rowHeight / 2;
        auto *band = m_scene->addRect(QRectF(x - 7, top, 14, bottom - top), Qt::NoPen, QColor(211, 47, 47, 110));
        band->setZValue(1.5);
        band->setData(dataType, TimerType);
        const QString text = tr("TIME-WAIT\n2MSL %1 s left · Linux %2 s left")
                                 .arg(QString::number(textbookLeft / 1000.0, 'f', 1),
                                      QString::number(linuxLeft / 1000.0, 'f', 1));
        texts.append(text);
        lines.append(tr("%1: %2", "endpoint: its TIME-WAIT timer").arg(label(tcb.name), text));
    }
    if (lines.isEmpty())
        return;
    m_timerText = texts.join(u'\n');
    // Below the last row, where no arrow runs.
    addText(m_scene, lines.join(u'\n'), Palette::viewFont(11, true), Palette::highlight(),
            QPointF(m_width / 2, rowY(m_scenario->lastStep()) + rowHeight / 2 + 4), Qt::AlignHCenter | Qt::AlignTop,
            Room{margin, m_width - margin})
        ->setData(dataType, TimerType);
}

void LadderView::addRealSegments()
{
    const QFont font = Palette::viewFont(10);
    const qreal lineHeight = QFontMetricsF(font).height();
    const Room room{margin, m_width - margin};
    QHash<int, int> drawnInStep;
    QHash<int, int> hiddenInStep;
    for (int index = 0; index < m_realSegments.size(); ++index) {
        const RealSegment &segment = m_realSegments.at(index);
        if (segment.step < 0 || segment.step > m_step || segment.from == segment.to)
            continue;
        const int line = drawnInStep.value(segment.step);
        if (line >= maxRealSegmentsPerStep) {
            ++hiddenInStep[segment.step];
            continue;
        }
        drawnInStep.insert(segment.step, line + 1);
        const qreal top = m_bandTop.at(segment.step) + line * realPitch;
        const qreal y = top + lineHeight + 3;
        const qreal fromX = lifelineX(segment.from);
        const qreal toX = lifelineX(segment.to);
        const bool selected = index == m_selectedReal;
        const QColor color = selected ? Palette::highlight() : Palette::kernel();
        // Its label, perhaps elided, then where and when it was seen and the whole of it.
        const QString toolTip = segment.label + u'\n'
            + tr("Real segment, captured on loopback during step %1:\n%2").arg(segment.step).arg(segment.summary);
        // A thin arrow, so that it reads as a companion of the model's thick ones.
        auto *arrow = m_scene->addLine(QLineF(fromX, y, toX, y), QPen(color, (selected ? 2.5 : 1.5) * Palette::strokeScale()));
        arrow->setZValue(2.5);
        auto *head = m_scene->addPath(arrowHead(QPointF(toX, y), toX > fromX ? 0 : M_PI, 9), Qt::NoPen, color);
        head->setZValue(2.5);
        auto *text = addText(m_scene, segment.label, font, color, QPointF((fromX + toX) / 2, top),
                             Qt::AlignHCenter | Qt::AlignTop, room);
        for (QGraphicsItem *item : QList<QGraphicsItem *>{arrow, head, text}) {
            item->setData(dataType, RealSegmentType);
            item->setData(dataTransmission, index);
            item->setToolTip(toolTip);
            item->setCursor(Qt::PointingHandCursor);
        }
        m_realArrows.append(RealArrowInfo{index, segment.from, segment.to, text->text()});
    }
    for (auto it = hiddenInStep.cbegin(); it != hiddenInStep.cend(); ++it) {
        const qreal top = m_bandTop.at(it.key()) + maxRealSegmentsPerStep * realPitch;
        addText(m_scene, tr("+%n more real segment(s) in this step", nullptr, it.value()), font, Palette::kernel(),
                QPointF((m_leftX + m_rightX) / 2, top), Qt::AlignHCenter | Qt::AlignTop, room);
    }
    if (m_realArrows.isEmpty())
        return;
    // What the thin arrows are, once, under the lifelines' boxes.
    const qreal legendY = m_headerHeight + 10;
    const qreal middle = (m_leftX + m_rightX) / 2;
    auto *legend = addText(m_scene, tr("real segments, as captured on loopback"), font, Palette::kernel(),
                           QPointF(middle + 18, legendY), Qt::AlignHCenter | Qt::AlignVCenter,
                           Room{margin + 36, m_width - margin});
    const qreal sampleRight = legend->sceneBoundingRect().left() - 6;
    m_scene->addLine(QLineF(sampleRight - 28, legendY, sampleRight, legendY), QPen(Palette::kernel(), 1.5))->setZValue(2.5);
    m_scene->addPath(arrowHead(QPointF(sampleRight, legendY), 0, 9), Qt::NoPen, Palette::kernel())->setZValue(2.5);
}

void LadderView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (event->oldSize() != event->size())
        rebuild();
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        if (item->data(dataType).toInt() == ArrowType) {
            selectTransmission(item->data(dataTransmission).toInt());
            return;
        }
        if (item->data(dataType).toInt() == RealSegmentType) {
            selectRealSegment(item->data(dataTransmission).toInt());
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

} // namespace NetSteps
