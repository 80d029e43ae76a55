// netsteps-cli lessons, run as a teacher runs it: the real binary, its output and its exit status.

#include "processrun.h"
#include "scenarioregistry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace NetSteps;

namespace {

// The lesson files the build embeds: every *.json of lessons/.
int lessonFileCount()
{
    return int(QDir(QStringLiteral(NETSTEPS_SOURCE_DIR "/lessons")).entryList({QStringLiteral("*.json")}, QDir::Files).size());
}

ProcessRun cli(const QStringList &args)
{
    return runProcess(QStringLiteral(NETSTEPS_CLI), args);
}

QString brokenDir()
{
    return QFINDTESTDATA("lessons-broken");
}

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    lines.removeAll(QString());
    return lines;
}

} // namespace

class TestLessonsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryLesson();
    void listsInChinese();
    void checkEmbeddedSucceeds();
    void checkBrokenFolderReportsEachError();
    void checkValidFolderSucceeds();
    void folderLessonReplacesBuiltInWithNotice();
    void badUsage_data();
    void badUsage();
};

void TestLessonsCli::listsEveryLesson()
{
    const ProcessRun r = cli({QStringLiteral("lessons")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = nonEmptyLines(r.out);
    QCOMPARE(lines.size(), lessonFileCount()); // every lesson file, scenario and reference
    for (const QString &id : ScenarioRegistry::ids()) {
        const QRegularExpression line(QStringLiteral("^%1 +scenario +\\S").arg(QRegularExpression::escape(id)),
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(r.out).hasMatch(), qPrintable(id));
    }
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^well-known-ports +reference +Well-known ports$"),
                                              QRegularExpression::MultilineOption)));
    QVERIFY(r.out.contains(QStringLiteral("Three-way handshake")));
}

void TestLessonsCli::listsInChinese()
{
    const ProcessRun r = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("lessons")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("三次握手")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("常用端口号")));
    QVERIFY(!r.out.contains(QStringLiteral("Three-way handshake")));
}

void TestLessonsCli::checkEmbeddedSucceeds()
{
    const ProcessRun r = cli({QStringLiteral("lessons"), QStringLiteral("--check")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const int files = lessonFileCount();
    QCOMPARE(r.out.trimmed(), QStringLiteral("lesson files checked: %1, valid: %1, errors: 0").arg(files));
}

void TestLessonsCli::checkBrokenFolderReportsEachError()
{
    const ProcessRun r = cli({QStringLiteral("lessons"), QStringLiteral("--check"), brokenDir()});
    QCOMPARE(r.exitCode, 1);
    const QStringList errors = nonEmptyLines(r.err);
    const int files = int(QDir(brokenDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    QCOMPARE(errors.size(), files - 1); // one valid file among them
    // FILE:LINE:COLUMN: message, FILE being the path in the folder given.
    const QRegularExpression format(QStringLiteral("^%1/[a-z-]+\\.json:\\d+:\\d+: \\S")
                                        .arg(QRegularExpression::escape(brokenDir())));
    for (const QString &line : errors)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
    QVERIFY(errors.contains(QStringLiteral("%1/step-beyond-last.json:9:6: steps[1].step: step 9 is beyond the last "
                                           "step of tcp-handshake, which is 5")
                                .arg(brokenDir())));
    QCOMPARE(r.out.trimmed(),
             QStringLiteral("lesson files checked: %1, valid: 1, errors: %2").arg(files).arg(files - 1));
}

void TestLessonsCli::checkValidFolderSucceeds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QDir(brokenDir()).filePath(QStringLiteral("valid-refused.json")),
                        dir.filePath(QStringLiteral("refused.json"))));
    const ProcessRun r = cli({QStringLiteral("lessons"), QStringLiteral("--check"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("lesson files checked: 1, valid: 1, errors: 0"));

    // An empty folder is not a successful check: there was nothing to check.
    QTemporaryDir empty;
    const ProcessRun none = cli({QStringLiteral("lessons"), QStringLiteral("--check"), empty.path()});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains(QStringLiteral("no lesson files")));
}

void TestLessonsCli::folderLessonReplacesBuiltInWithNotice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.json"));
    QVERIFY(QFile::copy(QDir(brokenDir()).filePath(QStringLiteral("valid-refused.json")), path));
    const ProcessRun r = cli({QStringLiteral("lessons"), QStringLiteral("--lessons-dir"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("%1 replaces the built-in lesson \"tcp-refused\"").arg(path)),
             qPrintable(r.err));
    QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^tcp-refused +scenario +Refused \\(a teacher's version\\)$"),
                                              QRegularExpression::MultilineOption)));
    QCOMPARE(nonEmptyLines(r.out).size(), lessonFileCount());
}

void TestLessonsCli::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("two folders") << QStringList{QStringLiteral("--check"), QStringLiteral("a"), QStringLiteral("b")}
                                 << QStringLiteral("at most one folder");
    QTest::newRow("no such folder") << QStringList{QStringLiteral("--check"), QStringLiteral("/nonexistent/lessons")}
                                    << QStringLiteral("no folder '/nonexistent/lessons'");
    QTest::newRow("no such lessons-dir")
        << QStringList{QStringLiteral("--lessons-dir"), QStringLiteral("/nonexistent/lessons")}
        << QStringLiteral("no folder '/nonexistent/lessons'");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("tcp-handshake")}
                                    << QStringLiteral("unexpected argument 'tcp-handshake'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--chekc")} << QStringLiteral("chekc");
    QTest::newRow("both options") << QStringList{QStringLiteral("--check"), QStringLiteral("--lessons-dir"),
                                                 QStringLiteral("/tmp")}
                                  << QStringLiteral("--check takes the folder itself");
}

void TestLessonsCli::badUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const ProcessRun r = cli(QStringList{QStringLiteral("lessons")} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(nonEmptyLines(r.err).size(), 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestLessonsCli)
#include "tst_lessons_cli.moc"
