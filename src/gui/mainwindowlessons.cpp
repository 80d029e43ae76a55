// MainWindow, its lessons: loading the lesson files (and reporting the broken ones), reference
// lessons' pages, the checkpoints' score and the glossary line under the caption. The stages,
// the playback and Live mode: mainwindow.cpp.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "checkpointcontroller.h"
#include "checkpointpanel.h"
#include "inspectorwidget.h"
#include "lessonnavigator.h"
#include "lessonproblemsdialog.h"
#include "lessonprogress.h"
#include "playbackcontroller.h"
#include "referencepageview.h"
#include "scenarioregistry.h"
#include "translations.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStatusBar>
#include <QStackedWidget>
#include <QTextDocumentFragment>

namespace NetSteps {

namespace {

// Whether a scenario built from these parameters is the one the lessons are written for: their
// captions and questions name the usual addresses, LANs and timers (the seed may be any).
bool isAsWritten(const ScenarioParameters &p)
{
    const ScenarioParameters usual;
    return p.mslMs == usual.mslMs && p.keepaliveIdleMs == usual.keepaliveIdleMs
        && p.keepaliveIntervalMs == usual.keepaliveIntervalMs && p.keepaliveProbes == usual.keepaliveProbes
        && p.subnet == usual.subnet && p.otherAddress == usual.otherAddress && p.subnetToSplit == usual.subnetToSplit
        && p.borrowBits == usual.borrowBits && p.lan.networks == usual.lan.networks
        && p.lan.hostsPerLan == usual.lan.hostsPerLan && p.lan.overrides == usual.lan.overrides;
}

} // namespace

void MainWindow::setupLessonActions()
{
    m_problemsButton = new QPushButton(this);
    m_problemsButton->setFlat(true);
    m_problemsButton->hide();
    statusBar()->addPermanentWidget(m_problemsButton);
    connect(m_problemsButton, &QPushButton::clicked, this, &MainWindow::showLessonProblems);
    connect(m_ui->lessonProblemsAction, &QAction::triggered, this, &MainWindow::showLessonProblems);
    connect(m_ui->openLessonsFolderAction, &QAction::triggered, this, &MainWindow::chooseLessonsFolder);
    connect(m_ui->resetProgressAction, &QAction::triggered, this, &MainWindow::confirmResetProgress);
    connect(m_checkpoints, &CheckpointController::scoreChanged, this, [this] {
        updateScore();
        navigator()->refill();
    });
    QFont bold = m_ui->scoreLabel->font();
    bold.setBold(true);
    m_ui->scoreLabel->setFont(bold);
    m_ui->termsLabel->hide();
}

LessonNavigator *MainWindow::navigator() const
{
    return m_ui->lessonTree;
}

CheckpointPanel *MainWindow::checkpointPanel() const
{
    return m_ui->checkpointPanel;
}

int MainWindow::lastStep() const
{
    if (m_scenario)
        return m_scenario->lastStep();
    return m_lesson ? int(m_lesson->pages.size()) - 1 : -1;
}

const Lesson *MainWindow::teachingLesson() const
{
    if (!m_lesson || !m_scenario || m_builtForLive || !isAsWritten(m_parameters))
        return nullptr;
    return &*m_lesson;
}

QString MainWindow::lessonTitle() const
{
    if (m_lesson)
        return m_lesson->title.text();
    const ScenarioInfo *info = ScenarioRegistry::find(m_lessonId);
    return info ? info->title() : m_lessonId;
}

void MainWindow::loadLessons(const QString &folder)
{
    m_lessons = LessonLoader::loadAll(folder);
    m_lessonsFolder = folder;
    navigator()->setLessons(m_lessons.lessons);

    QSet<QString> brokenFiles;
    for (const LessonError &error : m_lessons.errors)
        brokenFiles.insert(error.file);
    const int broken = int(brokenFiles.size());
    m_ui->lessonProblemsAction->setEnabled(broken > 0 || !m_lessons.notices.isEmpty());
    m_problemsButton->setText(tr("⚠ %n lesson file(s) not loaded…", nullptr, broken));
    m_problemsButton->setVisible(broken > 0);
    if (broken > 0)
        statusBar()->showMessage(tr("%n lesson file(s) could not be loaded; the other lessons are ready. "
                                    "File › Lesson Problems… says why.",
                                    nullptr, broken));
    else if (!folder.isEmpty() && QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty())
        statusBar()->showMessage(tr("There are no lesson files (*.json) in %1.").arg(folder), 10000);
    else if (!folder.isEmpty())
        statusBar()->showMessage(tr("Loaded the lessons of %1; %n built-in lesson(s) replaced.", nullptr,
                                    int(m_lessons.notices.size()))
                                     .arg(folder),
                                 10000);

    // The lesson open may have a new file now, or none.
    if (!m_lessonId.isEmpty() && !openLesson(m_lessonId, m_scenario ? m_scenario->seed : 1))
        openLesson(QStringLiteral("tcp-handshake"));
}

void MainWindow::chooseLessonsFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Lessons Folder"), m_lessonsFolder);
    if (!folder.isEmpty())
        loadLessons(folder);
}

void MainWindow::showLessonProblems()
{
    LessonProblemsDialog dialog(m_lessons, this);
    dialog.exec();
}

void MainWindow::resetProgress()
{
    LessonProgress::reset();
    // Every checkpoint asks again, in this session too.
    m_checkpoints->setLesson(teachingLesson(), scenario());
    updateScore();
    navigator()->refill();
}

void MainWindow::confirmResetProgress()
{
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Reset Progress"),
        tr("Forget every answer given at the checkpoints, in every lesson? The scores start again from 0."),
        QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Reset)
        resetProgress();
}

void MainWindow::revealCheckpoint()
{
    m_checkpoints->revealShownStep();
}

QString MainWindow::scoreText() const
{
    return m_ui->scoreLabel->isHidden() ? QString() : m_ui->scoreLabel->text();
}

void MainWindow::updateScore()
{
    const Lesson *lesson = teachingLesson();
    const LessonProgress::Score score = lesson ? LessonProgress::score(*lesson) : LessonProgress::Score{};
    m_ui->scoreLabel->setVisible(score.checkpoints > 0);
    m_ui->scoreLabel->setText(tr("Score %1/%2").arg(score.right).arg(score.checkpoints));
    m_ui->scoreLabel->setToolTip(tr("Checkpoints answered right in this lesson, of %1; %2 answered so far. "
                                    "The first answer to each counts. Tools › Reset Progress… starts again.")
                                     .arg(score.checkpoints)
                                     .arg(score.answered));
}

// The terms of the step or page, each in the language shown first and then in the other one,
// as the course teaches both: "three-way handshake 三次握手".
void MainWindow::showGlossary(const QList<LocalizedText> &terms)
{
    QStringList entries;
    const QString shown = currentLanguage();
    for (const LocalizedText &term : terms) {
        QString entry = term.text(shown).toHtmlEscaped();
        for (const QString &language : availableLanguages()) {
            const QString other = term.text(language);
            if (language != shown && other != term.text(shown))
                entry += QStringLiteral(" <span style=\"color:#666666\">%1</span>").arg(other.toHtmlEscaped());
        }
        entries.append(entry);
    }
    m_ui->termsLabel->setVisible(!entries.isEmpty());
    m_ui->termsLabel->setText(entries.isEmpty() ? QString()
                                                : QStringLiteral("<b>%1</b> %2")
                                                      .arg(tr("Terms:").toHtmlEscaped(), entries.join(QStringLiteral(" · "))));
}

QString MainWindow::glossaryLine() const
{
    return m_ui->termsLabel->isHidden() ? QString()
                                        : QTextDocumentFragment::fromHtml(m_ui->termsLabel->text()).toPlainText();
}

void MainWindow::openReference(const Lesson &lesson)
{
    leaveLive();
    detachViews();
    m_scenario.reset();
    m_lessonId = lesson.id;
    m_lesson = lesson;
    m_builtForLive = false;
    m_shownStep = -1;
    m_referenceView->setLesson(&*m_lesson);
    m_stages->setCurrentWidget(m_referenceView);
    updatePanels(); // no frames, endpoints or tables
    m_ui->captionLabel->hide();
    m_ui->exportPcapAction->setEnabled(false);
    m_ui->exportStageAction->setEnabled(true);
    m_ui->exportLessonAction->setEnabled(false); // pages, not steps
    updateZoomActions();
    updateScore();
    {
        QSignalBlocker blocker(m_ui->timelineSlider);
        m_ui->timelineSlider->setRange(0, lastStep());
    }
    m_playback->setStepCount(int(m_lesson->pages.size()));
    navigator()->setCurrentLesson(lesson.id);
    updateLiveAvailability();
    setWindowTitle(tr("NetSteps — %1").arg(lessonTitle()));
}

// A reference lesson's page: the playback's steps are its pages.
void MainWindow::showPage(int page)
{
    if (page == m_shownStep || page < 0 || page > lastStep())
        return;
    m_shownStep = page;
    m_referenceView->showPage(page);
    {
        QSignalBlocker blocker(m_ui->timelineSlider);
        m_ui->timelineSlider->setValue(page);
    }
    m_ui->stepLabel->setText(tr("Page %1 / %2").arg(page + 1).arg(m_lesson->pages.size()));
    m_ui->stepTitleLabel->setText(m_lesson->title.text());
    m_ui->captionLabel->clear();
    showGlossary(m_lesson->pages.at(page).glossary);
}

} // namespace NetSteps
