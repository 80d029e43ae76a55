// MainWindow, the classroom: presenter mode, the stage's zoom, the pointer highlight, slides of
// the stage and of a whole lesson, and the preferences kept between runs. The stages and the
// playback: mainwindow.cpp.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "ladderview.h"
#include "lantablesmodel.h"
#include "lessonnavigator.h"
#include "playbackcontroller.h"
#include "pointerhighlight.h"
#include "presentermode.h"
#include "topologyview.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace NetSteps {

namespace {

constexpr qreal zoomStep = 1.25;

const QString speedKey = QStringLiteral("speed");
const QString lastLessonKey = QStringLiteral("lastLesson");
const QString themeKey = QStringLiteral("theme");
const QString highContrastTheme = QStringLiteral("high-contrast");
const QString geometryKey = QStringLiteral("window/geometry");
const QString exportFolderKey = QStringLiteral("export/folder");
const QString exportFormatKey = QStringLiteral("export/format");

QString splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("window/") + splitter->objectName();
}

} // namespace

void MainWindow::setupClassroom()
{
    m_presenter = new PresenterMode(this, m_ui->controlsBar);
    connect(m_ui->presenterModeAction, &QAction::toggled, m_presenter, &PresenterMode::setActive);
    connect(m_presenter, &PresenterMode::activeChanged, this, &MainWindow::presenterModeChanged);
    m_ui->presenterButton->setDefaultAction(m_ui->presenterModeAction);

    connect(m_ui->highContrastAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(themeKey, on ? highContrastTheme : QStringLiteral("standard"));
        applyTheme();
    });

    m_pointer = new PointerHighlight(m_stages);
    connect(m_ui->pointerHighlightAction, &QAction::toggled, m_pointer, &PointerHighlight::setActive);
    // A page comes to the top as it is shown; the circle stays over it.
    connect(m_stages, &QStackedWidget::currentChanged, m_pointer, &QWidget::raise);

    // Ctrl+= is Ctrl++ without Shift on most keyboards.
    m_ui->zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_ui->zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_ui->resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_ui->zoomInAction, &QAction::triggered, this, [this] { zoomStage(zoomStep); });
    connect(m_ui->zoomOutAction, &QAction::triggered, this, [this] { zoomStage(1 / zoomStep); });
    connect(m_ui->resetZoomAction, &QAction::triggered, this, &MainWindow::resetStageZoom);
    m_ui->viewMenu->setToolTipsVisible(true); // they say why zoom is off on a stage that fits itself

    connect(m_ui->exportStageAction, &QAction::triggered, this, &MainWindow::chooseStageExport);
    connect(m_ui->exportLessonAction, &QAction::triggered, this, &MainWindow::chooseLessonExport);
    m_ui->exportStageAction->setEnabled(false);
    m_ui->exportLessonAction->setEnabled(false);

    // Presenter mode hides the menu bar: its actions' keys must still reach the window.
    for (const QAction *menu : menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (!action->isSeparator())
                addAction(action);
        }
    }
    updateZoomActions();
}

QWidget *MainWindow::controlsBar() const
{
    return m_ui->controlsBar;
}

void MainWindow::updatePanels()
{
    // Only what changes: a splitter lays out a widget shown again anew.
    const auto setShown = [](QWidget *widget, bool shown) {
        if (widget->isHidden() == shown)
            widget->setVisible(shown);
    };
    const bool presenting = m_presenter && m_presenter->isActive();
    setShown(navigator(), !presenting);
    setShown(m_ui->sideSplitter, !presenting && m_scenario);
    setShown(m_lanTables, m_scenario && m_scenario->stage == Scenario::Stage::Topology);
}

void MainWindow::presenterModeChanged(bool active)
{
    {
        QSignalBlocker blocker(m_ui->presenterModeAction);
        m_ui->presenterModeAction->setChecked(active);
    }
    updatePanels();
    if (!active)
        applyTheme();
    // The keys step the lesson, wherever the focus was (the navigator has gone).
    if (active)
        m_stages->setFocus();
    // Three lines of the caption, in the type it has now.
    m_ui->captionLabel->setMinimumHeight(m_ui->captionLabel->fontMetrics().lineSpacing() * 3 + 8);
}

void MainWindow::applyTheme()
{
    if (m_presenter->isActive())
        return; // presenter mode's palette stays until it ends, then this runs again
    setPalette(m_ui->highContrastAction->isChecked() ? PresenterMode::highContrastPalette() : QPalette());
}

qreal MainWindow::stageZoom() const
{
    if (!m_scenario)
        return 1.0;
    switch (m_scenario->stage) {
    case Scenario::Stage::Ladder: return ladderView()->zoom();
    case Scenario::Stage::Topology: return m_topologyView->zoom();
    case Scenario::Stage::Bits: break;
    }
    return 1.0;
}

// The ladder and the LAN zoom; the state diagram beside the ladder keeps fitting its pane.
void MainWindow::zoomStage(qreal factor)
{
    if (!m_scenario)
        return;
    switch (m_scenario->stage) {
    case Scenario::Stage::Ladder: ladderView()->setZoom(ladderView()->zoom() * factor); break;
    case Scenario::Stage::Topology: m_topologyView->setZoom(m_topologyView->zoom() * factor); break;
    case Scenario::Stage::Bits: break;
    }
}

void MainWindow::resetStageZoom()
{
    ladderView()->setZoom(1.0);
    m_topologyView->setZoom(1.0);
}

void MainWindow::updateZoomActions()
{
    QString reason;
    if (!m_scenario && m_lesson)
        reason = tr("A reference lesson's pages are not zoomed: they scroll.");
    else if (!m_scenario)
        reason = tr("Choose a lesson first.");
    else if (m_scenario->stage == Scenario::Stage::Bits)
        reason = tr("The bit view always fills the stage: make the window larger, or use Presenter Mode (F11).");
    for (QAction *action : {m_ui->zoomInAction, m_ui->zoomOutAction, m_ui->resetZoomAction}) {
        action->setEnabled(reason.isEmpty());
        action->setToolTip(reason); // none: the action's text
    }
}

QString MainWindow::exportStage(const QString &file)
{
    const std::optional<StageExporter::Format> format = StageExporter::formatFromFileName(file);
    if (!format)
        return tr("Could not export to %1: the name should end in .png or .svg.").arg(QDir::toNativeSeparators(file));
    return StageExporter::exportWidget(stage(), file, *format, lessonTitle(),
                                       stepTitle() + QLatin1Char('\n') + caption(), slideScale);
}

void MainWindow::chooseStageExport()
{
    QSettings settings;
    const QString png = tr("PNG pictures (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    const StageExporter::Format suggested =
        StageExporter::formatFromName(settings.value(exportFormatKey).toString()).value_or(StageExporter::Format::Png);
    QString filter = suggested == StageExporter::Format::Svg ? svg : png;
    const QString folder = settings.value(exportFolderKey, QDir::homePath()).toString();
    QString file = QFileDialog::getSaveFileName(
        this, tr("Export Stage"),
        QDir(folder).filePath(StageExporter::seriesFileName(m_lessonId, m_playback->step(), suggested)),
        png + QStringLiteral(";;") + svg, &filter);
    if (file.isEmpty())
        return;
    // A name without .png or .svg gets the suffix of the type chosen.
    if (!StageExporter::formatFromFileName(file))
        file += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (const QString error = exportStage(file); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Stage"), error);
        return;
    }
    settings.setValue(exportFolderKey, QFileInfo(file).absolutePath());
    settings.setValue(exportFormatKey, StageExporter::suffix(*StageExporter::formatFromFileName(file)));
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), 5000);
}

StageExporter::Series MainWindow::exportLesson(const QString &folder, StageExporter::Format format)
{
    const int total = m_scenario ? m_scenario->stepCount() : 0;
    QProgressDialog progress(tr("Exporting the steps of %1…").arg(lessonTitle()), tr("Cancel"), 0, total, this);
    progress.setWindowTitle(tr("Export Lesson"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    return StageExporter::exportLesson(*this, folder, format, slideScale, [&progress](int done, int) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
}

// Asks for the folder and the type of the slides, then writes them.
void MainWindow::chooseLessonExport()
{
    if (!m_scenario)
        return;
    QSettings settings;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Lesson"));
    auto *folder = new QLineEdit(&dialog);
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    folder->setText(QDir::toNativeSeparators(
        settings.value(exportFolderKey, pictures.isEmpty() ? QDir::homePath() : pictures).toString()));
    folder->setMinimumWidth(folder->fontMetrics().averageCharWidth() * 48);
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [this, folder] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export Lesson"), folder->text());
        if (!chosen.isEmpty())
            folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    auto *format = new QComboBox(&dialog);
    format->addItem(tr("PNG pictures"), StageExporter::suffix(StageExporter::Format::Png));
    format->addItem(tr("SVG drawings (stay sharp at any size)"), StageExporter::suffix(StageExporter::Format::Svg));
    format->setCurrentIndex(qMax(0, format->findData(settings.value(exportFormatKey).toString())));
    auto *names = new QLabel(&dialog);
    names->setWordWrap(true);
    const auto showNames = [this, names, format] {
        const StageExporter::Format chosen = *StageExporter::formatFromName(format->currentData().toString());
        names->setText(tr("One file per step, %1 to %2; files of those names are replaced.")
                           .arg(StageExporter::seriesFileName(m_lessonId, 0, chosen),
                                StageExporter::seriesFileName(m_lessonId, m_scenario->lastStep(), chosen)));
    };
    showNames();
    connect(format, &QComboBox::currentIndexChanged, &dialog, showNames);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Format:"), format);
    form->addRow(names);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted || folder->text().trimmed().isEmpty())
        return;

    const QString directory = QDir::fromNativeSeparators(folder->text().trimmed());
    const StageExporter::Format chosen = *StageExporter::formatFromName(format->currentData().toString());
    settings.setValue(exportFolderKey, directory);
    settings.setValue(exportFormatKey, StageExporter::suffix(chosen));
    const StageExporter::Series series = exportLesson(directory, chosen);
    if (series.error.isEmpty())
        statusBar()->showMessage(
            tr("Wrote %n slide(s) to %1", nullptr, int(series.files.size())).arg(QDir::toNativeSeparators(directory)),
            10000);
    else if (!series.files.isEmpty())
        statusBar()->showMessage(series.error, 10000); // cancelled part way
    else
        QMessageBox::warning(this, tr("Export Lesson"), series.error);
}

// The panes' first widths, once the window has its own: a splitter given sizes before it is laid
// out keeps only their proportions, and not even those once its panes' minimums weigh in.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_arranged)
        return;
    m_arranged = true;
    const auto arrange = [](QSplitter *splitter, int first, int last) {
        const int rest = (splitter->orientation() == Qt::Horizontal ? splitter->width() : splitter->height()) - first
                       - last - 2 * splitter->handleWidth();
        splitter->setSizes(last > 0 ? QList<int>{first, rest, last} : QList<int>{first, rest});
    };
    arrange(m_ui->mainSplitter, 190, 290);
    // The ladder needs about 490 px for a listener's three lifelines; more of the stage goes to it
    // than to the state diagram.
    arrange(m_ui->stageSplitter, qMax(490, m_ui->mainSplitter->sizes().at(1) * 55 / 100), 0);
    arrange(m_ui->sideSplitter, m_ui->sideSplitter->height() / 2, 0);
}

void MainWindow::restorePreferences()
{
    QSettings settings;
    const int speed = m_ui->speedCombo->findData(settings.value(speedKey, 1.0).toReal());
    if (speed >= 0)
        m_ui->speedCombo->setCurrentIndex(speed);
    m_ui->highContrastAction->setChecked(settings.value(themeKey).toString() == highContrastTheme);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    for (QSplitter *splitter : {m_ui->mainSplitter, m_ui->stageSplitter, m_ui->sideSplitter})
        m_arranged = splitter->restoreState(settings.value(splitterKey(splitter)).toByteArray()) || m_arranged;
}

QString MainWindow::lastLesson()
{
    return QSettings().value(lastLessonKey).toString();
}

void MainWindow::savePreferences() const
{
    QSettings settings;
    if (!m_lessonId.isEmpty())
        settings.setValue(lastLessonKey, m_lessonId);
    settings.setValue(geometryKey, saveGeometry());
    for (const QSplitter *splitter : {m_ui->mainSplitter, m_ui->stageSplitter, m_ui->sideSplitter})
        settings.setValue(splitterKey(splitter), splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The layout to remember is the window's own, not the full screen of a presentation.
    m_presenter->setActive(false);
    savePreferences();
    QMainWindow::closeEvent(event);
}

} // namespace NetSteps
