// How the topology stage scales with the hosts on a LAN, for 4 and for 253 hosts per LAN:
// building the arp-same-subnet scenario (which computes its flood), building the view's items,
// and rendering one animation frame of the flood at 1920×1080. The goal: a 253-host frame costs
// no more than three times a 4-host one. It measures, it does not assert times; run it with
// QT_QPA_PLATFORM=offscreen.
#include "scenario.h"
#include "scenarioregistry.h"
#include "topologyview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QTest>

using namespace NetSteps;

namespace {

constexpr QSize frameSize(1920, 1080);

Scenario sameSubnet(int hosts)
{
    ScenarioParameters parameters;
    parameters.lan.hostsPerLan = hosts;
    return *ScenarioRegistry::build(u"arp-same-subnet", parameters);
}

int floodStep(const Scenario &s)
{
    for (const Step &step : s.steps) {
        if (step.lan.switchDecision && step.lan.switchDecision->action == SwitchDecision::Action::Flood)
            return step.index;
    }
    return -1;
}

} // namespace

class BenchTopology : public QObject
{
    Q_OBJECT

private:
    QMap<int, double> m_frameMs; // hosts → mean milliseconds per rendered frame

    static void addHostRows()
    {
        QTest::addColumn<int>("hosts");
        QTest::newRow("4 hosts") << 4;
        QTest::newRow("253 hosts") << 253;
    }

private Q_SLOTS:
    void buildScenario_data() { addHostRows(); }

    void buildScenario()
    {
        QFETCH(int, hosts);
        int steps = 0;
        QBENCHMARK {
            steps = sameSubnet(hosts).stepCount();
        }
        QVERIFY(steps > 0);
    }

    void buildView_data() { addHostRows(); }

    void buildView()
    {
        QFETCH(int, hosts);
        const Scenario s = sameSubnet(hosts);
        TopologyView view;
        view.resize(frameSize);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QBENCHMARK {
            view.setScenario(&s);
        }
    }

    void renderFloodFrame_data() { addHostRows(); }

    void renderFloodFrame()
    {
        QFETCH(int, hosts);
        const Scenario s = sameSubnet(hosts);
        const int flood = floodStep(s);
        TopologyView view;
        view.resize(frameSize);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setScenario(&s);
        QCOMPARE(view.activeLinks().size(), 0);
        QImage image(frameSize, QImage::Format_ARGB32_Premultiplied);
        int frames = 0;
        QElapsedTimer timer;
        timer.start();
        QBENCHMARK {
            view.showStep(flood, 0.5);
            QPainter painter(&image);
            view.render(&painter);
            ++frames;
        }
        m_frameMs.insert(hosts, double(timer.nsecsElapsed()) / 1e6 / frames);
        QCOMPARE(view.activeLinks().size(), hosts);
    }

    void cleanupTestCase()
    {
        if (!m_frameMs.contains(4) || !m_frameMs.contains(253))
            return;
        qInfo("Flood frame at 1920x1080: 4 hosts %.3f ms, 253 hosts %.3f ms, ratio 253/4 = %.2f (goal: at most 3)",
              m_frameMs.value(4), m_frameMs.value(253), m_frameMs.value(253) / m_frameMs.value(4));
    }
};

QTEST_MAIN(BenchTopology)
#include "bench_topology.moc"
