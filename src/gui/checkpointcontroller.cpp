#include "checkpointcontroller.h"

#include "checkpointpanel.h"
#include "lesson.h"
#include "lessonprogress.h"
#include "playbackcontroller.h"

namespace NetSteps {

CheckpointController::CheckpointController(PlaybackController *playback, CheckpointPanel *panel, QObject *parent)
    : QObject(parent), m_playback(playback), m_panel(panel)
{
    connect(m_panel, &CheckpointPanel::choiceMade, this, &CheckpointController::choose);
    connect(m_panel, &CheckpointPanel::skipRequested, this, &CheckpointController::skip);
}

void CheckpointController::setLesson(const Lesson *lesson, const Scenario *scenario)
{
    m_lesson = scenario ? lesson : nullptr;
    m_scenario = scenario;
    m_shown = m_playback->step();
    m_asking = -1;
    m_answered.clear();
    m_panel->dismiss();
}

const Checkpoint *CheckpointController::checkpointAt(int step) const
{
    if (!m_lesson)
        return nullptr;
    const LessonStep *lessonStep = m_lesson->step(step);
    if (!lessonStep || !lessonStep->checkpoint || lessonStep->checkpoint->choices(*m_scenario, step).isEmpty())
        return nullptr;
    return &*lessonStep->checkpoint;
}

bool CheckpointController::holdsBack(int step, qreal progress)
{
    // The playback starts a step it moves on to at progress 0; a seek shows its step whole.
    const bool forward = progress == 0.0 && step == m_shown + 1;
    if (forward && !m_answered.contains(step) && checkpointAt(step)) {
        if (m_asking != step) {
            m_asking = step;
            ask();
        }
        m_playback->seek(m_shown); // comes back here, and is let through
        return true;
    }
    const bool moved = step != m_shown; // not just the animation of the step shown
    m_shown = step;
    if (m_asking >= 0 && step != m_asking - 1) {
        m_asking = -1; // the student went elsewhere
        updatePanel();
    } else if (moved) {
        updatePanel();
    }
    return false;
}

void CheckpointController::updatePanel()
{
    if (m_asking >= 0)
        return; // still asking
    if (m_answered.contains(m_shown) && checkpointAt(m_shown))
        reveal(m_shown);
    else
        m_panel->dismiss();
}

void CheckpointController::ask()
{
    const Checkpoint *checkpoint = checkpointAt(m_asking);
    m_panel->ask(checkpoint->question.text(), checkpoint->choices(*m_scenario, m_asking));
}

void CheckpointController::reveal(int step)
{
    const Checkpoint *checkpoint = checkpointAt(step);
    m_panel->reveal(checkpoint->question.text(), checkpoint->choices(*m_scenario, step), m_answered.value(step, -1),
                    checkpoint->explanation.text());
}

void CheckpointController::choose(int index)
{
    if (m_asking < 0)
        return;
    const QList<CheckpointChoice> choices = checkpointAt(m_asking)->choices(*m_scenario, m_asking);
    if (index < 0 || index >= choices.size())
        return;
    const int step = m_asking;
    m_answered.insert(step, index);
    m_asking = -1;
    const auto result = choices.at(index).correct ? LessonProgress::Result::Right : LessonProgress::Result::Wrong;
    if (LessonProgress::record(m_lesson->id, step, result))
        Q_EMIT scoreChanged();
    // The step forward that was held back may still be animating its way back: settle it, then
    // reveal the step as a step forward does.
    if (m_playback->isAnimating())
        m_playback->seek(step - 1);
    m_playback->stepForward();
}

void CheckpointController::skip()
{
    if (m_asking < 0)
        return;
    const int step = m_asking;
    m_answered.insert(step, -1);
    m_asking = -1;
    if (m_playback->isAnimating())
        m_playback->seek(step - 1);
    m_playback->stepForward();
}

void CheckpointController::revealShownStep()
{
    m_asking = -1;
    if (checkpointAt(m_shown))
        m_answered.insert(m_shown, -1);
    updatePanel();
}

void CheckpointController::retranslate()
{
    if (m_asking >= 0)
        ask();
    else
        updatePanel();
}

} // namespace NetSteps
