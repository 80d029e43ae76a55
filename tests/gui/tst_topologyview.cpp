// The topology stage and the LAN tables after seeking, checked against the scenario's record:
// which links carry the step's frame (a flood every out link, a forward one), what the switch,
// the sender and the receivers are shown to do, the two LANs and the router, the ARP caches
// and MAC tables as each step recorded them, and seeking back to an earlier step. From 2 to 253
// hosts per LAN.

#include "lantablesmodel.h"
#include "narrator.h"
#include "scenario.h"
#include "scenarioregistry.h"
#include "topologyfields.h"
#include "topologyview.h"

#include <QAbstractItemModelTester>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace NetSteps;

namespace {

Scenario lanScenario(const QString &id, int hostsPerLan = 4)
{
    ScenarioParameters parameters;
    parameters.lan.hostsPerLan = hostsPerLan;
    const std::optional<Scenario> scenario = ScenarioRegistry::build(id, parameters);
    return scenario ? *scenario : Scenario();
}

// The first step of a kind, whose switch (if it is a switch's step) took this action.
int firstStep(const Scenario &s, Step::Kind kind, std::optional<SwitchDecision::Action> action = std::nullopt)
{
    for (const Step &step : s.steps) {
        if (step.kind != kind)
            continue;
        if (action && (!step.lan.switchDecision || step.lan.switchDecision->action != *action))
            continue;
        return step.index;
    }
    return -1;
}

int itemCount(const QGraphicsScene *scene, int type)
{
    int count = 0;
    const QList<QGraphicsItem *> items = scene->items();
    for (const QGraphicsItem *item : items)
        count += item->type() == type ? 1 : 0;
    return count;
}

// The hosts drawn, all in one item.
int hostCount(const QGraphicsScene *scene)
{
    const QList<QGraphicsItem *> items = scene->items();
    for (QGraphicsItem *item : items) {
        if (const auto *hosts = qgraphicsitem_cast<HostField *>(item))
            return int(hosts->hosts().size());
    }
    return 0;
}

// Everything the view shows at a step that a step can change.
struct Shown
{
    QStringList activeLinks;
    QString frameLabel;
    QStringList switchNotes;
    QString stationNote;
    QStringList stationTexts;
    QList<QPointF> frames;

    friend bool operator==(const Shown &, const Shown &) = default;
};

Shown shown(const TopologyView &view, const Scenario &s)
{
    Shown out{view.activeLinks(), view.frameLabel(), {}, view.stationNote(), {}, {}};
    for (const LanSegment &segment : s.topology->segments)
        out.switchNotes.append(view.switchNote(segment.switchName));
    for (const LanStation &station : s.topology->stations) {
        out.stationTexts.append(view.stationText(station.name));
        if (const std::optional<QPointF> at = view.framePosition(station.name))
            out.frames.append(*at);
    }
    return out;
}

// The rows of the ARP caches as recorded: station, address, MAC, state, age in ms.
QList<QStringList> recordedArpRows(const Scenario &s, int step)
{
    QList<QStringList> rows;
    for (const ArpCache &cache : s.step(step).state.lan.arpCaches) {
        for (const ArpEntry &e : cache.entries) {
            rows.append({Narrator::stationLabel(cache.station), e.ip.toString(),
                         e.mac == MacAddress() ? QStringLiteral("—") : e.mac.toString(), arpStateName(e.state),
                         QString::number(s.step(step).timeMs - e.updatedMs)});
        }
    }
    return rows;
}

QList<QStringList> modelArpRows(const ArpCacheTableModel &model)
{
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto text = [&](int column) { return model.index(r, column).data().toString(); };
        rows.append({text(ArpCacheTableModel::Station), text(ArpCacheTableModel::Address), text(ArpCacheTableModel::Mac),
                     text(ArpCacheTableModel::State),
                     QString::number(model.index(r, 0).data(ArpCacheTableModel::AgeMsRole).toLongLong())});
    }
    return rows;
}

QList<QStringList> recordedMacRows(const Scenario &s, int step)
{
    QList<QStringList> rows;
    for (const MacTable &table : s.step(step).state.lan.macTables) {
        for (const MacTableEntry &e : table.entries) {
            rows.append({table.switchName, e.mac.toString(), QString::number(e.port),
                         QString::number(s.step(step).timeMs - e.learnedMs)});
        }
    }
    return rows;
}

QList<QStringList> modelMacRows(const MacTableModel &model)
{
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto text = [&](int column) { return model.index(r, column).data().toString(); };
        rows.append({text(MacTableModel::Switch), text(MacTableModel::Mac).section(u' ', 0, 0), text(MacTableModel::Port),
                     QString::number(model.index(r, 0).data(MacTableModel::AgeMsRole).toLongLong())});
    }
    return rows;
}

} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT

private:
    // A shown view of the scenario, at the size of a window's stage.
    std::unique_ptr<TopologyView> viewOf(const Scenario &s)
    {
        auto view = std::make_unique<TopologyView>();
        view->resize(1280, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        view->setScenario(&s);
        return view;
    }

private Q_SLOTS:
    void floodLightsEveryOtherStationOfTheLan()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-same-subnet"));
        const int flood = firstStep(s, Step::Kind::LanSwitch, SwitchDecision::Action::Flood);
        QCOMPARE(flood, 3);
        auto view = viewOf(s);
        QVERIFY(view);
        view->showStep(flood, 0.5);
        QStringList others;
        for (const LanStation *station : s.topology->stationsOn(0)) {
            if (station->name != QLatin1String("A1"))
                others.append(station->name);
        }
        QCOMPARE(others, (QStringList{"A2", "A3", "A4", "R-eth0"}));
        QCOMPARE(view->activeLinks(), others);
        for (const QString &station : others)
            QVERIFY2(view->framePosition(station), qPrintable(station));
        QVERIFY(!view->framePosition(QStringLiteral("A1")));
        QCOMPARE(view->frameLabel(), QStringLiteral("ARP who-has 192.168.1.3"));
        const QString note = view->switchNote(QStringLiteral("S1"));
        QVERIFY2(note.contains(QStringLiteral("learned A1 → port 1")), qPrintable(note));
        QVERIFY2(note.contains(QLatin1String("flood")), qPrintable(note));
    }

    void forwardLightsTheOneLinkOfTheDestination()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-same-subnet"));
        const int forward = firstStep(s, Step::Kind::LanSwitch, SwitchDecision::Action::Forward);
        QVERIFY(forward > 0);
        auto view = viewOf(s);
        QVERIFY(view);
        view->showStep(forward);
        // A2's reply goes back to A1's port only.
        QCOMPARE(view->activeLinks(), QStringList{QStringLiteral("A1")});
        QVERIFY(view->frameLabel().startsWith(QLatin1String("ARP 192.168.1.3 is-at ")));
        QVERIFY(view->switchNote(QStringLiteral("S1")).contains(QLatin1String("forward to port 1")));
    }

    void aStationsFrameTravelsToItsSwitch()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-same-subnet"));
        const int send = firstStep(s, Step::Kind::LanSend);
        auto view = viewOf(s);
        QVERIFY(view);
        const TopologyLayout::Place a1 = view->layout().places.value(QStringLiteral("A1"));
        view->showStep(send, 0.0);
        QCOMPARE(view->activeLinks(), QStringList{QStringLiteral("A1")});
        QCOMPARE(*view->framePosition(QStringLiteral("A1")), a1.linkEnd);
        view->showStep(send, 0.5);
        QCOMPARE(*view->framePosition(QStringLiteral("A1")), (a1.linkEnd + a1.port) / 2);
        view->showStep(send, 1.0);
        QCOMPARE(*view->framePosition(QStringLiteral("A1")), a1.port);
        // The next step's frame leaves the switch: at its start it is at the switch's ports.
        view->showStep(send + 1, 0.0);
        QCOMPARE(*view->framePosition(QStringLiteral("A2")), view->layout().places.value(QStringLiteral("A2")).port);
    }

    void receiversAreMarkedWithWhatTheyDid()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-same-subnet"));
        const int receive = firstStep(s, Step::Kind::LanReceive);
        auto view = viewOf(s);
        QVERIFY(view);
        view->showStep(receive);
        QVERIFY(view->activeLinks().isEmpty());
        QVERIFY2(view->stationText(QStringLiteral("A2")).endsWith(QLatin1String("\nreplies")),
                 qPrintable(view->stationText(QStringLiteral("A2"))));
        QVERIFY(view->stationText(QStringLiteral("A3")).endsWith(QLatin1String("\nnot asked")));
        QVERIFY(view->stationText(QStringLiteral("R-eth0")).endsWith(QLatin1String("\nnot asked")));
        QVERIFY(!view->stationText(QStringLiteral("A1")).contains(QLatin1String("asked")));
        // The marks go with the step.
        view->showStep(0);
        const QString unmarked = view->stationText(QStringLiteral("A2"));
        QVERIFY2(unmarked.startsWith(QLatin1String("A2\n192.168.1.3")), qPrintable(unmarked));
        view->showStep(receive + 1);
        QCOMPARE(view->stationText(QStringLiteral("A2")), unmarked);
    }

    void theSendersRouteDecisionStandsBesideIt()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-via-gateway"));
        auto view = viewOf(s);
        QVERIFY(view);
        view->showStep(firstStep(s, Step::Kind::Route));
        const QString note = view->stationNote();
        QVERIFY2(note.contains(QLatin1String("192.168.1.2     AND 255.255.255.0 = 192.168.1.0")), qPrintable(note));
        QVERIFY(note.contains(QLatin1String("192.168.2.2     AND 255.255.255.0 = 192.168.2.0")));
        QVERIFY(note.contains(QStringLiteral("different networks → ARP for the gateway 192.168.1.1")));
        view->showStep(0);
        QVERIFY(view->stationNote().isEmpty());
    }

    void viaGatewayDrawsTwoSwitchesAndTheRouter()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-via-gateway"));
        auto view = viewOf(s);
        QVERIFY(view);
        const QGraphicsScene *scene = view->topologyScene();
        QCOMPARE(itemCount(scene, SwitchGlyph::Type), 2);
        QCOMPARE(itemCount(scene, RouterGlyph::Type), 1);
        QCOMPARE(hostCount(scene), 8);
        const LanStation *eth1 = s.topology->station(QStringLiteral("R-eth1"));
        QCOMPARE(view->stationText(QStringLiteral("R-eth1")),
                 QStringLiteral("eth1  192.168.2.1\n") + eth1->mac.toString());
        // The router stands between the LANs; each interface's link reaches its side.
        const QRectF router = view->layout().routerRect;
        QVERIFY(view->layout().lans.at(0).switchRect.right() < router.left());
        QVERIFY(view->layout().lans.at(1).switchRect.left() > router.right());
        QCOMPARE(view->layout().places.value(QStringLiteral("R-eth0")).linkEnd.x(), router.left());
        QCOMPARE(view->layout().places.value(QStringLiteral("R-eth1")).linkEnd.x(), router.right());
        // The far LAN's flood comes from the router's eth1 and reaches B1 to B4.
        const int farFlood = [&] {
            for (const Step &step : s.steps) {
                if (step.lan.switchDecision && step.lan.switchDecision->switchName == QLatin1String("S2")
                    && step.lan.switchDecision->action == SwitchDecision::Action::Flood)
                    return step.index;
            }
            return -1;
        }();
        view->showStep(farFlood);
        QCOMPARE(view->activeLinks(), (QStringList{"B1", "B2", "B3", "B4"}));
        QVERIFY(view->switchNote(QStringLiteral("S1")).isEmpty());
        QVERIFY(view->switchNote(QStringLiteral("S2")).contains(QStringLiteral("learned router (eth1) → port 5")));
    }

    void seekingBackShowsExactlyTheEarlierStep_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("hosts");
        for (const char *id : {"arp-same-subnet", "arp-via-gateway", "arp-cached", "arp-unknown-unicast", "arp-no-reply"})
            QTest::newRow(id) << QString::fromLatin1(id) << 4;
        QTest::newRow("arp-same-subnet, 2 hosts") << QStringLiteral("arp-same-subnet") << 2;
    }

    void seekingBackShowsExactlyTheEarlierStep()
    {
        QFETCH(QString, id);
        QFETCH(int, hosts);
        const Scenario s = lanScenario(id, hosts);
        QCOMPARE(s.stage, Scenario::Stage::Topology);
        auto view = viewOf(s);
        QVERIFY(view);
        QList<Shown> forward;
        for (int step = 0; step <= s.lastStep(); ++step) {
            view->showStep(step, 0.5);
            forward.append(shown(*view, s));
        }
        // Every step after every other, backwards and by leaps, shows what it showed first.
        for (int from = s.lastStep(); from >= 0; --from) {
            view->showStep(from, 0.5);
            for (int to : {0, from / 2, s.lastStep() - 1}) {
                to = qMax(0, to);
                view->showStep(to, 0.5);
                QVERIFY2(shown(*view, s) == forward.at(to), qPrintable(QStringLiteral("%1 after %2").arg(to).arg(from)));
            }
        }
        QVERIFY(std::any_of(forward.cbegin(), forward.cend(), [](const Shown &x) { return !x.activeLinks.isEmpty(); }));
    }

    void clickingAFrameSelectsItsTransmission()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-same-subnet"));
        auto view = viewOf(s);
        QVERIFY(view);
        const int send = firstStep(s, Step::Kind::LanSend);
        view->showStep(send, 0.5);
        QSignalSpy spy(view.get(), &TopologyView::transmissionSelected);
        const QPoint at = view->mapFromScene(*view->framePosition(QStringLiteral("A1")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), s.step(send).moved);
        QCOMPARE(view->selectedTransmission(), s.step(send).moved);
        // Clicking it again changes nothing.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
    }

    void tablesShowTheRecordedState_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"arp-same-subnet", "arp-via-gateway", "arp-cached", "arp-unknown-unicast", "arp-no-reply"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void tablesShowTheRecordedState()
    {
        QFETCH(QString, id);
        const Scenario s = lanScenario(id);
        LanTablesWidget tables;
        QAbstractItemModelTester arpTester(tables.arpCaches(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester macTester(tables.macTables(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool sawEntries = false;
        for (int step = 0; step <= s.lastStep(); ++step) {
            tables.setStep(&s, step);
            QCOMPARE(modelArpRows(*tables.arpCaches()), recordedArpRows(s, step));
            QCOMPARE(modelMacRows(*tables.macTables()), recordedMacRows(s, step));
            sawEntries = sawEntries || tables.arpCaches()->rowCount() > 0;
            // Marked: exactly the entries this step created or changed.
            int row = 0;
            for (const ArpCache &cache : s.step(step).state.lan.arpCaches) {
                const ArpCache *before = step > 0 ? s.step(step - 1).state.lan.cache(cache.station) : nullptr;
                for (const ArpEntry &e : cache.entries) {
                    const ArpEntry *old = before ? before->find(e.ip) : nullptr;
                    const bool changed = step > 0 && (!old || *old != e);
                    QCOMPARE(tables.arpCaches()->index(row++, 0).data(ArpCacheTableModel::ChangedRole).toBool(), changed);
                }
            }
        }
        QVERIFY(sawEntries);
        // Seeking back: the earlier step's tables, not what the later one left.
        const int middle = s.lastStep() / 2;
        tables.setStep(&s, middle);
        QCOMPARE(modelArpRows(*tables.arpCaches()), recordedArpRows(s, middle));
        QCOMPARE(modelMacRows(*tables.macTables()), recordedMacRows(s, middle));
        tables.setStep(&s, 0);
        QCOMPARE(modelArpRows(*tables.arpCaches()), recordedArpRows(s, 0));
        tables.setStep(nullptr, 0);
        QCOMPARE(tables.arpCaches()->rowCount(), 0);
        QCOMPARE(tables.macTables()->rowCount(), 0);
    }

    void theRepliesStateAndTheLearnedPortAreInTheTables()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-same-subnet"));
        // The second frame to arrive at stations is A2's reply, at A1.
        QList<int> receives;
        for (const Step &step : s.steps) {
            if (step.kind == Step::Kind::LanReceive)
                receives.append(step.index);
        }
        const int resolved = receives.value(1, -1);
        QVERIFY(resolved > 0);
        ArpCacheTableModel arp;
        MacTableModel mac;
        arp.setStep(&s, resolved);
        mac.setStep(&s, resolved);
        const LanStation &a1 = *s.topology->station(QStringLiteral("A1"));
        const LanStation &a2 = *s.topology->station(QStringLiteral("A2"));
        QCOMPARE(arp.rowCount(), 2);
        QCOMPARE(arp.index(0, ArpCacheTableModel::Station).data().toString(), QStringLiteral("A1"));
        QCOMPARE(arp.index(0, ArpCacheTableModel::Mac).data().toString(), a2.mac.toString());
        QCOMPARE(arp.index(0, ArpCacheTableModel::State).data().toString(), QStringLiteral("REACHABLE"));
        QVERIFY(arp.index(0, 0).data(ArpCacheTableModel::ChangedRole).toBool());
        QCOMPARE(arp.index(1, ArpCacheTableModel::State).data().toString(), QStringLiteral("STALE"));
        QVERIFY(!arp.index(1, 0).data(ArpCacheTableModel::ChangedRole).toBool());
        QCOMPARE(mac.rowCount(), 2);
        QCOMPARE(mac.index(0, MacTableModel::Mac).data().toString(), a1.mac.toString() + QStringLiteral(" (A1)"));
        QCOMPARE(mac.index(0, MacTableModel::Port).data().toInt(), 1);
        QCOMPARE(mac.index(1, MacTableModel::Mac).data().toString(), a2.mac.toString() + QStringLiteral(" (A2)"));
        QCOMPARE(mac.index(1, MacTableModel::Port).data().toInt(), 2);
    }

    void twoHundredFiftyThreeHostsFloodEveryOtherLink()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-same-subnet"), 253);
        QCOMPARE(s.topology->hostNames(0).size(), 253);
        auto view = viewOf(s);
        QVERIFY(view);
        const int flood = firstStep(s, Step::Kind::LanSwitch, SwitchDecision::Action::Flood);
        view->showStep(flood, 0.5);
        // 252 other hosts and the router.
        QCOMPARE(view->activeLinks().size(), 253);
        QCOMPARE(view->activeLinks(), s.transmission(s.step(flood).moved).receivers);
        QVERIFY(!view->activeLinks().contains(QStringLiteral("A1")));
        QVERIFY(view->activeLinks().contains(QStringLiteral("R-eth0")));
        QCOMPARE(hostCount(view->topologyScene()), 253);
        // The hosts the lesson is about are labelled; the crowd is not, until zoomed in.
        QVERIFY(view->stationText(QStringLiteral("A1")).startsWith(QLatin1String("A1\n192.168.1.2")));
        QVERIFY(view->stationText(QStringLiteral("A100")).isEmpty());
        view->setZoom(12);
        QVERIFY2(view->stationText(QStringLiteral("A100")).startsWith(QLatin1String("A100")),
                 qPrintable(view->stationText(QStringLiteral("A100"))));
        view->setZoom(1);
        QVERIFY(view->stationText(QStringLiteral("A100")).isEmpty());
        // Hovering a host shows its whole label.
        const QPoint a100 = view->mapFromScene(view->layout().places.value(QStringLiteral("A100")).centre);
        QTest::mouseMove(view->viewport(), a100);
        QTRY_VERIFY2(view->stationText(QStringLiteral("A100")).startsWith(QLatin1String("A100\n192.168.1.101\n")),
                     qPrintable(view->stationText(QStringLiteral("A100"))));
        QTest::mouseMove(view->viewport(), QPoint(2, 2));
        QTRY_VERIFY(view->stationText(QStringLiteral("A100")).isEmpty());
        for (int step = 0; step <= s.lastStep(); ++step)
            view->showStep(step, 0.5);
        view->showStep(flood + 1);
        QVERIFY(view->stationText(QStringLiteral("A2")).endsWith(QLatin1String("replies")));
    }

    void twoHostsAndAnEmptyView()
    {
        const Scenario s = lanScenario(QStringLiteral("arp-via-gateway"), 2);
        auto view = viewOf(s);
        QVERIFY(view);
        view->showStep(firstStep(s, Step::Kind::LanSwitch, SwitchDecision::Action::Flood));
        QCOMPARE(view->activeLinks(), (QStringList{"A2", "R-eth0"}));
        view->resize(500, 300);
        QCOMPARE(view->activeLinks(), (QStringList{"A2", "R-eth0"}));
        view->setScenario(nullptr);
        QVERIFY(view->activeLinks().isEmpty());
        QVERIFY(view->topologyScene()->items().isEmpty());
        view->showStep(3);
        QVERIFY(view->stationText(QStringLiteral("A1")).isEmpty());
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
