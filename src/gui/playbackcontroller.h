#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace NetSteps {

// Moves the current position through a scenario: a step index and the progress (0..1) of that
// step's animation. It never touches the model; views read the step and progress it announces,
// so seeking and rewinding are exact. Its timer runs only while something moves.
class PlaybackController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackController)

public:
    static constexpr int baseStepMs = 1800; // one step at 1x: the frame travels, then a pause to read

    explicit PlaybackController(QObject *parent = nullptr);

    void setStepCount(int count); // resets to step 0, paused
    int stepCount() const { return m_stepCount; }
    int step() const { return m_step; }
    qreal progress() const { return m_progress; }
    bool isPlaying() const { return m_playing; }
    bool isAnimating() const { return m_timer.isActive(); }
    qreal speed() const { return m_speed; }

    void play();
    void pause();
    void togglePlay();
    void stepForward(); // animates the next step, then stops
    void stepBack();    // shows the previous step at once
    void restart();     // step 0, paused
    void toEnd();
    void seek(int step); // shows that step fully, paused
    void setSpeed(qreal speed);

Q_SIGNALS:
    void positionChanged(int step, qreal progress);
    void playingChanged(bool playing);

private:
    void tick();
    void startAnimation();
    void moveTo(int step, qreal progress);
    void setPlaying(bool playing);

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_stepCount = 0;
    int m_step = 0;
    qreal m_progress = 1.0;
    qreal m_speed = 1.0;
    bool m_playing = false;
};

} // namespace NetSteps
