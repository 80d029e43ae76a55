#pragma once

#include "lessonloader.h"
#include "scenario.h"
#include "scenariobuilder.h"
#include "stageexporter.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace Ui {
class MainWindow;
}

namespace NetSteps {

class BitView;
class CheckpointController;
class CheckpointPanel;
class InspectorWidget;
class LabSession;
class LanSetupPanel;
class LanTablesWidget;
class LiveSession;
class LadderView;
class LessonNavigator;
class PlaybackController;
class PointerHighlight;
class PresenterMode;
class ReferencePageView;
class SocketLabPanel;
class StateDiagramView;
class SubnetInputPanel;
class TopologyView;

// The one window: the lesson navigator, the stage (the ladder and state diagram of a TCP
// lesson, the topology and tables of an ARP lesson, the bit view of a subnet lesson, or the
// pages of a reference lesson), the inspector, and the narration with its checkpoints and
// controls. It owns the lessons and the current scenario and hands each view the step the
// playback controller announces; it computes no protocol behaviour itself. Its lessons part
// (loading, reference pages, score, glossary) is in mainwindowlessons.cpp, Live mode in
// mainwindowlive.cpp, the classroom (presenter mode, zoom, the pointer, exporting slides,
// preferences) in mainwindowclassroom.cpp, the socket lab in mainwindowlab.cpp.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a lesson by id: a lesson file's, or a scenario's (which has no lesson file then, and
    // its model's narration); false (and nothing changes) if there is no such lesson.
    bool openLesson(const QString &id, quint64 seed = 1);
    QString currentLesson() const { return m_lessonId; }
    // Nothing for a reference lesson, which has pages instead.
    const Scenario *scenario() const { return m_scenario ? &*m_scenario : nullptr; }
    // The current lesson's file, or nullptr when its scenario has none.
    const Lesson *lesson() const { return m_lesson ? &*m_lesson : nullptr; }
    // The last step of the scenario, or the last page of a reference lesson; -1 with no lesson open.
    int lastStep() const;

    // The built-in lessons and, when `folder` is given, the folder's, which replace built-in
    // ones with the same id. Files that do not load are left out and reported (the status bar
    // and lessonProblems()); the lesson open is opened again from its new file.
    void loadLessons(const QString &folder = {});
    const LessonCollection &lessons() const { return m_lessons; }
    QString lessonsFolder() const { return m_lessonsFolder; }
    // Forgets every checkpoint answer (Tools › Reset Progress… asks first).
    void resetProgress();
    // Shows the answer of the checkpoint at the step shown, as a screenshot of it should.
    void revealCheckpoint();

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
    // The socket lab (mainwindowlab.cpp): its panel under the stage of socket-lab, its session
    // (created when the lesson first opens, nullptr before), and the connection the stage
    // follows (0: the lesson's simulated run).
    SocketLabPanel *labPanel() const { return m_labPanel; }
    LabSession *labSession() const { return m_lab.get(); }
    int followedLabConnection() const { return m_labFollowed; }
    QString labStageNote() const;
    LessonNavigator *navigator() const;
    CheckpointPanel *checkpointPanel() const;
    CheckpointController *checkpoints() const { return m_checkpoints; }
    ReferencePageView *referenceView() const { return m_referenceView; }
    // The view the current lesson is drawn on.
    QWidget *stage() const;
    // What the current lesson was built from, and the same lesson built from other parameters
    // (a LAN of more hosts, other addresses), shown in the set-up panels too; false, and nothing
    // changes, when they do not make the lesson.
    const ScenarioParameters &parameters() const { return m_parameters; }
    bool setParameters(const ScenarioParameters &parameters);
    QString caption() const;
    QString stepTitle() const;
    QString glossaryLine() const; // the glossary terms of the step shown, as plain text
    QString scoreText() const;    // "Score 2/3", or empty for a lesson without checkpoints

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

    // The classroom: presenter mode (F11), the pointer highlight (Ctrl+P) and the stage's zoom.
    PresenterMode *presenterMode() const { return m_presenter; }
    PointerHighlight *pointerHighlight() const { return m_pointer; }
    QWidget *controlsBar() const; // the playback controls, which presenter mode hides while idle
    // The zoom of the stage shown (1 fits it to the window); always 1 on a stage that only fits.
    qreal stageZoom() const;
    // Slides: the stage as shown, to a PNG or SVG file as its name ends; returns an error
    // message or an empty string. PNGs have twice the stage's pixels, to stay sharp projected.
    static constexpr qreal slideScale = 2;
    QString exportStage(const QString &file);
    // Every step of the lesson into the folder, as StageExporter::exportLesson, with a dialog
    // showing the progress that can cancel it.
    StageExporter::Series exportLesson(const QString &folder, StageExporter::Format format);
    // The speed, window layout and splitters the user left at the last close (a window that was
    // never arranged gets 1280×800), and the lesson then open (empty before the first close).
    void restorePreferences();
    static QString lastLesson();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setupControls();
    void setupStages();
    void setupLessonActions();
    // Rebuilds the current lesson from the parameters a set-up panel chose, staying at the same
    // step where it still exists.
    bool rebuildLesson(const ScenarioParameters &parameters);
    void showDecisionUpTo(int step);
    void setupShortcuts();
    void setupClassroom();
    // Which panels show: the navigator and the inspector's column give way in presenter mode, the
    // inspector has nothing for a reference lesson, the LAN tables are for the ARP lessons.
    void updatePanels();
    void presenterModeChanged(bool active);
    // The theme the user chose: the high-contrast palette, or the system's (presenter mode puts
    // its own on top, and this one back when it ends).
    void applyTheme();
    void zoomStage(qreal factor);
    void resetStageZoom();
    void updateZoomActions();
    void chooseStageExport();
    void chooseLessonExport();
    void savePreferences() const;
    void retranslate();
    void showPosition(int step, qreal progress);
    // The lesson as its file teaches it, or nullptr: its captions and questions are written for
    // the scenario built with the usual settings, not for a LAN or addresses the user chose.
    const Lesson *teachingLesson() const;
    QString lessonTitle() const;
    void openReference(const Lesson &lesson);
    void showPage(int page);
    void showGlossary(const QList<LocalizedText> &terms);
    void updateScore();
    void showLessonProblems();
    void confirmResetProgress();
    void chooseLessonsFolder();
    // Lets go of the scenario in every view, before it changes or goes.
    void detachViews();
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
    void setupLab();
    // After a scenario is installed: the lab's panel for socket-lab; a lesson opened anew
    // shows its simulated run, not the connection followed before.
    void labScenarioInstalled();
    void updateLabPanel();
    void followLabConnection(int id);
    void showLabTrace(bool playOn);
    QString labEndpointLabel(const QString &name) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    PlaybackController *m_playback;
    std::optional<Scenario> m_scenario;
    ScenarioParameters m_parameters; // what m_scenario was built from (Simulated)
    QStackedWidget *m_stages = nullptr;
    QWidget *m_topologyPage = nullptr;
    QWidget *m_bitsPage = nullptr;
    PresenterMode *m_presenter = nullptr;
    PointerHighlight *m_pointer = nullptr; // over m_stages
    TopologyView *m_topologyView = nullptr;
    LanTablesWidget *m_lanTables = nullptr;
    LanSetupPanel *m_lanSetup = nullptr;
    BitView *m_decisionView = nullptr; // the sender's AND decision beside the topology
    BitView *m_bitView = nullptr;
    SubnetInputPanel *m_subnetInputs = nullptr;
    ReferencePageView *m_referenceView = nullptr;
    CheckpointController *m_checkpoints = nullptr;
    QPushButton *m_problemsButton = nullptr; // in the status bar while some lesson files did not load
    std::unique_ptr<LiveSession> m_live;
    std::unique_ptr<LabSession> m_lab;
    SocketLabPanel *m_labPanel = nullptr;
    QSplitter *m_stageColumn = nullptr; // the stage over the lab's panel
    QLabel *m_labNote = nullptr;        // above the stage: what of the lab it shows
    int m_labFollowed = 0;              // the lab connection on the stage, 0 for none
    qsizetype m_labTraceSize = -1;      // the events of its trace already on the stage
    QString m_labStopped;               // why the model stopped following it, if it did
    bool m_installingLabTrace = false;
    bool m_labArranged = false;         // the stage column has given the panel its first height
    QList<int> m_labSizes;              // the stage column's sizes before presenter mode
    LessonCollection m_lessons;
    QString m_lessonsFolder;
    std::optional<Lesson> m_lesson; // the current lesson's file
    QString m_lessonId;
    bool m_builtForLive = false; // m_scenario uses the lesson's live parameters
    QString m_language = QStringLiteral("en");
    int m_shownStep = -1;
    bool m_arranged = false; // the splitters have their sizes: the first show's, or the user's
};

} // namespace NetSteps
