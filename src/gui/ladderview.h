#pragma once

#include "laddergraphics.h"
#include "realsegment.h"

#include <QFont>
#include <QGraphicsView>
#include <QPointer>

#include <functional>

class QGraphicsSimpleTextItem;

namespace NetSteps {

class Scenario;
struct TcpControlBlock;

// The ladder (sequence) diagram of a scenario: one lifeline per endpoint the scenario starts
// with, one row per step, each segment an arrow from the row it was sent in to the row it
// arrived in, labelled with its flags, seq, ack and length. Each endpoint's state is written
// beside its lifeline where it changes. It draws the scenario up to the current step; the frame
// of the current step travels along its arrow as the progress goes from 0 to 1.
//
// A listener's connections share its lifeline: the state written there is the one of the
// connection that acted, the listener's accept queue (and SYN queue) stands in a box under the
// current row, and a segment the full queue dropped ends in a cross. With more than two
// lifelines the ladder is compact: the lifelines are spread across the width, their boxes
// smaller (in two staggered rows when narrow), their names kept at the top while the boxes are
// scrolled away, and only the current step's (and the selected) arrows carry their numbers.
//
// In Live mode it also draws the real segments the kernel sent during each step, as thin arrows
// in the kernel's colour in a band just above that step's row (the time between the previous
// state and this one), each labelled with its real flags and absolute numbers.
//
// Every text is elided to the room it has, with the whole text as its tooltip; a text that
// finds no room free of the others is left out in a compact ladder.
class LadderView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderView)

public:
    enum ItemType {
        ArrowType = 0x10001,
        StateLabelType,
        PacketType,
        TimerType,
        LossType,
        RealSegmentType,
        DropType,  // the cross where a full accept queue dropped a segment, and its note
        QueueType, // a listener's accept queue (and SYN queue) at the current step
        HeaderType // a lifeline's box, name and address
    };

    struct ArrowInfo
    {
        int transmission = -1;
        QString from;
        QString to;
        QString label;  // "SYN seq=… " as drawn
        bool arrived = false; // false while the frame is still travelling, and for a lost frame
        bool lost = false;    // the frame was lost on the way (shown from the step it was lost in)
        bool dropped = false; // it arrived, and the receiver's full accept queue dropped it
    };

    struct RealArrowInfo
    {
        int segment = -1; // its index in realSegments()
        QString from;
        QString to;
        QString text; // as drawn: the label, elided if it had to be
    };

    static constexpr int maxRealSegmentsPerStep = 8; // more are summed up in one line

    explicit LadderView(QWidget *parent = nullptr);

    void setScenario(const Scenario *scenario);
    void setEndpointLabeler(std::function<QString(const QString &)> labeler);
    void showStep(int step, qreal progress = 1.0);
    int selectedTransmission() const { return m_selected; }
    void selectTransmission(int id);
    // The real segments of a live run, drawn beside the model's once the view reaches their step.
    // A step of a run without capture has none, and then nothing is drawn for it.
    void setRealSegments(const QList<RealSegment> &segments);
    const QList<RealSegment> &realSegments() const { return m_realSegments; }
    int selectedRealSegment() const { return m_selectedReal; }
    void selectRealSegment(int index);
    // A factor on the size that fits the view (0.5 to 4): larger, the diagram scrolls and keeps
    // the current step in sight; for a projector's back row.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }

    // What is drawn, for tests and accessibility.
    QList<ArrowInfo> arrows() const;
    QList<RealArrowInfo> realArrows() const { return m_realArrows; }
    QString stateLabel(const QString &endpoint) const; // the state last written on its lifeline
    QString timerText() const;                         // the TIME-WAIT countdown, empty if none
    QString queueText() const { return m_queueText; }  // the accept queue's box, empty if none
    qreal lifelineX(const QString &endpoint) const;    // where an endpoint's lifeline runs (a connection: its listener's)
    QGraphicsScene *ladderScene() const { return m_scene; }

Q_SIGNALS:
    void transmissionSelected(int id);
    void realSegmentSelected(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    struct ArrowLabels; // an arrow whose labels are still to be placed
    void rebuild();
    void layoutLifelines();
    void layoutRows();
    bool compact() const { return m_lifelineX.size() > 2; }
    bool crossedByArrow(int step) const;
    qreal rowY(int step) const;
    QRectF bandRect(int step) const;
    LadderGraphics::Room arrowLabelRoom() const;
    bool isClear(const QGraphicsSimpleTextItem *text, const QGraphicsSimpleTextItem *partner) const;
    bool placeArrowLabels(QGraphicsSimpleTextItem *flags, QGraphicsSimpleTextItem *numbers, QPointF start, QPointF end,
                          bool delivered) const;
    int lifelineIndex(const QString &endpoint) const;
    bool writesLeft(int lifeline) const { return lifeline < m_lifelineX.size() - 1; }
    LadderGraphics::Room besideRoom(int step, int lifeline, bool below, const QList<int> &busy) const;
    QString label(const QString &endpoint) const;
    void addLifelines();
    void addStepRows();
    void addArrows();
    void addArrowLabels(const ArrowLabels &arrow);
    void addStateLabels();
    void addRowTexts(int step, int lifeline, const TcpControlBlock &tcb, const QList<int> &busy);
    void addUdpRowTexts(int step, const QList<int> &written);
    void addDropNote(int step, int lifeline, bool belowState, const QList<int> &busy);
    void addListenQueues();
    void addTimeWait();
    void addRealSegments();

    QGraphicsScene *m_scene;
    const Scenario *m_scenario = nullptr;
    std::function<QString(const QString &)> m_labeler;
    int m_step = 0;
    qreal m_progress = 1.0;
    int m_selected = -1;
    int m_selectedReal = -1;
    qreal m_zoom = 1.0;
    QList<RealSegment> m_realSegments;
    QList<ArrowInfo> m_arrows;
    QList<RealArrowInfo> m_realArrows;
    QList<qreal> m_rowY;        // each step's row, further apart where real segments need a band
    QList<qreal> m_bandTop;     // the top of each step's band of real segments, -1 without one
    QList<qreal> m_numberRight; // where each row's step number ends
    QList<qreal> m_timeRight;   // where the time under each row's step number ends
    QHash<QString, QString> m_stateLabels;
    QString m_timerText;
    QString m_queueText;
    qreal m_width = 0;
    qreal m_leftX = 0;  // the first lifeline
    qreal m_rightX = 0; // the last lifeline
    QList<qreal> m_lifelineX; // one per scenario->endpointNames, in that order
    qreal m_headerHeight = 0; // the lifelines' boxes, in one or two rows
    int m_headerRows = 1;
    QFont m_stateFont;
    QFont m_callFont;
};

} // namespace NetSteps
