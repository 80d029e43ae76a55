// The window's ARP and subnet stages: the stage each lesson is drawn on, the tables and the
// topology after every seek (forwards and backwards), rebuilding from the set-up panels with
// bad input refused, and the This Machine dialog.

#include "bitview.h"
#include "inspectorwidget.h"
#include "ladderview.h"
#include "lansetuppanel.h"
#include "launchoptions.h"
#include "lantablesmodel.h"
#include "machinedialog.h"
#include "mainwindow.h"
#include "seekorder.h"
#include "narrator.h"
#include "playbackcontroller.h"
#include "subnetinputpanel.h"
#include "topologyview.h"
#include "translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace NetSteps;

namespace {

// Every ARP cache entry of a step as the table model shows it: "A1 192.168.1.3 REACHABLE".
QStringList shownArpRows(const ArpCacheTableModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        rows.append(QStringList{model->index(r, ArpCacheTableModel::Station).data().toString(),
                                model->index(r, ArpCacheTableModel::Address).data().toString(),
                                model->index(r, ArpCacheTableModel::State).data().toString()}
                        .join(u' '));
    }
    return rows;
}

QStringList modelArpRows(const Scenario &scenario, int step)
{
    QStringList rows;
    for (const ArpCache &cache : scenario.step(step).state.lan.arpCaches) {
        for (const ArpEntry &e : cache.entries)
            rows.append(QStringList{Narrator::stationLabel(cache.station), e.ip.toString(), arpStateName(e.state)}.join(u' '));
    }
    return rows;
}

int macRows(const Scenario &scenario, int step)
{
    int n = 0;
    for (const MacTable &t : scenario.step(step).state.lan.macTables)
        n += int(t.entries.size());
    return n;
}

} // namespace

class TestMainWindowLan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        installTranslations(QStringLiteral("en"));
        m_window = new MainWindow;
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void eachLessonHasItsStage()
    {
        QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
        QCOMPARE(m_window->stage(), m_window->topologyView()->parentWidget());
        QVERIFY(m_window->topologyView()->isVisible());
        QVERIFY(!m_window->inspector()->findChild<QWidget *>(QStringLiteral("inspectorStates"))->isVisible());
        QVERIFY(m_window->openLesson(QStringLiteral("subnet-and")));
        QVERIFY(m_window->bitView()->isVisible());
        QVERIFY(!m_window->topologyView()->isVisible());
        QVERIFY(m_window->openLesson(QStringLiteral("tcp-handshake")));
        QVERIFY(m_window->ladderView()->isVisible());
        QVERIFY(!m_window->bitView()->isVisible());
        QVERIFY(m_window->inspector()->findChild<QWidget *>(QStringLiteral("inspectorStates"))->isVisible());
    }

    void showsTheLanAtEveryStep_data()
    {
        QTest::addColumn<QString>("lesson");
        for (const char *id : {"arp-same-subnet", "arp-via-gateway", "arp-unknown-unicast", "arp-no-reply"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }
    void showsTheLanAtEveryStep()
    {
        QFETCH(QString, lesson);
        QVERIFY(m_window->openLesson(lesson));
        const Scenario &s = *m_window->scenario();
        const Lesson *lessonFile = m_window->lesson();
        QVERIFY(lessonFile);
        const QList<int> order = seekOrder(s.lastStep());
        for (int step : order) {
            m_window->playback()->seek(step);
            QCOMPARE(m_window->caption(), lessonFile->caption(s, step));
            QCOMPARE(shownArpRows(m_window->lanTables()->arpCaches()), modelArpRows(s, step));
            QCOMPARE(m_window->lanTables()->macTables()->rowCount(), macRows(s, step));
            // The links that carry a frame are those of the frame that moved in this step.
            const Step &st = s.step(step);
            QStringList expected;
            if (st.moved >= 0) {
                const Transmission &t = s.transmission(st.moved);
                expected = s.topology->station(t.from) ? QStringList{t.from} : t.receivers;
            }
            QStringList shown = m_window->topologyView()->activeLinks();
            shown.sort();
            expected.sort();
            QCOMPARE(shown, expected);
            if (st.moved >= 0)
                QVERIFY(!m_window->inspector()->fields().isEmpty());
            bool decided = false;
            for (int i = 0; i <= step; ++i)
                decided = decided || s.step(i).lan.route.has_value();
            QCOMPARE(m_window->decisionView()->isVisibleTo(m_window), decided);
        }
    }

    void lanSetupRebuildsAndRefusesBadInput()
    {
        QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
        m_window->playback()->seek(3);
        auto *hosts = m_window->lanSetup()->findChild<QSpinBox *>(QStringLiteral("hostsPerLan"));
        QVERIFY(hosts);
        hosts->setValue(7);
        QCOMPARE(m_window->scenario()->topology->hostNames(0).size(), 7);
        QCOMPARE(m_window->playback()->step(), 3); // the same moment of the lesson
        QCOMPARE(m_window->topologyView()->activeLinks().size(), 7); // 6 other hosts and the router

        // A network that is not an address keeps the last LAN and says why.
        auto *network = m_window->lanSetup()->findChild<QLineEdit *>(QStringLiteral("lan1Network"));
        QVERIFY(network);
        const auto type = [network](const QString &text) {
            network->selectAll();
            QTest::keyClicks(network, text);
        };
        type(QStringLiteral("192.168.1.300/24"));
        QVERIFY(!m_window->lanSetup()->errorText().isEmpty());
        QCOMPARE(m_window->scenario()->topology->segments.first().network.toString(), QStringLiteral("192.168.1.1/24"));
        // A LAN too small for its hosts is refused too.
        type(QStringLiteral("10.0.0.1/29"));
        QVERIFY(m_window->lanSetup()->errorText().contains(QStringLiteral("at most")));
        type(QStringLiteral("10.0.0.1/28"));
        QVERIFY(m_window->lanSetup()->errorText().isEmpty());
        QCOMPARE(m_window->scenario()->topology->station(QStringLiteral("A1"))->address.toString(), QStringLiteral("10.0.0.2/28"));
    }

    void subnetInputsRebuild()
    {
        QVERIFY(m_window->openLesson(QStringLiteral("subnet-and")));
        m_window->playback()->seek(6);
        auto *other = m_window->subnetInputs()->findChild<QLineEdit *>(QStringLiteral("otherAddress"));
        QVERIFY(other);
        other->selectAll();
        QTest::keyClicks(other, QStringLiteral("192.168.1.20"));
        QTest::keyClick(other, Qt::Key_Return);
        QCOMPARE(m_window->playback()->step(), 6);
        QVERIFY(m_window->scenario()->step(6).lan.addressing->sameNetwork());
        // The lesson's text names its own addresses: with others, the model narrates.
        QCOMPARE(m_window->caption(), Narrator::caption(*m_window->scenario(), 6));
        other->selectAll();
        QTest::keyClicks(other, QStringLiteral("192.168.1.256"));
        QTest::keyClick(other, Qt::Key_Return);
        QVERIFY(!m_window->subnetInputs()->errorText().isEmpty());
        QVERIFY(m_window->scenario()->step(6).lan.addressing->sameNetwork()); // unchanged
    }

    void switchesLanguageOnTheLan()
    {
        QVERIFY(m_window->openLesson(QStringLiteral("arp-same-subnet")));
        m_window->playback()->seek(3);
        QVERIFY(m_window->setLanguage(QStringLiteral("zh_CN")));
        QTRY_COMPARE(m_window->caption(), m_window->lesson()->caption(*m_window->scenario(), 3)); // LanguageChange is posted
        QVERIFY(m_window->caption().contains(QStringLiteral("泛洪")));
        bool heading = false;
        for (QLabel *label : m_window->lanTables()->findChildren<QLabel *>())
            heading = heading || label->text() == QStringLiteral("ARP 缓存");
        QVERIFY(heading);
        QVERIFY(m_window->topologyView()->activeLinks().size() == 4); // the stage drawn again, same step
        QVERIFY(m_window->setLanguage(QStringLiteral("en")));
    }

    void hostsFromTheCommandLine()
    {
        const Parsed<LaunchOptions> options =
            LaunchOptions::parse({QStringLiteral("--lesson"), QStringLiteral("arp-via-gateway"), QStringLiteral("--hosts"),
                                  QStringLiteral("9"), QStringLiteral("--step"), QStringLiteral("3")});
        QVERIFY(options.ok());
        QCOMPARE(options->apply(*m_window), QString());
        QCOMPARE(m_window->scenario()->topology->hostNames(1).size(), 9);
        QCOMPARE(m_window->lanSetup()->findChild<QSpinBox *>(QStringLiteral("hostsPerLan"))->value(), 9);
        QCOMPARE(m_window->playback()->step(), 3);
        for (const QStringList &bad : {QStringList{"--lesson", "arp-cached", "--hosts", "254"},
                                       QStringList{"--lesson", "arp-cached", "--hosts", "x"},
                                       QStringList{"--lesson", "tcp-close", "--hosts", "5"},
                                       QStringList{"--hosts", "5"}}) {
            const Parsed<LaunchOptions> refused = LaunchOptions::parse(bad);
            QVERIFY2(!refused.ok(), qPrintable(bad.join(u' ')));
            QVERIFY(refused.error().message.contains(QStringLiteral("--hosts")));
        }
    }

    void machineDialogListsThisComputer()
    {
        MachineDialog dialog;
        QVERIFY(dialog.interfacesTable()->rowCount() >= 1); // loopback at least
        bool loopback = false;
        for (int r = 0; r < dialog.interfacesTable()->rowCount(); ++r)
            loopback = loopback || dialog.interfacesTable()->item(r, 1)->text() == QLatin1String("127.0.0.1");
        QVERIFY(loopback);
        QVERIFY(!dialog.arpStatus().isEmpty());
        for (int c = 0; c < dialog.arpTable()->columnCount(); ++c)
            QVERIFY(!dialog.arpTable()->horizontalHeaderItem(c)->toolTip().isEmpty());
        if (const QByteArray dir = qgetenv("NETSTEPS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/machine-dialog.png"));
        }
    }

private:
    MainWindow *m_window = nullptr;
};

QTEST_MAIN(TestMainWindowLan)
#include "tst_mainwindow_lan.moc"
