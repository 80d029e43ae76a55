// MainWindow, the socket lab: the lab's panel under the stage of the lesson socket-lab, the
// LabSession it drives, and the stage following a real connection the user selects, step by
// step as its sockets act. The stages and the playback: mainwindow.cpp.
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "labsession.h"
#include "labtrace.h"
#include "palette.h"
#include "playbackcontroller.h"
#include "presentermode.h"
#include "scenarioregistry.h"
#include "socketlabpanel.h"

#include <QEvent>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace NetSteps {

namespace {

const QString labLesson = QStringLiteral("socket-lab");

const QString noteStyle = QStringLiteral("padding: 2px 6px; border-radius: 4px;");

bool isLoopback(const NativeSocketAddress &address)
{
    return address.address.octet(0) == 127;
}

// Arranges the lab's panel once the window is shown, and stops the lab's sockets when the window
// closes, not only when it is destroyed: a window closed and kept must not go on serving.
class LabWindowWatcher final : public QObject
{
public:
    LabWindowWatcher(QObject *parent, std::function<void()> shown, std::function<void()> closing)
        : QObject(parent), m_shown(std::move(shown)), m_closing(std::move(closing))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Close)
            m_closing();
        else if (watched == parent() && event->type() == QEvent::Show)
            QTimer::singleShot(0, this, m_shown); // once the window is laid out
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_shown;
    std::function<void()> m_closing;
};

} // namespace

// The stage's column: a note over the stage, and the lab's panel under it in a splitter, shown
// for socket-lab only. The panel spans the stage's width, which its tables need.
void MainWindow::setupLab()
{
    const int at = m_ui->mainSplitter->indexOf(m_stages);
    m_stageColumn = new QSplitter(Qt::Vertical);
    m_stageColumn->setObjectName(QStringLiteral("stageColumn"));
    m_stageColumn->setChildrenCollapsible(false);
    m_ui->mainSplitter->insertWidget(at, m_stageColumn);
    auto *top = new QWidget(m_stageColumn);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(2);
    m_labNote = new QLabel(top);
    m_labNote->setObjectName(QStringLiteral("labStageNote"));
    m_labNote->setWordWrap(true);
    m_labNote->setTextFormat(Qt::RichText);
    m_labNote->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                       | Qt::LinksAccessibleByKeyboard);
    connect(m_labNote, &QLabel::linkActivated, this, [this] { m_labPanel->selectConnection(0); });
    m_labNote->hide();
    topLayout->addWidget(m_labNote);
    topLayout->addWidget(m_stages, 1); // leaves the main splitter for the column
    m_stageColumn->addWidget(top);
    m_labPanel = new SocketLabPanel(m_stageColumn);
    m_labPanel->setObjectName(QStringLiteral("socketLabPanel"));
    m_labPanel->hide();
    m_stageColumn->addWidget(m_labPanel);
    m_stageColumn->setStretchFactor(0, 1);
    m_stageColumn->setStretchFactor(1, 0);

    connect(m_labPanel, &SocketLabPanel::connectionSelected, this, &MainWindow::followLabConnection);
    // A reference lesson replaces the stage without a scenario.
    connect(m_stages, &QStackedWidget::currentChanged, this, &MainWindow::updateLabPanel);
    installEventFilter(new LabWindowWatcher(this, [this] { updateLabPanel(); },
                                            [this] {
                                                if (m_lab) {
                                                    m_lab->closeClient();
                                                    m_lab->stopServer();
                                                    m_lab->stopProxy();
                                                }
                                            }));
}

QString MainWindow::labStageNote() const
{
    if (!m_labNote->isVisible())
        return {};
    QTextDocument document;
    document.setHtml(m_labNote->text());
    return document.toPlainText();
}

void MainWindow::labScenarioInstalled()
{
    if (!m_installingLabTrace && m_labFollowed > 0) {
        // A lesson opened (or socket-lab opened again) shows its own scenario.
        m_labFollowed = 0;
        m_labTraceSize = -1;
        m_labStopped.clear();
        m_labPanel->selectConnection(0);
    }
    if (m_lessonId == labLesson && !m_lab) {
        m_lab = std::make_unique<LabSession>();
        m_labPanel->setSession(m_lab.get());
        connect(m_lab.get(), &LabSession::connectionChanged, this, [this](int id) {
            if (m_lab && id == m_labFollowed) // m_lab is null while the session is being destroyed
                showLabTrace(true);
        });
        connect(m_lab.get(), &LabSession::serverEvent, this,
                [this](const QString &line) { statusBar()->showMessage(line, 5000); });
        // On a projector the stage comes first: the panel gives it room, and gets its own back after.
        connect(m_presenter, &PresenterMode::activeChanged, this, [this](bool active) {
            if (active) {
                m_labSizes = m_stageColumn->sizes();
                m_labPanel->setControlsShown(false);
                // At most a third of the screen the window now fills, whatever the splitter had.
                const int panel = screen()->size().height() * 3 / 10;
                m_labPanel->setMaximumHeight(panel);
                const int total = m_labSizes.value(0) + m_labSizes.value(1);
                m_stageColumn->setSizes({total - panel, panel});
            } else {
                m_labPanel->setMaximumHeight(QWIDGETSIZE_MAX);
                m_labPanel->setControlsShown(true);
                if (m_labSizes.size() == 2)
                    m_stageColumn->setSizes(m_labSizes);
            }
        });
    }
    updateLabPanel();
}

void MainWindow::updateLabPanel()
{
    const bool lab = m_scenario && m_lessonId == labLesson && m_lab;
    if (m_labPanel->isHidden() == lab)
        m_labPanel->setVisible(lab);
    // The panel's first height, once the window is laid out: what its controls ask, and room for
    // a few rows of its tables; the stage keeps the most.
    if (lab && !m_labArranged && isVisible() && m_stageColumn->height() > 0) {
        m_labArranged = true;
        const int total = m_stageColumn->height() - m_stageColumn->handleWidth();
        const int panel = qBound(total / 4, m_labPanel->preferredHeight(), total / 2);
        m_stageColumn->setSizes({total - panel, panel});
    }

    QString note;
    bool limit = false;
    if (lab && m_labFollowed > 0) {
        const LabConnection *c = m_lab->connection(m_labFollowed);
        const LabTrace *trace = c ? c->trace.get() : nullptr;
        QStringList parts{tr("On the stage: connection %1 (%2 ↔ %3), call by call as its real sockets acted; the "
                             "segments are the model's.")
                              .arg(m_labFollowed)
                              .arg(c ? c->local.toString() : QString(), c ? c->peer.toString() : QString())};
        if (trace && trace->omittedMessages() > 0) {
            limit = true;
            parts.append(tr("Only the first %1 messages are drawn: %n later message(s) (%2 bytes) are counted, not drawn.",
                            nullptr, trace->omittedMessages())
                             .arg(LabTrace::maxDrawnMessages)
                             .arg(trace->omittedBytes()));
        }
        if (!m_labStopped.isEmpty()) {
            limit = true;
            parts.append(m_labStopped);
        }
        note = parts.join(u' ').toHtmlEscaped() + QStringLiteral(" <a href=\"#lesson\">%1</a>")
                                                      .arg(tr("Show the lesson's own run").toHtmlEscaped());
    } else if (lab) {
        note = tr("On the stage: the lesson's simulated run. Start a server or connect below, then select a TCP "
                  "connection to follow it here as it happens.")
                   .toHtmlEscaped();
    }
    m_labNote->setText(note);
    m_labNote->setStyleSheet(limit ? Palette::warningNoteStyle() : noteStyle); // a limit worth a second look
    m_labNote->setVisible(lab && !note.isEmpty());

    // A real connection has no live run of its own: it is one already.
    if (lab && m_labFollowed > 0) {
        m_ui->liveRadio->setEnabled(false);
        m_ui->liveRadio->setToolTip(tr("The stage shows a real connection of the lab; select no row to perform the "
                                       "lesson's own run in Live mode."));
    }
}

void MainWindow::followLabConnection(int id)
{
    if (m_lessonId != labLesson || !m_scenario || !m_lab)
        return;
    const LabConnection *c = m_lab->connection(id);
    if (c && c->trace) {
        m_labFollowed = id;
        m_labTraceSize = -1;
        showLabTrace(false);
        return;
    }
    // No row, or a UDP one (no connection to draw): the lesson's simulated run.
    if (m_labFollowed == 0) {
        updateLabPanel();
        return;
    }
    m_labFollowed = 0;
    m_labTraceSize = -1;
    m_labStopped.clear();
    if (const Lesson *lesson = m_lessons.find(m_lessonId))
        m_lesson = *lesson;
    std::optional<Scenario> scenario = ScenarioRegistry::build(m_lessonId, m_parameters);
    if (!scenario)
        return;
    m_installingLabTrace = true;
    installScenario(std::move(*scenario));
    m_installingLabTrace = false;
    updateLiveAvailability();
    updateLabPanel();
}

// Puts the followed connection's trace on the stage. When it has grown, the view plays on from
// the step it was at to the newest one, so each call appears as it happens; the zoom stays.
void MainWindow::showLabTrace(bool playOn)
{
    const LabConnection *c = m_lab ? m_lab->connection(m_labFollowed) : nullptr;
    if (!c || !c->trace) {
        updateLabPanel(); // gone from the list: what is shown stays
        return;
    }
    const qsizetype size = c->trace->events().size() + c->trace->omittedMessages();
    if (size == m_labTraceSize) {
        updateLabPanel(); // its counts or the kernel's state changed, not its steps
        return;
    }
    m_labTraceSize = size;
    Scenario scenario = c->trace->scenario(&m_labStopped);
    const int step = m_playback->step();
    const bool grew = playOn && m_scenario && scenario.lastStep() > step;
    leaveLive();
    // The lesson file's captions and checkpoints are written for its simulated run.
    m_lesson.reset();
    m_installingLabTrace = true;
    installScenario(std::move(scenario));
    m_installingLabTrace = false;
    if (!playOn) {
        m_playback->toEnd();
    } else {
        m_playback->seek(qMin(step, m_scenario->lastStep()));
        if (grew)
            m_playback->play();
    }
    updateLabPanel();
}

// "client (your program)", "server (NetSteps)": who is who on the followed connection. NetSteps'
// client talking to NetSteps' server is two connections of the lab, each the other's mirror.
QString MainWindow::labEndpointLabel(const QString &name) const
{
    const LabConnection *c = m_lab ? m_lab->connection(m_labFollowed) : nullptr;
    if (!c)
        return {};
    const QString client = LabTrace::clientName();
    const QString server = LabTrace::serverName();
    // The connection NetSteps' listener accepted: named short, its peer is on the other lifeline.
    if (name == ScenarioBuilder::connectionName(server, client))
        return tr("%1 ← client", "a listener's connection: the listener ← its peer").arg(labEndpointLabel(server));
    if (name != client && name != server)
        return {};
    const QList<LabConnection> &all = m_lab->connections();
    const auto mirror = std::find_if(all.cbegin(), all.cend(), [c](const LabConnection &other) {
        return other.id != c->id && other.transport == c->transport && other.local == c->peer && other.peer == c->local;
    });
    const auto ours = [this](const LabConnection &connection) {
        return connection.proxied ? tr("NetSteps' proxy") : tr("NetSteps");
    };
    const QString netsteps = ours(*c);
    const QString other = mirror != all.cend() ? ours(*mirror)
        : isLoopback(c->peer)                   ? tr("your program")
                                                : tr("a program on %1").arg(c->peer.address.toString());
    const bool localServer = c->localSide == LabTraceEvent::Side::Server;
    if (name == client)
        return tr("client (%1)", "the client, and whose program it is").arg(localServer ? other : netsteps);
    return tr("server (%1)", "the server, and whose program it is").arg(localServer ? netsteps : other);
}

} // namespace NetSteps
