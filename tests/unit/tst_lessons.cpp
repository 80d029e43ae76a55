// The lesson files: every embedded lesson is valid against the model, every broken file is
// reported with its file, position and field while the others load, and a teacher's folder
// replaces built-in lessons with a notice.

#include "jsonpositions.h"
#include "lesson.h"
#include "lessonloader.h"
#include "lessonparser.h"
#include "narrator.h"
#include "scenarioregistry.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace NetSteps;

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// Every text a student reads in a lesson, with where it is, for the both-languages checks.
QList<std::pair<QString, LocalizedText>> textsOf(const Lesson &lesson)
{
    QList<std::pair<QString, LocalizedText>> texts{{QStringLiteral("title"), lesson.title},
                                                   {QStringLiteral("summary"), lesson.summary}};
    for (const LessonStep &s : lesson.steps) {
        const QString at = QStringLiteral("step %1 ").arg(s.step);
        if (!s.caption.isEmpty())
            texts.append({at + QStringLiteral("caption"), s.caption});
        for (const LocalizedText &term : s.glossary)
            texts.append({at + QStringLiteral("glossary"), term});
        if (s.checkpoint) {
            texts.append({at + QStringLiteral("question"), s.checkpoint->question});
            if (!s.checkpoint->explanation.isEmpty())
                texts.append({at + QStringLiteral("explanation"), s.checkpoint->explanation});
        }
    }
    for (qsizetype i = 0; i < lesson.pages.size(); ++i) {
        const LessonPage &p = lesson.pages.at(i);
        const QString at = QStringLiteral("page %1 ").arg(i);
        texts.append({at + QStringLiteral("title"), p.title});
        if (!p.text.isEmpty())
            texts.append({at + QStringLiteral("text"), p.text});
        for (const LocalizedText &term : p.glossary)
            texts.append({at + QStringLiteral("glossary"), term});
        if (p.table) {
            for (const LocalizedText &column : p.table->columns)
                texts.append({at + QStringLiteral("column"), column});
        }
    }
    return texts;
}

QString brokenDir()
{
    return QFINDTESTDATA("lessons-broken");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A small valid lesson to vary in a test.
QByteArray handshakeLesson(const QByteArray &steps)
{
    return R"({"schemaVersion": 1, "id": "tcp-handshake", "kind": "scenario",
 "title": {"en": "Handshake", "zh_CN": "握手"}, "summary": {"en": "SYN.", "zh_CN": "SYN。"},
 "steps": )" + steps + "}";
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void everyLessonFileIsEmbedded();
    void everyScenarioHasALesson();
    void embeddedLessonIsValid_data();
    void embeddedLessonIsValid();

    void checkpointAnswersComeFromTheModel();
    void choicesHideWhichIsRight();
    void canonicalKeys();
    void lessonCaptionReplacesTheDefault();
    void glossaryListsEachTermOnce();

    void brokenFileNamesPositionAndField_data();
    void brokenFileNamesPositionAndField();
    void brokenFilesLeaveTheOthersLoaded();
    void folderLessonReplacesEmbeddedWithNotice();
    void duplicateIdInOneFolder();
    void liveRunStepsAreChecked();
    void unknownLanguageIsAnError();
    void jsonPositionsFollowPaths();
    void readmeExamplesAreValid();
};

void TestLessons::everyLessonFileIsEmbedded()
{
    const QStringList source = QDir(QStringLiteral(NETSTEPS_SOURCE_DIR "/lessons"))
                                   .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const QStringList embedded =
        QDir(LessonLoader::embeddedDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(!source.isEmpty());
    QCOMPARE(embedded, source);
}

void TestLessons::everyScenarioHasALesson()
{
    const LessonCollection all = LessonLoader::loadEmbedded();
    QVERIFY2(all.errors.isEmpty(), qPrintable(all.errors.value(0).toString()));
    for (const QString &id : ScenarioRegistry::ids()) {
        const Lesson *lesson = all.find(id);
        QVERIFY2(lesson, qPrintable(id));
        QCOMPARE(lesson->kind, Lesson::Kind::Scenario);
        QCOMPARE(lesson->topic, ScenarioRegistry::find(id)->topic);
    }
    const Lesson *ports = all.find(u"well-known-ports");
    QVERIFY(ports);
    QCOMPARE(ports->kind, Lesson::Kind::Reference);
    // Navigator order: the basics first, in teaching order, then the scenario lessons in the
    // registry's teaching order.
    QCOMPARE(all.lessons.first().id, QStringLiteral("layers"));
    QStringList order;
    for (const Lesson &lesson : all.lessons)
        order.append(lesson.id);
    QVERIFY(order.indexOf(u"layers") < order.indexOf(u"well-known-ports"));
    QVERIFY(order.indexOf(u"well-known-ports") < order.indexOf(u"glossary"));
    qsizetype previous = -1;
    for (const QString &id : ScenarioRegistry::ids()) {
        QVERIFY2(order.indexOf(id) > previous, qPrintable(id));
        previous = order.indexOf(id);
    }
}

void TestLessons::embeddedLessonIsValid_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(LessonLoader::embeddedDirectory());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestLessons::embeddedLessonIsValid()
{
    QFETCH(QString, file);
    const LessonParseResult result = LessonLoader::loadFile(file);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).toString()));
    const Lesson &lesson = *result.lesson;
    QCOMPARE(QFileInfo(file).completeBaseName(), lesson.id);

    // Both languages, and the Chinese really Chinese (not English copied across).
    for (const auto &[where, text] : textsOf(lesson)) {
        QVERIFY2(!text.text(QStringLiteral("en")).trimmed().isEmpty(), qPrintable(where));
        QVERIFY2(hasHan(text.text(QStringLiteral("zh_CN"))), qPrintable(where));
    }

    if (lesson.kind == Lesson::Kind::Reference) {
        QVERIFY(!lesson.pages.isEmpty());
        QVERIFY(lesson.steps.isEmpty());
        return;
    }
    const std::optional<Scenario> scenario = ScenarioRegistry::build(lesson.id, {});
    QVERIFY(scenario);
    int checkpoints = 0;
    for (const LessonStep &s : lesson.steps) {
        QVERIFY2(s.step >= 0 && s.step <= scenario->lastStep(), qPrintable(QString::number(s.step)));
        if (!s.checkpoint)
            continue;
        ++checkpoints;
        QString problem;
        const std::optional<CheckpointChoice> answer = s.checkpoint->answer(*scenario, s.step, &problem);
        QVERIFY2(answer, qPrintable(QStringLiteral("step %1: %2").arg(s.step).arg(problem)));
        QVERIFY(!answer->key.isEmpty());
        QVERIFY2(!s.checkpoint->distractors.contains(answer->key), qPrintable(answer->key));
        QVERIFY(s.checkpoint->distractors.size() >= Checkpoint::minimumDistractors(s.checkpoint->ask));
        const QList<CheckpointChoice> choices = s.checkpoint->choices(*scenario, s.step);
        QCOMPARE(choices.size(), s.checkpoint->distractors.size() + 1);
        QCOMPARE(std::count_if(choices.cbegin(), choices.cend(), [](const CheckpointChoice &c) { return c.correct; }),
                 1);
    }
    QVERIFY2(checkpoints >= 1, "a scenario lesson asks at least one question");
}

void TestLessons::checkpointAnswersComeFromTheModel()
{
    const Scenario handshake = *ScenarioRegistry::build(u"tcp-handshake", {});
    Checkpoint c;
    c.endpoint = QStringLiteral("server");
    QCOMPARE(c.answer(handshake, 3)->key, QStringLiteral("SYN-RECEIVED"));
    QCOMPARE(c.answer(handshake, 5)->key, QStringLiteral("ESTABLISHED"));
    c.ask = Checkpoint::Ask::Sent;
    QCOMPARE(c.answer(handshake, 3)->key, QStringLiteral("SYN,ACK"));
    QString problem;
    QVERIFY(!c.answer(handshake, 1, &problem)); // listen() sends nothing
    QVERIFY2(problem.contains(QStringLiteral("sends no segment")), qPrintable(problem));
    QVERIFY(!c.answer(handshake, 6, &problem));
    QVERIFY2(problem.contains(QStringLiteral("does not exist")), qPrintable(problem));
    c.ask = Checkpoint::Ask::Timer;
    QVERIFY(!c.answer(handshake, 3, &problem));

    Checkpoint timer;
    timer.ask = Checkpoint::Ask::Timer;
    timer.endpoint = QStringLiteral("client");
    QCOMPARE(timer.answer(*ScenarioRegistry::build(u"tcp-close", {}), 7)->key, QStringLiteral("2msl"));
    QCOMPARE(timer.answer(*ScenarioRegistry::build(u"tcp-retransmit", {}), 3)->key, QStringLiteral("retransmission"));
    QCOMPARE(timer.answer(*ScenarioRegistry::build(u"tcp-keepalive", {}), 1)->key, QStringLiteral("keepalive"));

    const Scenario backlog = *ScenarioRegistry::build(u"tcp-backlog", {});
    Checkpoint queue;
    queue.ask = Checkpoint::Ask::Queue;
    queue.endpoint = QStringLiteral("server");
    QCOMPARE(queue.answer(backlog, 3)->key, QStringLiteral("new-connection"));
    QCOMPARE(queue.answer(backlog, 5)->key, QStringLiteral("accept-queue"));
    QCOMPARE(queue.answer(backlog, 11)->key, QStringLiteral("dropped"));
    QCOMPARE(queue.answer(backlog, 14)->key, QStringLiteral("accepted"));
    QVERIFY(!queue.answer(backlog, 2));
    // A connection the listener created is an endpoint of its own.
    Checkpoint connection;
    connection.endpoint = QStringLiteral("server ← client 1");
    QCOMPARE(connection.answer(backlog, 3)->key, QStringLiteral("SYN-RECEIVED"));
}

void TestLessons::choicesHideWhichIsRight()
{
    const Scenario handshake = *ScenarioRegistry::build(u"tcp-handshake", {});
    Checkpoint c;
    c.endpoint = QStringLiteral("server");
    c.distractors = {QStringLiteral("ESTABLISHED"), QStringLiteral("LISTEN")};
    const QList<CheckpointChoice> choices = c.choices(handshake, 3);
    // RFC order (LISTEN, SYN-RECEIVED, ESTABLISHED), whatever order the file wrote.
    QCOMPARE(choices.size(), 3);
    QCOMPARE(choices.at(0).key, QStringLiteral("LISTEN"));
    QCOMPARE(choices.at(1).key, QStringLiteral("SYN-RECEIVED"));
    QVERIFY(choices.at(1).correct);
    QCOMPARE(choices.at(2).key, QStringLiteral("ESTABLISHED"));
    QVERIFY(!choices.at(0).correct && !choices.at(2).correct);
    // At step 1 LISTEN is the right answer: offered once, as the right one.
    const QList<CheckpointChoice> atListen = c.choices(handshake, 1);
    QCOMPARE(atListen.size(), 2);
    QCOMPARE(atListen.at(0).key, QStringLiteral("LISTEN"));
    QVERIFY(atListen.at(0).correct);
}

void TestLessons::canonicalKeys()
{
    using Ask = Checkpoint::Ask;
    QCOMPARE(Checkpoint::canonicalKey(Ask::Sent, u"ack, syn"), QStringLiteral("SYN,ACK"));
    QCOMPARE(Checkpoint::canonicalKey(Ask::State, u"time-wait"), QStringLiteral("TIME-WAIT"));
    QCOMPARE(Checkpoint::canonicalKey(Ask::Timer, u"2MSL"), QStringLiteral("2msl"));
    QVERIFY(!Checkpoint::canonicalKey(Ask::Sent, u""));
    QVERIFY(!Checkpoint::canonicalKey(Ask::Sent, u"SYN,SYNACK"));
    QVERIFY(!Checkpoint::canonicalKey(Ask::State, u"TIME_WAIT"));
    QVERIFY(!Checkpoint::canonicalKey(Ask::Queue, u"refused"));
    QCOMPARE(Checkpoint::keyText(Ask::State, QStringLiteral("LISTEN")), QStringLiteral("LISTEN"));
    QVERIFY(Checkpoint::keyText(Ask::Queue, QStringLiteral("dropped")).contains(QStringLiteral("drops")));
}

void TestLessons::lessonCaptionReplacesTheDefault()
{
    const LessonCollection all = LessonLoader::loadEmbedded();
    const Lesson *lesson = all.find(u"tcp-handshake");
    QVERIFY(lesson);
    const Scenario scenario = *ScenarioRegistry::build(lesson->id, {});
    const LessonStep *five = lesson->step(5);
    QVERIFY(five && !five->caption.isEmpty());
    QCOMPARE(lesson->caption(scenario, 5), five->caption.text(QStringLiteral("en")));
    QVERIFY(lesson->caption(scenario, 5) != Narrator::caption(scenario, 5));
    QVERIFY(!lesson->step(1) || lesson->step(1)->caption.isEmpty());
    QCOMPARE(lesson->caption(scenario, 1), Narrator::caption(scenario, 1));
    QCOMPARE(lesson->layer(scenario, 0), QStringLiteral("Transport layer"));
    QCOMPARE(lesson->layer(scenario, 1), Narrator::layer(scenario, 1));

    QCOMPARE(lesson->glossary().first().text(QStringLiteral("zh_CN")), QStringLiteral("三次握手"));

    QVERIFY(installTranslations(QStringLiteral("zh_CN")));
    QCOMPARE(lesson->caption(scenario, 5), five->caption.text(QStringLiteral("zh_CN")));
    QVERIFY(hasHan(lesson->caption(scenario, 5)));
    QVERIFY(hasHan(lesson->title.text()));
}

void TestLessons::glossaryListsEachTermOnce()
{
    const LessonParseResult result = LessonParser::parse(handshakeLesson(R"([
        {"step": 2, "glossary": [{"en": "SYN", "zh_CN": "同步"}, {"en": "ISN", "zh_CN": "初始序列号"}]},
        {"step": 3, "glossary": [{"en": "ISN", "zh_CN": "初始序列号"}, {"en": "ACK", "zh_CN": "确认"}]}])"),
                                                         QStringLiteral("glossary.json"));
    QVERIFY2(result.lesson, qPrintable(result.errors.value(0).toString()));
    QStringList terms;
    for (const LocalizedText &term : result.lesson->glossary())
        terms.append(term.text(QStringLiteral("zh_CN")));
    QCOMPARE(terms, (QStringList{QStringLiteral("同步"), QStringLiteral("初始序列号"), QStringLiteral("确认")}));
}

void TestLessons::brokenFileNamesPositionAndField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *file, int line, int column, const char *path, const char *message) {
        QTest::newRow(file) << QString::fromLatin1(file) << line << column << QString::fromUtf8(path)
                            << QString::fromUtf8(message);
    };
    row("invalid-json.json", 5, 4, "", "invalid JSON");
    row("missing-field.json", 1, 1, "summary", "missing field \"summary\"");
    row("step-beyond-last.json", 9, 6, "steps[1].step", "step 9 is beyond the last step of tcp-handshake, which is 5");
    row("caption-missing-language.json", 10, 7, "steps[0].caption.zh_CN", "missing the zh_CN text");
    row("unanswerable-checkpoint.json", 11, 9, "steps[0].checkpoint.ask", "the server sends no segment at step 1");
    row("unknown-scenario.json", 3, 3, "id", "unknown scenario id \"tcp-handshak\"");
    row("unknown-schema-version.json", 2, 3, "schemaVersion", "unknown schemaVersion 2");
    row("answer-among-distractors.json", 14, 40, "steps[0].checkpoint.distractors[1]",
        "\"SYN-RECEIVED\" is the right answer at step 3");
    row("too-few-distractors.json", 14, 9, "steps[0].checkpoint.distractors", "at least 2 distractors");
    row("unknown-endpoint.json", 12, 9, "steps[0].checkpoint.endpoint", "no endpoint \"sever\"");
    row("written-answer.json", 14, 9, "steps[0].checkpoint.answer", "never states its answer");
    row("misspelt-field.json", 8, 39, "steps[0].captoin", "unknown field \"captoin\"");
    row("steps-out-of-order.json", 9, 6, "steps[1].step", "step 2 comes after step 4");
    row("duplicate-field.json", 7, 3, "title", "written twice");
    row("table-row-short.json", 15, 11, "pages[0].table.rows[1]", "expected 2 cells, one for each column; found 1");
    row("unknown-figure.json", 9, 48, "pages[0].figure", "unknown figure \"tcp-state-diagramm\"");
    row("reference-with-scenario-id.json", 3, 3, "id", "is a scenario's id");
}

void TestLessons::brokenFileNamesPositionAndField()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QString fullPath = QDir(brokenDir()).filePath(file);
    const LessonParseResult result = LessonLoader::loadFile(fullPath);
    QVERIFY(!result.lesson);
    // Each fixture is broken in exactly one way, so exactly one error names it.
    QCOMPARE(result.errors.size(), 1);
    const LessonError &error = result.errors.first();
    QCOMPARE(error.file, fullPath);
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    const QString expectedStart = QStringLiteral("%1:%2:%3: ").arg(fullPath).arg(line).arg(column);
    QVERIFY2(error.toString().startsWith(expectedStart + (path.isEmpty() ? QString() : path + QStringLiteral(": "))),
             qPrintable(error.toString()));
}

void TestLessons::brokenFilesLeaveTheOthersLoaded()
{
    const LessonCollection folder = LessonLoader::loadDirectory(brokenDir());
    const int files = int(QDir(brokenDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    QCOMPARE(folder.filesRead, files);
    QCOMPARE(folder.lessons.size(), 1);
    QCOMPARE(folder.lessons.first().id, QStringLiteral("tcp-refused"));
    QCOMPARE(folder.errors.size(), files - 1);

    const LessonCollection embedded = LessonLoader::loadEmbedded();
    const LessonCollection all = LessonLoader::loadAll(brokenDir());
    QCOMPARE(all.lessons.size(), embedded.lessons.size());
    QCOMPARE(all.errors.size(), files - 1);
    // The broken handshake files did not displace the built-in handshake lesson.
    QCOMPARE(all.find(u"tcp-handshake")->title.text(QStringLiteral("en")),
             embedded.find(u"tcp-handshake")->title.text(QStringLiteral("en")));
    QVERIFY(all.find(u"tcp-handshake")->isEmbedded());
    QCOMPARE(all.notices.size(), 1);
    QVERIFY2(all.notices.first().contains(QStringLiteral("valid-refused.json"))
                 && all.notices.first().contains(QStringLiteral("\"tcp-refused\"")),
             qPrintable(all.notices.first()));
}

void TestLessons::folderLessonReplacesEmbeddedWithNotice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QJsonObject changed =
        QJsonDocument::fromJson(readFile(LessonLoader::embeddedDirectory() + QStringLiteral("/tcp-close.json"))).object();
    changed.insert(QStringLiteral("title"),
                   QJsonObject{{QStringLiteral("en"), QStringLiteral("Closing, as taught in room 101")},
                               {QStringLiteral("zh_CN"), QStringLiteral("关闭连接（101 教室版）")}});
    const QString path = dir.filePath(QStringLiteral("my-close.json"));
    QVERIFY(writeFile(path, QJsonDocument(changed).toJson()));

    const LessonCollection embedded = LessonLoader::loadEmbedded();
    const LessonCollection all = LessonLoader::loadAll(dir.path());
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.lessons.size(), embedded.lessons.size());
    const Lesson *close = all.find(u"tcp-close");
    QCOMPARE(close->title.text(QStringLiteral("en")), QStringLiteral("Closing, as taught in room 101"));
    QCOMPARE(close->file, path);
    QVERIFY(!close->isEmbedded());
    QCOMPARE(all.notices, QStringList{QStringLiteral("%1 replaces the built-in lesson \"tcp-close\"").arg(path)});
    // Its place in the navigator is the built-in lesson's.
    qsizetype before = -1;
    qsizetype after = -1;
    for (qsizetype i = 0; i < all.lessons.size(); ++i) {
        if (embedded.lessons.at(i).id == QLatin1String("tcp-close"))
            before = i;
        if (all.lessons.at(i).id == QLatin1String("tcp-close"))
            after = i;
    }
    QCOMPARE(after, before);
}

void TestLessons::duplicateIdInOneFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray lesson = handshakeLesson("[]");
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.json")), lesson));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.json")), lesson));
    const LessonCollection folder = LessonLoader::loadDirectory(dir.path());
    QCOMPARE(folder.lessons.size(), 1);
    QCOMPARE(folder.errors.size(), 1);
    const LessonError &error = folder.errors.first();
    QCOMPARE(error.file, dir.filePath(QStringLiteral("b.json")));
    QCOMPARE(error.path, QStringLiteral("id"));
    QCOMPARE(error.line, 1);
    QCOMPARE(error.column, 22);
    QVERIFY2(error.message.contains(dir.filePath(QStringLiteral("a.json"))), qPrintable(error.message));
}

void TestLessons::liveRunStepsAreChecked()
{
    // Keep-alive's live run uses 3 probes instead of Linux's 9, so it has fewer steps.
    const int lastLive = ScenarioRegistry::find(u"tcp-keepalive")
                             ->build(ScenarioRegistry::find(u"tcp-keepalive")->parametersForLive({}))
                             .lastStep();
    const int lastDefault = ScenarioRegistry::build(u"tcp-keepalive", {})->lastStep();
    QVERIFY(lastLive < lastDefault);
    const QByteArray json = R"({"schemaVersion": 1, "id": "tcp-keepalive", "kind": "scenario",
 "title": {"en": "Keep-alive", "zh_CN": "保活"}, "summary": {"en": "Probes.", "zh_CN": "探测。"},
 "steps": [{"step": )" + QByteArray::number(lastDefault) + R"(, "layer": "transport"}]})";
    const LessonParseResult result = LessonParser::parse(json, QStringLiteral("keepalive.json"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, QStringLiteral("steps[0].step"));
    QVERIFY2(result.errors.first().message.contains(QStringLiteral("live run")),
             qPrintable(result.errors.first().message));
}

void TestLessons::unknownLanguageIsAnError()
{
    const LessonParseResult result = LessonParser::parse(
        handshakeLesson(R"([{"step": 2, "caption": {"en": "SYN.", "zh_CN": "SYN。", "zh-CN": "SYN。"}}])"),
        QStringLiteral("lang.json"));
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().path, QStringLiteral("steps[0].caption.zh-CN"));
    QVERIFY(result.errors.first().message.contains(QStringLiteral("unknown language")));
    // A file that starts with a byte order mark is read like any other.
    QVERIFY(LessonParser::parse("\xEF\xBB\xBF" + handshakeLesson("[]"), QStringLiteral("bom.json")).lesson);
}

void TestLessons::jsonPositionsFollowPaths()
{
    const QByteArray text = QStringLiteral("{\n  \"名\": \"三次握手\", \"a\": {\"b\": [1,\n    {\"c\": true}]}\n}").toUtf8();
    const JsonPositions positions(text);
    const auto at = [&](const char *path) {
        const JsonPositions::Position p = positions.at(QString::fromUtf8(path));
        return std::make_pair(p.line, p.column);
    };
    QCOMPARE(at(""), std::make_pair(1, 1));
    QCOMPARE(at("名"), std::make_pair(2, 3));
    QCOMPARE(at("a"), std::make_pair(2, 16)); // columns count characters, not UTF-8 bytes
    QCOMPARE(at("a.b[0]"), std::make_pair(2, 28));
    QCOMPARE(at("a.b[1].c"), std::make_pair(3, 6));
    QCOMPARE(at("a.b[1].missing"), std::make_pair(3, 5)); // a missing field: where its object is
    QVERIFY(positions.duplicates().isEmpty());
    QCOMPARE(JsonPositions(R"({"x": 1, "x": 2})").duplicates(), QStringList{QStringLiteral("x")});
}

void TestLessons::readmeExamplesAreValid()
{
    // lessons/README.md teaches the format by example: its examples must be lessons NetSteps accepts.
    const QString readme = QString::fromUtf8(readFile(QStringLiteral(NETSTEPS_SOURCE_DIR "/lessons/README.md")));
    const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    QList<Lesson::Kind> kinds;
    for (auto it = block.globalMatch(readme); it.hasNext();) {
        const LessonParseResult result = LessonParser::parse(it.next().captured(1).toUtf8(), QStringLiteral("README.md"));
        QVERIFY2(result.lesson, qPrintable(result.errors.value(0).toString()));
        kinds.append(result.lesson->kind);
    }
    QCOMPARE(kinds, (QList<Lesson::Kind>{Lesson::Kind::Scenario, Lesson::Kind::Reference}));
}

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
