// Exporting the stage: one step as PNG or SVG, and a whole lesson as a numbered series. The PNGs
// have the stage's size times the scale; the SVGs are well-formed, sized like the stage, named
// after the lesson and step, and draw their texts as text (also in Chinese) and their lines as
// vector, each widget clipped to its rectangle.

#include "mainwindow.h"
#include "playbackcontroller.h"
#include "scenarioregistry.h"
#include "stageexporter.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace NetSteps;

namespace {

using Format = StageExporter::Format;

// What a test needs to know of an SVG file.
struct SvgSummary
{
    QString error; // empty when the file is well-formed XML
    QString width;
    QString height;
    QString viewBox;
    QString title;
    QString description;
    QStringList texts;    // every <text>'s content, in order
    int textsLaidOut = 0; // of those, the ones carrying Qt's width (textLength)
    QList<QSizeF> images; // every <image>'s size
    QStringList ids;
    QStringList references; // the ids that url(#…) and href="#…" point to
};

SvgSummary summarize(const QString &file)
{
    SvgSummary summary;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        summary.error = in.errorString();
        return summary;
    }
    static const QRegularExpression url(QStringLiteral("url\\(#([^)]+)\\)"));
    QXmlStreamReader xml(&in);
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            const QString value = attribute.value().toString();
            if (attribute.qualifiedName() == QLatin1String("id") || attribute.qualifiedName() == QLatin1String("xml:id"))
                summary.ids.append(value);
            else if (attribute.name() == QLatin1String("href") && value.startsWith(u'#'))
                summary.references.append(value.mid(1));
            for (const QRegularExpressionMatch &match : url.globalMatch(value))
                summary.references.append(match.captured(1));
        }
        const QStringView name = xml.name();
        if (depth == 1) {
            summary.width = attributes.value(QLatin1String("width")).toString();
            summary.height = attributes.value(QLatin1String("height")).toString();
            summary.viewBox = attributes.value(QLatin1String("viewBox")).toString();
        } else if (depth == 2 && name == QLatin1String("title")) {
            summary.title = xml.readElementText();
            --depth;
        } else if (depth == 2 && name == QLatin1String("desc")) {
            summary.description = xml.readElementText();
            --depth;
        } else if (name == QLatin1String("text")) {
            summary.textsLaidOut += attributes.hasAttribute(QLatin1String("textLength"));
            summary.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            --depth;
        } else if (name == QLatin1String("image")) {
            summary.images.append(QSizeF(attributes.value(QLatin1String("width")).toDouble(),
                                         attributes.value(QLatin1String("height")).toDouble()));
        }
    }
    if (xml.hasError())
        summary.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return summary;
}

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

QString lessonTitle(const QString &lesson)
{
    return ScenarioRegistry::find(lesson)->title();
}

} // namespace

class TestStageExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void formatsByName_data();
    void formatsByName();
    void seriesFileNames();
    void exportsEveryStepOfALesson_data();
    void exportsEveryStepOfALesson();
    void pngHasTheStageSizeTimesTheScale_data();
    void pngHasTheStageSizeTimesTheScale();
    void svgIsVectorAndSizedLikeTheStage_data();
    void svgIsVectorAndSizedLikeTheStage();
    void svgWritesTheSegmentsAsText();
    void svgKeepsChineseAsText();
    void svgIsSizedByTheScale();
    void unwritableFolderGivesAnError_data();
    void unwritableFolderGivesAnError();
    void unwritableFileGivesAnError();
    void noLessonGivesAnError();
    void progressCanStopTheSeries();

private:
    // Exports one step of a lesson to `file`, as the menu's Export Stage does.
    QString exportStep(const QString &lesson, int step, const QString &file, Format format, qreal scale = 1.0);

    MainWindow *m_window = nullptr;
};

void TestStageExporter::initTestCase()
{
    // Keep the real user's settings (the saved language) out of the tests.
    QStandardPaths::setTestModeEnabled(true);
}

void TestStageExporter::init()
{
    installTranslations(QStringLiteral("en"));
    m_window = new MainWindow;
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestStageExporter::cleanup()
{
    delete m_window;
    m_window = nullptr;
    installTranslations(QStringLiteral("en"));
}

QString TestStageExporter::exportStep(const QString &lesson, int step, const QString &file, Format format, qreal scale)
{
    if (!m_window->openLesson(lesson))
        return QStringLiteral("no lesson %1").arg(lesson);
    m_window->playback()->seek(step);
    QCoreApplication::processEvents();
    return StageExporter::exportWidget(m_window->stage(), file, format, lessonTitle(lesson),
                                       m_window->stepTitle() + u'\n' + m_window->caption(), scale);
}

void TestStageExporter::formatsByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("png") << QStringLiteral("png") << int(Format::Png);
    QTest::newRow("SVG") << QStringLiteral("SVG") << int(Format::Svg);
    QTest::newRow("jpeg") << QStringLiteral("jpeg") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestStageExporter::formatsByName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<Format> byName = StageExporter::formatFromName(name);
    QCOMPARE(byName ? int(*byName) : -1, format);
    const std::optional<Format> byFile = StageExporter::formatFromFileName(QStringLiteral("slides/step.") + name);
    QCOMPARE(byFile ? int(*byFile) : -1, format);
}

void TestStageExporter::seriesFileNames()
{
    QCOMPARE(StageExporter::seriesFileName(QStringLiteral("tcp-handshake"), 0, Format::Svg),
             QStringLiteral("tcp-handshake-000.svg"));
    QCOMPARE(StageExporter::seriesFileName(QStringLiteral("arp-same-subnet"), 12, Format::Png),
             QStringLiteral("arp-same-subnet-012.png"));
    QCOMPARE(StageExporter::seriesFileName(QStringLiteral("long"), 1000, Format::Png), QStringLiteral("long-1000.png"));
}

void TestStageExporter::exportsEveryStepOfALesson_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("format");
    for (const char *lesson : {"tcp-handshake", "arp-same-subnet", "subnet-and"}) {
        QTest::addRow("%s png", lesson) << QString::fromLatin1(lesson) << int(Format::Png);
        QTest::addRow("%s svg", lesson) << QString::fromLatin1(lesson) << int(Format::Svg);
    }
}

void TestStageExporter::exportsEveryStepOfALesson()
{
    QFETCH(QString, lesson);
    QFETCH(int, format);
    QVERIFY(m_window->openLesson(lesson));
    const Scenario &scenario = *m_window->scenario();
    m_window->playback()->seek(2);
    QCoreApplication::processEvents();
    // The slides share the stage's size as shown, though captions of other lengths would
    // leave it more or less room.
    const QSize stage = m_window->stage()->size();
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString directory = temporary.filePath(QStringLiteral("slides/%1").arg(lesson)); // created on the way
    QList<std::pair<int, int>> reported;
    QStringList descriptions; // the window's step title and caption while each file was written
    const StageExporter::Series series = StageExporter::exportLesson(
        *m_window, directory, Format(format), 1.0, [&](int done, int total) {
            reported.append({done, total});
            descriptions.append(m_window->stepTitle() + u'\n' + m_window->caption());
            return true;
        });
    QVERIFY2(series.error.isEmpty(), qPrintable(series.error));

    QStringList expected;
    for (int step = 0; step < scenario.stepCount(); ++step)
        expected.append(StageExporter::seriesFileName(lesson, step, Format(format)));
    QCOMPARE(QDir(directory).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(series.files.size(), expected.size());
    for (int step = 0; step < expected.size(); ++step) {
        QCOMPARE(QFileInfo(series.files.at(step)).fileName(), expected.at(step));
        QCOMPARE(reported.at(step), std::make_pair(step + 1, int(expected.size())));
    }
    // The window shows what it showed before.
    QCOMPARE(m_window->playback()->step(), 2);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->stage()->size(), stage);

    const qreal ratio = m_window->stage()->devicePixelRatioF();
    for (int step = 0; step < expected.size(); ++step) {
        const QString file = series.files.at(step);
        QVERIFY2(descriptions.at(step).startsWith(QStringLiteral("Step %1 ").arg(step)), qPrintable(descriptions.at(step)));
        if (Format(format) == Format::Png) {
            QFile in(file);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QCOMPARE(in.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
            const QImage image(file);
            QCOMPARE(image.size(), (QSizeF(stage) * ratio).toSize());
            QCOMPARE(image.text(QStringLiteral("Title")), lessonTitle(lesson));
            QCOMPARE(image.text(QStringLiteral("Description")), descriptions.at(step));
        } else {
            const SvgSummary svg = summarize(file);
            QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
            QCOMPARE(svg.viewBox, QStringLiteral("0 0 %1 %2").arg(stage.width()).arg(stage.height()));
            QCOMPARE(svg.title, lessonTitle(lesson));
            QCOMPARE(svg.description, descriptions.at(step));
            QVERIFY(QSvgRenderer(file).isValid());
        }
    }
    // Each file shows its own step.
    QFile first(series.files.first());
    QFile last(series.files.last());
    QVERIFY(first.open(QIODevice::ReadOnly) && last.open(QIODevice::ReadOnly));
    QVERIFY(first.readAll() != last.readAll());

    // Exporting again replaces the series.
    const StageExporter::Series again = StageExporter::exportLesson(*m_window, directory, Format(format));
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(QDir(directory).entryList(QDir::Files, QDir::Name), expected);
}

void TestStageExporter::pngHasTheStageSizeTimesTheScale_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("handshake 1x") << QStringLiteral("tcp-handshake") << 1.0;
    QTest::newRow("handshake 2x") << QStringLiteral("tcp-handshake") << 2.0;
    QTest::newRow("arp 2x") << QStringLiteral("arp-same-subnet") << 2.0;
    QTest::newRow("subnet 1.5x") << QStringLiteral("subnet-and") << 1.5;
}

void TestStageExporter::pngHasTheStageSizeTimesTheScale()
{
    QFETCH(QString, lesson);
    QFETCH(qreal, scale);
    QTemporaryDir temporary;
    const QString file = temporary.filePath(QStringLiteral("stage.png"));
    const QString error = exportStep(lesson, 3, file, Format::Png, scale);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), (QSizeF(m_window->stage()->size()) * m_window->stage()->devicePixelRatioF() * scale).toSize());
    // Drawn at the scale, not enlarged: the stage's own picture at that size is the same.
    QImage expected((QSizeF(m_window->stage()->size()) * m_window->stage()->devicePixelRatioF() * scale).toSize(),
                    QImage::Format_ARGB32_Premultiplied);
    expected.setDevicePixelRatio(m_window->stage()->devicePixelRatioF() * scale);
    expected.fill(m_window->stage()->palette().window().color());
    m_window->stage()->render(&expected);
    QVERIFY(image.convertToFormat(QImage::Format_ARGB32_Premultiplied) == expected);
}

void TestStageExporter::svgIsVectorAndSizedLikeTheStage_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<int>("step");
    QTest::newRow("tcp-handshake") << QStringLiteral("tcp-handshake") << 3;
    QTest::newRow("arp-same-subnet") << QStringLiteral("arp-same-subnet") << 4;
    QTest::newRow("subnet-and") << QStringLiteral("subnet-and") << 3;
}

void TestStageExporter::svgIsVectorAndSizedLikeTheStage()
{
    QFETCH(QString, lesson);
    QFETCH(int, step);
    QTemporaryDir temporary;
    const QString file = temporary.filePath(QStringLiteral("stage.svg"));
    const QString error = exportStep(lesson, step, file, Format::Svg);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SvgSummary svg = summarize(file);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    const QSize stage = m_window->stage()->size();
    QCOMPARE(svg.width, QString::number(stage.width()));
    QCOMPARE(svg.height, QString::number(stage.height()));
    QCOMPARE(svg.viewBox, QStringLiteral("0 0 %1 %2").arg(stage.width()).arg(stage.height()));
    const QSvgRenderer renderer(file);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), stage));

    QCOMPARE(svg.title, lessonTitle(lesson));
    QVERIFY(svg.description.startsWith(m_window->stepTitle()));
    QVERIFY(svg.description.contains(m_window->caption()));

    // Texts are text, each with the width Qt laid it out to; no bitmap stands in for a view
    // (the few there are, a style's frames and the topology's icons, are small).
    QVERIFY2(svg.texts.size() > 40, qPrintable(svg.texts.join(u'|')));
    QCOMPARE(svg.textsLaidOut, int(std::count_if(svg.texts.cbegin(), svg.texts.cend(),
                                                 [](const QString &text) { return !text.trimmed().isEmpty(); })));
    for (const QSizeF &image : svg.images)
        QVERIFY2(qMin(image.width(), image.height()) <= 48,
                 qPrintable(QStringLiteral("a %1x%2 bitmap").arg(image.width()).arg(image.height())));

    // Every clip and reference points at an element of this document, and no id is used twice.
    QVERIFY(!svg.ids.isEmpty());
    QCOMPARE(QSet<QString>(svg.ids.cbegin(), svg.ids.cend()).size(), svg.ids.size());
    for (const QString &reference : svg.references)
        QVERIFY2(svg.ids.contains(reference), qPrintable(reference));
}

void TestStageExporter::svgWritesTheSegmentsAsText()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    QTemporaryDir temporary;
    const StageExporter::Series series = StageExporter::exportLesson(*m_window, temporary.path(), Format::Svg);
    QVERIFY2(series.error.isEmpty(), qPrintable(series.error));
    // Step 0 has sent nothing; by step 3 the SYN and the SYN,ACK are on the ladder.
    QVERIFY(!summarize(series.files.at(0)).texts.contains(QStringLiteral("SYN,ACK")));
    const QStringList texts = summarize(series.files.at(3)).texts;
    QVERIFY2(texts.contains(QStringLiteral("SYN")), qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("SYN,ACK")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("SYN-RECEIVED")));
}

void TestStageExporter::svgKeepsChineseAsText()
{
    QVERIFY(m_window->setLanguage(QStringLiteral("zh_CN")));
    QTemporaryDir temporary;
    const QString file = temporary.filePath(QStringLiteral("stage.svg"));
    const QString error = exportStep(QStringLiteral("tcp-handshake"), 3, file, Format::Svg);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SvgSummary svg = summarize(file);
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY2(std::any_of(svg.texts.cbegin(), svg.texts.cend(), hasChinese), qPrintable(svg.texts.join(u'|')));
    QVERIFY2(hasChinese(svg.title), qPrintable(svg.title));
    QVERIFY2(hasChinese(svg.description), qPrintable(svg.description));
    QVERIFY(svg.texts.contains(QStringLiteral("SYN-RECEIVED"))); // state names stay in RFC spelling
}

void TestStageExporter::svgIsSizedByTheScale()
{
    QTemporaryDir temporary;
    const QString file = temporary.filePath(QStringLiteral("stage.svg"));
    const QString error = exportStep(QStringLiteral("subnet-and"), 2, file, Format::Svg, 2.0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const SvgSummary svg = summarize(file);
    const QSize stage = m_window->stage()->size();
    QCOMPARE(svg.width, QString::number(stage.width() * 2));
    QCOMPARE(svg.height, QString::number(stage.height() * 2));
    QCOMPARE(svg.viewBox, QStringLiteral("0 0 %1 %2").arg(stage.width()).arg(stage.height()));
}

void TestStageExporter::unwritableFolderGivesAnError_data()
{
    QTest::addColumn<bool>("readOnly"); // else a file stands where a folder should be
    QTest::newRow("a file in the way") << false;
    QTest::newRow("a read-only folder") << true;
}

void TestStageExporter::unwritableFolderGivesAnError()
{
    QFETCH(bool, readOnly);
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    QTemporaryDir temporary;
    QString directory;
    std::optional<QScopeGuard<std::function<void()>>> unlock; // so that the folder can be removed
    if (readOnly) {
        directory = temporary.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(QFile::setPermissions(directory, QFile::ReadOwner | QFile::ExeOwner));
        unlock.emplace([directory] { QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
        if (QFileInfo(directory).isWritable() || QFile(directory + QStringLiteral("/probe")).open(QIODevice::WriteOnly))
            QSKIP("this user may write into a read-only folder (root)");
    } else {
        QFile blocker(temporary.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        directory = blocker.fileName() + QStringLiteral("/slides");
    }
    const StageExporter::Series series = StageExporter::exportLesson(*m_window, directory, Format::Png);
    QVERIFY(!series.error.isEmpty());
    QVERIFY2(series.error.contains(QDir::toNativeSeparators(directory)), qPrintable(series.error));
    QVERIFY(series.files.isEmpty());
}

void TestStageExporter::unwritableFileGivesAnError()
{
    QTemporaryDir temporary;
    // A folder where the file should be: it cannot be opened for writing.
    const QString file = temporary.filePath(QStringLiteral("stage.svg"));
    QVERIFY(QDir().mkpath(file));
    for (const Format format : {Format::Png, Format::Svg}) {
        const QString error = exportStep(QStringLiteral("tcp-handshake"), 1, file, format);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    }
}

void TestStageExporter::noLessonGivesAnError()
{
    QVERIFY(!m_window->scenario());
    QTemporaryDir temporary;
    const StageExporter::Series series = StageExporter::exportLesson(*m_window, temporary.path(), Format::Svg);
    QVERIFY(!series.error.isEmpty());
    QVERIFY(series.files.isEmpty());
    QVERIFY(QDir(temporary.path()).isEmpty());
}

void TestStageExporter::progressCanStopTheSeries()
{
    QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
    m_window->playback()->seek(4);
    QTemporaryDir temporary;
    const StageExporter::Series series = StageExporter::exportLesson(*m_window, temporary.path(), Format::Png, 1.0,
                                                                     [](int done, int) { return done < 2; });
    QCOMPARE(series.files.size(), 2);
    QVERIFY(!series.error.isEmpty()); // stopped, not finished
    QCOMPARE(QDir(temporary.path()).entryList(QDir::Files).size(), 2);
    QCOMPARE(m_window->playback()->step(), 4);
}

QTEST_MAIN(TestStageExporter)
#include "tst_stageexporter.moc"
