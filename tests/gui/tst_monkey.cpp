// A monkey in front of the main window: thousands of random user actions from a fixed seed —
// switching lessons, stepping, seeking, playing at every speed, Live on and off, random text
// typed into every field, buttons of the panels pressed, resizing, languages, presenter mode and
// the high-contrast theme — and after each one the window must still show the model's state at
// its step, and Qt must not have printed a warning beyond the allow-list below.
//
// Everything real stays on 127.0.0.1: "let other computers connect" is never ticked, and a typed
// text that reads as an IPv4 address outside 127.0.0.0/8 is turned into a loopback one.
//
//   NETSTEPS_MONKEY_ACTIONS=N   how many actions (default 2000)
//   NETSTEPS_MONKEY_SEED=S      another seed (default 20261123); a failure names its action

#include "checkpointcontroller.h"
#include "ipv4address.h"
#include "ladderview.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "scenarioregistry.h"
#include "statediagramview.h"
#include "topologyview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace NetSteps;

namespace {

QStringList g_warnings;

// Messages Qt prints on the offscreen platform that say nothing about NetSteps: the platform
// plugin cannot do what a window system would, and the test sets no runtime directory.
const QStringList allowedWarnings{
    QStringLiteral("This plugin does not support propagateSizeHints()"), // offscreen: no window manager
    QStringLiteral("This plugin does not support raise()"),              // offscreen: no stacking order
    QStringLiteral("This plugin does not support grabbing the keyboard"),
    QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set"),           // no desktop session in CI
    QStringLiteral("QStandardPaths: wrong permissions on runtime directory"),
};

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    for (const QString &allowed : allowedWarnings) {
        if (message.startsWith(allowed))
            return;
    }
    g_warnings.append(message);
}

int environmentInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void randomActionsKeepTheWindowTrue();

private:
    QString randomText();
    void act(int action, QString *what);
    void typeIntoAField(QString *what);
    void pressAPanelButton(QString *what);
    QString check() const;

    QRandomGenerator m_random;
    MainWindow *m_window = nullptr;
    QStringList m_lessons;
};

void TestMonkey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the monkey's progress and settings stay out of the user's
    qInstallMessageHandler(collectWarnings);
    m_random.seed(quint32(environmentInt("NETSTEPS_MONKEY_SEED", 20261123)));
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    for (const Lesson &lesson : m_window->lessons().lessons)
        m_lessons.append(lesson.id);
    for (const QString &id : ScenarioRegistry::ids()) {
        if (!m_lessons.contains(id))
            m_lessons.append(id);
    }
    QVERIFY(m_lessons.size() > 30);
}

void TestMonkey::cleanupTestCase()
{
    delete m_window;
    qInstallMessageHandler(nullptr);
}

QString TestMonkey::randomText()
{
    switch (m_random.bounded(8)) {
    case 0: return QString();
    case 1: return QStringLiteral("127.0.0.%1").arg(m_random.bounded(256));
    case 2: return QString::number(m_random.bounded(-5, 70000));
    case 3: return QStringLiteral("%1.%2.%3.%4/%5").arg(m_random.bounded(300)).arg(m_random.bounded(300))
                       .arg(m_random.bounded(300)).arg(m_random.bounded(300)).arg(m_random.bounded(40));
    case 4: return QString(int(m_random.bounded(1, 3000)), QChar(u'9'));
    case 5: return QStringLiteral("你好, Rose!\n\t\\x00 é");
    case 6: return QStringLiteral("255.255.0.255");
    default: {
        QString text;
        const int length = int(m_random.bounded(1, 40));
        for (int i = 0; i < length; ++i)
            text += QChar(char16_t(m_random.bounded(0x20, 0x7f)));
        return text;
    }
    }
}

// A random visible, enabled text field, spin box or editable combo box gets random text, then Enter.
void TestMonkey::typeIntoAField(QString *what)
{
    QList<QWidget *> fields;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled())
            continue;
        if (qobject_cast<QLineEdit *>(w) && !qobject_cast<QLineEdit *>(w)->isReadOnly())
            fields.append(w);
    }
    if (fields.isEmpty()) {
        *what = QStringLiteral("no field to type into");
        return;
    }
    auto *field = qobject_cast<QLineEdit *>(fields.at(int(m_random.bounded(qsizetype(fields.size())))));
    QString text = randomText();
    // Real sockets never leave this machine: an address outside 127.0.0.0/8 becomes a loopback one.
    if (const Parsed<Ipv4Address> address = Ipv4Address::parse(text.trimmed()); address && address->octet(0) != 127)
        text = QStringLiteral("127.0.0.1");
    const QWidget *owner = field->parentWidget();
    *what = QStringLiteral("type %1 into %2 (in %3)")
                .arg(text.left(40), field->objectName(), owner ? owner->objectName() : QString());
    field->setFocus();
    field->selectAll();
    // QTest::keyClicks types Latin-1 only: other characters come as an input method would give
    // them, as a key event carrying the text.
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f) {
            QTest::keyClick(field, char(c.unicode()));
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QApplication::sendEvent(field, &press);
        }
    }
    QTest::keyClick(field, Qt::Key_Return);
}

// A random visible, enabled button of the window's panels (not the menus, whose dialogs would
// wait for a person), except the one that lets other computers connect.
void TestMonkey::pressAPanelButton(QString *what)
{
    QList<QAbstractButton *> buttons;
    for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
        if (!b->isVisible() || !b->isEnabled() || b->objectName() == QLatin1String("otherComputers"))
            continue;
        buttons.append(b);
    }
    if (buttons.isEmpty()) {
        *what = QStringLiteral("no button to press");
        return;
    }
    QAbstractButton *button = buttons.at(int(m_random.bounded(qsizetype(buttons.size()))));
    *what = QStringLiteral("press %1 '%2'").arg(button->objectName(), button->text());
    // Some buttons open a menu or a dialog (the toolbar's, the lesson problems'): those are left alone.
    if (button->objectName().isEmpty() && button->text().isEmpty() && !qobject_cast<QCheckBox *>(button)) {
        *what += QStringLiteral(" (skipped: no name)");
        return;
    }
    if (qobject_cast<QPushButton *>(button) && qobject_cast<QPushButton *>(button)->menu()) {
        *what += QStringLiteral(" (skipped: opens a menu)");
        return;
    }
    if (button->objectName() == QLatin1String("presenterButton") || button->text().contains(QLatin1String("Problems"))) {
        *what += QStringLiteral(" (skipped)");
        return;
    }
    button->click();
}

void TestMonkey::act(int action, QString *what)
{
    PlaybackController *playback = m_window->playback();
    switch (action) {
    case 0: {
        const QString id = m_lessons.at(int(m_random.bounded(qsizetype(m_lessons.size()))));
        *what = QStringLiteral("open %1").arg(id);
        m_window->openLesson(id, m_random.bounded(1, 5));
        return;
    }
    case 1: *what = QStringLiteral("step forward"); QTest::keyClick(m_window, Qt::Key_Right); return;
    case 2: *what = QStringLiteral("step back"); QTest::keyClick(m_window, Qt::Key_Left); return;
    case 3: *what = QStringLiteral("home"); QTest::keyClick(m_window, Qt::Key_Home); return;
    case 4: *what = QStringLiteral("end"); QTest::keyClick(m_window, Qt::Key_End); return;
    case 5: {
        const int last = m_window->lastStep();
        const int step = last < 0 ? 0 : int(m_random.bounded(last + 1));
        *what = QStringLiteral("seek %1").arg(step);
        playback->seek(step);
        return;
    }
    case 6: {
        const QList<double> speeds{0.25, 0.5, 1, 2, 4};
        const double speed = speeds.at(int(m_random.bounded(qsizetype(speeds.size()))));
        const int ms = int(m_random.bounded(0, 400));
        *what = QStringLiteral("play at %1x for %2 ms").arg(speed).arg(ms);
        playback->setSpeed(speed);
        playback->play();
        QTest::qWait(ms);
        playback->pause();
        return;
    }
    case 7: {
        const bool live = !m_window->isLive() && m_random.bounded(2) == 0;
        *what = QStringLiteral("live %1").arg(live ? QStringLiteral("on") : QStringLiteral("off"));
        m_window->setLive(live);
        return;
    }
    case 8: typeIntoAField(what); return;
    case 9: pressAPanelButton(what); return;
    case 10: {
        const QSize size(int(m_random.bounded(640, 2000)), int(m_random.bounded(480, 1200)));
        *what = QStringLiteral("resize %1x%2").arg(size.width()).arg(size.height());
        m_window->resize(size);
        return;
    }
    case 11: {
        const QString language = m_random.bounded(2) ? QStringLiteral("zh_CN") : QStringLiteral("en");
        *what = QStringLiteral("language %1").arg(language);
        m_window->setLanguage(language);
        return;
    }
    case 12: {
        if (m_random.bounded(2)) {
            *what = QStringLiteral("presenter mode");
            QTest::keyClick(m_window, Qt::Key_F11);
        } else {
            *what = QStringLiteral("high contrast");
            if (auto *theme = m_window->findChild<QAction *>(QStringLiteral("highContrastAction")))
                theme->toggle();
        }
        return;
    }
    default: {
        *what = QStringLiteral("restart");
        m_window->restartLesson();
        return;
    }
    }
}

// What the window shows at its step against the model's state there; empty when they agree.
QString TestMonkey::check() const
{
    const int step = m_window->playback()->step();
    if (m_window->lastStep() >= 0 && (step < 0 || step > m_window->lastStep()))
        return QStringLiteral("step %1 outside 0..%2").arg(step).arg(m_window->lastStep());
    const Scenario *scenario = m_window->scenario();
    if (!scenario || m_window->playback()->isPlaying() || m_window->checkpoints()->isAsking())
        return {};
    if (m_window->caption().isEmpty())
        return QStringLiteral("no caption at step %1").arg(step);
    const Step &shown = scenario->step(step);
    if (scenario->stage == Scenario::Stage::Ladder) {
        for (const TcpControlBlock &tcb : shown.state.endpoints) {
            if (!m_window->stateDiagram()->litStates(tcb.name).contains(tcb.state))
                return QStringLiteral("the state diagram does not light %1 for %2 at step %3")
                    .arg(tcpStateName(tcb.state), tcb.name)
                    .arg(step);
        }
    } else if (scenario->stage == Scenario::Stage::Topology && m_window->topologyView()->currentStep() != step) {
        return QStringLiteral("the topology shows step %1, the playback is at %2")
            .arg(m_window->topologyView()->currentStep())
            .arg(step);
    }
    return {};
}

void TestMonkey::randomActionsKeepTheWindowTrue()
{
    const int actions = environmentInt("NETSTEPS_MONKEY_ACTIONS", 2000);
    QStringList recent; // the last actions, to say how a failure was reached
    QMap<QString, int> tally; // what the monkey did, by the first word of each action
    for (int i = 0; i < actions; ++i) {
        QString what;
        // Opening lessons and stepping are what students do most; Live, which waits on real
        // sockets, and the window-wide changes are rarer.
        const int roll = int(m_random.bounded(100));
        const int action = roll < 10 ? 0 : roll < 30 ? 1 : roll < 38 ? 2 : roll < 41 ? 3 : roll < 44 ? 4
                         : roll < 54 ? 5 : roll < 60 ? 6 : roll < 62 ? 7 : roll < 76 ? 8 : roll < 90 ? 9
                         : roll < 94 ? 10 : roll < 96 ? 11 : roll < 98 ? 12 : 13;
        act(action, &what);
        QCoreApplication::processEvents();
        ++tally[what.section(u' ', 0, 0) + (what.contains(QLatin1String("skipped")) ? QStringLiteral(" (skipped)") : QString())];
        recent.append(QStringLiteral("%1: %2").arg(i).arg(what));
        if (recent.size() > 8)
            recent.removeFirst();
        const QString wrong = check();
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("after action %1 (%2): %3\nlast actions:\n%4")
                                                 .arg(i).arg(what, wrong, recent.join(u'\n'))));
        QVERIFY2(g_warnings.isEmpty(), qPrintable(QStringLiteral("after action %1 (%2), Qt warned: %3\nlast actions:\n%4")
                                                      .arg(i).arg(what, g_warnings.join(u'\n'), recent.join(u'\n'))));
    }
    m_window->setLive(false);
    QStringList done;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        done.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    std::fprintf(stderr, "monkey: %s\n", qPrintable(done.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
