#pragma once

#include "laddergraphics.h"
#include "realsegment.h"

#include <QGraphicsView>
#include <QPointer>

#include <functional>

class QGraphicsSimpleTextItem;

namespace NetSteps {

class Scenario;

// The ladder (sequence) diagram of a two-party scenario: one lifeline per endpoint, one row
// per step, each segment an arrow from the row it was sent in to the row it arrived in,
// labelled with its flags, seq, ack and length. Each side's state is written beside its
// lifeline where it changes. It draws the scenario up to the current step; the frame of the
// current step travels along its arrow as the progress goes from 0 to 1.
//
// In Live mode it also draws the real segments the kernel sent during each step, as thin arrows
// in the kernel's colour in a band just above that step's row (the time between the previous
// state and this one), each labelled with its real flags and absolute numbers.
//
// Every text is elided to the room it has, with the whole text as its tooltip.
class LadderView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderView)

public:
    enum ItemType { ArrowType = 0x10001, StateLabelType, PacketType, TimerType, LossType, RealSegmentType };

    struct ArrowInfo
    {
        int transmission = -1;
        QString from;
        QString to;
        QString label;  // "SYN seq=… " as drawn
        bool arrived = false; // false while the frame is still travelling, and for a lost frame
        bool lost = false;    // the frame was lost on the way (shown from the step it was lost in)
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

    // What is drawn, for tests and accessibility.
    QList<ArrowInfo> arrows() const;
    QList<RealArrowInfo> realArrows() const { return m_realArrows; }
    QString stateLabel(const QString &endpoint) const; // the state last written on its lifeline
    QString timerText() const;                         // the TIME-WAIT countdown, empty if none
    QGraphicsScene *ladderScene() const { return m_scene; }

Q_SIGNALS:
    void transmissionSelected(int id);
    void realSegmentSelected(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void rebuild();
    void layoutRows();
    bool crossedByArrow(int step) const;
    qreal rowY(int step) const;
    QRectF bandRect(int step) const;
    LadderGraphics::Room arrowLabelRoom() const;
    bool isClear(const QGraphicsSimpleTextItem *text, const QGraphicsSimpleTextItem *partner) const;
    void placeArrowLabels(QGraphicsSimpleTextItem *flags, QGraphicsSimpleTextItem *numbers, QPointF start, QPointF end,
                          bool delivered) const;
    qreal lifelineX(const QString &endpoint) const;
    QString label(const QString &endpoint) const;
    void addLifelines();
    void addStepRows();
    void addArrows();
    void addStateLabels();
    void addTimeWait();
    void addRealSegments();

    QGraphicsScene *m_scene;
    const Scenario *m_scenario = nullptr;
    std::function<QString(const QString &)> m_labeler;
    int m_step = 0;
    qreal m_progress = 1.0;
    int m_selected = -1;
    int m_selectedReal = -1;
    QList<RealSegment> m_realSegments;
    QList<ArrowInfo> m_arrows;
    QList<RealArrowInfo> m_realArrows;
    QList<qreal> m_rowY;        // each step's row, further apart where real segments need a band
    QList<qreal> m_bandTop;     // the top of each step's band of real segments, -1 without one
    QList<qreal> m_numberRight; // where each row's step number ends
    QList<qreal> m_timeRight;   // where the time under each row's step number ends
    QHash<QString, QString> m_stateLabels;
    QString m_timerText;
    qreal m_width = 0;
    qreal m_leftX = 0;
    qreal m_rightX = 0;
};

} // namespace NetSteps
