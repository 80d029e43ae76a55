#include "bitview.h"
#include "scenario.h"
#include "scenarioregistry.h"
#include "subnet.h"

#include <QImage>
#include <QtTest>

using namespace NetSteps;

namespace {

using Phase = AddressingStep::Phase;

Subnet subnetFrom(const char *cidr)
{
    return *Subnet::parse(QString::fromLatin1(cidr));
}

Scenario subnetAnd(const Subnet &subnet, Ipv4Address other = Ipv4Address::fromOctets(192, 168, 1, 70))
{
    ScenarioParameters parameters;
    parameters.subnet = subnet;
    parameters.otherAddress = other;
    return *ScenarioRegistry::build(u"subnet-and", parameters);
}

Scenario subnetting(const Subnet &network, int borrowBits)
{
    ScenarioParameters parameters;
    parameters.subnetToSplit = network;
    parameters.borrowBits = borrowBits;
    return *ScenarioRegistry::build(u"subnetting", parameters);
}

int stepOfPhase(const Scenario &scenario, Phase phase)
{
    for (const Step &step : scenario.steps) {
        if (step.lan.addressing && step.lan.addressing->phase == phase)
            return step.index;
    }
    return -1;
}

std::optional<RouteDecision> firstDecision(QStringView scenarioId)
{
    const std::optional<Scenario> scenario = ScenarioRegistry::build(scenarioId, ScenarioParameters());
    for (const Step &step : scenario->steps) {
        if (step.lan.route)
            return step.lan.route;
    }
    return std::nullopt;
}

QStringList tableCells(const Subnet &subnet)
{
    return {QStringLiteral("%1/%2").arg(subnet.network().toString()).arg(subnet.prefix()), subnet.firstHost().toString(),
            subnet.lastHost().toString(), subnet.broadcast().toString(), QString::number(subnet.hostCount())};
}

bool hasInk(const QImage &image)
{
    const QRgb background = qRgb(255, 255, 255);
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            if (image.pixel(x, y) != background)
                return true;
        }
    }
    return false;
}

} // namespace

class TestBitView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void andPhase_drawsAddressMaskAndNetwork_data();
    void andPhase_drawsAddressMaskAndNetwork();
    void andPhase_revealsFloorOfProgressColumns_data();
    void andPhase_revealsFloorOfProgressColumns();
    void maskPhase_drawsPrefixLineAndRegions();
    void broadcastPhase_emphasisesHostBits();
    void hostsPhase_rowsFollowPrefix_data();
    void hostsPhase_rowsFollowPrefix();
    void comparePhase_verdictIsSameNetwork_data();
    void comparePhase_verdictIsSameNetwork();
    void borrowPhase_tableIsSplit_data();
    void borrowPhase_tableIsSplit();
    void initialStep_showsOverview();
    void otherStages_showNothing();
    void decision_comparesRecordedNetworks_data();
    void decision_comparesRecordedNetworks();
    void drawing_fitsWidget_data();
    void drawing_fitsWidget();
    void scale_sameForEveryStep();
};

void TestBitView::andPhase_drawsAddressMaskAndNetwork_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::newRow("/0") << QStringLiteral("203.0.113.77/0");
    QTest::newRow("/8") << QStringLiteral("10.20.30.40/8");
    QTest::newRow("/24") << QStringLiteral("192.168.1.10/24");
    QTest::newRow("/26") << QStringLiteral("192.168.1.10/26");
    QTest::newRow("/31") << QStringLiteral("10.0.0.1/31");
    QTest::newRow("/32") << QStringLiteral("172.16.5.4/32");
}

void TestBitView::andPhase_drawsAddressMaskAndNetwork()
{
    QFETCH(QString, cidr);
    const Subnet subnet = *Subnet::parse(cidr);
    const Scenario scenario = subnetAnd(subnet);
    BitView view;
    view.setScenario(&scenario);
    view.showStep(stepOfPhase(scenario, Phase::And), 1.0);

    const QStringList expected = {subnet.address().toBinaryString(), subnet.mask().toBinaryString(),
                                  subnet.network().toBinaryString()};
    QCOMPARE(view.rowTexts(), expected);
    QCOMPARE(view.figure().rows.last().decimal(), subnet.network().toString());
    QCOMPARE(view.animatedColumns(), 32);
    QCOMPARE(view.figure().networkColumns, subnet.prefix());
    QCOMPARE(view.figure().prefixLines.size(), 1);
    QCOMPARE(view.figure().prefixLines.first().prefix, subnet.prefix());
    QCOMPARE(view.figure().prefixLines.first().label(), QStringLiteral("/%1").arg(subnet.prefix()));
}

void TestBitView::andPhase_revealsFloorOfProgressColumns_data()
{
    QTest::addColumn<qreal>("progress");
    QTest::addColumn<int>("columns");
    QTest::newRow("start") << 0.0 << 0;
    QTest::newRow("just before the first column") << 0.03 << 0;
    QTest::newRow("first column") << 1.0 / 32 << 1;
    QTest::newRow("half") << 0.5 << 16;
    QTest::newRow("three quarters and a bit") << 0.77 << 24;
    QTest::newRow("almost") << 0.999 << 31;
    QTest::newRow("done") << 1.0 << 32;
}

void TestBitView::andPhase_revealsFloorOfProgressColumns()
{
    QFETCH(qreal, progress);
    QFETCH(int, columns);
    const Subnet subnet = subnetFrom("192.168.1.10/26");
    const Scenario scenario = subnetAnd(subnet);
    BitView view;
    view.setScenario(&scenario);
    view.showStep(stepOfPhase(scenario, Phase::And), progress);

    QCOMPARE(view.animatedColumns(), columns);
    const QString drawn = view.rowTexts().last();
    const QString network = subnet.network().toBinaryString();
    int revealed = 0;
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        if (drawn.at(i) == u' ')
            continue;
        QCOMPARE(drawn.at(i), network.at(i));
        if (drawn.at(i) != u'.')
            ++revealed;
    }
    QCOMPARE(revealed, columns);
    // The revealed columns are the leftmost ones.
    QCOMPARE(drawn.left(columns + columns / 8).contains(u' '), false);
    QCOMPARE(view.figure().rows.last().decimal().isEmpty(), columns < 32);
    QCOMPARE(view.figure().activeColumn, columns > 0 && columns < 32 ? columns - 1 : -1);
}

void TestBitView::maskPhase_drawsPrefixLineAndRegions()
{
    const Subnet subnet = subnetFrom("192.168.1.10/26");
    const Scenario scenario = subnetAnd(subnet);
    BitView view;
    view.setScenario(&scenario);

    view.showStep(stepOfPhase(scenario, Phase::Address));
    QCOMPARE(view.rowTexts(), QStringList{subnet.address().toBinaryString()});
    QVERIFY(view.figure().prefixLines.isEmpty());
    QCOMPARE(view.figure().region(0), BitFigure::Region::Neutral);

    view.showStep(stepOfPhase(scenario, Phase::Mask));
    QCOMPARE(view.rowTexts(), (QStringList{subnet.address().toBinaryString(), subnet.mask().toBinaryString()}));
    QCOMPARE(view.figure().prefixLines.first().prefix, 26);
    QCOMPARE(view.figure().region(25), BitFigure::Region::Network);
    QCOMPARE(view.figure().region(26), BitFigure::Region::Host);
}

void TestBitView::broadcastPhase_emphasisesHostBits()
{
    const Subnet subnet = subnetFrom("192.168.1.10/26");
    const Scenario scenario = subnetAnd(subnet);
    BitView view;
    view.setScenario(&scenario);
    view.showStep(stepOfPhase(scenario, Phase::Broadcast));

    const BitFigure::Row &broadcast = view.figure().rows.last();
    QCOMPARE(broadcast.bits(), subnet.broadcast().toBinaryString());
    QCOMPARE(broadcast.decimal(), QStringLiteral("192.168.1.63"));
    for (int column = 0; column < 32; ++column)
        QCOMPARE(broadcast.isEmphasised(column), column >= 26);
}

void TestBitView::hostsPhase_rowsFollowPrefix_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("note");
    const QStringList range = {QStringLiteral("Network"), QStringLiteral("First host"), QStringLiteral("Last host"),
                               QStringLiteral("Broadcast")};
    QTest::newRow("/24") << QStringLiteral("192.168.1.10/24") << range << QStringLiteral("= 254 hosts");
    QTest::newRow("/30") << QStringLiteral("10.0.0.5/30") << range << QStringLiteral("= 2 hosts");
    QTest::newRow("/31") << QStringLiteral("10.0.0.1/31")
                         << QStringList{QStringLiteral("First host"), QStringLiteral("Last host")}
                         << QStringLiteral("RFC 3021");
    QTest::newRow("/32") << QStringLiteral("10.0.0.1/32") << QStringList{QStringLiteral("Host")}
                         << QStringLiteral("1 host");
}

void TestBitView::hostsPhase_rowsFollowPrefix()
{
    QFETCH(QString, cidr);
    QFETCH(QStringList, names);
    QFETCH(QString, note);
    const Subnet subnet = *Subnet::parse(cidr);
    const Scenario scenario = subnetAnd(subnet);
    BitView view;
    view.setScenario(&scenario);
    view.showStep(stepOfPhase(scenario, Phase::Hosts));

    QStringList drawnNames;
    for (const BitFigure::Row &row : view.figure().rows)
        drawnNames.append(row.name);
    QCOMPARE(drawnNames, names);
    const QList<BitFigure::Row> &rows = view.figure().rows;
    const qsizetype first = names.indexOf(QStringLiteral("First host"));
    if (first >= 0) {
        QCOMPARE(rows.at(first).value, subnet.firstHost());
        QCOMPARE(rows.at(first + 1).value, subnet.lastHost());
    } else {
        QCOMPARE(rows.first().value, subnet.firstHost());
    }
    QVERIFY2(view.figure().notes.join(u' ').contains(note), qPrintable(view.figure().notes.join(u' ')));
}

void TestBitView::comparePhase_verdictIsSameNetwork_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("other");
    QTest::newRow("/26 different") << QStringLiteral("192.168.1.10/26") << QStringLiteral("192.168.1.70");
    QTest::newRow("/26 same") << QStringLiteral("192.168.1.10/26") << QStringLiteral("192.168.1.62");
    QTest::newRow("/24 same") << QStringLiteral("192.168.1.10/24") << QStringLiteral("192.168.1.200");
    QTest::newRow("/8 different") << QStringLiteral("10.1.2.3/8") << QStringLiteral("11.1.2.3");
    QTest::newRow("/0 always same") << QStringLiteral("10.1.2.3/0") << QStringLiteral("200.1.2.3");
    QTest::newRow("/32 different") << QStringLiteral("10.1.2.3/32") << QStringLiteral("10.1.2.4");
}

void TestBitView::comparePhase_verdictIsSameNetwork()
{
    QFETCH(QString, cidr);
    QFETCH(QString, other);
    const Subnet subnet = *Subnet::parse(cidr);
    const Ipv4Address second = *Ipv4Address::parse(other);
    const Scenario scenario = subnetAnd(subnet, second);
    BitView view;
    view.setScenario(&scenario);
    view.showStep(stepOfPhase(scenario, Phase::Compare));

    const bool same = Subnet::sameNetwork(subnet.address(), second, subnet.mask());
    const BitFigure &figure = view.figure();
    QCOMPARE(figure.verdict, same ? BitFigure::Verdict::SameNetwork : BitFigure::Verdict::DifferentNetworks);
    QVERIFY2(figure.verdictText.contains(same ? QStringLiteral("same network") : QStringLiteral("different networks")),
             qPrintable(figure.verdictText));

    const Ipv4Address otherNetwork = Subnet(second, subnet.prefix()).network();
    QCOMPARE(view.rowTexts().at(3), subnet.network().toBinaryString());
    QCOMPARE(view.rowTexts().at(4), otherNetwork.toBinaryString());
    const quint32 differing = subnet.network().toUInt() ^ otherNetwork.toUInt();
    for (int row : {3, 4}) {
        QCOMPARE(figure.rows.at(row).emphasised, differing);
        for (int column = subnet.prefix(); column < 32; ++column)
            QVERIFY(!figure.rows.at(row).isEmphasised(column));
    }
}

void TestBitView::borrowPhase_tableIsSplit_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<int>("borrowBits");
    QTest::newRow("/24 into 2") << QStringLiteral("192.168.1.0/24") << 1;
    QTest::newRow("/24 into 8") << QStringLiteral("192.168.1.0/24") << 3;
    QTest::newRow("/24 into 16, all listed") << QStringLiteral("192.168.1.0/24") << 4;
    QTest::newRow("/24 into 32, elided") << QStringLiteral("192.168.1.0/24") << 5;
    QTest::newRow("/26 into 16 /30") << QStringLiteral("10.0.0.64/26") << 4;
    QTest::newRow("/16 into 65536 /32") << QStringLiteral("172.16.0.0/16") << 16;
    QTest::newRow("a host address given") << QStringLiteral("192.168.1.77/24") << 2;
}

void TestBitView::borrowPhase_tableIsSplit()
{
    QFETCH(QString, cidr);
    QFETCH(int, borrowBits);
    const Subnet network = *Subnet::parse(cidr);
    const Scenario scenario = subnetting(network, borrowBits);
    BitView view;
    view.setScenario(&scenario);
    view.showStep(scenario.lastStep());

    const BitFigure &figure = view.figure();
    const QList<Subnet> subnets = *network.split(borrowBits);
    QCOMPARE(figure.rows.first().value, network.network());
    QCOMPARE(figure.rows.last().value, Subnet::maskFromPrefix(network.prefix() + borrowBits));
    QCOMPARE(figure.networkColumns, network.prefix());
    QCOMPARE(figure.borrowedColumns, borrowBits);
    QCOMPARE(figure.prefixLines.size(), 2);
    QCOMPARE(figure.prefixLines.at(0).prefix, network.prefix());
    QVERIFY(figure.prefixLines.at(0).former);
    QCOMPARE(figure.prefixLines.at(1).prefix, network.prefix() + borrowBits);
    QCOMPARE(figure.region(network.prefix()), BitFigure::Region::Borrowed);

    const bool elided = subnets.size() > BitFigure::maxTableRows;
    const qsizetype atEachEnd = elided ? BitFigure::tableRowsAtEachEnd : subnets.size();
    QCOMPARE(figure.table.size(), elided ? 2 * atEachEnd + 1 : subnets.size());
    for (qsizetype i = 0; i < atEachEnd; ++i) {
        QCOMPARE(figure.table.at(i).mid(1), tableCells(subnets.at(i)));
        QCOMPARE(figure.table.at(i).first(), QStringLiteral("%1").arg(i, borrowBits, 2, QLatin1Char('0')));
    }
    if (elided) {
        QCOMPARE(figure.table.at(atEachEnd).size(), 1);
        QVERIFY2(figure.table.at(atEachEnd).first().contains(QString::number(subnets.size() - 2 * atEachEnd)),
                 qPrintable(figure.table.at(atEachEnd).first()));
        for (qsizetype i = 0; i < atEachEnd; ++i) {
            const qsizetype subnet = subnets.size() - atEachEnd + i;
            QCOMPARE(figure.table.at(atEachEnd + 1 + i).mid(1), tableCells(subnets.at(subnet)));
        }
    }
    QVERIFY2(figure.notes.join(u' ').contains(QStringLiteral("= %1 subnets").arg(subnets.size())),
             qPrintable(figure.notes.join(u' ')));
}

void TestBitView::initialStep_showsOverview()
{
    const Scenario scenario = subnetAnd(subnetFrom("192.168.1.10/26"));
    BitView view;
    view.setScenario(&scenario);
    view.showStep(0);
    QVERIFY(view.rowTexts().isEmpty());
    QVERIFY(view.figure().heading.contains(QStringLiteral("255.255.255.192")));
    QVERIFY(!view.figure().isEmpty());
}

void TestBitView::otherStages_showNothing()
{
    const Scenario scenario = *ScenarioRegistry::build(u"arp-same-subnet", ScenarioParameters());
    BitView view;
    view.setScenario(&scenario);
    view.showStep(1);
    QVERIFY(view.figure().isEmpty());
}

void TestBitView::decision_comparesRecordedNetworks_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("same");
    QTest::newRow("same subnet") << QStringLiteral("arp-same-subnet") << true;
    QTest::newRow("via gateway") << QStringLiteral("arp-via-gateway") << false;
}

void TestBitView::decision_comparesRecordedNetworks()
{
    QFETCH(QString, scenario);
    QFETCH(bool, same);
    const std::optional<RouteDecision> decision = firstDecision(scenario);
    QVERIFY(decision);
    BitView view;
    view.showDecision(*decision);

    QCOMPARE(view.figure().verdict, same ? BitFigure::Verdict::SameNetwork : BitFigure::Verdict::DifferentNetworks);
    QVERIFY(view.figure().verdictText.contains(decision->nextHop.toString()));
    const QStringList expected = {decision->source.toBinaryString(), decision->destination.toBinaryString(),
                                  decision->mask.toBinaryString(), decision->sourceNetwork().toBinaryString(),
                                  decision->destinationNetwork().toBinaryString()};
    QCOMPARE(view.rowTexts(), expected);
}

void TestBitView::drawing_fitsWidget_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 800), QSize(640, 400)}) {
        const QByteArray suffix = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height());
        QTest::newRow(QByteArray("subnet-and " + suffix).constData()) << QStringLiteral("subnet-and") << size;
        QTest::newRow(QByteArray("subnetting " + suffix).constData()) << QStringLiteral("subnetting") << size;
    }
}

void TestBitView::drawing_fitsWidget()
{
    QFETCH(QString, scenario);
    QFETCH(QSize, size);
    const Scenario built = *ScenarioRegistry::build(scenario, ScenarioParameters());
    BitView view;
    view.resize(size);
    view.setScenario(&built);
    for (int step = 0; step < built.stepCount(); ++step) {
        view.showStep(step);
        QVERIFY(view.drawingSize().width() * view.scale() <= size.width() + 0.5);
        QVERIFY(view.drawingSize().height() * view.scale() <= size.height() + 0.5);
        QVERIFY2(hasInk(view.grab().toImage()), qPrintable(QStringLiteral("step %1 is blank").arg(step)));
    }
}

void TestBitView::scale_sameForEveryStep()
{
    const Scenario scenario = subnetAnd(subnetFrom("192.168.1.10/26"));
    BitView view;
    view.resize(1280, 800);
    view.setScenario(&scenario);
    view.showStep(1);
    const qreal first = view.scale();
    for (int step = 2; step < scenario.stepCount(); ++step) {
        view.showStep(step, 0.5);
        QCOMPARE(view.scale(), first);
    }
}

QTEST_MAIN(TestBitView)
#include "tst_bitview.moc"
