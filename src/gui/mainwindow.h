#pragma once

#include "scenario.h"
#include "scenariobuilder.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QStackedWidget;

namespace Ui {
class MainWindow;
}

namespace NetSteps {

class BitView;
class InspectorWidget;
class LanSetupPanel;
class LanTablesWidget;
class LiveSession;
class LadderView;
class PlaybackController;
class StateDiagramView;
class SubnetInputPanel;
class TopologyView;

// The one window: the lesson navigator, the stage (the ladder and state diagram of a TCP
// lesson, the topology and tables of an ARP lesson, or the bit view of a subnet lesson), the
// inspector, and the narration with its controls. It owns the current scenario and hands each view the
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
    TopologyView *topologyView() const { return m_topologyView; }
    LanTablesWidget *lanTables() const { return m_lanTables; }
    LanSetupPanel *lanSetup() const { return m_lanSetup; }
    BitView *bitView() const { return m_bitView; }
    BitView *decisionView() const { return m_decisionView; }
    SubnetInputPanel *subnetInputs() const { return m_subnetInputs; }
    // The view the current lesson is drawn on.
    QWidget *stage() const;
    // What the current lesson was built from, and the same lesson built from other parameters
    // (a LAN of more hosts, other addresses), shown in the set-up panels too; false, and nothing
    // changes, when they do not make the lesson.
    const ScenarioParameters &parameters() const { return m_parameters; }
    bool setParameters(const ScenarioParameters &parameters);
    QString caption() const;
    QString stepTitle() const;

    // "en" or "zh_CN"; returns false for a language NetSteps does not have.
    bool setLanguage(const QString &language);
    // Live mode: the lesson performed with real sockets, the kernel's states beside the model's.
    // Returns false (and stays Simulated) when the lesson or this system cannot run live.
    bool setLive(bool live);
    bool isLive() const { return m_live != nullptr; }
    QString liveUnavailableReason() const;
    LiveSession *liveSession() const { return m_live.get(); }
    // Step 0 again; in Live mode the real sockets are torn down and the run starts over.
    void restartLesson();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupControls();
    void setupStages();
    // Rebuilds the current lesson from the parameters a set-up panel chose, staying at the same
    // step where it still exists.
    bool rebuildLesson(const ScenarioParameters &parameters);
    void showDecisionUpTo(int step);
    void setupShortcuts();
    void populateLessons();
    void retranslate();
    void showPosition(int step, qreal progress);
    void showTransmission(int id);
    void showRealSegment(int index);
    // Hands the ladder the real segments captured so far in the live run (none when Simulated).
    void updateRealSegments();
    void updatePlayButton(bool playing);
    void exportPcap();
    void exportLiveCapture();
    void showCaptureStatus();
    void updateCaption();
    // Puts a scenario of the current lesson on every view, from step 0.
    void installScenario(Scenario scenario);
    // Ends the live run and shows Simulated mode (the scenario stays).
    void leaveLive();
    void saveScreenshot();
    void about();
    QString endpointLabel(const QString &name) const;
    void updateLiveAvailability();
    void observeUpTo(int step);

    std::unique_ptr<Ui::MainWindow> m_ui;
    PlaybackController *m_playback;
    std::optional<Scenario> m_scenario;
    ScenarioParameters m_parameters; // what m_scenario was built from (Simulated)
    QStackedWidget *m_stages = nullptr;
    QWidget *m_topologyPage = nullptr;
    QWidget *m_bitsPage = nullptr;
    TopologyView *m_topologyView = nullptr;
    LanTablesWidget *m_lanTables = nullptr;
    LanSetupPanel *m_lanSetup = nullptr;
    BitView *m_decisionView = nullptr; // the sender's AND decision beside the topology
    BitView *m_bitView = nullptr;
    SubnetInputPanel *m_subnetInputs = nullptr;
    std::unique_ptr<LiveSession> m_live;
    QString m_lessonId;
    bool m_builtForLive = false; // m_scenario uses the lesson's live parameters
    QString m_language = QStringLiteral("en");
    int m_shownStep = -1;
};

} // namespace NetSteps
