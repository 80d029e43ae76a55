// NetSteps on a desktop: what `cmake --install` puts where a desktop finds it (both executables, the
// menu entry, its icon, the AppStream metadata, each accepted by the desktop's own validators), Qt's
// own buttons in Chinese, and the window's language following the session's locale.

#include "processrun.h"
#include "translations.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace NetSteps;

namespace {

const QString appId = QStringLiteral("io.github.netsteps.NetSteps");

QString desktopEntryPath() { return QStringLiteral("share/applications/%1.desktop").arg(appId); }
QString iconPath() { return QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(appId); }
QString metainfoPath() { return QStringLiteral("share/metainfo/%1.metainfo.xml").arg(appId); }

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The keys of a desktop entry's [Desktop Entry] group, localized ones under their full name
// ("Name[zh_CN]").
QHash<QString, QString> desktopEntryKeys(const QString &path)
{
    QHash<QString, QString> keys;
    bool inEntry = false;
    for (const QString &line : QString::fromUtf8(readAll(path)).split(u'\n')) {
        if (line.startsWith(u'['))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (const qsizetype eq = line.indexOf(u'='); inEntry && eq > 0)
            keys.insert(line.left(eq), line.mid(eq + 1));
    }
    return keys;
}

struct Metainfo
{
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList releaseVersions;
    QStringList releaseDates;
    QStringList nameLanguages; // "" for the untranslated name
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo metainfo;
    QXmlStreamReader xml(readAll(path));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView element = xml.name();
        if (element == QLatin1String("release")) {
            metainfo.releaseVersions.append(xml.attributes().value(QLatin1String("version")).toString());
            metainfo.releaseDates.append(xml.attributes().value(QLatin1String("date")).toString());
        } else if (element == QLatin1String("name") && xml.attributes().hasAttribute(QLatin1String("xml:lang"))) {
            metainfo.nameLanguages.append(xml.attributes().value(QLatin1String("xml:lang")).toString());
        } else if (element == QLatin1String("name")) {
            metainfo.nameLanguages.append(QString());
        } else if (element == QLatin1String("id")) {
            metainfo.id = xml.readElementText();
        } else if (element == QLatin1String("launchable")) {
            metainfo.launchable = xml.readElementText();
        } else if (element == QLatin1String("binary")) {
            metainfo.binaries.append(xml.readElementText());
        }
    }
    return metainfo;
}

// A session with no locale of its own and no saved preferences; each case adds what it needs.
QProcessEnvironment bareSession(const QString &configHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installsWhereADesktopLooks();
    void desktopEntryNamesTheInstalledFiles();
    void metainfoDescribesThisBuild();
    void desktopEntryValidates();
    void metainfoValidates();
    void qtStandardButtonsInChinese();
    void languageFollowsTheSession_data();
    void languageFollowsTheSession();

private:
    QTemporaryDir m_prefix;
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
};

void TestDesktopIntegration::initTestCase()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QSKIP("Menu entries and AppStream metadata are installed on Linux and the BSDs only");
#endif
    QVERIFY(m_prefix.isValid());
    // An ordinary user installs into a folder of their own: nothing here may need root.
    const ProcessRun run = runProcess(QStringLiteral(NETSTEPS_CMAKE),
                                      {QStringLiteral("--install"), QStringLiteral(NETSTEPS_BUILD_DIR),
                                       QStringLiteral("--config"), QStringLiteral(NETSTEPS_CONFIG),
                                       QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

void TestDesktopIntegration::installsWhereADesktopLooks()
{
    for (const QString &program : {QStringLiteral("bin/netsteps"), QStringLiteral("bin/netsteps-cli")})
        QVERIFY2(QFileInfo(installed(program)).isExecutable(), qPrintable(program));
    for (const QString &file : {desktopEntryPath(), iconPath(), metainfoPath()})
        QVERIFY2(QFileInfo(installed(file)).size() > 0, qPrintable(file));
    QCOMPARE(readAll(installed(iconPath())), readAll(QStringLiteral(NETSTEPS_SOURCE_DIR "/resources/icons/netsteps.svg")));
    // The installed command-line tool runs from where it was put.
    const ProcessRun version = runProcess(installed(QStringLiteral("bin/netsteps-cli")), {QStringLiteral("--version")});
    QCOMPARE(version.out.trimmed(), QStringLiteral("netsteps-cli " NETSTEPS_VERSION));
}

void TestDesktopIntegration::desktopEntryNamesTheInstalledFiles()
{
    const QHash<QString, QString> keys = desktopEntryKeys(installed(desktopEntryPath()));
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Exec")), QFileInfo(installed(QStringLiteral("bin/netsteps"))).fileName());
    QCOMPARE(keys.value(QStringLiteral("Icon")), QFileInfo(installed(iconPath())).completeBaseName());
    QCOMPARE(keys.value(QStringLiteral("Terminal")), QStringLiteral("false"));
    QVERIFY(keys.value(QStringLiteral("Categories")).split(u';').contains(QStringLiteral("Education")));
    for (const char *key : {"Name", "GenericName", "Comment", "Keywords"}) {
        QVERIFY2(!keys.value(QString::fromLatin1(key)).isEmpty(), key);
        QVERIFY2(!keys.value(QStringLiteral("%1[zh_CN]").arg(QLatin1String(key))).isEmpty(), key);
    }
    QVERIFY(keys.value(QStringLiteral("Keywords[zh_CN]")).split(u';').contains(QStringLiteral("三次握手")));
}

void TestDesktopIntegration::metainfoDescribesThisBuild()
{
    const Metainfo metainfo = readMetainfo(installed(metainfoPath()));
    QCOMPARE(metainfo.id, appId);
    QCOMPARE(metainfo.launchable, QFileInfo(installed(desktopEntryPath())).fileName());
    QCOMPARE(metainfo.binaries, (QStringList{QStringLiteral("netsteps"), QStringLiteral("netsteps-cli")}));
    QCOMPARE(metainfo.nameLanguages, (QStringList{QString(), QStringLiteral("zh-CN")}));
    QCOMPARE(metainfo.releaseVersions, QStringList{QStringLiteral(NETSTEPS_VERSION)});
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(metainfo.releaseDates.value(0)).hasMatch(),
             qPrintable(metainfo.releaseDates.value(0)));
}

void TestDesktopIntegration::desktopEntryValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian's desktop-file-utils; scripts/setup.sh installs it)");
    const ProcessRun run = runProcess(validator, {installed(desktopEntryPath())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    // Hints are advice; an error or a warning is a real fault of the entry.
    for (const QString &fault : {QStringLiteral("error:"), QStringLiteral("warning:")})
        QVERIFY2(!(run.out + run.err).contains(fault), qPrintable(run.out + run.err));
}

void TestDesktopIntegration::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian's appstream; scripts/setup.sh installs it)");
    const ProcessRun file = runProcess(validator, {QStringLiteral("validate"), QStringLiteral("--no-net"), installed(metainfoPath())});
    QVERIFY2(file.exitCode == 0, qPrintable(file.out + file.err));
    // The whole tree: the metadata's launchable names an installed menu entry, whose icon is installed.
    const ProcessRun tree = runProcess(validator, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"), m_prefix.path()});
    QVERIFY2(tree.exitCode == 0, qPrintable(tree.out + tree.err));
}

void TestDesktopIntegration::qtStandardButtonsInChinese()
{
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(QFileInfo::exists(qtTranslations + QStringLiteral("/qtbase_zh_CN.qm")),
             qPrintable(QStringLiteral("no qtbase_zh_CN.qm in %1: install Debian's qt6-translations-l10n "
                                       "(scripts/setup.sh does)").arg(qtTranslations)));
    QVERIFY(installTranslations(QStringLiteral("zh_CN")));
    const QDialogButtonBox chinese(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(chinese.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    QVERIFY(installTranslations(QStringLiteral("en")));
    const QDialogButtonBox english(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(english.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

void TestDesktopIntegration::languageFollowsTheSession_data()
{
    QTest::addColumn<QStringList>("session"); // NAME=VALUE
    QTest::addColumn<QString>("saved");       // the language chosen in the window last time, if any
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QStringList none;
    QTest::newRow("Chinese session") << QStringList{"LANG=zh_CN.UTF-8"} << QString() << none << "zh_CN";
    QTest::newRow("Taiwanese session") << QStringList{"LANG=zh_TW.UTF-8"} << QString() << none << "zh_CN";
    QTest::newRow("English session") << QStringList{"LANG=en_GB.UTF-8"} << QString() << none << "en";
    QTest::newRow("French session") << QStringList{"LANG=fr_FR.UTF-8"} << QString() << none << "en";
    QTest::newRow("no locale") << QStringList{"LANG=C"} << QString() << none << "en";
    QTest::newRow("LC_ALL over LANG") << QStringList{"LANG=zh_CN.UTF-8", "LC_ALL=en_US.UTF-8"} << QString() << none << "en";
    QTest::newRow("LC_MESSAGES over LANG") << QStringList{"LANG=en_US.UTF-8", "LC_MESSAGES=zh_CN.UTF-8"} << QString() << none << "zh_CN";
    QTest::newRow("first language NetSteps has") << QStringList{"LANG=fr_FR.UTF-8", "LANGUAGE=fr:zh_CN"} << QString() << none << "zh_CN";
    QTest::newRow("saved English in a Chinese session") << QStringList{"LANG=zh_CN.UTF-8"} << "en" << none << "en";
    QTest::newRow("saved Chinese in an English session") << QStringList{"LANG=en_US.UTF-8"} << "zh_CN" << none << "zh_CN";
    QTest::newRow("saved language NetSteps lacks") << QStringList{"LANG=zh_CN.UTF-8"} << "fr" << none << "zh_CN";
    QTest::newRow("--lang over all") << QStringList{"LANG=zh_CN.UTF-8"} << "zh_CN" << QStringList{"--lang", "en"} << "en";
}

void TestDesktopIntegration::languageFollowsTheSession()
{
    QFETCH(QStringList, session);
    QFETCH(QString, saved);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    // The usage is printed in the language the window would open in.
    const QString gui = QStringLiteral(NETSTEPS_GUI);
    QTemporaryDir configHome;
    QVERIFY(configHome.isValid());
    const QProcessEnvironment bare = bareSession(configHome.path());
    const ProcessRun english = runProcess(gui, {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, bare);
    const ProcessRun chinese = runProcess(gui, {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}, bare);
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(chinese.exitCode, 0);
    QVERIFY2(english.out != chinese.out, "the usage is not translated, so it cannot tell the languages apart");

    QProcessEnvironment environment = bare;
    for (const QString &variable : session)
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    if (!saved.isEmpty()) {
        QVERIFY(QDir(configHome.path()).mkpath(QStringLiteral("NetSteps")));
        QFile settings(configHome.filePath(QStringLiteral("NetSteps/NetSteps.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nlanguage=" + saved.toUtf8() + "\n");
    }
    const ProcessRun run = runProcess(gui, QStringList{QStringLiteral("--help")} + args, environment);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected == QLatin1String("zh_CN") ? chinese.out : english.out);
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
