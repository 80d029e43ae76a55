// The classroom: presenter mode (F11) fills a projector's screen with the stage and the
// narration in larger type and puts everything back on leaving; its controls hide while idle;
// the pointer highlight follows the mouse; Ctrl+= / Ctrl+- / Ctrl+0 zoom the stage; a clicker's
// Page Down / Page Up step; the stage and a whole lesson export as PNG and SVG, from the window
// and from the command line; the speed, the last lesson and the layout survive a restart.

#include "checkpointpanel.h"
#include "inspectorwidget.h"
#include "lansetuppanel.h"
#include "ladderview.h"
#include "lantablesmodel.h"
#include "lessonnavigator.h"
#include "mainwindow.h"
#include "palette.h"
#include "playbackcontroller.h"
#include "pointerhighlight.h"
#include "presentermode.h"
#include "processrun.h"
#include "scenarioregistry.h"
#include "topologyview.h"
#include "translations.h"

#include <QAction>
#include <QGraphicsLineItem>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QWindow>

using namespace NetSteps;

namespace {

ProcessRun gui(const QStringList &args)
{
    // No display at all: the export must choose the offscreen platform itself.
    QProcessEnvironment environment = englishEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return runProcess(QStringLiteral(NETSTEPS_GUI), args, environment);
}

QAction *action(const MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

QLabel *captionLabel(const MainWindow *window)
{
    return window->findChild<QLabel *>(QStringLiteral("captionLabel"));
}

// A point of the stage, in the window's coordinates.
QPoint stagePoint(const MainWindow *window, QPointF fraction)
{
    const QWidget *stage = window->stage();
    return stage->mapTo(window, QPoint(int(stage->width() * fraction.x()), int(stage->height() * fraction.y())));
}

void saveScreenshot(MainWindow *window, const QString &name)
{
    const QByteArray dir = qgetenv("NETSTEPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(QString::fromLocal8Bit(dir) + u'/' + name));
}

} // namespace

class TestClassroom : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f11EntersAndLeavesPresenterMode();
    void escapeLeavesUnlessACheckpointAsks();
    void controlsHideWhileIdle();
    void pointerHighlightFollowsTheMouse();
    void zoomKeysZoomTheStage_data();
    void zoomKeysZoomTheStage();
    void bitViewHasNoZoom();
    void clickerKeysStep();
    void spinBoxKeepsPageKeys();
    void exportStageWritesPngAndSvg();
    void exportLessonWritesEveryStep();
    void commandLineExportsSlides_data();
    void commandLineExportsSlides();
    void commandLineRefusesBadCombinations_data();
    void commandLineRefusesBadCombinations();
    void preferencesSurviveANewWindow();
    void highContrastThemeIsRemembered();
    void presenterModeThickensStrokes();
    void arpTopologyKeepsItsHeight();
    void presenterScreenshots_data();
    void presenterScreenshots();

private:
    MainWindow *m_window = nullptr;
};

void TestClassroom::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestClassroom::init()
{
    QSettings().clear(); // this test's own settings (test mode), nothing left from another case
    installTranslations(QStringLiteral("en"));
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestClassroom::cleanup()
{
    delete m_window;
    m_window = nullptr;
    installTranslations(QStringLiteral("en"));
}

void TestClassroom::f11EntersAndLeavesPresenterMode()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    const QRect geometry = m_window->geometry();
    m_window->playback()->seek(3);
    m_window->revealCheckpoint();
    const qreal choiceSize = m_window->checkpointPanel()->choiceButtons().first()->font().pointSizeF();
    const qreal captionSize = captionLabel(m_window)->font().pointSizeF();
    const qreal controlsSize = m_window->controlsBar()->font().pointSizeF();
    QVERIFY(m_window->navigator()->isVisible());
    QVERIFY(m_window->inspector()->isVisible());

    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(m_window->presenterMode()->isActive());
    QVERIFY(action(m_window, "presenterModeAction")->isChecked());
    QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QTRY_COMPARE(m_window->size(), m_window->screen()->size());
    QVERIFY(!m_window->navigator()->isVisible());
    QVERIFY(!m_window->inspector()->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(m_window->stage()->isVisible());
    QVERIFY(captionLabel(m_window)->isVisible());
    QCOMPARE(captionLabel(m_window)->font().pointSizeF(), captionSize * PresenterMode::fontScale);
    QCOMPARE(m_window->controlsBar()->font().pointSizeF(), controlsSize * PresenterMode::fontScale);
    QCOMPARE(m_window->checkpointPanel()->choiceButtons().first()->font().pointSizeF(),
             choiceSize * PresenterMode::fontScale);
    // A checkpoint shown now has the larger type too (its panel, with a style sheet of its own,
    // does not inherit the window's font).
    m_window->playback()->seek(4);
    m_window->revealCheckpoint();
    QCOMPARE(m_window->checkpointPanel()->choiceButtons().first()->font().pointSizeF(),
             choiceSize * PresenterMode::fontScale);
    QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(m_window->palette().color(QPalette::WindowText), QColor(Qt::black));
    // The keys still work without the menu bar.
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(m_window->playback()->step(), 3);

    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(!m_window->presenterMode()->isActive());
    QVERIFY(!action(m_window, "presenterModeAction")->isChecked());
    QTRY_COMPARE(m_window->windowState(), Qt::WindowNoState);
    QTRY_COMPARE(m_window->size(), geometry.size());
    QVERIFY(m_window->navigator()->isVisible());
    QVERIFY(m_window->inspector()->isVisible());
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->controlsBar()->isVisible());
    QCOMPARE(captionLabel(m_window)->font().pointSizeF(), captionSize);
    QCOMPARE(m_window->controlsBar()->font().pointSizeF(), controlsSize);
    QCOMPARE(m_window->checkpointPanel()->choiceButtons().first()->font().pointSizeF(), choiceSize);
    QVERIFY(!m_window->testAttribute(Qt::WA_SetPalette));
    QVERIFY(!m_window->testAttribute(Qt::WA_SetFont));
}

void TestClassroom::escapeLeavesUnlessACheckpointAsks()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    m_window->navigator()->setFocus();
    QTest::keyClick(m_window, Qt::Key_F11);
    QVERIFY(m_window->presenterMode()->isActive());
    QTest::keyClick(m_window, Qt::Key_Right);
    QTRY_COMPARE(m_window->playback()->progress(), 1.0); // the step animates, then rests
    QTest::keyClick(m_window, Qt::Key_Right); // step 2 asks first
    QVERIFY(m_window->checkpointPanel()->isAsking());
    QTest::keyClick(m_window, Qt::Key_Escape); // skips the question…
    QVERIFY(!m_window->checkpointPanel()->isAsking());
    QCOMPARE(m_window->playback()->step(), 2);
    QVERIFY(m_window->presenterMode()->isActive()); // …and stays
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presenterMode()->isActive());
    QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    // Outside presenter mode Esc does nothing to the window.
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
}

void TestClassroom::controlsHideWhileIdle()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    PresenterMode *presenter = m_window->presenterMode();
    QCOMPARE(presenter->controlsHideDelay(), PresenterMode::defaultHideDelay);
    presenter->setControlsHideDelay(60000);
    presenter->setActive(true);
    QVERIFY(presenter->controlsShown());
    QTRY_COMPARE(m_window->size(), m_window->screen()->size());
    QCoreApplication::processEvents();
    const int stageHeight = m_window->stage()->height();
    presenter->setControlsHideDelay(50);
    QTRY_VERIFY(!presenter->controlsShown());
    QVERIFY(!m_window->controlsBar()->isVisible());
    QCOMPARE(m_window->stage()->height(), stageHeight); // their room stays: nothing jumps

    QTest::mouseMove(m_window->windowHandle(), stagePoint(m_window, {0.5, 0.5}));
    QVERIFY(presenter->controlsShown());
    QTRY_VERIFY(!presenter->controlsShown());
    QTest::keyClick(m_window, Qt::Key_Shift);
    QVERIFY(presenter->controlsShown());
    QTRY_VERIFY(!presenter->controlsShown());
    QTest::keyClick(m_window, Qt::Key_PageDown); // a shortcut's key too
    QCOMPARE(m_window->playback()->step(), 1);
    QVERIFY(presenter->controlsShown());
    QTRY_VERIFY(!presenter->controlsShown());

    presenter->setActive(false);
    QVERIFY(m_window->controlsBar()->isVisible());
    // Outside presenter mode they stay, however long nobody moves.
    QTest::qWait(150);
    QVERIFY(m_window->controlsBar()->isVisible());
}

void TestClassroom::pointerHighlightFollowsTheMouse()
{
    QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
    PointerHighlight *pointer = m_window->pointerHighlight();
    QVERIFY(!pointer->isActive());
    QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(pointer->isActive());
    QVERIFY(pointer->isVisible());
    QVERIFY(action(m_window, "pointerHighlightAction")->isChecked());
    QCOMPARE(pointer->geometry(), pointer->parentWidget()->rect());

    const QPoint inside = stagePoint(m_window, {0.4, 0.3});
    QTest::mouseMove(m_window->windowHandle(), inside);
    QCOMPARE(pointer->center(), std::optional<QPoint>(pointer->mapFrom(m_window, inside)));
    const QPoint elsewhere = stagePoint(m_window, {0.7, 0.6});
    QTest::mouseMove(m_window->windowHandle(), elsewhere);
    QCOMPARE(pointer->center(), std::optional<QPoint>(pointer->mapFrom(m_window, elsewhere)));
    // Over the caption, off the stage: no circle.
    QTest::mouseMove(m_window->windowHandle(), captionLabel(m_window)->mapTo(m_window, QPoint(10, 10)));
    QVERIFY(!pointer->center());
    // It is drawn where it is, in yellow over the stage.
    const QImage without = m_window->grab().toImage();
    QTest::mouseMove(m_window->windowHandle(), inside);
    const QImage with = m_window->grab().toImage();
    const QPoint pixel = inside * with.devicePixelRatio();
    QVERIFY(with.pixelColor(pixel).blue() < without.pixelColor(pixel).blue());
    QVERIFY(with.pixelColor(pixel).red() >= without.pixelColor(pixel).red());
    // The clicks go through to the stage.
    QVERIFY(pointer->testAttribute(Qt::WA_TransparentForMouseEvents));

    QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(!pointer->isActive());
    QVERIFY(!pointer->isVisible());
    QVERIFY(!pointer->center());
}

void TestClassroom::zoomKeysZoomTheStage_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::newRow("ladder") << QStringLiteral("tcp-handshake");
    QTest::newRow("topology") << QStringLiteral("arp-via-gateway");
}

void TestClassroom::zoomKeysZoomTheStage()
{
    QFETCH(QString, lesson);
    QVERIFY(m_window->openLesson(lesson));
    m_window->playback()->seek(3);
    auto *view = qobject_cast<QGraphicsView *>(
        m_window->ladderView()->isVisible() ? static_cast<QWidget *>(m_window->ladderView()) : m_window->topologyView());
    QVERIFY(view->isVisible());
    const qreal fitted = view->transform().m11();
    QCOMPARE(m_window->stageZoom(), 1.0);
    QVERIFY(action(m_window, "zoomInAction")->isEnabled());

    QTest::keyClick(m_window, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->stageZoom(), 1.25);
    QTest::keyClick(m_window, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_window->stageZoom(), 1.25 * 1.25);
    QCOMPARE(view->transform().m11(), fitted * 1.25 * 1.25);
    QTest::keyClick(m_window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_window->stageZoom(), 1.25);
    // Stepping on keeps the zoom.
    m_window->playback()->seek(4);
    QCOMPARE(m_window->stageZoom(), 1.25);
    QCOMPARE(view->transform().m11(), fitted * 1.25);
    QTest::keyClick(m_window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->stageZoom(), 1.0);
    QCOMPARE(view->transform().m11(), fitted);
}

void TestClassroom::bitViewHasNoZoom()
{
    QVERIFY(m_window->openLesson(QStringLiteral("subnet-and")));
    for (const char *name : {"zoomInAction", "zoomOutAction", "resetZoomAction"}) {
        QVERIFY(!action(m_window, name)->isEnabled());
        QVERIFY(action(m_window, name)->toolTip().contains(QLatin1String("bit view")));
    }
    QTest::keyClick(m_window, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->stageZoom(), 1.0);
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-close")));
    QVERIFY(action(m_window, "zoomInAction")->isEnabled());
}

void TestClassroom::clickerKeysStep()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    PlaybackController *playback = m_window->playback();
    m_window->navigator()->setFocus();
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(playback->step(), 1);
    QTRY_COMPARE(playback->progress(), 1.0); // the step animates, then rests
    QTest::keyClick(m_window, Qt::Key_PageDown); // step 2 has a checkpoint: it asks first
    QCOMPARE(playback->step(), 1);
    QVERIFY(m_window->checkpointPanel()->isAsking());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QCOMPARE(playback->step(), 2);
    QTest::keyClick(m_window, Qt::Key_PageUp);
    QCOMPARE(playback->step(), 1);
    QTest::keyClick(m_window, Qt::Key_PageUp);
    QCOMPARE(playback->step(), 0);
}

void TestClassroom::spinBoxKeepsPageKeys()
{
    QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
    m_window->playback()->seek(2);
    auto *hosts = m_window->lanSetup()->findChild<QSpinBox *>();
    QVERIFY(hosts && hosts->isVisible());
    const int before = hosts->value();
    hosts->setFocus();
    QTest::keyClick(m_window, Qt::Key_PageUp);
    QCOMPARE(m_window->playback()->step(), 2);
    QVERIFY(hosts->value() > before);
}

void TestClassroom::exportStageWritesPngAndSvg()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    m_window->playback()->seek(3);
    QTemporaryDir dir;
    const QSize stageSize = m_window->stage()->size();

    const QString png = dir.filePath(QStringLiteral("stage.png"));
    QCOMPARE(m_window->exportStage(png), QString());
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const qreal pixels = m_window->stage()->devicePixelRatioF() * MainWindow::slideScale;
    QCOMPARE(reader.size(), (QSizeF(stageSize) * pixels).toSize());
    QCOMPARE(reader.text(QStringLiteral("Title")), QStringLiteral("Three-way handshake"));

    const QString svg = dir.filePath(QStringLiteral("stage.svg"));
    QCOMPARE(m_window->exportStage(svg), QString());
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().size(), QSizeF(stageSize));
    QCOMPARE(renderer.defaultSize(), stageSize * int(MainWindow::slideScale));

    const QString other = dir.filePath(QStringLiteral("stage.gif"));
    QVERIFY(m_window->exportStage(other).contains(QLatin1String(".svg")));
    QVERIFY(!QFile::exists(other));
}

void TestClassroom::exportLessonWritesEveryStep()
{
    QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
    m_window->playback()->seek(2);
    QTemporaryDir dir;
    const StageExporter::Series series = m_window->exportLesson(dir.path(), StageExporter::Format::Png);
    QCOMPARE(series.error, QString());
    QCOMPARE(series.files.size(), m_window->scenario()->stepCount());
    QCOMPARE(QFileInfo(series.files.last()).fileName(),
             QStringLiteral("arp-same-subnet-%1.png").arg(m_window->scenario()->lastStep(), 3, 10, QLatin1Char('0')));
    QCOMPARE(m_window->playback()->step(), 2); // back where it was
}

void TestClassroom::commandLineExportsSlides_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("handshake as SVG") << QStringList{"--lesson", "tcp-handshake", "--format", "svg"}
                                      << QStringLiteral("tcp-handshake") << QStringLiteral("svg");
    QTest::newRow("subnet AND as PNG, 1920x1080")
        << QStringList{"--lesson", "subnet-and", "--size", "1920x1080"} << QStringLiteral("subnet-and")
        << QStringLiteral("png");
    QTest::newRow("ARP in Chinese") << QStringList{"--lesson", "arp-cached", "--lang", "zh_CN", "--format=png"}
                                    << QStringLiteral("arp-cached") << QStringLiteral("png");
}

void TestClassroom::commandLineExportsSlides()
{
    QFETCH(QStringList, args);
    QFETCH(QString, lesson);
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("slides")); // made as needed
    const ProcessRun run = gui(args + QStringList{QStringLiteral("--export-dir"), folder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const int steps = ScenarioRegistry::build(lesson, ScenarioParameters())->stepCount();
    if (lesson == QLatin1String("tcp-handshake"))
        QCOMPARE(steps, 6);
    QStringList expected;
    for (int step = 0; step < steps; ++step)
        expected.append(QStringLiteral("%1-%2.%3").arg(lesson).arg(step, 3, 10, QLatin1Char('0')).arg(suffix));
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), expected);
    for (const QString &name : std::as_const(expected)) {
        const QString file = QDir(folder).filePath(name);
        if (suffix == QLatin1String("svg")) {
            QVERIFY2(QSvgRenderer(file).isValid(), qPrintable(name));
        } else {
            QImageReader reader(file);
            QCOMPARE(reader.format(), QByteArray("png"));
            QVERIFY(reader.size().width() >= 640);
        }
    }
}

void TestClassroom::commandLineRefusesBadCombinations_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString dir = QStringLiteral("@DIR@");
    QTest::newRow("format without export") << QStringList{"--lesson", "tcp-handshake", "--format", "svg"}
                                           << QStringLiteral("--format needs --export-dir");
    QTest::newRow("export and screenshot")
        << QStringList{"--lesson", "tcp-handshake", "--export-dir", dir, "--screenshot", "@DIR@/x.png"}
        << QStringLiteral("--export-dir and --screenshot");
    QTest::newRow("export and step") << QStringList{"--lesson", "tcp-handshake", "--export-dir", dir, "--step", "2"}
                                     << QStringLiteral("leave out --step");
    QTest::newRow("export and live") << QStringList{"--lesson", "tcp-handshake", "--export-dir", dir, "--live"}
                                     << QStringLiteral("leave out --live");
    QTest::newRow("export without lesson") << QStringList{"--export-dir", dir} << QStringLiteral("needs --lesson");
    QTest::newRow("bad format") << QStringList{"--lesson", "tcp-handshake", "--export-dir", dir, "--format", "gif"}
                                << QStringLiteral("invalid --format 'gif'");
}

void TestClassroom::commandLineRefusesBadCombinations()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("slides"));
    args.replaceInStrings(QStringLiteral("@DIR@"), folder);
    const ProcessRun run = gui(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("netsteps: ")) && run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestClassroom::presenterModeThickensStrokes()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    m_window->playback()->seek(3);
    // The widest pen on the ladder: a lifeline's.
    const auto widest = [this] {
        qreal width = 0;
        for (QGraphicsItem *item : m_window->ladderView()->ladderScene()->items()) {
            if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item))
                width = qMax(width, line->pen().widthF());
        }
        return width;
    };
    const qreal normal = widest();
    QVERIFY(normal > 0);
    m_window->presenterMode()->setActive(true);
    QCOMPARE(Palette::strokeScale(), PresenterMode::strokeScale);
    QTRY_VERIFY2(widest() > normal, qPrintable(QStringLiteral("%1 -> %2").arg(normal).arg(widest()))); // drawn again, thicker
    m_window->presenterMode()->setActive(false);
    QCOMPARE(Palette::strokeScale(), 1.0);
    QTRY_COMPARE(widest(), normal);
}

void TestClassroom::highContrastThemeIsRemembered()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    const QColor standardWindow = m_window->palette().color(QPalette::Window);
    auto *theme = m_window->findChild<QAction *>(QStringLiteral("highContrastAction"));
    QVERIFY(theme);
    theme->trigger();
    QCOMPARE(m_window->palette().color(QPalette::WindowText), QColor(Qt::black));
    QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::white));
    // Presenter mode keeps it, and leaving puts the chosen theme back, not the system's.
    m_window->presenterMode()->setActive(true);
    m_window->presenterMode()->setActive(false);
    QCOMPARE(m_window->palette().color(QPalette::Window), QColor(Qt::white));
    delete m_window;

    m_window = new MainWindow;
    m_window->restorePreferences();
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("highContrastAction"))->isChecked());
    QCOMPARE(m_window->palette().color(QPalette::WindowText), QColor(Qt::black));
    m_window->findChild<QAction *>(QStringLiteral("highContrastAction"))->trigger();
    QCOMPARE(m_window->palette().color(QPalette::Window), standardWindow);
}

void TestClassroom::preferencesSurviveANewWindow()
{
    QCOMPARE(MainWindow::lastLesson(), QString());
    QVERIFY(m_window->openLesson(QStringLiteral("arp-cached")));
    auto *speed = m_window->findChild<QComboBox *>(QStringLiteral("speedCombo"));
    speed->setCurrentIndex(speed->findData(2.0)); // as the user chooses it
    QCOMPARE(m_window->playback()->speed(), 2.0);
    m_window->resize(1100, 760);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QTRY_COMPARE(m_window->size(), QSize(1100, 760));
    QList<int> sizes = splitter->sizes();
    sizes[0] -= 60;
    sizes[1] += 60;
    splitter->setSizes(sizes);
    sizes = splitter->sizes();
    // Closed in presenter mode: the window's own layout is what is kept.
    m_window->presenterMode()->setActive(true);
    QVERIFY(m_window->close());
    delete m_window;

    // As netsteps starts: the last lesson, then the layout.
    m_window = new MainWindow;
    QCOMPARE(m_window->playback()->speed(), 1.0); // nothing restored until asked
    QCOMPARE(MainWindow::lastLesson(), QStringLiteral("arp-cached"));
    QVERIFY(m_window->openLesson(MainWindow::lastLesson()));
    m_window->restorePreferences();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->playback()->speed(), 2.0);
    QTRY_COMPARE(m_window->size(), QSize(1100, 760));
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QTRY_COMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);

    // A window that was never arranged opens at 1280×800.
    QSettings().clear();
    MainWindow fresh;
    fresh.restorePreferences();
    QCOMPARE(fresh.size(), QSize(1280, 800));
}

// At 1280×800 an ARP step with a long caption and a checkpoint's answer leaves the LAN most of
// the stage's height.
void TestClassroom::arpTopologyKeepsItsHeight()
{
    QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
    m_window->playback()->seek(4);
    m_window->revealCheckpoint();
    QVERIFY(m_window->checkpointPanel()->isRevealed());
    QCoreApplication::processEvents();
    QVERIFY(m_window->lanTables()->isVisible());
    QVERIFY2(m_window->topologyView()->height() >= 200, qPrintable(QString::number(m_window->topologyView()->height())));
    saveScreenshot(m_window, QStringLiteral("classroom-arp-same-subnet-4-1280x800.png"));
}

void TestClassroom::presenterScreenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("step");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTest::addRow("%s tcp-handshake", qPrintable(language)) << language << QStringLiteral("tcp-handshake") << 3;
        QTest::addRow("%s arp-same-subnet", qPrintable(language)) << language << QStringLiteral("arp-same-subnet") << 4;
        QTest::addRow("%s subnet-and", qPrintable(language)) << language << QStringLiteral("subnet-and") << 3;
    }
}

// Presenter mode on a 1920×1080 screen: the stage and the narration fill it, in both languages.
void TestClassroom::presenterScreenshots()
{
    QFETCH(QString, language);
    QFETCH(QString, lesson);
    QFETCH(int, step);
    QVERIFY(m_window->setLanguage(language));
    QVERIFY(m_window->openLesson(lesson));
    m_window->presenterMode()->setActive(true);
    const QSize screen = m_window->screen()->size();
    QTRY_COMPARE(m_window->size(), screen);
    m_window->playback()->seek(step);
    m_window->revealCheckpoint();
    QCoreApplication::processEvents();
    // The stage has most of the screen, the narration the rest.
    QVERIFY2(m_window->stage()->height() >= screen.height() / 2, qPrintable(QString::number(m_window->stage()->height())));
    QVERIFY(m_window->stage()->width() >= screen.width() * 0.95);
    saveScreenshot(m_window, QStringLiteral("classroom-presenter-%1-%2-%3.png").arg(lesson, language).arg(step));
    // With the pointer, the controls gone.
    m_window->pointerHighlight()->setActive(true);
    m_window->presenterMode()->setControlsHideDelay(0);
    QTest::mouseMove(m_window->windowHandle(), stagePoint(m_window, {0.5, 0.4}));
    QTRY_VERIFY(!m_window->presenterMode()->controlsShown());
    QVERIFY(m_window->pointerHighlight()->center());
    saveScreenshot(m_window, QStringLiteral("classroom-presenter-%1-%2-%3-pointer.png").arg(lesson, language).arg(step));
}

// A projector's screen, 1920×1080, for presenter mode to fill (the offscreen platform's own is
// 800×800).
int main(int argc, char *argv[])
{
    QTemporaryFile screens(QDir::tempPath() + QStringLiteral("/netsteps-screens-XXXXXX.json"));
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screens.open()) {
        screens.write(R"({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1920, "height": 1080,
                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        screens.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screens.fileName()));
    }
    QApplication app(argc, argv);
    TestClassroom test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_classroom.moc"
