#include "playbackcontroller.h"

namespace NetSteps {

PlaybackController::PlaybackController(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(16);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
}

void PlaybackController::setStepCount(int count)
{
    m_timer.stop();
    setPlaying(false);
    m_stepCount = qMax(0, count);
    moveTo(0, 1.0);
}

void PlaybackController::play()
{
    if (m_stepCount <= 1)
        return;
    if (m_step >= m_stepCount - 1 && m_progress >= 1.0)
        moveTo(0, 1.0); // playing from the end starts over
    setPlaying(true);
    if (!m_timer.isActive()) {
        if (m_progress >= 1.0)
            moveTo(m_step + 1, 0.0);
        startAnimation();
    }
}

void PlaybackController::pause()
{
    setPlaying(false);
}

void PlaybackController::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void PlaybackController::stepForward()
{
    setPlaying(false);
    if (m_timer.isActive() || m_progress < 1.0) {
        // A second press finishes the step being animated.
        m_timer.stop();
        moveTo(m_step, 1.0);
        return;
    }
    if (m_step + 1 >= m_stepCount)
        return;
    moveTo(m_step + 1, 0.0);
    startAnimation();
}

void PlaybackController::stepBack()
{
    setPlaying(false);
    m_timer.stop();
    moveTo(qMax(0, m_step - 1), 1.0);
}

void PlaybackController::restart()
{
    seek(0);
}

void PlaybackController::toEnd()
{
    seek(m_stepCount - 1);
}

void PlaybackController::seek(int step)
{
    setPlaying(false);
    m_timer.stop();
    moveTo(qBound(0, step, qMax(0, m_stepCount - 1)), 1.0);
}

void PlaybackController::setSpeed(qreal speed)
{
    m_speed = qBound(0.1, speed, 16.0);
}

void PlaybackController::startAnimation()
{
    m_clock.start();
    m_timer.start();
}

void PlaybackController::tick()
{
    const qreal duration = baseStepMs / m_speed;
    const qreal elapsed = qreal(m_clock.restart());
    qreal progress = m_progress + elapsed / duration;
    if (progress < 1.0) {
        moveTo(m_step, progress);
        return;
    }
    if (m_playing && m_step + 1 < m_stepCount) {
        moveTo(m_step + 1, 0.0);
        return;
    }
    m_timer.stop();
    moveTo(m_step, 1.0);
    if (m_step + 1 >= m_stepCount)
        setPlaying(false);
}

void PlaybackController::moveTo(int step, qreal progress)
{
    m_step = step;
    m_progress = qBound<qreal>(0.0, progress, 1.0);
    Q_EMIT positionChanged(m_step, m_progress);
}

void PlaybackController::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    // Pausing lets a step being animated finish (tick() stops at its end), so the view
    // never rests with a frame mid-flight.
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

} // namespace NetSteps
