#pragma once

#include <QHash>
#include <QObject>

namespace NetSteps {

class CheckpointPanel;
class PlaybackController;
class Scenario;
struct Checkpoint;
struct Lesson;

// When a checkpoint asks. Moving forward onto a step with a checkpoint (a step forward, or play)
// holds the step back: the playback returns to the step before, and the panel asks. A choice, or
// Skip, reveals the step; the first answer of all is kept in LessonProgress. Seeking never asks,
// and a checkpoint answered or skipped once in this session does not ask again; its answer shows
// whenever its step is shown.
class CheckpointController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointController)

public:
    CheckpointController(PlaybackController *playback, CheckpointPanel *panel, QObject *parent = nullptr);

    // The lesson whose checkpoints ask, over the scenario they ask of; nullptr for none. A new
    // lesson (or scenario) starts a new session.
    void setLesson(const Lesson *lesson, const Scenario *scenario);
    // Every position the playback announces comes here before it is shown: true when the step
    // is held back for a question (the playback has moved back then).
    bool holdsBack(int step, qreal progress);
    // Shows the answer at the step shown (a screenshot of a checkpoint step): nothing is scored.
    void revealShownStep();
    // The panel again in the current language.
    void retranslate();

    bool isAsking() const { return m_asking >= 0; }
    int askingStep() const { return m_asking; }

Q_SIGNALS:
    // A first answer was recorded: the lesson's score changed.
    void scoreChanged();

private:
    const Checkpoint *checkpointAt(int step) const; // only one the model can answer
    void ask();
    void choose(int index);
    void skip();
    void reveal(int step);
    void updatePanel();

    PlaybackController *m_playback;
    CheckpointPanel *m_panel;
    const Lesson *m_lesson = nullptr;
    const Scenario *m_scenario = nullptr;
    int m_shown = 0;   // the step last let through
    int m_asking = -1; // the step held back for its question
    QHash<int, int> m_answered; // this session's: step → the choice made, -1 when none was
};

} // namespace NetSteps
