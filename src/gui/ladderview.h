#pragma once

#include <QGraphicsView>
#include <QPointer>

#include <functional>

namespace NetSteps {

class Scenario;

// The ladder (sequence) diagram of a two-party scenario: one lifeline per endpoint, one row
// per step, each segment an arrow from the row it was sent in to the row it arrived in,
// labelled with its flags, seq, ack and length. Each side's state is written beside its
// lifeline where it changes. It draws the scenario up to the current step; the frame of the
// current step travels along its arrow as the progress goes from 0 to 1.
class LadderView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LadderView)

public:
    enum ItemType { ArrowType = 0x10001, StateLabelType, PacketType, TimerType, LossType };

    struct ArrowInfo
    {
        int transmission = -1;
        QString from;
        QString to;
        QString label;  // "SYN seq=… " as drawn
        bool arrived = false; // false while the frame is still travelling, and for a lost frame
        bool lost = false;    // the frame was lost on the way (shown from the step it was lost in)
    };

    explicit LadderView(QWidget *parent = nullptr);

    void setScenario(const Scenario *scenario);
    void setEndpointLabeler(std::function<QString(const QString &)> labeler);
    void showStep(int step, qreal progress = 1.0);
    int selectedTransmission() const { return m_selected; }
    void selectTransmission(int id);

    // What is drawn, for tests and accessibility.
    QList<ArrowInfo> arrows() const;
    QString stateLabel(const QString &endpoint) const; // the state last written on its lifeline
    QString timerText() const;                         // the TIME-WAIT countdown, empty if none
    QGraphicsScene *ladderScene() const { return m_scene; }

Q_SIGNALS:
    void transmissionSelected(int id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void rebuild();
    qreal rowY(int step) const;
    qreal lifelineX(const QString &endpoint) const;
    QString label(const QString &endpoint) const;
    void addLifelines();
    void addStepRows();
    void addArrows();
    void addStateLabels();
    void addTimeWait();

    QGraphicsScene *m_scene;
    const Scenario *m_scenario = nullptr;
    std::function<QString(const QString &)> m_labeler;
    int m_step = 0;
    qreal m_progress = 1.0;
    int m_selected = -1;
    QList<ArrowInfo> m_arrows;
    QHash<QString, QString> m_stateLabels;
    QString m_timerText;
    qreal m_width = 0;
    qreal m_leftX = 0;
    qreal m_rightX = 0;
};

} // namespace NetSteps
