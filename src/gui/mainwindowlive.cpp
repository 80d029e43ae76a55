// MainWindow, Live mode: the lesson performed with real sockets on 127.0.0.1, the kernel's view
// beside the model's, and the real segments captured on the way. The stages and the playback:
// mainwindow.cpp.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "endpointtablemodel.h"
#include "inspectorwidget.h"
#include "ladderview.h"
#include "livesession.h"
#include "pcapwriter.h"
#include "playbackcontroller.h"
#include "realsegment.h"
#include "scenarioregistry.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace NetSteps {

QString MainWindow::liveUnavailableReason() const
{
    QString reason;
    const ScenarioInfo *info = ScenarioRegistry::find(m_lessonId);
    if (m_lesson && m_lesson->kind == Lesson::Kind::Reference) {
        reason = tr("this lesson is pages to read, with nothing to perform.");
    } else if (!m_scenario || !info) {
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

} // namespace NetSteps
