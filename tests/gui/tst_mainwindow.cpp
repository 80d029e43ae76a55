// The whole window: after every seek, forwards and backwards, what it shows equals the model's
// state at that step; the keys work; the language switches; the screenshot mode renders.

#include "checkpointcontroller.h"
#include "checkpointpanel.h"
#include "endpointtablemodel.h"
#include "processrun.h"
#include "inspectorwidget.h"
#include "ladderview.h"
#include "livesession.h"
#include "mainwindow.h"
#include "seekorder.h"
#include "narrator.h"
#include "playbackcontroller.h"
#include "realsegment.h"
#include "scenarioregistry.h"
#include "statediagramview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPushButton>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace NetSteps;

namespace {

ProcessRun gui(const QStringList &args)
{
    // No display at all: the screenshot mode must choose the offscreen platform itself.
    QProcessEnvironment environment = englishEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return runProcess(QStringLiteral(NETSTEPS_GUI), args, environment);
}

// The ladder's texts that leave the scene's width or overlap another text, one line each.
QStringList misplacedTexts(const QGraphicsScene *scene)
{
    QList<const QGraphicsSimpleTextItem *> texts;
    for (QGraphicsItem *item : scene->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); text && !text->text().isEmpty())
            texts.append(text);
    QStringList problems;
    const qreal width = scene->sceneRect().width();
    for (int i = 0; i < texts.size(); ++i) {
        // Lines of type may touch; a pixel of overlap is not a collision.
        const QRectF a = texts[i]->sceneBoundingRect().adjusted(1, 1, -1, -1);
        if (a.left() < 0 || a.right() > width)
            problems.append(QStringLiteral("'%1' leaves the scene (%2 to %3 of %4)")
                                .arg(texts[i]->text())
                                .arg(a.left())
                                .arg(a.right())
                                .arg(width));
        for (int j = i + 1; j < texts.size(); ++j)
            if (a.intersects(texts[j]->sceneBoundingRect().adjusted(1, 1, -1, -1)))
                problems.append(QStringLiteral("'%1' overlaps '%2'").arg(texts[i]->text(), texts[j]->text()));
    }
    return problems;
}

// Stand-ins for what a live run captures: `perStep` real segments in each step, both ways,
// with the widest numbers a label can have.
QList<RealSegment> realSegmentsEveryStep(const Scenario &scenario, int perStep)
{
    QList<RealSegment> segments;
    for (int step = 0; step <= scenario.lastStep(); ++step) {
        for (int i = 0; i < perStep; ++i) {
            RealSegment segment;
            segment.step = step;
            // Between the first lifeline and the last (a client and the server), both ways.
            segment.from = i % 2 == 0 ? scenario.endpointNames.first() : scenario.endpointNames.last();
            segment.to = i % 2 == 0 ? scenario.endpointNames.last() : scenario.endpointNames.first();
            segment.flags = QStringLiteral("PSH,ACK");
            segment.label = QStringLiteral("PSH,ACK seq=4294967295 ack=4294967295 len=1448 win=65535");
            segment.summary = segment.label;
            segments.append(segment);
        }
    }
    return segments;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheModelAtEveryStep_data();
    void showsTheModelAtEveryStep();
    void keysStepThroughTheLesson();
    void playRunsToTheEnd();
    void navigatorOpensLessons();
    void unknownLessonIsRefused();
    void switchesToChinese();
    void endpointModelIsSound();
    void liveModeShowsTheKernelBesideTheModel();
    void liveKeepaliveUsesShortTimers();
    void liveReuseAddressShowsTheRealBind();
    void ladderTextsFitAndDoNotOverlap_data();
    void ladderTextsFitAndDoNotOverlap();
    void inspectorShowsARealSegment();
    void screenshotMode_data();
    void screenshotMode();

private:
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // Keep the real user's settings (the saved language) out of the tests.
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    installTranslations(QStringLiteral("en"));
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    installTranslations(QStringLiteral("en"));
}

void TestMainWindow::showsTheModelAtEveryStep_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::newRow("tcp-handshake") << QStringLiteral("tcp-handshake");
    QTest::newRow("tcp-close") << QStringLiteral("tcp-close");
    QTest::newRow("tcp-backlog") << QStringLiteral("tcp-backlog"); // endpoints come and go
}

void TestMainWindow::showsTheModelAtEveryStep()
{
    QFETCH(QString, lesson);
    QVERIFY(m_window->openLesson(lesson));
    const Scenario &s = *m_window->scenario();
    const Lesson *lessonFile = m_window->lesson();
    QVERIFY(lessonFile);
    const QList<int> order = seekOrder(s.lastStep());
    EndpointTableModel *table = m_window->inspector()->endpointModel();
    for (int step : order) {
        m_window->playback()->seek(step);
        QCOMPARE(m_window->playback()->step(), step);
        QCOMPARE(m_window->caption(), lessonFile->caption(s, step));
        for (int row = 0; row < s.step(step).state.endpoints.size(); ++row) {
            const TcpControlBlock &tcb = s.step(step).state.endpoints[row];
            QCOMPARE(m_window->ladderView()->stateLabel(tcb.name), tcpStateName(tcb.state));
            QCOMPARE(m_window->stateDiagram()->litStates(tcb.name), QList<TcpState>{tcb.state});
            QCOMPARE(table->data(table->index(row, EndpointTableModel::State)).toString(), tcpStateName(tcb.state));
            const QVariant sndNxt = table->data(table->index(row, EndpointTableModel::SndNxt));
            if (tcb.state == TcpState::Closed || tcb.state == TcpState::Listen)
                QVERIFY(!sndNxt.isValid()); // no connection, no sequence variables
            else
                QCOMPARE(sndNxt.toUInt(), tcb.sndNxt);
        }
        QList<std::pair<TcpState, TcpState>> expected;
        for (const TransitionRecord &t : s.step(step).transitions)
            expected.append({t.from, t.to});
        QCOMPARE(m_window->stateDiagram()->highlightedEdges(), expected);
        // The inspector shows the frame that moved in this step, or the one it sent.
        const Step &st = s.step(step);
        const int id = st.moved >= 0 ? st.moved : (!st.sent.isEmpty() ? st.sent.last() : -1);
        if (id >= 0) {
            QVERIFY(!m_window->inspector()->fields().isEmpty());
            QVERIFY(m_window->inspector()->hexDump().startsWith(QStringLiteral("0000  ")));
        }
    }
}

void TestMainWindow::keysStepThroughTheLesson()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    PlaybackController *playback = m_window->playback();
    m_window->findChild<QTreeWidget *>(QStringLiteral("lessonTree"))->setFocus();
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(playback->step(), 1);
    QTRY_COMPARE(playback->progress(), 1.0); // the step animates, then rests
    // Step 2 has a checkpoint: it asks first, and the stage stays at step 1.
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(playback->step(), 1);
    QVERIFY(m_window->checkpointPanel()->isAsking());
    QTest::keyClick(m_window, Qt::Key_Escape); // skips: the step is revealed, animating
    QCOMPARE(playback->step(), 2);
    QTest::keyClick(m_window, Qt::Key_Right); // a second press finishes the animation at once
    QCOMPARE(playback->step(), 2);
    QCOMPARE(playback->progress(), 1.0);
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(playback->step(), 1);
    QTest::keyClick(m_window, Qt::Key_End);
    QCOMPARE(playback->step(), m_window->scenario()->lastStep());
    QTest::keyClick(m_window, Qt::Key_Home);
    QCOMPARE(playback->step(), 0);
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(playback->isPlaying());
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(!playback->isPlaying());
}

void TestMainWindow::playRunsToTheEnd()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    PlaybackController *playback = m_window->playback();
    playback->setSpeed(16);
    playback->play();
    // Play stops before each checkpoint's step until it is answered (here: skipped).
    QList<int> asked;
    for (;;) {
        QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 10000);
        if (!m_window->checkpointPanel()->isAsking())
            break;
        asked.append(m_window->checkpoints()->askingStep());
        QCOMPARE(playback->step(), asked.last() - 1);
        m_window->checkpointPanel()->skipButton()->click();
        playback->play();
    }
    QCOMPARE(asked, (QList<int>{2, 3, 4}));
    QCOMPARE(playback->step(), m_window->scenario()->lastStep());
    QCOMPARE(playback->progress(), 1.0);
    QCOMPARE(m_window->ladderView()->arrows().size(), 3);
}

void TestMainWindow::navigatorOpensLessons()
{
    auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("lessonTree"));
    QTreeWidgetItem *close = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole + 1).toString() == QLatin1String("tcp-close"))
            close = *it;
    }
    QVERIFY(close);
    tree->setCurrentItem(close);
    QCOMPARE(m_window->currentLesson(), QStringLiteral("tcp-close"));
    QCOMPARE(m_window->playback()->stepCount(), 8);
}

void TestMainWindow::unknownLessonIsRefused()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    QVERIFY(!m_window->openLesson(QStringLiteral("no-such-lesson")));
    QCOMPARE(m_window->currentLesson(), QStringLiteral("tcp-handshake"));
}

void TestMainWindow::switchesToChinese()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    m_window->playback()->seek(3);
    const QString english = m_window->caption();
    QVERIFY(m_window->setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(m_window->caption() != english);
    const QString chinese = m_window->caption();
    QVERIFY2(std::any_of(chinese.cbegin(), chinese.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }),
             qPrintable(chinese));
    QVERIFY(chinese.contains(QStringLiteral("SYN-RECEIVED"))); // state names stay in RFC spelling
    // The state diagram's edge labels follow the language too.
    const auto diagramTexts = [this] {
        QStringList texts;
        for (QGraphicsItem *item : m_window->stateDiagram()->diagramScene()->items())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts.append(text->text());
        return texts.join(u'\n');
    };
    QVERIFY2(diagramTexts().contains(QStringLiteral("收到 SYN")), qPrintable(diagramTexts()));
    QVERIFY(!m_window->setLanguage(QStringLiteral("xx")));
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(m_window->caption(), english);
    QVERIFY(diagramTexts().contains(QStringLiteral("rcv SYN")));
}

void TestMainWindow::endpointModelIsSound()
{
    EndpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-close")));
    model.setScenario(m_window->scenario());
    for (int i = 0; i <= m_window->scenario()->lastStep(); ++i)
        model.setStep(i);
    QCOMPARE(model.rowCount(), 2);

    // Live: the kernel's TIME-WAIT seconds, while a step waits for the entry to go and once recorded.
    model.setStep(7);
    QList<LiveObservation> observations;
    model.setObservations(&observations);
    const QModelIndex kernel = model.index(0, EndpointTableModel::Kernel);
    QCOMPARE(model.data(kernel).toString(), QStringLiteral("waiting…"));
    model.setKernelCountdown(QStringLiteral("client"), 42);
    QCOMPARE(model.data(kernel).toString(), QStringLiteral("TIME-WAIT, 42 s left"));
    LiveObservation seen;
    seen.step = 5;
    seen.kernelStates.insert(QStringLiteral("client"), TcpState::TimeWait);
    seen.timeWaitSecondsLeft.insert(QStringLiteral("client"), 59);
    observations.append(seen);
    model.observationsChanged();
    model.setStep(5);
    QCOMPARE(model.data(kernel).toString(), QStringLiteral("TIME-WAIT ✓ (59 s left)"));
    model.setObservations(nullptr);
    QCOMPARE(model.data(kernel).toString(), QStringLiteral("simulated"));
    model.setScenario(nullptr);
    QCOMPARE(model.rowCount(), 0);

    // A listener's connections appear from the step whose SYN created them: the rows change,
    // forwards and back, and each reads as its label says (in Chinese too).
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-backlog")));
    const Scenario &backlog = *m_window->scenario();
    model.setScenario(&backlog);
    // A proxy keeps its own row mapping: it follows only if the model says that its rows changed.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<int> order;
    for (int i = 0; i <= backlog.lastStep(); ++i)
        order.append(i);
    for (int i = backlog.lastStep(); i >= 0; --i)
        order.append(i);
    order += {backlog.lastStep(), 2, backlog.lastStep() - 1};
    QSet<int> counts;
    for (int step : order) {
        model.setStep(step);
        const QList<TcpControlBlock> &endpoints = backlog.step(step).state.endpoints;
        QCOMPARE(model.rowCount(), endpoints.size());
        QCOMPARE(proxy.rowCount(), endpoints.size());
        counts.insert(model.rowCount());
        for (int row = 0; row < endpoints.size(); ++row) {
            QCOMPARE(model.data(model.index(row, EndpointTableModel::Endpoint)).toString(), endpoints[row].name);
            QCOMPARE(model.data(model.index(row, EndpointTableModel::State)).toString(), tcpStateName(endpoints[row].state));
        }
    }
    QVERIFY2(counts.size() >= 3, "the lesson's connections change the number of rows");
    // The connections share the server's address and port; the tooltip tells them apart by the peer.
    model.setStep(backlog.lastStep());
    const QList<TcpControlBlock> &last = backlog.step(backlog.lastStep()).state.endpoints;
    for (int row = 0; row < last.size(); ++row) {
        if (backlog.endpointNames.contains(last[row].name))
            continue;
        const TcpControlBlock *peer = backlog.step(0).state.endpoint(last[row].name.section(QStringLiteral(" ← "), 1));
        QVERIFY(peer);
        QCOMPARE(model.data(model.index(row, EndpointTableModel::Endpoint), Qt::ToolTipRole).toString(),
                 QStringLiteral("192.168.1.20:8080 ↔ %1:%2").arg(peer->address.toString()).arg(peer->port));
    }
    const QString connection = QStringLiteral("server ← client 1");
    EndpointTableModel *table = m_window->inspector()->endpointModel();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(m_window->setLanguage(language));
        m_window->playback()->seek(backlog.lastStep());
        QStringList labels;
        for (int row = 0; row < table->rowCount(); ++row)
            labels.append(table->data(table->index(row, EndpointTableModel::Endpoint)).toString());
        QVERIFY2(labels.contains(Narrator::endpointLabel(connection)), qPrintable(labels.join(u'|')));
    }
    QVERIFY(Narrator::endpointLabel(connection) != connection); // the Chinese label, not the name
}

void TestMainWindow::liveModeShowsTheKernelBesideTheModel()
{
#ifndef Q_OS_LINUX
    QSKIP("The kernel's view of TCP states has a Linux implementation only.");
#endif
    auto *liveRadio = m_window->findChild<QRadioButton *>(QStringLiteral("liveRadio"));
    // A lesson that cannot run live says why, and stays simulated.
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-lost-ack")));
    QVERIFY(!liveRadio->isEnabled());
    QVERIFY(liveRadio->toolTip().contains(QLatin1String("simulated")));
    QVERIFY(!m_window->setLive(true));
    QVERIFY(!m_window->isLive());

    QVERIFY(m_window->openLesson(QStringLiteral("tcp-close")));
    QVERIFY(liveRadio->isEnabled());
    liveRadio->click();
    QVERIFY(m_window->isLive());
    EndpointTableModel *table = m_window->inspector()->endpointModel();
    const auto kernelText = [table](int row) {
        return table->data(table->index(row, EndpointTableModel::Kernel)).toString();
    };
    m_window->playback()->seek(5); // the client has just entered TIME-WAIT
    QTRY_VERIFY_WITH_TIMEOUT(kernelText(0).startsWith(QStringLiteral("TIME-WAIT ✓")), 15000);
    // The kernel's own TIME-WAIT timer, as Linux counts it (60 s at most).
    QVERIFY2(kernelText(0).contains(QRegularExpression(QStringLiteral("\\((60|[1-5]?[0-9]) s left\\)$"))),
             qPrintable(kernelText(0)));
    QVERIFY(m_window->liveSession()->nextStep() >= 6);
    // Stepping back shows what was recorded; the real sockets do not move.
    m_window->playback()->seek(3);
    QCOMPARE(kernelText(0), QStringLiteral("FIN-WAIT-2 ✓"));
    QCOMPARE(kernelText(1), QStringLiteral("CLOSE-WAIT ✓"));
    const int performed = m_window->liveSession()->nextStep();
    QCOMPARE(m_window->liveSession()->nextStep(), performed);
    // Restart tears the sockets down and runs it again from step 0.
    m_window->restartLesson();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->liveSession()->nextStep() == 1, 15000);
    QVERIFY(m_window->setLive(false));
    QCOMPARE(kernelText(0), QStringLiteral("simulated"));
}

void TestMainWindow::liveReuseAddressShowsTheRealBind()
{
#ifndef Q_OS_LINUX
    QSKIP("The kernel's view of TCP states has a Linux implementation only.");
#endif
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-reuseaddr")));
    QVERIFY(m_window->setLive(true));
    EndpointTableModel *table = m_window->inspector()->endpointModel();
    const auto serverKernel = [table] {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->data(table->index(row, EndpointTableModel::Endpoint)).toString() == u"server")
                return table->data(table->index(row, EndpointTableModel::Kernel)).toString();
        }
        return QString();
    };
    m_window->playback()->seek(7); // bind() without SO_REUSEADDR, the port in TIME-WAIT
    QTRY_VERIFY_WITH_TIMEOUT(serverKernel().contains(u"bind(): EADDRINUSE"), 15000);
    QVERIFY2(serverKernel().startsWith(u"TIME-WAIT ✓"), qPrintable(serverKernel()));
    m_window->playback()->seek(8); // with SO_REUSEADDR
    QTRY_VERIFY_WITH_TIMEOUT(serverKernel().endsWith(u"bind(): ok"), 15000);
}

void TestMainWindow::liveKeepaliveUsesShortTimers()
{
#ifndef Q_OS_LINUX
    QSKIP("The kernel's view of TCP states has a Linux implementation only.");
#endif
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-keepalive")));
    QCOMPARE(m_window->scenario()->keepalive->idleMs, 7200 * 1000);
    auto *liveRadio = m_window->findChild<QRadioButton *>(QStringLiteral("liveRadio"));
    QVERIFY(liveRadio->isEnabled());
    QVERIFY(liveRadio->toolTip().contains(QLatin1String("TCP_KEEPIDLE")));
    QVERIFY(m_window->setLive(true));
    // Live, the lesson is rebuilt with timers short enough to watch, from step 0.
    QCOMPARE(m_window->scenario()->keepalive->idleMs, 2000);
    QCOMPARE(m_window->playback()->step(), 0);
    auto *status = m_window->findChild<QStatusBar *>();
    QVERIFY(status->currentMessage().startsWith(QLatin1String("Live:")));
    auto *saveReal = m_window->findChild<QAction *>(QStringLiteral("exportLiveCaptureAction"));
    QCOMPARE(saveReal->isEnabled(), m_window->liveSession()->isCapturing());
    if (!m_window->liveSession()->isCapturing())
        QVERIFY(status->currentMessage().contains(QLatin1String("CAP_NET_RAW")));
    EndpointTableModel *table = m_window->inspector()->endpointModel();
    m_window->playback()->seek(5); // past the server's death: simulated only
    QTRY_VERIFY_WITH_TIMEOUT(m_window->liveSession()->nextStep() > 5, 15000);
    QCOMPARE(table->data(table->index(0, EndpointTableModel::Kernel)).toString(), QStringLiteral("simulated only"));
    m_window->playback()->seek(1);
    QCOMPARE(table->data(table->index(0, EndpointTableModel::Kernel)).toString(), QStringLiteral("ESTABLISHED ✓"));
    // Back to Simulated: the lesson as taught, with Linux's defaults.
    QVERIFY(m_window->setLive(false));
    QCOMPARE(m_window->scenario()->keepalive->idleMs, 7200 * 1000);
    QVERIFY(!saveReal->isEnabled());
}

void TestMainWindow::ladderTextsFitAndDoNotOverlap_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("realPerStep");
    const QList<std::pair<QString, QSize>> sizes{{QStringLiteral("1280x800"), QSize(1280, 800)},
                                                 {QStringLiteral("1920x1080"), QSize(1920, 1080)}};
    const QStringList withRealSegments{QStringLiteral("tcp-handshake"), QStringLiteral("tcp-close"),
                                       QStringLiteral("tcp-data"), QStringLiteral("tcp-close-simultaneous"),
                                       QStringLiteral("tcp-backlog")};
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        for (const auto &[sizeName, size] : sizes) {
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
                const QList<int> counts = withRealSegments.contains(info.id) ? QList<int>{0, 3, 6} : QList<int>{0};
                for (int count : counts)
                    QTest::addRow("%s %s %s %d real", qPrintable(info.id), qPrintable(sizeName), qPrintable(language), count)
                        << info.id << size << language << count;
            }
        }
    }
}

void TestMainWindow::ladderTextsFitAndDoNotOverlap()
{
    QFETCH(QString, lesson);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    QFETCH(int, realPerStep);
    m_window->resize(size);
    QVERIFY(m_window->setLanguage(language));
    QCoreApplication::processEvents();
    QVERIFY(m_window->openLesson(lesson));
    const Scenario &s = *m_window->scenario();
    LadderView *ladder = m_window->ladderView();
    ladder->setRealSegments(realSegmentsEveryStep(s, realPerStep));
    for (int step = 0; step <= s.lastStep(); ++step) {
        m_window->playback()->seek(step);
        const QStringList problems = misplacedTexts(ladder->ladderScene());
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(problems.join(QStringLiteral("; ")))));
        // State names have the room they need, never elided: they are what the lesson is about.
        // A UDP socket's lifeline says it has no state, as a whole word too.
        const QStringList udpLabels{QCoreApplication::translate("NetSteps::LadderView", "UDP: no state", "a UDP socket, where a TCP state would be written"),
                                    QCoreApplication::translate("NetSteps::LadderView", "UDP", "a UDP socket's row, where a TCP state would be written")};
        for (QGraphicsItem *item : ladder->ladderScene()->items()) {
            if (item->data(0).toInt() != LadderView::StateLabelType)
                continue;
            const QString text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)->text();
            QVERIFY2(udpLabels.contains(text) || std::any_of(allTcpStates.cbegin(), allTcpStates.cend(),
                                                              [&](TcpState state) { return tcpStateName(state) == text; }),
                     qPrintable(text));
        }
    }
    QCOMPARE(ladder->realArrows().size(), realPerStep * s.stepCount());
}

void TestMainWindow::inspectorShowsARealSegment()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    m_window->playback()->seek(3);
    // What a live run hands the ladder: the real SYN, its bytes as the model's but for the ISN.
    const Scenario &s = *m_window->scenario();
    RealSegment syn;
    syn.step = 2;
    syn.from = QStringLiteral("client");
    syn.to = QStringLiteral("server");
    syn.flags = QStringLiteral("SYN");
    syn.label = QStringLiteral("SYN seq=2946123411 win=65495");
    syn.bytes = s.transmission(0).bytes;
    m_window->ladderView()->setRealSegments({syn});
    QCOMPARE(m_window->ladderView()->realArrows().size(), 1);
    m_window->ladderView()->selectRealSegment(0);
    QCOMPARE(m_window->inspector()->title(),
             QStringLiteral("Real segment captured on loopback at step 2: SYN, client → server"));
    QVERIFY(m_window->inspector()->hexDump().startsWith(QStringLiteral("0000  ")));
    QCOMPARE(m_window->ladderView()->selectedTransmission(), -1);
    // Stepping on shows the frame that moves in the new step instead.
    m_window->playback()->seek(4);
    QVERIFY(m_window->inspector()->title().startsWith(QStringLiteral("Frame %1:").arg(s.step(4).moved + 1)));
    QCOMPARE(m_window->ladderView()->selectedRealSegment(), -1);
    // A lesson opened afresh has no real segments.
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-close")));
    QVERIFY(m_window->ladderView()->realSegments().isEmpty());
}

void TestMainWindow::screenshotMode_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QSize>("size");
    QTest::newRow("handshake step 3") << QStringList{"--lesson", "tcp-handshake", "--step", "3"} << 0 << QSize(1280, 800);
    QTest::newRow("close 1920x1080 zh_CN")
        << QStringList{"--lesson", "tcp-close", "--step", "5", "--size", "1920x1080", "--lang", "zh_CN"} << 0
        << QSize(1920, 1080);
    QTest::newRow("step out of range") << QStringList{"--lesson", "tcp-handshake", "--step", "99"} << 2 << QSize();
    QTest::newRow("unknown lesson") << QStringList{"--lesson", "nope", "--step", "1"} << 2 << QSize();
    QTest::newRow("bad size") << QStringList{"--lesson", "tcp-close", "--size", "big"} << 2 << QSize();
    QTest::newRow("bad language") << QStringList{"--lesson", "tcp-close", "--lang", "fr"} << 2 << QSize();
}

void TestMainWindow::screenshotMode()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shot.png"));
    const ProcessRun run = gui(args + QStringList{QStringLiteral("--screenshot"), file});
    QCOMPARE(run.exitCode, status);
    if (status == 0) {
        const QImage image(file);
        QCOMPARE(image.size(), size);
    } else {
        QVERIFY(!QFile::exists(file));
        // One line says what was wrong (the platform may print its own notices around it).
        QVERIFY2(run.err.startsWith(QLatin1String("netsteps: ")) || run.err.contains(QLatin1String("\nnetsteps: ")), qPrintable(run.err));
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
