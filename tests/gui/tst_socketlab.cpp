// The socket lab in the window: the panel of socket-lab driving NetSteps' real server and
// client on 127.0.0.1 through its widgets, with a QTcpSocket or QUdpSocket in the test as the
// student's program; the connections table and the call log it fills; the stage following a
// selected connection as its trace grows, with who is who on the ladder; and bad input (a port
// in use, a host that is not an IPv4 address) shown in the panel while the window runs on.

#include "labcalllogmodel.h"
#include "labconnectionsmodel.h"
#include "labproxygroup.h"
#include "labsession.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "presentermode.h"
#include "scenario.h"
#include "socketlabpanel.h"
#include "spinuntil.h"
#include "statediagramview.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>
#include <QUdpSocket>

#include <memory>

using namespace NetSteps;

namespace {

constexpr int waitMs = 10000; // a safety bound on each wait for a real socket

template <typename T>
T *child(const QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The rows of the call log as "who call → result".
QStringList callRows(const LabCallLogModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        rows.append(QStringLiteral("%1 %2 → %3")
                        .arg(cell(model, r, LabCallLogModel::Who), cell(model, r, LabCallLogModel::Call),
                             cell(model, r, LabCallLogModel::Result)));
    }
    return rows;
}

// The first row of `who` whose call starts with `callStart` and whose result contains `result`.
int findCall(const LabCallLogModel *model, const QString &who, const QString &callStart, const QString &result = {})
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (cell(model, r, LabCallLogModel::Who) == who && cell(model, r, LabCallLogModel::Call).startsWith(callStart)
            && (result.isEmpty() || cell(model, r, LabCallLogModel::Result).contains(result)))
            return r;
    }
    return -1;
}

int findConnectionRow(const LabConnectionsModel *model, const QString &role)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (cell(model, r, LabConnectionsModel::Role) == role)
            return r;
    }
    return -1;
}

// Reads from the socket until `text` has arrived (or the bound passes); everything read.
QByteArray readUntil(QTcpSocket &socket, const QByteArray &text, QByteArray *buffer)
{
    spinUntil([&] {
        buffer->append(socket.readAll());
        return buffer->contains(text);
    }, waitMs);
    return *buffer;
}

} // namespace

class TestSocketLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void panelShowsForSocketLabOnly();
    void tcpServerTalksToAStudentsClient();
    void stageFollowsTheConnectionAsItGrows();
    void longConversationSaysWhatIsNotDrawn();
    void timeWaitShowsTheKernelCountdown();
    void portInUseShowsTheErrorInThePanel();
    void invalidClientHostShowsItsError();
    void netStepsClientTalksToNetStepsServer();
    void udpServerAnswersADatagram();
    void proxyShowsBothHalves();
    void manyConnectionsAreInsertedOneByOne();
    void callLogStaysWhereTheUserScrolled();
    void presenterModeHidesTheControls();
    void closingTheWindowStopsTheServer();
    void screenshots();

private:
    void startServer(bool udp = false, int port = 0);
    LabSession *session() const { return m_window->labSession(); }
    SocketLabPanel *panel() const { return m_window->labPanel(); }

    MainWindow *m_window = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_connectionsTester;
    std::unique_ptr<QAbstractItemModelTester> m_callsTester;
};

void TestSocketLab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSocketLab::init()
{
    installTranslations(QStringLiteral("en"));
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->openLesson(QStringLiteral("socket-lab")));
    QVERIFY(session());
    m_window->playback()->setSpeed(16); // the steps that appear play on quickly
    m_connectionsTester = std::make_unique<QAbstractItemModelTester>(
        panel()->connectionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_callsTester = std::make_unique<QAbstractItemModelTester>(panel()->callLogModel(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSocketLab::cleanup()
{
    m_connectionsTester.reset();
    m_callsTester.reset();
    delete m_window;
    m_window = nullptr;
}

void TestSocketLab::startServer(bool udp, int port)
{
    child<QComboBox>(panel(), "serverTransport")->setCurrentIndex(udp ? 1 : 0);
    child<QSpinBox>(panel(), "serverPort")->setValue(port);
    QTest::mouseClick(child<QPushButton>(panel(), "startServer"), Qt::LeftButton);
}

void TestSocketLab::panelShowsForSocketLabOnly()
{
    QVERIFY(panel()->isVisible());
    QVERIFY(!m_window->labStageNote().isEmpty());
    QCOMPARE(child<QSpinBox>(panel(), "serverPort")->value(), 8080);
    QVERIFY(!child<QComboBox>(panel(), "bindAddress")->isVisible()); // 127.0.0.1 unless asked
    QVERIFY(!child<QLabel>(panel(), "bindWarning")->isVisible());
    // Letting other computers in is a choice, shown with its warning.
    child<QCheckBox>(panel(), "otherComputers")->setChecked(true);
    QVERIFY(child<QComboBox>(panel(), "bindAddress")->isVisible());
    QCOMPARE(child<QComboBox>(panel(), "bindAddress")->currentText(), QStringLiteral("0.0.0.0"));
    QVERIFY(child<QLabel>(panel(), "bindWarning")->isVisible());
    child<QCheckBox>(panel(), "otherComputers")->setChecked(false);
    QVERIFY(!child<QLabel>(panel(), "bindWarning")->isVisible());
    QVERIFY(!child<QPushButton>(panel(), "send")->isEnabled()); // no client yet
    QVERIFY(!child<QPushButton>(panel(), "closeClient")->isEnabled());

    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    QVERIFY(!panel()->isVisible());
    QVERIFY(m_window->labStageNote().isEmpty());
    QVERIFY(m_window->openLesson(QStringLiteral("layers"))); // a reference lesson: pages, no scenario
    QVERIFY(!panel()->isVisible());
    QVERIFY(m_window->openLesson(QStringLiteral("socket-lab")));
    QVERIFY(panel()->isVisible());
}

void TestSocketLab::tcpServerTalksToAStudentsClient()
{
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    const quint16 port = session()->serverAddress().port;
    QVERIFY(port != 0);
    const QString where = QStringLiteral("127.0.0.1:%1").arg(port);
    QVERIFY2(child<QLabel>(panel(), "serverStatus")->text().contains(where),
             qPrintable(child<QLabel>(panel(), "serverStatus")->text()));
    QCOMPARE(child<QLineEdit>(panel(), "pythonLine")->text(), QStringLiteral("s.connect(('127.0.0.1', %1))").arg(port));
    QCOMPARE(child<QPushButton>(panel(), "startServer")->text(), QStringLiteral("&Stop server"));
    QVERIFY(!child<QComboBox>(panel(), "serverMode")->isEnabled()); // fixed while it runs

    QTcpSocket student;
    student.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(student.waitForConnected(waitMs));
    QByteArray received;
    QVERIFY(readUntil(student, "Welcome!", &received).contains("Welcome!"));
    student.write("Rose");
    QVERIFY(readUntil(student, "Hello, Rose!", &received).contains("Hello, Rose!"));

    const LabConnectionsModel *connections = panel()->connectionsModel();
    QVERIFY(spinUntil([&] { return findConnectionRow(connections, QStringLiteral("NetSteps serves")) >= 0; }, waitMs));
    const int row = findConnectionRow(connections, QStringLiteral("NetSteps serves"));
    QCOMPARE(cell(connections, row, LabConnectionsModel::Transport), QStringLiteral("TCP"));
    QCOMPARE(cell(connections, row, LabConnectionsModel::Local), where);
    QCOMPARE(cell(connections, row, LabConnectionsModel::Peer), QStringLiteral("127.0.0.1:%1").arg(student.localPort()));
    QCOMPARE(cell(connections, row, LabConnectionsModel::ModelState), QStringLiteral("ESTABLISHED"));
    QVERIFY(spinUntil([&] { return cell(connections, row, LabConnectionsModel::BytesIn) == QLatin1String("4"); }, waitMs));

    student.disconnectFromHost();
    QVERIFY(spinUntil([&] { return cell(connections, row, LabConnectionsModel::ClosedBecause) != QLatin1String("open"); },
                      waitMs));
    QVERIFY(!cell(connections, row, LabConnectionsModel::ClosedBecause).isEmpty());

    // The calls, in the students' words, with the Python that makes each.
    const LabCallLogModel *calls = panel()->callLogModel();
    QVERIFY2(findCall(calls, QStringLiteral("server"), QStringLiteral("accept()")) >= 0, qPrintable(callRows(calls).join(u'\n')));
    QVERIFY2(findCall(calls, QStringLiteral("server"), QStringLiteral("recv("), QStringLiteral("b'Rose'")) >= 0,
             qPrintable(callRows(calls).join(u'\n')));
    // The course's server answers with sendall().
    const int greeting = findCall(calls, QStringLiteral("server"), QStringLiteral("sendall(b'Welcome!')"));
    QVERIFY2(greeting >= 0, qPrintable(callRows(calls).join(u'\n')));
    QVERIFY(cell(calls, greeting, LabCallLogModel::Python).contains(QLatin1String("sendall(b'Welcome!')")));
    QVERIFY(findCall(calls, QStringLiteral("server"), QStringLiteral("sendall(b'Hello, Rose!')")) >= 0);
    QVERIFY(spinUntil([&] { return findCall(calls, QStringLiteral("server"), QStringLiteral("recv("), QStringLiteral("b''")) >= 0; },
                      waitMs));
    const int accept = findCall(calls, QStringLiteral("server"), QStringLiteral("accept()"));
    QVERIFY(cell(calls, accept, LabCallLogModel::Python).contains(QLatin1String("accept()")));
    // The detail line under the log names the selected call's Python line and result.
    panel()->callLogView()->selectRow(accept);
    QVERIFY(child<QLabel>(panel(), "callDetail")->text().contains(cell(calls, accept, LabCallLogModel::Python)));

    // Stopping the server: the button says so, the fields come back.
    QTest::mouseClick(child<QPushButton>(panel(), "startServer"), Qt::LeftButton);
    QVERIFY(!session()->isServing());
    QCOMPARE(child<QPushButton>(panel(), "startServer")->text(), QStringLiteral("&Start server"));
    QVERIFY(child<QComboBox>(panel(), "serverMode")->isEnabled());
    QVERIFY(!child<QLineEdit>(panel(), "pythonLine")->isVisible());
}

void TestSocketLab::stageFollowsTheConnectionAsItGrows()
{
    const int simulatedSteps = m_window->scenario()->stepCount();
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    QTcpSocket student;
    student.connectToHost(QHostAddress::LocalHost, session()->serverAddress().port);
    QVERIFY(student.waitForConnected(waitMs));
    QByteArray received;
    QVERIFY(readUntil(student, "Welcome!", &received).contains("Welcome!"));

    const LabConnectionsModel *connections = panel()->connectionsModel();
    QVERIFY(spinUntil([&] { return connections->rowCount() == 1; }, waitMs));
    const int id = connections->connectionId(0);
    panel()->connectionsView()->selectRow(0);
    QCOMPARE(panel()->selectedConnection(), id);
    QCOMPARE(m_window->followedLabConnection(), id);
    const Scenario *scenario = m_window->scenario();
    QVERIFY(scenario);
    // The stage shows this connection: its addresses, not the lesson's 8080.
    const TcpControlBlock *listener = scenario->step(0).state.endpoint(QStringLiteral("server"));
    QVERIFY(listener);
    QCOMPARE(listener->port, session()->serverAddress().port);
    QVERIFY(m_window->labStageNote().contains(QStringLiteral("connection %1").arg(id)));
    // Who is who: NetSteps serves, the test is the student's program.
    const QString server = QStringLiteral("server");
    const QString client = QStringLiteral("client");
    QVERIFY(m_window->ladderView()->lifelineX(client) < m_window->ladderView()->lifelineX(server));
    const auto labels = m_window->ladderView()->ladderScene()->items();
    bool yours = false;
    bool netsteps = false;
    for (const QGraphicsItem *item : labels) {
        if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
            yours = yours || text->text() == QLatin1String("client (your program)");
            netsteps = netsteps || text->text() == QLatin1String("server (NetSteps)");
        }
    }
    QVERIFY(yours);
    QVERIFY(netsteps);
    // Shown at its last step: the connection NetSteps accepted is ESTABLISHED.
    QCOMPARE(m_window->playback()->step(), scenario->lastStep());
    const QString connection = QStringLiteral("server ← client");
    QVERIFY2(m_window->stateDiagram()->litStates(connection).contains(TcpState::Established),
             qPrintable(QString::number(m_window->stateDiagram()->litStates(connection).size())));
    QVERIFY(m_window->stateDiagram()->litStates(server).contains(TcpState::Listen));

    // Zoomed in, the stage keeps its zoom as the trace grows.
    m_window->ladderView()->setZoom(1.5);
    const int before = m_window->scenario()->stepCount();
    student.write("Rose");
    QVERIFY(readUntil(student, "Hello, Rose!", &received).contains("Hello, Rose!"));
    QVERIFY(spinUntil([&] { return m_window->scenario()->stepCount() > before; }, waitMs));
    QCOMPARE(m_window->ladderView()->zoom(), 1.5);
    QCOMPARE(m_window->followedLabConnection(), id);
    // It plays on to the newest step.
    QVERIFY(spinUntil([&] { return m_window->playback()->step() == m_window->scenario()->lastStep()
                                   && !m_window->playback()->isAnimating(); },
                      waitMs));

    // The student closes: NetSteps' side reads b'' and goes to CLOSE-WAIT, then closes too.
    const int beforeClose = m_window->scenario()->stepCount();
    student.disconnectFromHost();
    QVERIFY(spinUntil([&] { return m_window->scenario()->stepCount() > beforeClose; }, waitMs));
    QVERIFY(spinUntil([&] { return m_window->playback()->step() == m_window->scenario()->lastStep()
                                   && !m_window->playback()->isAnimating(); },
                      waitMs));
    int closeWait = -1;
    for (int s = 0; s <= m_window->scenario()->lastStep() && closeWait < 0; ++s) {
        const TcpControlBlock *tcb = m_window->scenario()->step(s).state.endpoint(connection);
        if (tcb && tcb->state == TcpState::CloseWait)
            closeWait = s;
    }
    QVERIFY(closeWait > 0);
    // Step keys work on the shown trace: back to CLOSE-WAIT, and the diagram lights it.
    m_window->playback()->seek(closeWait);
    QVERIFY(m_window->stateDiagram()->litStates(connection).contains(TcpState::CloseWait));
    m_window->playback()->stepBack();
    QCOMPARE(m_window->playback()->step(), closeWait - 1);
    m_window->playback()->toEnd();
    QCOMPARE(m_window->playback()->step(), m_window->scenario()->lastStep());

    // No row: the lesson's simulated run again.
    // The note's link: the lesson's simulated run again.
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("labStageNote"));
    QVERIFY(note->text().contains(QLatin1String("href")));
    Q_EMIT note->linkActivated(QStringLiteral("#lesson"));
    QCOMPARE(panel()->selectedConnection(), 0);
    QCOMPARE(m_window->followedLabConnection(), 0);
    QCOMPARE(m_window->scenario()->stepCount(), simulatedSteps);
    QVERIFY(m_window->lesson()); // its captions and checkpoints are back
}

// A trace draws its first messages only; the line over the stage says how many more there were.
void TestSocketLab::longConversationSaysWhatIsNotDrawn()
{
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    QTcpSocket student;
    student.connectToHost(QHostAddress::LocalHost, session()->serverAddress().port);
    QVERIFY(student.waitForConnected(waitMs));
    QByteArray received;
    QVERIFY(readUntil(student, "Welcome!", &received).contains("Welcome!"));
    QVERIFY(spinUntil([&] { return panel()->connectionsModel()->rowCount() == 1; }, waitMs));
    panel()->connectionsView()->selectRow(0);
    QVERIFY(m_window->followedLabConnection() > 0);
    QVERIFY(!m_window->labStageNote().contains(QLatin1String("later message")));
    // Each exchange is two messages (the student's and the answer): enough to pass the limit.
    const int exchanges = LabTrace::maxDrawnMessages / 2 + 4;
    for (int i = 0; i < exchanges; ++i) {
        received.clear();
        student.write("Rose");
        QVERIFY(readUntil(student, "Hello, Rose!", &received).contains("Hello, Rose!"));
    }
    QVERIFY2(spinUntil([&] { return m_window->labStageNote().contains(QLatin1String("later message")); }, waitMs),
             qPrintable(m_window->labStageNote()));
    const LabConnection *c = session()->connection(m_window->followedLabConnection());
    QVERIFY(c && c->trace && c->trace->omittedMessages() > 0);
    QVERIFY(m_window->labStageNote().contains(QStringLiteral("%1 later message").arg(c->trace->omittedMessages())));
}

// hello's "exit": NetSteps' server closes first, and its socket waits in TIME-WAIT, the kernel's
// countdown beside the model's state.
void TestSocketLab::timeWaitShowsTheKernelCountdown()
{
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    QTcpSocket student;
    student.connectToHost(QHostAddress::LocalHost, session()->serverAddress().port);
    QVERIFY(student.waitForConnected(waitMs));
    QByteArray received;
    QVERIFY(readUntil(student, "Welcome!", &received).contains("Welcome!"));
    student.write("exit");
    QVERIFY(spinUntil([&] { return student.state() == QAbstractSocket::UnconnectedState; }, waitMs));
    const LabConnectionsModel *connections = panel()->connectionsModel();
    QVERIFY(spinUntil([&] { return connections->rowCount() == 1; }, waitMs));
    const LabConnection &c = session()->connections().constFirst();
    if (!c.kernelState && !c.kernelNote.isEmpty() && c.timeWaitSecondsLeft < 0)
        QSKIP(qPrintable(c.kernelNote));
    QVERIFY2(spinUntil([&] {
                 return cell(connections, 0, LabConnectionsModel::KernelState).startsWith(QLatin1String("TIME-WAIT ("));
             }, waitMs),
             qPrintable(cell(connections, 0, LabConnectionsModel::KernelState)));
    QVERIFY(cell(connections, 0, LabConnectionsModel::KernelState).endsWith(QLatin1String(" s)")));
    QCOMPARE(cell(connections, 0, LabConnectionsModel::ModelState), QStringLiteral("TIME-WAIT"));
    QVERIFY(connections->index(0, LabConnectionsModel::KernelState).data(Qt::ToolTipRole).isValid());
}

void TestSocketLab::portInUseShowsTheErrorInThePanel()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    startServer(false, squatter.serverPort());
    QVERIFY(!session()->isServing());
    const QString message = panel()->serverMessage();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(QStringLiteral("in use"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(child<QLabel>(panel(), "serverMessage")->isVisible());
    QVERIFY(child<QLabel>(panel(), "serverMessage")->styleSheet().contains(QLatin1String("color")));
    QVERIFY(m_window->isVisible());
    QCOMPARE(child<QPushButton>(panel(), "startServer")->text(), QStringLiteral("&Start server"));
    // The log has the failed bind() in the error colour, with its names in the tooltip.
    const LabCallLogModel *calls = panel()->callLogModel();
    const int bind = findCall(calls, QStringLiteral("server"), QStringLiteral("bind("));
    QVERIFY2(bind >= 0, qPrintable(callRows(calls).join(u'\n')));
    QVERIFY(calls->call(bind)->failed());
    QVERIFY(calls->index(bind, LabCallLogModel::Result).data(Qt::ForegroundRole).isValid());
    QVERIFY(calls->index(bind, LabCallLogModel::Call).data(Qt::ToolTipRole).toString().contains(QLatin1String("EADDRINUSE")));
    panel()->callLogView()->selectRow(bind);
    QVERIFY(child<QLabel>(panel(), "callDetail")->text().contains(QLatin1String("EADDRINUSE")));

    // Another port works after the error.
    startServer(false, 0);
    QVERIFY(session()->isServing());
    QVERIFY(panel()->serverMessage().isEmpty());
}

void TestSocketLab::invalidClientHostShowsItsError()
{
    auto *host = child<QLineEdit>(panel(), "clientHost");
    host->clear();
    QTest::keyClicks(host, QStringLiteral("127.0.0.300"));
    const ParseError error = Ipv4Address::parse(u"127.0.0.300").error();
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(panel()->clientMessage().contains(error.message), qPrintable(panel()->clientMessage()));
    QCOMPARE(host->toolTip(), error.message);
    QVERIFY(!host->styleSheet().isEmpty());
    QTest::mouseClick(child<QPushButton>(panel(), "connectClient"), Qt::LeftButton);
    QVERIFY(!session()->hasClient());
    QVERIFY(host->hasFocus());
    // Fixed, the error goes.
    host->clear();
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    QVERIFY(panel()->clientMessage().isEmpty());
    QVERIFY(host->styleSheet().isEmpty());
}

void TestSocketLab::netStepsClientTalksToNetStepsServer()
{
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    const quint16 port = session()->serverAddress().port;
    // The client's fields point at the server just started.
    QCOMPARE(child<QLineEdit>(panel(), "clientHost")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(panel(), "clientPort")->value(), int(port));
    QTest::mouseClick(child<QPushButton>(panel(), "connectClient"), Qt::LeftButton);
    QVERIFY(spinUntil([&] { return session()->isClientConnected(); }, waitMs));
    QVERIFY(child<QPushButton>(panel(), "send")->isEnabled());
    QVERIFY(child<QPushButton>(panel(), "closeClient")->isEnabled());

    auto *text = child<QLineEdit>(panel(), "clientText");
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Rose"));
    QTest::keyClick(text, Qt::Key_Return); // Enter sends
    const LabCallLogModel *calls = panel()->callLogModel();
    // A byte stream: the greeting and the answer may come in one recv().
    QVERIFY2(spinUntil([&] { return findCall(calls, QStringLiteral("client"), QStringLiteral("recv("),
                                             QStringLiteral("Hello, Rose!'")) >= 0; },
                       waitMs),
             qPrintable(callRows(calls).join(u'\n')));
    QVERIFY(findCall(calls, QStringLiteral("client"), QStringLiteral("send(b'Rose')")) >= 0);

    const LabConnectionsModel *connections = panel()->connectionsModel();
    QCOMPARE(connections->rowCount(), 2);
    const int serves = findConnectionRow(connections, QStringLiteral("NetSteps serves"));
    const int connects = findConnectionRow(connections, QStringLiteral("NetSteps connects"));
    QVERIFY(serves >= 0 && connects >= 0);
    QCOMPARE(cell(connections, serves, LabConnectionsModel::Local), cell(connections, connects, LabConnectionsModel::Peer));

    // Following the client's connection: both ends are NetSteps.
    panel()->connectionsView()->selectRow(connects);
    QCOMPARE(m_window->followedLabConnection(), connections->connectionId(connects));
    bool client = false;
    bool server = false;
    for (const QGraphicsItem *item : m_window->ladderView()->ladderScene()->items()) {
        if (const auto *label = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
            client = client || label->text() == QLatin1String("client (NetSteps)");
            server = server || label->text() == QLatin1String("server (NetSteps)");
        }
    }
    QVERIFY(client);
    QVERIFY(server);

    // Send all, then close: the buttons follow the client's state.
    text->setText(QStringLiteral("exit"));
    QTest::mouseClick(child<QPushButton>(panel(), "sendAll"), Qt::LeftButton);
    QVERIFY(spinUntil([&] { return findCall(calls, QStringLiteral("client"), QStringLiteral("sendall(b'exit')")) >= 0; },
                      waitMs));
    QTest::mouseClick(child<QPushButton>(panel(), "closeClient"), Qt::LeftButton);
    QVERIFY(spinUntil([&] { return !session()->isClientConnected(); }, waitMs));
    QVERIFY(!child<QPushButton>(panel(), "send")->isEnabled());
}

void TestSocketLab::proxyShowsBothHalves()
{
    // The student's client → NetSteps' proxy → a server (here NetSteps' own): both legs listed.
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    auto *proxy = panel()->proxyGroup();
    // The proxy proposes the server NetSteps runs as its target.
    QCOMPARE(child<QSpinBox>(proxy, "proxyTargetPort")->value(), int(session()->serverAddress().port));
    child<QSpinBox>(proxy, "proxyPort")->setValue(0);
    // A wrong target is refused with its reason, and nothing starts.
    child<QLineEdit>(proxy, "proxyHost")->setText(QStringLiteral("127.0.0"));
    QTest::mouseClick(child<QPushButton>(proxy, "startProxy"), Qt::LeftButton);
    QVERIFY(!session()->isProxying());
    QVERIFY(!proxy->message().isEmpty());
    child<QLineEdit>(proxy, "proxyHost")->setText(QStringLiteral("127.0.0.1"));
    QTest::mouseClick(child<QPushButton>(proxy, "startProxy"), Qt::LeftButton);
    QVERIFY(session()->isProxying());
    const quint16 port = session()->proxyAddress().port;
    QCOMPARE(child<QLineEdit>(proxy, "proxyPython")->text(), QStringLiteral("s.connect(('127.0.0.1', %1))").arg(port));

    QTcpSocket student;
    student.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(student.waitForConnected(waitMs));
    QByteArray received;
    QVERIFY(readUntil(student, "Welcome!", &received).contains("Welcome!"));
    student.write("Rose");
    QVERIFY(readUntil(student, "Hello, Rose!", &received).contains("Hello, Rose!"));
    const LabConnectionsModel *connections = panel()->connectionsModel();
    QVERIFY(spinUntil([&] { return connections->rowCount() == 3; }, waitMs));
    const int clientSide = findConnectionRow(connections, QStringLiteral("proxy: your client's side"));
    const int serverSide = findConnectionRow(connections, QStringLiteral("proxy: to the server"));
    QVERIFY(clientSide >= 0 && serverSide >= 0);
    QVERIFY(findConnectionRow(connections, QStringLiteral("NetSteps serves")) >= 0);
    QVERIFY(findCall(panel()->callLogModel(), QStringLiteral("proxy"), QStringLiteral("sendall(b'Rose')")) >= 0);
    // Following the client's half puts it on the stage, with who is who.
    panel()->connectionsView()->selectRow(clientSide);
    QCOMPARE(m_window->followedLabConnection(), connections->connectionId(clientSide));
    QCOMPARE(m_window->scenario()->step(0).state.endpoint(QStringLiteral("server"))->port, port);
    bool proxyLabel = false;
    for (const QGraphicsItem *item : m_window->ladderView()->ladderScene()->items()) {
        if (const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item))
            proxyLabel = proxyLabel || text->text() == QLatin1String("server (NetSteps' proxy)");
    }
    QVERIFY(proxyLabel);
    QTest::mouseClick(child<QPushButton>(proxy, "startProxy"), Qt::LeftButton);
    QVERIFY(!session()->isProxying());
}

void TestSocketLab::udpServerAnswersADatagram()
{
    startServer(true);
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    QCOMPARE(session()->serverTransport(), LabTransport::Udp);
    const quint16 port = session()->serverAddress().port;
    QCOMPARE(child<QLineEdit>(panel(), "pythonLine")->text(),
             QStringLiteral("s.sendto(b'Rose', ('127.0.0.1', %1))").arg(port));
    QUdpSocket student;
    QVERIFY(student.bind(QHostAddress::LocalHost, 0));
    student.writeDatagram("Rose", QHostAddress::LocalHost, port);
    QVERIFY(spinUntil([&] { return student.hasPendingDatagrams(); }, waitMs));
    QByteArray reply(int(student.pendingDatagramSize()), '\0');
    student.readDatagram(reply.data(), reply.size());
    QCOMPARE(reply, QByteArray("Hello, Rose!"));

    const LabConnectionsModel *connections = panel()->connectionsModel();
    QVERIFY(spinUntil([&] { return connections->rowCount() == 1; }, waitMs));
    QCOMPARE(cell(connections, 0, LabConnectionsModel::Transport), QStringLiteral("UDP"));
    QCOMPARE(cell(connections, 0, LabConnectionsModel::Peer), QStringLiteral("127.0.0.1:%1").arg(student.localPort()));
    const LabCallLogModel *calls = panel()->callLogModel();
    QVERIFY2(findCall(calls, QStringLiteral("server"), QStringLiteral("recvfrom(")) >= 0, qPrintable(callRows(calls).join(u'\n')));
    QVERIFY(findCall(calls, QStringLiteral("server"), QStringLiteral("sendto(b'Hello, Rose!'")) >= 0);
    // A UDP peer has no connection to draw: the stage keeps the lesson's run.
    const int steps = m_window->scenario()->stepCount();
    panel()->connectionsView()->selectRow(0);
    QCOMPARE(m_window->followedLabConnection(), 0);
    QCOMPARE(m_window->scenario()->stepCount(), steps);
}

// Hundreds of connections arrive as row inserts and leave as row removals, never as a reset,
// and the list stays as bounded as the session's.
void TestSocketLab::manyConnectionsAreInsertedOneByOne()
{
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    const quint16 port = session()->serverAddress().port;
    const LabConnectionsModel *connections = panel()->connectionsModel();
    QSignalSpy resets(connections, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(connections, &QAbstractItemModel::rowsInserted);
    const int total = LabSession::maxClosedConnections + 20;
    for (int i = 0; i < total; ++i) {
        QTcpSocket student;
        student.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(student.waitForConnected(waitMs));
        QVERIFY(spinUntil([&] { return inserts.size() > i; }, waitMs));
        student.abort();
    }
    QVERIFY(spinUntil([&] {
        const QList<LabConnection> &all = session()->connections();
        return std::none_of(all.cbegin(), all.cend(), [](const LabConnection &c) { return c.open; });
    }, waitMs));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserts.size(), total);
    QCOMPARE(connections->rowCount(), int(session()->connections().size()));
    QVERIFY(connections->rowCount() <= LabSession::maxClosedConnections);
    for (int r = 0; r < connections->rowCount(); ++r)
        QCOMPARE(connections->connectionId(r), session()->connections().at(r).id);
}

void TestSocketLab::callLogStaysWhereTheUserScrolled()
{
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    const quint16 port = session()->serverAddress().port;
    QTableView *log = panel()->callLogView();
    const auto talk = [&](int times) {
        QTcpSocket student;
        student.connectToHost(QHostAddress::LocalHost, port);
        if (!student.waitForConnected(waitMs))
            return false;
        QByteArray received;
        for (int i = 0; i < times; ++i) {
            student.write("Rose");
            if (!readUntil(student, QByteArray("Hello, Rose!").repeated(i + 1), &received).contains("Hello, Rose!"))
                return false;
        }
        student.disconnectFromHost();
        return true;
    };
    QVERIFY(talk(20));
    QVERIFY(spinUntil([&] { return log->verticalScrollBar()->maximum() > 0; }, waitMs));
    // At the bottom, it follows the newest call.
    QCOMPARE(log->verticalScrollBar()->value(), log->verticalScrollBar()->maximum());
    // Scrolled up, it stays there while calls arrive.
    log->verticalScrollBar()->setValue(0);
    const int rows = panel()->callLogModel()->rowCount();
    QVERIFY(talk(3));
    QVERIFY(spinUntil([&] { return panel()->callLogModel()->rowCount() > rows; }, waitMs));
    QCOMPARE(log->verticalScrollBar()->value(), 0);
}

// On a projector the stage comes first: the controls give their room, and come back after.
void TestSocketLab::presenterModeHidesTheControls()
{
    auto *controls = child<QWidget>(panel(), "labControls");
    QVERIFY(controls->isVisible());
    m_window->presenterMode()->setActive(true);
    QVERIFY(panel()->isVisible());
    QVERIFY(!controls->isVisible());
    QVERIFY(panel()->callLogView()->isVisible());
    m_window->presenterMode()->setActive(false);
    QVERIFY(controls->isVisible());
    // The corner button hides and shows them too.
    auto *toggle = child<QToolButton>(panel(), "controlsToggle");
    toggle->click();
    QVERIFY(!controls->isVisible());
    toggle->click();
    QVERIFY(controls->isVisible());
}

void TestSocketLab::closingTheWindowStopsTheServer()
{
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    const quint16 port = session()->serverAddress().port;
    QVERIFY(m_window->close());
    QVERIFY(!session()->isServing());
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(2000)); // refused: nothing listens there any more
}

// With NETSTEPS_SCREENSHOT_DIR set: the lab in use, at a laptop's and a projector's size, in
// English and in Chinese.
void TestSocketLab::screenshots()
{
    const QByteArray dir = qgetenv("NETSTEPS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("NETSTEPS_SCREENSHOT_DIR is not set");
    startServer();
    QVERIFY(spinUntil([&] { return session()->isServing(); }, waitMs));
    QTcpSocket student;
    student.connectToHost(QHostAddress::LocalHost, session()->serverAddress().port);
    QVERIFY(student.waitForConnected(waitMs));
    QByteArray received;
    readUntil(student, "Welcome!", &received);
    student.write("Rose");
    readUntil(student, "Hello, Rose!", &received);
    // A refused connect() of NetSteps' client, for an error row.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = probe.serverPort();
    probe.close();
    auto *clientPort = child<QSpinBox>(panel(), "clientPort");
    clientPort->setValue(closed);
    QTest::mouseClick(child<QPushButton>(panel(), "connectClient"), Qt::LeftButton);
    QVERIFY(spinUntil([&] { return !session()->hasClient(); }, waitMs));
    QVERIFY(spinUntil([&] { return panel()->connectionsModel()->rowCount() >= 1; }, waitMs));
    panel()->connectionsView()->selectRow(findConnectionRow(panel()->connectionsModel(), QStringLiteral("NetSteps serves")));
    m_window->playback()->toEnd();
    for (const char *language : {"en", "zh_CN"}) {
        QVERIFY(m_window->setLanguage(QString::fromLatin1(language)));
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            m_window->resize(size);
            QTest::qWait(50);
            QVERIFY(m_window->grab().save(QStringLiteral("%1/socketlab-%2-%3x%4.png")
                                              .arg(QString::fromLocal8Bit(dir), QString::fromLatin1(language))
                                              .arg(size.width())
                                              .arg(size.height())));
        }
    }
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    // Presenter mode: the panel stays under the stage, in the larger type.
    m_window->presenterMode()->setActive(true);
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/socketlab-presenter.png")));
    QVERIFY(panel()->isVisible());
    m_window->presenterMode()->setActive(false);
}

QTEST_MAIN(TestSocketLab)
#include "tst_socketlab.moc"
