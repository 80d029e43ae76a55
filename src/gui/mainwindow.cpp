#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "bitview.h"
#include "checkpointcontroller.h"
#include "checkpointpanel.h"
#include "endpointtablemodel.h"
#include "framecodec.h"
#include "inspectorwidget.h"
#include "labsession.h"
#include "ladderview.h"
#include "lansetuppanel.h"
#include "lantablesmodel.h"
#include "lessonnavigator.h"
#include "machinedialog.h"
#include "livesession.h"
#include "narrator.h"
#include "pcapwriter.h"
#include "playbackcontroller.h"
#include "realsegment.h"
#include "realsegmentnotes.h"
#include "referencepageview.h"
#include "scenarioregistry.h"
#include "statediagramview.h"
#include "subnetinputpanel.h"
#include "topologyview.h"
#include "tcpflags.h"
#include "translations.h"

#include <QAbstractSpinBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>
#include <QStyle>
#include <QTableView>

namespace NetSteps {

namespace {
const qreal speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_playback(new PlaybackController(this))
{
    m_ui->setupUi(this);
    m_checkpoints = new CheckpointController(m_playback, m_ui->checkpointPanel, this);
    setupStages();
    setupLab();
    setupControls();
    setupShortcuts();
    setupLessonActions();
    setupClassroom();

    const auto labeler = [this](const QString &name) { return endpointLabel(name); };
    ladderView()->setEndpointLabeler(labeler);
    stateDiagram()->setEndpointLabeler(labeler);
    inspector()->endpointModel()->setEndpointLabeler(labeler);

    QFont captionFont = m_ui->captionLabel->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.35);
    m_ui->captionLabel->setFont(captionFont);
    m_ui->captionLabel->setMinimumHeight(m_ui->captionLabel->fontMetrics().lineSpacing() * 3 + 8);
    QFont titleFont = m_ui->stepTitleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_ui->stepTitleLabel->setFont(titleFont);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    // The ladder is readable from about 480 px; width beyond that helps the state diagram most.
    m_ui->stageSplitter->setStretchFactor(0, 1);
    m_ui->stageSplitter->setStretchFactor(1, 2);

    connect(m_playback, &PlaybackController::positionChanged, this, &MainWindow::showPosition);
    connect(m_playback, &PlaybackController::playingChanged, this, &MainWindow::updatePlayButton);
    connect(ladderView(), &LadderView::transmissionSelected, this, &MainWindow::showTransmission);
    connect(ladderView(), &LadderView::realSegmentSelected, this, &MainWindow::showRealSegment);
    connect(m_topologyView, &TopologyView::transmissionSelected, this, &MainWindow::showTransmission);
    connect(m_lanSetup, &LanSetupPanel::parametersChanged, this, &MainWindow::rebuildLesson);
    connect(m_subnetInputs, &SubnetInputPanel::parametersChanged, this, &MainWindow::rebuildLesson);
    connect(m_ui->exportPcapAction, &QAction::triggered, this, &MainWindow::exportPcap);
    connect(m_ui->exportLiveCaptureAction, &QAction::triggered, this, &MainWindow::exportLiveCapture);
    m_ui->exportLiveCaptureAction->setEnabled(false);
    connect(m_ui->saveScreenshotAction, &QAction::triggered, this, &MainWindow::saveScreenshot);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->machineAction, &QAction::triggered, this, [this] {
        MachineDialog dialog(this);
        dialog.exec();
    });

    loadLessons();
    retranslate();
}

MainWindow::~MainWindow()
{
    // The views outlive m_scenario (QWidget deletes its children after the members are gone):
    // let go of it first, and of the live run's observations and the lab's sockets.
    inspector()->endpointModel()->setObservations(nullptr);
    m_live.reset();
    m_lab.reset();
    detachViews();
}

void MainWindow::detachViews()
{
    ladderView()->setScenario(nullptr);
    stateDiagram()->setScenario(nullptr);
    inspector()->endpointModel()->setScenario(nullptr);
    m_topologyView->setScenario(nullptr);
    m_lanTables->setStep(nullptr, 0);
    m_bitView->setScenario(nullptr);
    m_referenceView->setLesson(nullptr);
    m_checkpoints->setLesson(nullptr, nullptr);
}

// The stages share the window's middle: the TCP lessons' ladder and state diagram (from the .ui
// file), an ARP lesson's LAN with its set-up over the sender's AND decision, a subnet lesson's
// inputs over its bit view, and a reference lesson's pages. An ARP lesson's tables stand under
// the inspector: under the LAN they left it too little height once a checkpoint's answer shows.
void MainWindow::setupStages()
{
    m_stages = new QStackedWidget(this);
    m_ui->mainSplitter->insertWidget(m_ui->mainSplitter->indexOf(m_ui->stageSplitter), m_stages);
    m_stages->addWidget(m_ui->stageSplitter);

    m_topologyPage = new QWidget(m_stages);
    auto *topologyLayout = new QVBoxLayout(m_topologyPage);
    topologyLayout->setContentsMargins(0, 0, 0, 0);
    m_lanSetup = new LanSetupPanel(m_topologyPage);
    topologyLayout->addWidget(m_lanSetup);
    // The LAN has the height; the sender's AND decision, three rows of bits, a quarter of it.
    m_topologyView = new TopologyView(m_topologyPage);
    topologyLayout->addWidget(m_topologyView, 3);
    m_decisionView = new BitView(m_topologyPage);
    m_decisionView->setMinimumHeight(90);
    m_decisionView->setMaximumHeight(200);
    topologyLayout->addWidget(m_decisionView, 1);
    m_stages->addWidget(m_topologyPage);
    m_lanTables = new LanTablesWidget(m_ui->sideSplitter);
    // Low enough for the column to fit a 1280×800 window under a checkpoint's answer; they scroll.
    m_lanTables->arpView()->setMinimumHeight(48);
    m_lanTables->macView()->setMinimumHeight(48);

    m_bitsPage = new QWidget(m_stages);
    auto *bitsLayout = new QVBoxLayout(m_bitsPage);
    bitsLayout->setContentsMargins(0, 0, 0, 0);
    m_subnetInputs = new SubnetInputPanel(m_bitsPage);
    bitsLayout->addWidget(m_subnetInputs);
    m_bitView = new BitView(m_bitsPage);
    bitsLayout->addWidget(m_bitView, 1);
    m_stages->addWidget(m_bitsPage);

    m_referenceView = new ReferencePageView(m_stages);
    m_stages->addWidget(m_referenceView);

    // Only the page shown asks for room: the ARP set-up of two LANs must not widen the stage of a
    // TCP lesson (and narrow its neighbours).
    const auto askRoomForCurrent = [this](int current) {
        for (int i = 0; i < m_stages->count(); ++i) {
            const QSizePolicy::Policy policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_stages->widget(i)->setSizePolicy(policy, policy);
        }
    };
    connect(m_stages, &QStackedWidget::currentChanged, this, askRoomForCurrent);
    askRoomForCurrent(m_stages->currentIndex());
}

QWidget *MainWindow::stage() const
{
    return m_stages->currentWidget();
}

LadderView *MainWindow::ladderView() const
{
    return m_ui->ladderView;
}

StateDiagramView *MainWindow::stateDiagram() const
{
    return m_ui->stateDiagramView;
}

InspectorWidget *MainWindow::inspector() const
{
    return m_ui->inspector;
}

QString MainWindow::caption() const
{
    return m_ui->captionLabel->text();
}

QString MainWindow::stepTitle() const
{
    return m_ui->stepTitleLabel->text();
}

QString MainWindow::endpointLabel(const QString &name) const
{
    if (m_labFollowed > 0) {
        if (QString label = labEndpointLabel(name); !label.isEmpty())
            return label;
    }
    if (m_scenario && m_scenario->stage != Scenario::Stage::Ladder)
        return Narrator::stationLabel(name);
    return Narrator::endpointLabel(name);
}

void MainWindow::setupControls()
{
    const auto icon = [this](QStyle::StandardPixmap p) { return style()->standardIcon(p); };
    m_ui->restartButton->setIcon(icon(QStyle::SP_MediaSkipBackward));
    m_ui->backButton->setIcon(icon(QStyle::SP_MediaSeekBackward));
    m_ui->forwardButton->setIcon(icon(QStyle::SP_MediaSeekForward));
    m_ui->endButton->setIcon(icon(QStyle::SP_MediaSkipForward));
    updatePlayButton(false);
    for (QToolButton *b : {m_ui->restartButton, m_ui->backButton, m_ui->playButton, m_ui->forwardButton, m_ui->endButton})
        b->setIconSize(QSize(28, 28));

    connect(m_ui->restartButton, &QToolButton::clicked, this, &MainWindow::restartLesson);
    connect(m_ui->backButton, &QToolButton::clicked, m_playback, &PlaybackController::stepBack);
    connect(m_ui->playButton, &QToolButton::clicked, m_playback, &PlaybackController::togglePlay);
    connect(m_ui->forwardButton, &QToolButton::clicked, m_playback, &PlaybackController::stepForward);
    connect(m_ui->endButton, &QToolButton::clicked, m_playback, &PlaybackController::toEnd);
    connect(m_ui->timelineSlider, &QSlider::valueChanged, this, [this](int value) {
        if (value != m_playback->step())
            m_playback->seek(value);
    });

    for (qreal s : speeds)
        m_ui->speedCombo->addItem(QStringLiteral("%1×").arg(s), s);
    m_ui->speedCombo->setCurrentIndex(2);
    connect(m_ui->speedCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const qreal speed = m_ui->speedCombo->itemData(index).toReal();
        m_playback->setSpeed(speed);
        QSettings().setValue(QStringLiteral("speed"), speed); // the user's choice, for the next start
    });

    connect(m_ui->liveRadio, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked != isLive())
            setLive(checked);
    });

    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) {
                // The user's own choice is remembered for the next start; --lang and screenshots are not.
                const QString language = m_ui->languageCombo->itemData(index).toString();
                if (setLanguage(language))
                    QSettings().setValue(QStringLiteral("language"), language);
            });

    connect(m_ui->lessonTree, &LessonNavigator::lessonChosen, this,
            [this](const QString &id) { openLesson(id, m_scenario ? m_scenario->seed : 1); });
}

void MainWindow::setupShortcuts()
{
    // Window-wide keys; a focused text field keeps them for itself (it accepts ShortcutOverride).
    const auto bind = [this](QKeySequence key, auto slot) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, m_playback, slot);
    };
    bind(QKeySequence(Qt::Key_Space), &PlaybackController::togglePlay);
    bind(QKeySequence(Qt::Key_Right), &PlaybackController::stepForward);
    bind(QKeySequence(Qt::Key_Left), &PlaybackController::stepBack);
    auto *home = new QShortcut(QKeySequence(Qt::Key_Home), this);
    home->setContext(Qt::WindowShortcut);
    connect(home, &QShortcut::activated, this, &MainWindow::restartLesson);
    bind(QKeySequence(Qt::Key_End), &PlaybackController::toEnd);
    // A presentation clicker's keys; a focused spin box keeps them, as its steps of ten.
    const auto clicker = [this](Qt::Key key, int spinSteps, const std::function<void()> &step) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, spinSteps, step] {
            if (auto *spinBox = qobject_cast<QAbstractSpinBox *>(focusWidget()))
                spinBox->stepBy(spinSteps);
            else
                step();
        });
    };
    clicker(Qt::Key_PageDown, -10, [this] { m_playback->stepForward(); });
    clicker(Qt::Key_PageUp, 10, [this] { m_playback->stepBack(); });
}

bool MainWindow::openLesson(const QString &id, quint64 seed)
{
    const Lesson *lesson = m_lessons.find(id);
    if (lesson && lesson->kind == Lesson::Kind::Reference) {
        openReference(*lesson);
        return true;
    }
    ScenarioParameters parameters;
    parameters.seed = seed;
    std::optional<Scenario> scenario = ScenarioRegistry::build(id, parameters);
    if (!scenario)
        return false;
    leaveLive();
    if (!m_scenario)
        detachViews(); // the reference lesson's pages go
    m_lessonId = id;
    m_lesson = lesson ? std::optional<Lesson>(*lesson) : std::nullopt;
    m_builtForLive = false;
    m_parameters = parameters;
    if (scenario->stage == Scenario::Stage::Topology)
        m_lanSetup->setLesson(id, parameters);
    else if (scenario->stage == Scenario::Stage::Bits)
        m_subnetInputs->setLesson(id, parameters);
    installScenario(std::move(*scenario));
    navigator()->setCurrentLesson(id);
    updateLiveAvailability();
    setWindowTitle(tr("NetSteps — %1").arg(lessonTitle()));
    return true;
}

bool MainWindow::rebuildLesson(const ScenarioParameters &parameters)
{
    if (!m_scenario)
        return false;
    std::optional<Scenario> scenario = ScenarioRegistry::build(m_lessonId, parameters);
    if (!scenario)
        return false;
    const int step = m_playback->step();
    const bool taught = teachingLesson() != nullptr;
    m_parameters = parameters;
    installScenario(std::move(*scenario));
    if (taught && !teachingLesson())
        statusBar()->showMessage(tr("The lesson's own captions and checkpoints are written for its usual settings; "
                                    "with these, each step is narrated by the model."),
                                 10000);
    m_playback->seek(qMin(step, m_scenario->lastStep()));
    return true;
}

bool MainWindow::setParameters(const ScenarioParameters &parameters)
{
    if (!rebuildLesson(parameters))
        return false;
    if (m_scenario->stage == Scenario::Stage::Topology)
        m_lanSetup->setLesson(m_lessonId, parameters);
    else if (m_scenario->stage == Scenario::Stage::Bits)
        m_subnetInputs->setLesson(m_lessonId, parameters);
    return true;
}

void MainWindow::installScenario(Scenario scenario)
{
    m_scenario = std::move(scenario);
    m_shownStep = -1;
    m_checkpoints->setLesson(teachingLesson(), &*m_scenario);
    updatePanels();
    labScenarioInstalled();
    m_ui->captionLabel->show();
    const bool ladder = m_scenario->stage == Scenario::Stage::Ladder;
    const Scenario *tcp = ladder ? &*m_scenario : nullptr;
    ladderView()->setScenario(tcp);
    stateDiagram()->setScenario(tcp);
    inspector()->endpointModel()->setScenario(tcp);
    m_topologyView->setScenario(m_scenario->stage == Scenario::Stage::Topology ? &*m_scenario : nullptr);
    m_bitView->setScenario(m_scenario->stage == Scenario::Stage::Bits ? &*m_scenario : nullptr);
    m_decisionView->setVisible(false);
    inspector()->setEndpointsVisible(ladder);
    // The subnet lessons put nothing on the wire: there is no capture to export.
    m_ui->exportPcapAction->setEnabled(!m_scenario->transmissions.isEmpty());
    m_ui->exportStageAction->setEnabled(true);
    m_ui->exportLessonAction->setEnabled(true);
    updateZoomActions();
    updateScore();
    switch (m_scenario->stage) {
    case Scenario::Stage::Ladder: m_stages->setCurrentWidget(m_ui->stageSplitter); break;
    case Scenario::Stage::Topology: m_stages->setCurrentWidget(m_topologyPage); break;
    case Scenario::Stage::Bits: m_stages->setCurrentWidget(m_bitsPage); break;
    }
    inspector()->clearFrame();
    {
        QSignalBlocker blocker(m_ui->timelineSlider);
        m_ui->timelineSlider->setRange(0, m_scenario->lastStep());
    }
    m_playback->setStepCount(m_scenario->stepCount());
}

void MainWindow::showPosition(int step, qreal progress)
{
    if (m_checkpoints->holdsBack(step, progress))
        return;
    if (!m_scenario) {
        if (m_lesson)
            showPage(step);
        return;
    }
    const bool ladder = m_scenario->stage == Scenario::Stage::Ladder;
    switch (m_scenario->stage) {
    case Scenario::Stage::Ladder: ladderView()->showStep(step, progress); break;
    case Scenario::Stage::Topology: m_topologyView->showStep(step, progress); break;
    case Scenario::Stage::Bits: m_bitView->showStep(step, progress); break;
    }
    if (step != m_shownStep) {
        m_shownStep = step;
        const Step &s = m_scenario->step(step);
        if (ladder) {
            stateDiagram()->showStep(step);
            inspector()->endpointModel()->setStep(step);
        } else if (m_scenario->stage == Scenario::Stage::Topology) {
            m_lanTables->setStep(&*m_scenario, step);
            showDecisionUpTo(step);
        }
        observeUpTo(step);
        {
            QSignalBlocker blocker(m_ui->timelineSlider);
            m_ui->timelineSlider->setValue(step);
        }
        m_ui->stepLabel->setText(tr("Step %1 / %2").arg(step).arg(m_scenario->lastStep()));
        const Lesson *lesson = teachingLesson();
        m_ui->stepTitleLabel->setText(
            tr("Step %1 · %2 · %3")
                .arg(step)
                .arg(Narrator::eventTitle(*m_scenario, step),
                     lesson ? lesson->layer(*m_scenario, step) : Narrator::layer(*m_scenario, step)));
        updateCaption();
        // Inspect the frame that moved in this step, else the one it sent.
        int id = s.moved >= 0 ? s.moved : (!s.sent.isEmpty() ? s.sent.last() : -1);
        const int selected = ladder ? ladderView()->selectedTransmission() : m_topologyView->selectedTransmission();
        if (id < 0 && selected >= 0 && m_scenario->transmission(selected).sentStep <= step)
            id = selected;
        // A real segment the user picked stays in the inspector while it is on the ladder.
        const int real = ladderView()->selectedRealSegment();
        if (id < 0 && real >= 0 && ladderView()->realSegments().at(real).step <= step) {
            showRealSegment(real);
        } else {
            if (id >= 0 && ladder)
                ladderView()->selectTransmission(id);
            else if (id >= 0)
                m_topologyView->selectTransmission(id);
            showTransmission(id);
        }
    }
}

// The sender's AND decision of the last route step up to this one, drawn small under the LAN.
void MainWindow::showDecisionUpTo(int step)
{
    for (int i = step; i >= 0; --i) {
        if (const std::optional<RouteDecision> &route = m_scenario->step(i).lan.route) {
            m_decisionView->showDecision(*route);
            m_decisionView->setVisible(true);
            return;
        }
    }
    m_decisionView->setVisible(false);
}

void MainWindow::showTransmission(int id)
{
    if (!m_scenario || id < 0 || id >= m_scenario->transmissions.size()) {
        inspector()->clearFrame();
        return;
    }
    const Transmission &t = m_scenario->transmission(id);
    const QString what = t.frame.tcp ? tcpFlagsToString(t.frame.tcp->flags) : FrameCodec::summary(t.frame);
    const QString to = t.receivers.size() > 1 ? tr("%n stations", nullptr, int(t.receivers.size())) : endpointLabel(t.to);
    inspector()->showFrame(tr("Frame %1: %2, %3 → %4").arg(id + 1).arg(what, endpointLabel(t.from), to), t.bytes);
}

void MainWindow::updatePlayButton(bool playing)
{
    m_ui->playButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

bool MainWindow::setLanguage(const QString &language)
{
    if (!installTranslations(language))
        return false;
    m_language = language;
    const int index = m_ui->languageCombo->findData(language);
    if (index >= 0 && index != m_ui->languageCombo->currentIndex()) {
        QSignalBlocker blocker(m_ui->languageCombo);
        m_ui->languageCombo->setCurrentIndex(index);
    }
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_lanSetup->retranslate();
    updateLiveAvailability();
    updateLabPanel();
    updateZoomActions();
    navigator()->refill();
    if (m_scenario || m_lesson)
        setWindowTitle(tr("NetSteps — %1").arg(lessonTitle()));
    updateScore();
    if (m_scenario) {
        const auto labeler = [this](const QString &name) { return endpointLabel(name); };
        ladderView()->setEndpointLabeler(labeler);
        stateDiagram()->setEndpointLabeler(labeler);
        inspector()->endpointModel()->setEndpointLabeler(labeler);
        updateRealSegments(); // their summaries are translated
        m_shownStep = -1;
        showPosition(m_playback->step(), m_playback->progress());
        m_checkpoints->retranslate();
    } else if (m_lesson) {
        m_shownStep = -1;
        showPage(m_playback->step());
    } else {
        m_ui->captionLabel->setText(tr("Choose a lesson on the left to begin."));
    }
}

void MainWindow::exportPcap()
{
    if (!m_scenario)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Capture"), m_lessonId + QStringLiteral(".pcap"),
                                                      tr("Packet captures (*.pcap)"));
    if (file.isEmpty())
        return;
    const QList<std::pair<qint64, QByteArray>> records = m_scenario->captureRecords();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(PcapWriter::toBytes(records)) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Export Capture"), tr("Could not write %1: %2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Wrote %n frame(s) to %1", nullptr, int(records.size())).arg(file), 5000);
}

// The narration of the step shown; in Live mode followed by what the real segments of that step
// show that the model does not (random ISNs, Linux's options, loopback's speed).
void MainWindow::updateCaption()
{
    if (!m_scenario || m_shownStep < 0)
        return;
    const Lesson *lesson = teachingLesson();
    QString text = lesson ? lesson->caption(*m_scenario, m_shownStep) : Narrator::caption(*m_scenario, m_shownStep);
    const LessonStep *lessonStep = lesson ? lesson->step(m_shownStep) : nullptr;
    showGlossary(lessonStep ? lessonStep->glossary : QList<LocalizedText>{});
    QStringList topics;
    QStringList explanations;
    if (m_live) {
        const QList<LiveObservation> &observations = m_live->observations();
        for (qsizetype i = 0; i < observations.size(); ++i) {
            if (observations.at(i).step != m_shownStep)
                continue;
            for (const RealSegmentNotes::Note &note : RealSegmentNotes::explain(*m_scenario, observations, i)) {
                topics.append(note.topic);
                explanations.append(note.text);
            }
            // A UDP call made for real: what it returned, and whether that is the model's result.
            if (const LiveObservation &o = observations.at(i); !o.realCall.isEmpty())
                text += QStringLiteral("\n") + tr("Real socket: %1 %2").arg(o.realCall, o.agree.value_or(false) ? QStringLiteral("✓") : QStringLiteral("✗"));
        }
    }
    // One line of topics keeps the diagrams large on a projector; the reasons are in the tooltip.
    if (!topics.isEmpty())
        text += QStringLiteral("\n") + tr("Real segments differ from the model's: %1 (point here for why).")
                                           .arg(topics.join(tr(", ", "between the items of a list")));
    m_ui->captionLabel->setText(text);
    m_ui->captionLabel->setToolTip(explanations.join(QStringLiteral("\n\n")));
}

void MainWindow::saveScreenshot()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save Screenshot"), QStringLiteral("%1-step%2.png").arg(m_lessonId).arg(m_playback->step()),
        tr("PNG images (*.png)"));
    if (file.isEmpty())
        return;
    if (!grab().save(file, "PNG")) {
        QMessageBox::warning(this, tr("Save Screenshot"), tr("Could not write %1.").arg(file));
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(file), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About NetSteps"),
                       tr("<b>NetSteps %1</b><p>Step through the TCP three-way handshake, the four-way close and "
                          "TIME-WAIT, with every step mapped onto the TCP state machine of RFC 9293 and the real "
                          "bytes of every segment.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace NetSteps
