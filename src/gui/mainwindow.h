#pragma once

#include "scenario.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace NetSteps {

class InspectorWidget;
class LadderView;
class PlaybackController;
class StateDiagramView;

// The one window: the lesson navigator, the stage (ladder and state diagram), the inspector,
// and the narration with its controls. It owns the current scenario and hands each view the
// step the playback controller announces; it computes no protocol behaviour itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a lesson by id; false (and nothing changes) if there is no such lesson.
    bool openLesson(const QString &id, quint64 seed = 1);
    QString currentLesson() const { return m_lessonId; }
    const Scenario *scenario() const { return m_scenario ? &*m_scenario : nullptr; }

    PlaybackController *playback() const { return m_playback; }
    LadderView *ladderView() const;
    StateDiagramView *stateDiagram() const;
    InspectorWidget *inspector() const;
    QString caption() const;
    QString stepTitle() const;

    // "en" or "zh_CN"; returns false for a language NetSteps does not have.
    bool setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupControls();
    void setupShortcuts();
    void populateLessons();
    void retranslate();
    void showPosition(int step, qreal progress);
    void showTransmission(int id);
    void updatePlayButton(bool playing);
    void exportPcap();
    void saveScreenshot();
    void about();
    QString endpointLabel(const QString &name) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    PlaybackController *m_playback;
    std::optional<Scenario> m_scenario;
    QString m_lessonId;
    QString m_language = QStringLiteral("en");
    int m_shownStep = -1;
};

} // namespace NetSteps
