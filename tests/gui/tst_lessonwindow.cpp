// The window with its lesson files: the navigator lists every lesson once under its topic, the
// captions and terms are the lesson's, a checkpoint holds its step back until it is answered and
// the first answer is scored and kept, a lessons folder replaces and reports, a reference lesson
// pages through, and a screenshot of a checkpoint step shows the answer.

#include "checkpointcontroller.h"
#include "checkpointpanel.h"
#include "ladderview.h"
#include "launchoptions.h"
#include "lessonloader.h"
#include "lessonnavigator.h"
#include "lessonproblemsdialog.h"
#include "lessonprogress.h"
#include "mainwindow.h"
#include "narrator.h"
#include "playbackcontroller.h"
#include "processrun.h"
#include "referencepageview.h"
#include "scenarioregistry.h"
#include "statediagramview.h"
#include "translations.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace NetSteps;

namespace {

const QString handshake = QStringLiteral("tcp-handshake");

// The checkpoint of tcp-handshake that the tests answer: which segment the client sends.
constexpr int syn = 2;

int rightChoice(const QList<CheckpointChoice> &choices)
{
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i).correct)
            return i;
    }
    return -1;
}

QList<CheckpointChoice> choicesAt(const MainWindow &window, int step)
{
    return window.lesson()->step(step)->checkpoint->choices(*window.scenario(), step);
}

void saveShot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents(); // the layout settles first, with or without a picture
    const QByteArray dir = qgetenv("NETSTEPS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(dir) + u'/' + name);
}

} // namespace

class TestLessonWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigatorListsEveryLessonOnce();
    void referenceTableFitsEveryWidth();
    void navigatorListsScenariosWithoutALesson();
    void navigatorFollowsTheLanguage();
    void captionsAreTheLessons_data();
    void captionsAreTheLessons();
    void otherSettingsFallBackToTheModel();
    void checkpointHoldsThePreviousStep();
    void playStopsAtACheckpoint();
    void rightAnswerScoresAndReveals();
    void wrongAnswerShowsTheModelsAnswer();
    void skipRevealsWithoutScoring();
    void seekingDoesNotAsk();
    void progressPersistsAndResets();
    void lessonsFolderReplacesAndReports();
    void lessonsFolderFromTheCommandLine();
    void referenceLessonPagesThrough();
    void screenshotShowsTheAnswer();
    void screenshotOfAReferencePage();
    void questionFitsTheWindow_data();
    void questionFitsTheWindow();

private:
    void stepOntoCheckpoint(int step);

    MainWindow *m_window = nullptr;
};

void TestLessonWindow::initTestCase()
{
    // The answers go to a test copy of the settings, never the student's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestLessonWindow::init()
{
    installTranslations(QStringLiteral("en"));
    LessonProgress::reset();
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestLessonWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
    LessonProgress::reset();
    installTranslations(QStringLiteral("en"));
}

// Seeks to the step before, then steps forward onto `step`, as the student does.
void TestLessonWindow::stepOntoCheckpoint(int step)
{
    m_window->playback()->seek(step - 1);
    QTest::keyClick(m_window, Qt::Key_Right);
}

void TestLessonWindow::navigatorListsEveryLessonOnce()
{
    const LessonCollection embedded = LessonLoader::loadEmbedded();
    QVERIFY(embedded.errors.isEmpty());
    LessonNavigator *navigator = m_window->navigator();
    QStringList topicsShown;
    QStringList listed;
    for (int t = 0; t < navigator->topLevelItemCount(); ++t) {
        const QTreeWidgetItem *topic = navigator->topLevelItem(t);
        topicsShown.append(topic->text(LessonNavigator::TitleColumn));
        for (int i = 0; i < topic->childCount(); ++i) {
            const QTreeWidgetItem *item = topic->child(i);
            const QString id = item->data(LessonNavigator::TitleColumn, LessonNavigator::lessonIdRole).toString();
            listed.append(id);
            const Lesson *lesson = embedded.find(id);
            if (!lesson) {
                QVERIFY2(ScenarioRegistry::find(id), qPrintable(id)); // a scenario without a lesson file
                continue;
            }
            QCOMPARE(topic->text(LessonNavigator::TitleColumn), ScenarioRegistry::topicTitle(lesson->topic));
            QCOMPARE(item->text(LessonNavigator::TitleColumn), lesson->title.text());
            QCOMPARE(item->toolTip(LessonNavigator::TitleColumn), lesson->summary.text());
        }
    }
    for (const Lesson &lesson : embedded.lessons)
        QCOMPARE(listed.count(lesson.id), 1);
    for (const QString &id : ScenarioRegistry::ids())
        QCOMPARE(listed.count(id), 1);
    // Topics in the navigator's order, each once.
    QStringList expectedTopics;
    for (const QString &topic : Lesson::topics()) {
        const bool used = std::any_of(embedded.lessons.cbegin(), embedded.lessons.cend(),
                                      [&](const Lesson &l) { return l.topic == topic; });
        if (used)
            expectedTopics.append(ScenarioRegistry::topicTitle(topic));
    }
    QCOMPARE(topicsShown, expectedTopics);
    QVERIFY(listed.contains(QStringLiteral("well-known-ports")));
    // Choosing an item opens its lesson.
    navigator->setCurrentItem(navigator->lessonItem(QStringLiteral("tcp-close")));
    QCOMPARE(m_window->currentLesson(), QStringLiteral("tcp-close"));
    QCOMPARE(m_window->lesson()->id, QStringLiteral("tcp-close"));
}

// A scenario whose lesson file is missing is still listed, under its scenario's title, in the
// registry's order.
void TestLessonWindow::navigatorListsScenariosWithoutALesson()
{
    LessonNavigator navigator;
    QList<Lesson> lessons = LessonLoader::loadEmbedded().lessons;
    lessons.removeIf([](const Lesson &l) { return l.id == QLatin1String("tcp-close") || l.id == QLatin1String("subnet-and"); });
    navigator.setLessons(lessons);
    for (const ScenarioInfo &info : ScenarioRegistry::all()) {
        const QTreeWidgetItem *item = navigator.lessonItem(info.id);
        QVERIFY2(item, qPrintable(info.id));
        QCOMPARE(item->parent()->text(LessonNavigator::TitleColumn), ScenarioRegistry::topicTitle(info.topic));
    }
    const QTreeWidgetItem *close = navigator.lessonItem(QStringLiteral("tcp-close"));
    QCOMPARE(close->text(LessonNavigator::TitleColumn), ScenarioRegistry::find(QStringLiteral("tcp-close"))->title());
    QVERIFY(close->text(LessonNavigator::ProgressColumn).isEmpty());
    // In the registry's order among the lessons of its topic.
    const QTreeWidgetItem *tcp = close->parent();
    QCOMPARE(tcp->indexOfChild(const_cast<QTreeWidgetItem *>(close)), 1);
    QCOMPARE(tcp->child(0)->data(LessonNavigator::TitleColumn, LessonNavigator::lessonIdRole).toString(), handshake);
    const QTreeWidgetItem *subnet = navigator.lessonItem(QStringLiteral("subnet-and"));
    QCOMPARE(subnet->parent()->indexOfChild(const_cast<QTreeWidgetItem *>(subnet)), 0);
}

void TestLessonWindow::navigatorFollowsTheLanguage()
{
    QVERIFY(m_window->openLesson(handshake));
    const Lesson *lesson = m_window->lessons().find(handshake);
    QTreeWidgetItem *item = m_window->navigator()->lessonItem(handshake);
    QCOMPARE(item->text(LessonNavigator::TitleColumn), QStringLiteral("Three-way handshake"));
    QVERIFY(m_window->setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::TitleColumn),
                 QStringLiteral("三次握手"));
    QCOMPARE(m_window->navigator()->lessonItem(handshake)->toolTip(LessonNavigator::TitleColumn),
             lesson->summary.text(QStringLiteral("zh_CN")));
    QCOMPARE(m_window->navigator()->currentItem(), m_window->navigator()->lessonItem(handshake));
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::TitleColumn),
                 QStringLiteral("Three-way handshake"));
}

void TestLessonWindow::captionsAreTheLessons_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("language");
    for (const Lesson &lesson : LessonLoader::loadEmbedded().lessons) {
        if (lesson.kind != Lesson::Kind::Scenario)
            continue;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")})
            QTest::addRow("%s %s", qPrintable(lesson.id), qPrintable(language)) << lesson.id << language;
    }
}

void TestLessonWindow::captionsAreTheLessons()
{
    QFETCH(QString, lesson);
    QFETCH(QString, language);
    QVERIFY(m_window->setLanguage(language));
    QCoreApplication::processEvents();
    QVERIFY(m_window->openLesson(lesson));
    const Lesson &file = *m_window->lesson();
    const Scenario &s = *m_window->scenario();
    bool ownCaption = false;
    for (int step = 0; step <= s.lastStep(); ++step) {
        m_window->playback()->seek(step);
        QCOMPARE(m_window->caption(), file.caption(s, step));
        QVERIFY2(m_window->stepTitle().endsWith(file.layer(s, step)), qPrintable(m_window->stepTitle()));
        const LessonStep *lessonStep = file.step(step);
        ownCaption = ownCaption || (lessonStep && !lessonStep->caption.isEmpty());
        // Every term of the step, in both languages, on the line under the caption.
        const QList<LocalizedText> terms = lessonStep ? lessonStep->glossary : QList<LocalizedText>{};
        QCOMPARE(m_window->glossaryLine().isEmpty(), terms.isEmpty());
        for (const LocalizedText &term : terms) {
            for (const QString &termLanguage : availableLanguages())
                QVERIFY2(m_window->glossaryLine().contains(term.text(termLanguage)), qPrintable(m_window->glossaryLine()));
        }
    }
    QVERIFY2(ownCaption, "every lesson writes at least its first caption");
}

// The lesson's text names the usual addresses: a LAN the user chose gets the model's narration,
// and no checkpoints; the lesson as written comes back with its settings.
void TestLessonWindow::otherSettingsFallBackToTheModel()
{
    QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
    m_window->playback()->seek(0);
    const Lesson &file = *m_window->lesson();
    QCOMPARE(m_window->caption(), file.caption(*m_window->scenario(), 0));
    QVERIFY(m_window->caption() != Narrator::caption(*m_window->scenario(), 0));
    QVERIFY(!m_window->scoreText().isEmpty());
    ScenarioParameters parameters = m_window->parameters();
    parameters.lan.hostsPerLan = 6;
    QVERIFY(m_window->setParameters(parameters));
    m_window->playback()->seek(0);
    QCOMPARE(m_window->caption(), Narrator::caption(*m_window->scenario(), 0));
    QVERIFY(m_window->scoreText().isEmpty());
    stepOntoCheckpoint(1);
    QVERIFY(!m_window->checkpointPanel()->isAsking());
    QCOMPARE(m_window->playback()->step(), 1);
    parameters.lan.hostsPerLan = 4;
    QVERIFY(m_window->setParameters(parameters));
    QCOMPARE(m_window->caption(), file.caption(*m_window->scenario(), m_window->playback()->step()));
}

void TestLessonWindow::checkpointHoldsThePreviousStep()
{
    QVERIFY(m_window->openLesson(handshake));
    const Lesson &lesson = *m_window->lesson();
    const Scenario &s = *m_window->scenario();
    stepOntoCheckpoint(syn);
    CheckpointPanel *panel = m_window->checkpointPanel();
    QVERIFY(panel->isAsking());
    QVERIFY(panel->isVisible());
    QCOMPARE(m_window->checkpoints()->askingStep(), syn);
    // The stage still shows the step before: the client has not called connect() yet.
    QCOMPARE(m_window->playback()->step(), syn - 1);
    QCOMPARE(m_window->ladderView()->stateLabel(QStringLiteral("client")), QStringLiteral("CLOSED"));
    QCOMPARE(m_window->stateDiagram()->litStates(QStringLiteral("client")), QList<TcpState>{TcpState::Closed});
    QCOMPARE(m_window->caption(), lesson.caption(s, syn - 1));
    // The question, and the model's choices, in the order the checkpoint gives them.
    QVERIFY(panel->question().contains(lesson.step(syn)->checkpoint->question.text()));
    const QList<CheckpointChoice> choices = choicesAt(*m_window, syn);
    QCOMPARE(panel->choiceButtons().size(), choices.size());
    for (int i = 0; i < choices.size(); ++i)
        QCOMPARE(panel->choiceButtons().at(i)->text(), QStringLiteral("%1   %2").arg(i + 1).arg(choices.at(i).text));
    // Stepping forward again does not get past it; the question stays.
    QTest::keyClick(m_window, Qt::Key_Right);
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(m_window->playback()->step(), syn - 1);
    QVERIFY(panel->isAsking());
    // The question follows the language.
    QVERIFY(m_window->setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(panel->question().contains(lesson.step(syn)->checkpoint->question.text(QStringLiteral("zh_CN"))));
    QVERIFY(panel->isAsking());
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(panel->question().contains(lesson.step(syn)->checkpoint->question.text(QStringLiteral("en"))));
    // Going back drops the question.
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(m_window->playback()->step(), syn - 2);
    QVERIFY(!panel->isAsking());
    QVERIFY(panel->isHidden());
}

void TestLessonWindow::playStopsAtACheckpoint()
{
    QVERIFY(m_window->openLesson(handshake));
    PlaybackController *playback = m_window->playback();
    playback->setSpeed(16);
    playback->play();
    QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 10000);
    QCOMPARE(playback->step(), syn - 1);
    QCOMPARE(playback->progress(), 1.0);
    QVERIFY(m_window->checkpointPanel()->isAsking());
}

void TestLessonWindow::rightAnswerScoresAndReveals()
{
    QVERIFY(m_window->openLesson(handshake));
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 0/3"));
    // Nothing beside the title before the first answer.
    QCOMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::ProgressColumn), QString());
    stepOntoCheckpoint(syn);
    const QList<CheckpointChoice> choices = choicesAt(*m_window, syn);
    const int right = rightChoice(choices);
    QCOMPARE(choices.at(right).key, QStringLiteral("SYN"));
    QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + right));
    // The step is revealed as a step forward reveals it, the choice marked right.
    QCOMPARE(m_window->playback()->step(), syn);
    QTRY_COMPARE(m_window->playback()->progress(), 1.0);
    CheckpointPanel *panel = m_window->checkpointPanel();
    QVERIFY(panel->isRevealed());
    QCOMPARE(panel->chosen(), right);
    QVERIFY(panel->verdict().startsWith(QStringLiteral("✓")));
    QVERIFY(panel->verdict().contains(QStringLiteral("SYN")));
    QCOMPARE(panel->explanation(), m_window->lesson()->step(syn)->checkpoint->explanation.text());
    QCOMPARE(m_window->ladderView()->stateLabel(QStringLiteral("client")), QStringLiteral("SYN-SENT"));
    QCOMPARE(LessonProgress::result(handshake, syn), LessonProgress::Result::Right);
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 1/3"));
    QCOMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::ProgressColumn), QStringLiteral("1/3"));
    // On with Right, as usual: the next checkpoint asks.
    QTest::keyClick(m_window, Qt::Key_Right);
    QVERIFY(m_window->checkpointPanel()->isAsking());
    QCOMPARE(m_window->checkpoints()->askingStep(), syn + 1);
}

void TestLessonWindow::wrongAnswerShowsTheModelsAnswer()
{
    QVERIFY(m_window->openLesson(handshake));
    stepOntoCheckpoint(syn);
    const QList<CheckpointChoice> choices = choicesAt(*m_window, syn);
    const int wrong = rightChoice(choices) == 0 ? 1 : 0;
    CheckpointPanel *panel = m_window->checkpointPanel();
    QVERIFY(panel->isAsking());
    QCOMPARE(panel->choiceButtons().size(), choices.size());
    QTest::mouseClick(panel->choiceButtons().at(wrong), Qt::LeftButton);
    QCOMPARE(m_window->playback()->step(), syn);
    QVERIFY(panel->isRevealed());
    QCOMPARE(panel->chosen(), wrong);
    QVERIFY(panel->verdict().startsWith(QStringLiteral("✗")));
    QVERIFY2(panel->verdict().contains(choices.at(rightChoice(choices)).text), qPrintable(panel->verdict()));
    QVERIFY(panel->choiceButtons().at(wrong)->text().startsWith(QStringLiteral("✗")));
    QVERIFY(panel->choiceButtons().at(rightChoice(choices))->text().startsWith(QStringLiteral("✓")));
    QCOMPARE(LessonProgress::result(handshake, syn), LessonProgress::Result::Wrong);
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 0/3"));
    QCOMPARE(LessonProgress::score(*m_window->lesson()).answered, 1);
    QCOMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::ProgressColumn), QStringLiteral("0/3"));
    // Back and forward again: answered in this session, so it does not ask; the answer shows.
    QTest::keyClick(m_window, Qt::Key_Left);
    QVERIFY(panel->isHidden());
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(m_window->playback()->step(), syn);
    QVERIFY(panel->isRevealed());
    QCOMPARE(panel->chosen(), wrong);
    // The first answer counts: a right one in a later session does not change the score.
    QVERIFY(!LessonProgress::record(handshake, syn, LessonProgress::Result::Right));
    QCOMPARE(LessonProgress::result(handshake, syn), LessonProgress::Result::Wrong);
}

void TestLessonWindow::skipRevealsWithoutScoring()
{
    QVERIFY(m_window->openLesson(handshake));
    stepOntoCheckpoint(syn);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QCOMPARE(m_window->playback()->step(), syn);
    CheckpointPanel *panel = m_window->checkpointPanel();
    QVERIFY(panel->isRevealed());
    QCOMPARE(panel->chosen(), -1);
    QVERIFY(panel->verdict().contains(QStringLiteral("SYN")));
    QVERIFY(!LessonProgress::result(handshake, syn));
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 0/3"));
    // The Skip button does the same at the next checkpoint.
    QTRY_COMPARE(m_window->playback()->progress(), 1.0);
    QTest::keyClick(m_window, Qt::Key_Right);
    QVERIFY(panel->isAsking());
    QVERIFY(panel->skipButton()->isVisible());
    QTest::mouseClick(panel->skipButton(), Qt::LeftButton);
    QCOMPARE(m_window->playback()->step(), syn + 1);
    QVERIFY(panel->isRevealed());
    QCOMPARE(LessonProgress::score(*m_window->lesson()).answered, 0);
}

void TestLessonWindow::seekingDoesNotAsk()
{
    QVERIFY(m_window->openLesson(handshake));
    CheckpointPanel *panel = m_window->checkpointPanel();
    m_window->playback()->seek(4); // past two checkpoints, onto a third
    QCOMPARE(m_window->playback()->step(), 4);
    QVERIFY(panel->isHidden());
    QTest::keyClick(m_window, Qt::Key_End);
    QCOMPARE(m_window->playback()->step(), m_window->scenario()->lastStep());
    QVERIFY(panel->isHidden());
    m_window->playback()->seek(syn);
    QVERIFY(panel->isHidden());
    QCOMPARE(m_window->ladderView()->stateLabel(QStringLiteral("client")), QStringLiteral("SYN-SENT"));
    // Stepping forward from there still asks at the next one.
    QTest::keyClick(m_window, Qt::Key_Right);
    QVERIFY(panel->isAsking());
    QCOMPARE(m_window->checkpoints()->askingStep(), syn + 1);
}

void TestLessonWindow::progressPersistsAndResets()
{
    QVERIFY(m_window->openLesson(handshake));
    stepOntoCheckpoint(syn);
    QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + rightChoice(choicesAt(*m_window, syn))));
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 1/3"));

    // A new window (a new run) reads the same settings.
    delete m_window;
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::ProgressColumn), QStringLiteral("1/3"));
    QVERIFY(m_window->openLesson(handshake));
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 1/3"));
    // A new session asks again, but the score keeps the first answer.
    stepOntoCheckpoint(syn);
    QVERIFY(m_window->checkpointPanel()->isAsking());
    const int wrong = rightChoice(choicesAt(*m_window, syn)) == 0 ? 1 : 0;
    QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + wrong));
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 1/3"));

    // Answering all three marks the lesson complete.
    for (int step : {3, 4}) {
        stepOntoCheckpoint(step);
        QVERIFY(m_window->checkpointPanel()->isAsking());
        QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + rightChoice(choicesAt(*m_window, step))));
    }
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 3/3"));
    QCOMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::ProgressColumn), QStringLiteral("3/3 ✓"));

    m_window->resetProgress();
    QCOMPARE(m_window->scoreText(), QStringLiteral("Score 0/3"));
    QCOMPARE(m_window->navigator()->lessonItem(handshake)->text(LessonNavigator::ProgressColumn), QString());
    QVERIFY(!LessonProgress::result(handshake, syn));
    // Reset starts the session over too: the checkpoint asks again.
    stepOntoCheckpoint(syn);
    QVERIFY(m_window->checkpointPanel()->isAsking());
}

void TestLessonWindow::lessonsFolderReplacesAndReports()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    // A teacher's own tcp-handshake: the built-in file with another first caption.
    QFile builtIn(QStringLiteral(":/lessons/tcp-handshake.json"));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QJsonObject lesson = QJsonDocument::fromJson(builtIn.readAll()).object();
    QJsonArray steps = lesson.value(QStringLiteral("steps")).toArray();
    QJsonObject first = steps.at(0).toObject();
    const QString teachers = QStringLiteral("In our lab, both sides start CLOSED; watch the three segments.");
    first.insert(QStringLiteral("caption"), QJsonObject{{QStringLiteral("en"), teachers},
                                                        {QStringLiteral("zh_CN"), QStringLiteral("在我们的实验里，双方一开始都是 CLOSED。")}});
    steps.replace(0, first);
    lesson.insert(QStringLiteral("steps"), steps);
    QFile replaced(folder.filePath(QStringLiteral("my-handshake.json")));
    QVERIFY(replaced.open(QIODevice::WriteOnly));
    replaced.write(QJsonDocument(lesson).toJson());
    replaced.close();
    QFile broken(folder.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"schemaVersion\": 1,\n  \"id\": \"broken\",\n  oops\n}\n");
    broken.close();

    const int builtInCount = int(LessonLoader::loadEmbedded().lessons.size());
    QVERIFY(m_window->openLesson(handshake));
    m_window->loadLessons(folder.path());
    QCOMPARE(m_window->lessonsFolder(), folder.path());
    QCOMPARE(int(m_window->lessons().lessons.size()), builtInCount); // one replaced, none lost
    QCOMPARE(int(m_window->lessons().notices.size()), 1);
    QVERIFY(!m_window->lessons().errors.isEmpty());
    for (const LessonError &error : m_window->lessons().errors)
        QVERIFY2(error.file.endsWith(QStringLiteral("broken.json")), qPrintable(error.toString()));
    // The lesson open now reads from the folder's file.
    QCOMPARE(m_window->lesson()->file, replaced.fileName());
    m_window->playback()->seek(0);
    QCOMPARE(m_window->caption(), teachers);
    // The window says so without stopping anyone: a status message, a button, the dialog.
    auto *status = m_window->findChild<QStatusBar *>();
    QVERIFY2(status->currentMessage().contains(QStringLiteral("1 lesson file")), qPrintable(status->currentMessage()));
    auto *problemsButton = status->findChild<QPushButton *>();
    QVERIFY(problemsButton && problemsButton->isVisible());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("lessonProblemsAction"))->isEnabled());
    LessonProblemsDialog dialog(m_window->lessons());
    for (const LessonError &error : m_window->lessons().errors)
        QVERIFY(dialog.report().contains(error.toString()));
    QVERIFY(dialog.report().contains(QRegularExpression(QStringLiteral("broken\\.json:4:\\d+: "))));
    QVERIFY(dialog.report().contains(m_window->lessons().notices.first()));
    QVERIFY(dialog.summary().contains(QStringLiteral("1 problem")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveShot(&dialog, QStringLiteral("lesson-problems.png"));
    dialog.close();
    // Every other lesson still opens.
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-close")));
    QCOMPARE(m_window->lesson()->file, QStringLiteral(":/lessons/tcp-close.json"));

    // Back to the built-in lessons only: the built-in caption, and no problems.
    QVERIFY(m_window->openLesson(handshake));
    m_window->loadLessons();
    m_window->playback()->seek(0);
    QCOMPARE(m_window->caption(), m_window->lessons().find(handshake)->caption(*m_window->scenario(), 0));
    QVERIFY(m_window->caption() != teachers);
    QVERIFY(problemsButton->isHidden());
}

void TestLessonWindow::lessonsFolderFromTheCommandLine()
{
    QTemporaryDir folder;
    QFile::copy(QStringLiteral(":/lessons/well-known-ports.json"), folder.filePath(QStringLiteral("ports.json")));
    const Parsed<LaunchOptions> options = LaunchOptions::parse(
        {QStringLiteral("--lessons-dir"), folder.path(), QStringLiteral("--lesson"), QStringLiteral("well-known-ports"),
         QStringLiteral("--step"), QStringLiteral("1")});
    QVERIFY(options.ok());
    QCOMPARE(options->lessonsDir, folder.path());
    QCOMPARE(options->apply(*m_window), QString());
    QCOMPARE(m_window->lessonsFolder(), folder.path());
    QVERIFY(m_window->lesson()->file.startsWith(folder.path()));
    QCOMPARE(m_window->playback()->step(), 1);

    const Parsed<LaunchOptions> missing =
        LaunchOptions::parse({QStringLiteral("--lessons-dir"), folder.filePath(QStringLiteral("nope"))});
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("--lessons-dir")));
    const Parsed<LaunchOptions> file = LaunchOptions::parse({QStringLiteral("--lessons-dir"), folder.filePath(QStringLiteral("ports.json"))});
    QVERIFY(!file.ok());
    const Parsed<LaunchOptions> outOfRange = LaunchOptions::parse(
        {QStringLiteral("--lesson"), QStringLiteral("well-known-ports"), QStringLiteral("--step"), QStringLiteral("3")});
    QVERIFY(outOfRange.ok());
    QVERIFY(outOfRange->apply(*m_window).contains(QStringLiteral("out of range")));
}

void TestLessonWindow::referenceTableFitsEveryWidth()
{
    // Fitting the table to its rows can show the page's scroll bar, which narrows the table and
    // refits it: found by tst_monkey as a recursion that overflowed the stack at some widths.
    for (const QString &id : {QStringLiteral("well-known-ports"), QStringLiteral("tcp-vs-udp"), QStringLiteral("glossary")}) {
        QVERIFY(m_window->openLesson(id));
        ReferencePageView *view = m_window->referenceView();
        for (int page = 0; page <= m_window->lastStep(); ++page) {
            m_window->playback()->seek(page);
            if (view->table()->isHidden())
                continue;
            for (int width = 640; width <= 1600; width += 37) {
                for (int height : {480, 700, 1000}) {
                    m_window->resize(width, height);
                    QCoreApplication::processEvents();
                }
            }
            // However it got there, the table is as tall as its rows.
            m_window->resize(1280, 800);
            QTest::qWait(20);
            int rows = 0;
            for (int row = 0; row < view->table()->rowCount(); ++row)
                rows += view->table()->rowHeight(row);
            QVERIFY(view->table()->height() >= rows);
        }
    }
}

void TestLessonWindow::referenceLessonPagesThrough()
{
    QVERIFY(m_window->openLesson(QStringLiteral("well-known-ports")));
    const Lesson &lesson = *m_window->lesson();
    QCOMPARE(lesson.kind, Lesson::Kind::Reference);
    QVERIFY(!m_window->scenario());
    QCOMPARE(m_window->lastStep(), int(lesson.pages.size()) - 1);
    ReferencePageView *view = m_window->referenceView();
    QCOMPARE(m_window->stage(), view);
    QVERIFY(view->isVisible());
    QCOMPARE(m_window->playback()->stepCount(), int(lesson.pages.size()));
    QVERIFY(!m_window->findChild<QRadioButton *>(QStringLiteral("liveRadio"))->isEnabled());
    QVERIFY(!m_window->setLive(true));
    QVERIFY(m_window->scoreText().isEmpty());
    for (int page = 0; page < lesson.pages.size(); ++page) {
        if (page > 0) {
            QTest::keyClick(m_window, Qt::Key_Right);
            QTRY_COMPARE(m_window->playback()->progress(), 1.0);
        }
        QCOMPARE(m_window->playback()->step(), page);
        const LessonPage &shown = lesson.pages.at(page);
        QCOMPARE(view->page(), page);
        QCOMPARE(view->title(), shown.title.text());
        QCOMPARE(view->text(), shown.text.text());
        QCOMPARE(view->table()->isHidden(), !shown.table.has_value());
        QCOMPARE(m_window->glossaryLine().isEmpty(), shown.glossary.isEmpty());
        if (shown.table) {
            QCOMPARE(view->table()->rowCount(), int(shown.table->rows.size()));
            QCOMPARE(view->table()->columnCount(), int(shown.table->columns.size()));
            for (int row = 0; row < shown.table->rows.size(); ++row) {
                for (int column = 0; column < shown.table->columns.size(); ++column)
                    QCOMPARE(view->table()->item(row, column)->text(), shown.table->rows.at(row).at(column).text());
            }
            // The table is as tall as its rows: nothing scrolls inside it.
            int rows = 0;
            for (int row = 0; row < view->table()->rowCount(); ++row)
                rows += view->table()->rowHeight(row);
            QVERIFY(view->table()->viewport()->height() >= rows);
            saveShot(m_window, QStringLiteral("reference-table.png"));
        }
    }
    QTest::keyClick(m_window, Qt::Key_Left);
    QCOMPARE(view->page(), int(lesson.pages.size()) - 2);
    // The table's cells follow the language.
    m_window->playback()->seek(1);
    QVERIFY(m_window->setLanguage(QStringLiteral("zh_CN")));
    QTRY_COMPARE(view->title(), lesson.pages.at(1).title.text(QStringLiteral("zh_CN")));
    QCOMPARE(view->table()->horizontalHeaderItem(0)->text(), QStringLiteral("服务"));
    saveShot(m_window, QStringLiteral("reference-table-zh_CN.png"));
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();

    // A figure page draws the state diagram; a scenario lesson afterwards has its stage back.
    Lesson withFigure = lesson;
    withFigure.pages.first().figure = QStringLiteral("tcp-state-diagram");
    view->setLesson(&withFigure);
    QVERIFY(qobject_cast<StateDiagramView *>(view->figure()));
    QVERIFY(view->figure()->isVisible());
    saveShot(m_window, QStringLiteral("reference-figure.png"));
    view->setLesson(&lesson);
    QVERIFY(m_window->openLesson(handshake));
    QVERIFY(m_window->scenario());
    QVERIFY(m_window->ladderView()->isVisible());
    QVERIFY(!view->isVisible());
    QCOMPARE(m_window->caption(), m_window->lesson()->caption(*m_window->scenario(), 0));
}

void TestLessonWindow::screenshotShowsTheAnswer()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("checkpoint.png"));
    const Parsed<LaunchOptions> options =
        LaunchOptions::parse({QStringLiteral("--lesson"), handshake, QStringLiteral("--step"), QString::number(syn),
                              QStringLiteral("--screenshot"), file});
    QVERIFY(options.ok());
    QCOMPARE(options->apply(*m_window), QString());
    QCOMPARE(options->renderScreenshot(*m_window), QString());
    QCOMPARE(QImage(file).size(), QSize(1280, 800));
    // The step itself, its question answered: the right choice marked, nobody's choice wrong.
    QCOMPARE(m_window->playback()->step(), syn);
    CheckpointPanel *panel = m_window->checkpointPanel();
    QVERIFY(panel->isRevealed());
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->chosen(), -1);
    const int right = rightChoice(choicesAt(*m_window, syn));
    QCOMPARE(panel->choiceButtons().size(), choicesAt(*m_window, syn).size());
    QVERIFY(panel->choiceButtons().at(right)->text().startsWith(QStringLiteral("✓")));
    for (int i = 0; i < panel->choiceButtons().size(); ++i)
        QVERIFY(!panel->choiceButtons().at(i)->text().startsWith(QStringLiteral("✗")));
    QVERIFY(!LessonProgress::result(handshake, syn)); // nothing scored
    saveShot(m_window, QStringLiteral("checkpoint-revealed.png"));
}

void TestLessonWindow::screenshotOfAReferencePage()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shot.png"));
    QProcessEnvironment environment = englishEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_GUI),
                                      {QStringLiteral("--lesson"), QStringLiteral("well-known-ports"),
                                       QStringLiteral("--step"), QStringLiteral("1"), QStringLiteral("--screenshot"), file},
                                      environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QImage(file).size(), QSize(1280, 800));
    const ProcessRun bad = runProcess(QStringLiteral(NETSTEPS_GUI),
                                      {QStringLiteral("--lessons-dir"), dir.filePath(QStringLiteral("none")),
                                       QStringLiteral("--screenshot"), file},
                                      environment);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("netsteps: invalid --lessons-dir")), qPrintable(bad.err));
}

void TestLessonWindow::questionFitsTheWindow_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("step");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            const QString name = QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(language);
            QTest::addRow("handshake %s", qPrintable(name)) << handshake << syn << size << language;
            // Long choices: what a station does with an ARP request.
            QTest::addRow("arp %s", qPrintable(name)) << QStringLiteral("arp-same-subnet") << 4 << size << language;
        }
    }
}

// The question and its choices are whole at the window's smallest size: no choice elided, the
// stage still there.
void TestLessonWindow::questionFitsTheWindow()
{
    QFETCH(QString, lesson);
    QFETCH(int, step);
    QFETCH(QSize, size);
    QFETCH(QString, language);
    m_window->resize(size);
    QVERIFY(m_window->setLanguage(language));
    QCoreApplication::processEvents();
    QVERIFY(m_window->openLesson(lesson));
    stepOntoCheckpoint(step);
    CheckpointPanel *panel = m_window->checkpointPanel();
    QVERIFY(panel->isAsking());
    QVERIFY(!panel->choiceButtons().isEmpty());
    QCoreApplication::processEvents();
    for (QPushButton *button : panel->choiceButtons()) {
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY(panel->rect().contains(button->geometry()));
    }
    QVERIFY(m_window->stage()->height() >= 300);
    QCOMPARE(m_window->size(), size); // nothing pushed the window beyond its size
    saveShot(m_window, QStringLiteral("checkpoint-%1-%2x%3-%4.png").arg(lesson).arg(size.width()).arg(size.height()).arg(language));
    // Revealed, with the explanation: still whole.
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(panel->isRevealed());
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), size);
    QVERIFY(m_window->stage()->height() >= 250);
    for (QPushButton *button : panel->choiceButtons())
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(QStringLiteral("%1 %2 %3 %4").arg(button->text()).arg(button->width()).arg(button->sizeHint().width()).arg(panel->width())));
    saveShot(m_window, QStringLiteral("revealed-%1-%2x%3-%4.png").arg(lesson).arg(size.width()).arg(size.height()).arg(language));
}

QTEST_MAIN(TestLessonWindow)
#include "tst_lessonwindow.moc"
