#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "bitview.h"
#include "endpointtablemodel.h"
#include "framecodec.h"
#include "inspectorwidget.h"
#include "ladderview.h"
#include "lansetuppanel.h"
#include "lantablesmodel.h"
#include "machinedialog.h"
#include "livesession.h"
#include "narrator.h"
#include "pcapwriter.h"
#include "playbackcontroller.h"
#include "realsegment.h"
#include "realsegmentnotes.h"
#include "scenarioregistry.h"
#include "statediagramview.h"
#include "subnetinputpanel.h"
#include "topologyview.h"
#include "tcpflags.h"
#include "translations.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QStyle>

namespace NetSteps {

namespace {
constexpr int lessonIdRole = Qt::UserRole + 1;
const qreal speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0};
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_playback(new PlaybackController(this))
{
    m_ui->setupUi(this);
    setupStages();
    setupControls();
    setupShortcuts();

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
    m_ui->mainSplitter->setSizes({210, 830, 300});
    // The ladder is readable from about 480 px; width beyond that helps the state diagram most.
    m_ui->stageSplitter->setStretchFactor(0, 1);
    m_ui->stageSplitter->setStretchFactor(1, 2);
    m_ui->stageSplitter->setSizes({480, 350});

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

    populateLessons();
    retranslate();
}

MainWindow::~MainWindow()
{
    // The views outlive m_scenario (QWidget deletes its children after the members are gone):
    // let go of it first, and of the live run's observations.
    inspector()->endpointModel()->setObservations(nullptr);
    m_live.reset();
    ladderView()->setScenario(nullptr);
    stateDiagram()->setScenario(nullptr);
    inspector()->endpointModel()->setScenario(nullptr);
    m_topologyView->setScenario(nullptr);
    m_lanTables->setStep(nullptr, 0);
    m_bitView->setScenario(nullptr);
}

// The stages share the window's middle: the TCP lessons' ladder and state diagram (from the .ui
// file), an ARP lesson's LAN with its set-up, its tables and the sender's AND decision, and a
// subnet lesson's inputs over its bit view.
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
    auto *lanSplitter = new QSplitter(Qt::Vertical, m_topologyPage);
    lanSplitter->setChildrenCollapsible(false);
    m_topologyView = new TopologyView(lanSplitter);
    m_decisionView = new BitView(lanSplitter);
    m_decisionView->setMinimumHeight(110);
    m_lanTables = new LanTablesWidget(lanSplitter);
    lanSplitter->setStretchFactor(0, 3);
    lanSplitter->setStretchFactor(1, 1);
    lanSplitter->setStretchFactor(2, 1);
    lanSplitter->setSizes({440, 140, 200});
    topologyLayout->addWidget(lanSplitter, 1);
    m_stages->addWidget(m_topologyPage);

    m_bitsPage = new QWidget(m_stages);
    auto *bitsLayout = new QVBoxLayout(m_bitsPage);
    bitsLayout->setContentsMargins(0, 0, 0, 0);
    m_subnetInputs = new SubnetInputPanel(m_bitsPage);
    bitsLayout->addWidget(m_subnetInputs);
    m_bitView = new BitView(m_bitsPage);
    bitsLayout->addWidget(m_bitView, 1);
    m_stages->addWidget(m_bitsPage);
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
    connect(m_ui->speedCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_playback->setSpeed(m_ui->speedCombo->itemData(index).toReal()); });

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

    connect(m_ui->lessonTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, lessonIdRole).isValid() && item->data(0, lessonIdRole).toString() != m_lessonId)
            openLesson(item->data(0, lessonIdRole).toString(), m_scenario ? m_scenario->seed : 1);
    });
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
}

void MainWindow::populateLessons()
{
    const QString current = m_lessonId;
    QSignalBlocker blocker(m_ui->lessonTree);
    m_ui->lessonTree->clear();
    QHash<QString, QTreeWidgetItem *> topics;
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        QTreeWidgetItem *topic = topics.value(info.topic);
        if (!topic) {
            topic = new QTreeWidgetItem(m_ui->lessonTree, {ScenarioRegistry::topicTitle(info.topic)});
            topic->setFlags(Qt::ItemIsEnabled);
            QFont bold = topic->font(0);
            bold.setBold(true);
            topic->setFont(0, bold);
            topic->setExpanded(true);
            topics.insert(info.topic, topic);
        }
        auto *item = new QTreeWidgetItem(topic, {info.title()});
        item->setData(0, lessonIdRole, info.id);
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(info.id, info.summary()));
        if (info.id == current)
            m_ui->lessonTree->setCurrentItem(item);
    }
}

bool MainWindow::openLesson(const QString &id, quint64 seed)
{
    ScenarioParameters parameters;
    parameters.seed = seed;
    std::optional<Scenario> scenario = ScenarioRegistry::build(id, parameters);
    if (!scenario)
        return false;
    leaveLive();
    m_lessonId = id;
    m_builtForLive = false;
    m_parameters = parameters;
    if (scenario->stage == Scenario::Stage::Topology)
        m_lanSetup->setLesson(id, parameters);
    else if (scenario->stage == Scenario::Stage::Bits)
        m_subnetInputs->setLesson(id, parameters);
    installScenario(std::move(*scenario));
    populateLessons();
    updateLiveAvailability();
    if (const ScenarioInfo *info = ScenarioRegistry::find(id))
        setWindowTitle(tr("NetSteps — %1").arg(info->title()));
    return true;
}

bool MainWindow::rebuildLesson(const ScenarioParameters &parameters)
{
    std::optional<Scenario> scenario = ScenarioRegistry::build(m_lessonId, parameters);
    if (!scenario)
        return false;
    const int step = m_playback->step();
    m_parameters = parameters;
    installScenario(std::move(*scenario));
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
    if (!m_scenario)
        return;
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
        m_ui->stepTitleLabel->setText(tr("Step %1 · %2 · %3")
                                          .arg(step)
                                          .arg(Narrator::eventTitle(*m_scenario, step), Narrator::layer(*m_scenario, step)));
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

QString MainWindow::liveUnavailableReason() const
{
    QString reason;
    const ScenarioInfo *info = ScenarioRegistry::find(m_lessonId);
    if (!m_scenario || !info) {
        reason = tr("Choose a lesson first.");
    } else if (!info->isLiveCapable()) {
        reason = info->simulatedOnlyReason();
    } else if (const LiveSession probe(*m_scenario); !probe.isAvailable()) {
        reason = probe.unavailableReason();
    }
    return reason;
}

void MainWindow::updateLiveAvailability()
{
    const QString reason = liveUnavailableReason();
    m_ui->liveRadio->setEnabled(reason.isEmpty());
    m_ui->liveRadio->setToolTip(reason.isEmpty()
                                    ? tr("Perform this lesson with real sockets on 127.0.0.1 and show the kernel's own "
                                         "state of each socket beside the model's. The kernel cannot rewind: stepping "
                                         "back shows what was recorded, and Restart runs it again.")
                                    : tr("Live mode is not available for this lesson: %1").arg(reason));
    if (const ScenarioInfo *info = ScenarioRegistry::find(m_lessonId); info && reason.isEmpty() && info->liveNoteSource)
        m_ui->liveRadio->setToolTip(m_ui->liveRadio->toolTip() + QStringLiteral("\n\n") + info->liveNote());
}

void MainWindow::leaveLive()
{
    inspector()->endpointModel()->setObservations(nullptr);
    const bool wasLive = m_live != nullptr;
    m_live.reset();
    updateRealSegments();
    m_ui->exportLiveCaptureAction->setEnabled(false);
    if (wasLive)
        statusBar()->clearMessage();
    QSignalBlocker blocker(m_ui->simulatedRadio);
    m_ui->simulatedRadio->setChecked(true);
}

bool MainWindow::setLive(bool live)
{
    if (!live || !m_scenario || !m_ui->liveRadio->isEnabled()) {
        leaveLive();
        // Back to the lesson as it is taught, where a live run needed other parameters.
        if (m_builtForLive && m_scenario) {
            ScenarioParameters parameters;
            parameters.seed = m_scenario->seed;
            m_builtForLive = false;
            if (std::optional<Scenario> scenario = ScenarioRegistry::build(m_lessonId, parameters))
                installScenario(std::move(*scenario));
        }
        return !live;
    }
    // Some lessons run live with other parameters (keep-alive timers short enough to watch).
    const ScenarioInfo *info = ScenarioRegistry::find(m_lessonId);
    if (info && info->liveParameters && !m_builtForLive) {
        ScenarioParameters parameters;
        parameters.seed = m_scenario->seed;
        if (std::optional<Scenario> scenario = ScenarioRegistry::build(m_lessonId, info->parametersForLive(parameters))) {
            m_builtForLive = true;
            installScenario(std::move(*scenario));
        }
    }
    m_live = std::make_unique<LiveSession>(*m_scenario);
    // At the 2MSL step the window waits for the kernel to drop its TIME-WAIT entry (60 s on
    // Linux), counting its seconds down beside the model's timer.
    m_live->setWaitOutTimeWait(true);
    connect(m_live.get(), &LiveSession::timeWaitCountdown, inspector()->endpointModel(),
            &EndpointTableModel::setKernelCountdown);
    connect(m_live.get(), &LiveSession::stepObserved, this, [this](int step) {
        inspector()->endpointModel()->observationsChanged();
        updateRealSegments();
        if (step == m_shownStep)
            updateCaption();
        observeUpTo(m_playback->step());
    });
    connect(m_live.get(), &LiveSession::captureStatusChanged, this, &MainWindow::showCaptureStatus);
    m_live->start();
    inspector()->endpointModel()->setObservations(&m_live->observations());
    updateRealSegments();
    {
        QSignalBlocker blocker(m_ui->liveRadio);
        m_ui->liveRadio->setChecked(true);
    }
    observeUpTo(m_playback->step());
    return true;
}

// The real sockets move forward only: perform the steps not yet performed, up to this one.
void MainWindow::observeUpTo(int step)
{
    if (m_live && !m_live->isWaiting() && !m_live->atEnd() && m_live->nextStep() <= step)
        m_live->advance();
}

void MainWindow::restartLesson()
{
    m_playback->restart();
    if (m_live) {
        m_live->start();
        inspector()->endpointModel()->setObservations(&m_live->observations());
        updateRealSegments();
        observeUpTo(0);
    }
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

void MainWindow::updateRealSegments()
{
    ladderView()->setRealSegments(m_live && m_scenario ? realSegments(m_live->observations(), m_scenario->endpointNames)
                                                       : QList<RealSegment>{});
}

void MainWindow::showRealSegment(int index)
{
    if (index < 0 || index >= ladderView()->realSegments().size()) {
        inspector()->clearFrame();
        return;
    }
    const RealSegment &segment = ladderView()->realSegments().at(index);
    inspector()->showFrame(tr("Real segment captured on loopback at step %1: %2, %3 → %4")
                               .arg(segment.step)
                               .arg(segment.flags, endpointLabel(segment.from), endpointLabel(segment.to)),
                           segment.bytes);
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
    populateLessons();
    if (m_scenario) {
        if (const ScenarioInfo *info = ScenarioRegistry::find(m_lessonId))
            setWindowTitle(tr("NetSteps — %1").arg(info->title()));
        const auto labeler = [this](const QString &name) { return endpointLabel(name); };
        ladderView()->setEndpointLabeler(labeler);
        stateDiagram()->setEndpointLabeler(labeler);
        inspector()->endpointModel()->setEndpointLabeler(labeler);
        updateRealSegments(); // their summaries are translated
        m_shownStep = -1;
        showPosition(m_playback->step(), m_playback->progress());
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
    QString text = Narrator::caption(*m_scenario, m_shownStep);
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
        }
    }
    // One line of topics keeps the diagrams large on a projector; the reasons are in the tooltip.
    if (!topics.isEmpty())
        text += QStringLiteral("\n") + tr("Real segments differ from the model's: %1 (point here for why).")
                                           .arg(topics.join(tr(", ", "between the items of a list")));
    m_ui->captionLabel->setText(text);
    m_ui->captionLabel->setToolTip(explanations.join(QStringLiteral("\n\n")));
}

// Whether the live run's real segments are captured, and what was lost; the capture opens with
// the first step performed.
void MainWindow::showCaptureStatus()
{
    if (!m_live)
        return;
    m_ui->exportLiveCaptureAction->setEnabled(m_live->isCapturing());
    const QString status = m_live->captureStatus();
    if (m_live->isCapturing())
        statusBar()->showMessage(status.isEmpty()
                                     ? tr("Live: real sockets on 127.0.0.1; their real segments are captured on the "
                                          "loopback interface and drawn on the ladder.")
                                     : tr("Live: real sockets on 127.0.0.1. %1").arg(status));
    else
        statusBar()->showMessage(tr("Live: real sockets on 127.0.0.1. Their real segments are not shown: %1").arg(status));
}

// The real segments the live run captured so far, as a pcap file for Wireshark.
void MainWindow::exportLiveCapture()
{
    if (!m_live)
        return;
    const QList<std::pair<qint64, QByteArray>> records = LiveSession::captureRecords(m_live->observations());
    if (records.isEmpty()) {
        QMessageBox::information(this, tr("Save Real Segments"),
                                 tr("No real segment has been captured yet: step forward in Live mode first."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, tr("Save Real Segments"),
                                                      m_lessonId + QStringLiteral("-live.pcap"),
                                                      tr("Packet captures (*.pcap)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(PcapWriter::toBytes(records)) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Save Real Segments"), tr("Could not write %1: %2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Wrote %n real segment(s) to %1", nullptr, int(records.size())).arg(file), 5000);
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
