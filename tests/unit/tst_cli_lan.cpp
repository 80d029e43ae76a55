// netsteps-cli on the addressing and ARP scenarios, and `arp --system`, run as a user runs them:
// the real binary, its output and its exit status.

#include "framecodec.h"
#include "jsonlines.h"
#include "pcapreader.h"
#include "processrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace NetSteps;

namespace {

const QStringList arpScenarios{QStringLiteral("arp-same-subnet"), QStringLiteral("arp-via-gateway"),
                               QStringLiteral("arp-cached"), QStringLiteral("arp-unknown-unicast"),
                               QStringLiteral("arp-no-reply")};
const QStringList subnetScenarios{QStringLiteral("subnet-and"), QStringLiteral("subnetting")};

ProcessRun cli(const QStringList &args)
{
    return runProcess(QStringLiteral(NETSTEPS_CLI), args);
}

QList<QJsonObject> runJson(const QStringList &args)
{
    const ProcessRun r = cli(QStringList{QStringLiteral("run")} + args + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return r.exitCode == 0 ? jsonLines(r.out) : QList<QJsonObject>();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

void verifyKeys(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        QVERIFY2(o.contains(QLatin1String(key)), qPrintable(QStringLiteral("step %1 lacks %2")
                                                                  .arg(o[QStringLiteral("step")].toInt())
                                                                  .arg(QLatin1String(key))));
}

// The first step whose switch decision is this action.
QJsonObject firstSwitchStep(const QList<QJsonObject> &steps, const QString &action)
{
    for (const QJsonObject &o : steps) {
        if (o[QStringLiteral("switch")].toObject()[QStringLiteral("action")].toString() == action)
            return o;
    }
    return {};
}

} // namespace

class TestCliLan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void topologyJsonLines_data();
    void topologyJsonLines();
    void bitsJsonLines_data();
    void bitsJsonLines();
    void textShowsCachesTablesAndBits_data();
    void textShowsCachesTablesAndBits();
    void floodReachesEveryOtherPort();
    void cachesAndTableAtTheEnd();
    void hostsOptionSizesTheLan();
    void subnetOptionsShapeTheLessons();
    void badInput_data();
    void badInput();
    void exportKeepsTheSendersLink();
    void exportOpensInTshark();
    void systemArp();
};

void TestCliLan::topologyJsonLines_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : arpScenarios)
        QTest::newRow(qPrintable(id)) << id;
}

void TestCliLan::topologyJsonLines()
{
    QFETCH(QString, id);
    const QList<QJsonObject> steps = runJson({id});
    QVERIFY(steps.size() > 3);
    int sends = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject &o = steps[i];
        QCOMPARE(o[QStringLiteral("step")].toInt(), i);
        verifyKeys(o, {"time_ms", "kind", "event", "caption", "layer", "from", "to", "frame", "arp_caches", "mac_table"});
        QVERIFY(!o[QStringLiteral("caption")].toString().isEmpty());
        QVERIFY(o[QStringLiteral("arp_caches")].isObject());
        QVERIFY(o[QStringLiteral("mac_table")].isObject());
        const QString kind = o[QStringLiteral("kind")].toString();
        if (!o[QStringLiteral("from")].isNull()) {
            QVERIFY(o[QStringLiteral("to")].isArray());
            QVERIFY(!strings(o[QStringLiteral("to")]).isEmpty());
            QVERIFY(!o[QStringLiteral("frame")].toString().isEmpty());
            QVERIFY(o[QStringLiteral("frame_length")].toInt() >= 60);
        }
        if (kind == QLatin1String("lan_send")) {
            ++sends;
            QVERIFY(!o[QStringLiteral("from")].isNull());
        } else if (kind == QLatin1String("route")) {
            verifyKeys(o[QStringLiteral("route")].toObject(),
                       {"source", "destination", "mask", "same_network", "next_hop"});
        } else if (kind == QLatin1String("lan_switch")) {
            const QJsonObject decision = o[QStringLiteral("switch")].toObject();
            verifyKeys(decision, {"action", "reason", "in_port", "out_ports"});
            QVERIFY(QStringList({"flood", "forward", "filter"}).contains(decision[QStringLiteral("action")].toString()));
        } else if (kind == QLatin1String("lan_receive")) {
            QVERIFY(!o[QStringLiteral("outcomes")].toObject().isEmpty());
        }
    }
    QVERIFY(sends > 0);
    QCOMPARE(steps[0][QStringLiteral("kind")].toString(), QStringLiteral("initial"));
}

void TestCliLan::bitsJsonLines_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : subnetScenarios)
        QTest::newRow(qPrintable(id)) << id;
}

void TestCliLan::bitsJsonLines()
{
    QFETCH(QString, id);
    const QList<QJsonObject> steps = runJson({id});
    QVERIFY(steps.size() > 2);
    for (int i = 1; i < steps.size(); ++i) {
        const QJsonObject &o = steps[i];
        verifyKeys(o, {"step", "time_ms", "kind", "event", "caption", "layer", "addressing"});
        QCOMPARE(o[QStringLiteral("kind")].toString(), QStringLiteral("addressing"));
        QVERIFY(!o.contains(QStringLiteral("arp_caches")));
        verifyKeys(o[QStringLiteral("addressing")].toObject(),
                   {"phase", "address", "prefix", "mask", "network", "broadcast", "first_host", "last_host", "host_count"});
    }
    const QJsonObject last = steps.last()[QStringLiteral("addressing")].toObject();
    if (id == QLatin1String("subnet-and")) {
        QCOMPARE(last[QStringLiteral("phase")].toString(), QStringLiteral("compare"));
        QCOMPARE(last[QStringLiteral("network")].toString(), QStringLiteral("192.168.1.0"));
        QCOMPARE(last[QStringLiteral("broadcast")].toString(), QStringLiteral("192.168.1.63"));
        QCOMPARE(last[QStringLiteral("host_count")].toInt(), 62);
        QCOMPARE(last[QStringLiteral("other")].toString(), QStringLiteral("192.168.1.70"));
        QCOMPARE(last[QStringLiteral("same_network")].toBool(), false);
    } else {
        QCOMPARE(last[QStringLiteral("phase")].toString(), QStringLiteral("borrow"));
        QCOMPARE(last[QStringLiteral("borrowed_bits")].toInt(), 3);
        const QJsonArray subnets = last[QStringLiteral("subnets")].toArray();
        QCOMPARE(subnets.size(), 8);
        QCOMPARE(subnets[1].toObject()[QStringLiteral("network")].toString(), QStringLiteral("192.168.1.32"));
        QCOMPARE(subnets[1].toObject()[QStringLiteral("prefix")].toInt(), 27);
        QCOMPARE(subnets[7].toObject()[QStringLiteral("broadcast")].toString(), QStringLiteral("192.168.1.255"));
    }
}

void TestCliLan::textShowsCachesTablesAndBits_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("arp-same-subnet") << "arp-same-subnet"
                                     << QStringList{"S1 → A2, A3, A4, router (eth0): Who has 192.168.1.3?",
                                                    "ARP cache  A1: 192.168.1.3 INCOMPLETE", "REACHABLE",
                                                    "MAC table  S1: ", "(A1) → port 1"};
    QTest::newRow("arp-no-reply") << "arp-no-reply" << QStringList{"192.168.1.254 FAILED"};
    QTest::newRow("subnet-and") << "subnet-and"
                                << QStringList{"  11000000.10101000.00000001.00001010  192.168.1.10",
                                               "& 11111111.11111111.11111111.11000000  255.255.255.192",
                                               "= 11000000.10101000.00000001.00000000  192.168.1.0"};
    QTest::newRow("subnetting") << "subnetting" << QStringList{"192.168.1.224/27"};
}

void TestCliLan::textShowsCachesTablesAndBits()
{
    QFETCH(QString, id);
    QFETCH(QStringList, mentions);
    const ProcessRun r = cli({QStringLiteral("run"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QStringLiteral("model:"))); // the ladder's TCP states have no place here
    for (const QString &mention : mentions)
        QVERIFY2(r.out.contains(mention), qPrintable(mention + QStringLiteral("\n") + r.out));
}

void TestCliLan::floodReachesEveryOtherPort()
{
    const QJsonObject flood = firstSwitchStep(runJson({QStringLiteral("arp-same-subnet")}), QStringLiteral("flood"));
    QVERIFY(!flood.isEmpty());
    QCOMPARE(flood[QStringLiteral("from")].toString(), QStringLiteral("S1"));
    QCOMPARE(strings(flood[QStringLiteral("to")]),
             (QStringList{QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("R-eth0")}));
    const QJsonObject decision = flood[QStringLiteral("switch")].toObject();
    QCOMPARE(decision[QStringLiteral("reason")].toString(), QStringLiteral("broadcast"));
    QCOMPARE(decision[QStringLiteral("in_port")].toInt(), 1);
    QCOMPARE(decision[QStringLiteral("out_ports")].toArray(), (QJsonArray{2, 3, 4, 5}));
    QCOMPARE(flood[QStringLiteral("ethernet")].toObject()[QStringLiteral("destination")].toString(),
             QStringLiteral("ff:ff:ff:ff:ff:ff"));
}

void TestCliLan::cachesAndTableAtTheEnd()
{
    const QList<QJsonObject> steps = runJson({QStringLiteral("arp-same-subnet")});
    QVERIFY(!steps.isEmpty());
    const QJsonObject last = steps.last();
    const QJsonArray a1 = last[QStringLiteral("arp_caches")].toObject()[QStringLiteral("A1")].toArray();
    QCOMPARE(a1.size(), 1);
    QCOMPARE(a1[0].toObject()[QStringLiteral("ip")].toString(), QStringLiteral("192.168.1.3"));
    QCOMPARE(a1[0].toObject()[QStringLiteral("state")].toString(), QStringLiteral("REACHABLE"));
    // A2's MAC address, as the reply carried it.
    const QJsonObject reply = firstSwitchStep(steps, QStringLiteral("forward"));
    QCOMPARE(a1[0].toObject()[QStringLiteral("mac")].toString(),
             reply[QStringLiteral("ethernet")].toObject()[QStringLiteral("source")].toString());

    const QJsonArray table = last[QStringLiteral("mac_table")].toObject()[QStringLiteral("S1")].toArray();
    QVERIFY(!table.isEmpty());
    const QJsonObject first = table[0].toObject();
    QCOMPARE(first[QStringLiteral("station")].toString(), QStringLiteral("A1"));
    QCOMPARE(first[QStringLiteral("port")].toInt(), 1);
    // Step 0 has learned nothing yet: empty caches and tables are left out.
    QVERIFY(steps[0][QStringLiteral("arp_caches")].toObject().isEmpty());
    QVERIFY(steps[0][QStringLiteral("mac_table")].toObject().isEmpty());
}

void TestCliLan::hostsOptionSizesTheLan()
{
    const QJsonObject flood = firstSwitchStep(
        runJson({QStringLiteral("arp-same-subnet"), QStringLiteral("--hosts"), QStringLiteral("6")}),
        QStringLiteral("flood"));
    QCOMPARE(strings(flood[QStringLiteral("to")]),
             (QStringList{QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A5"),
                          QStringLiteral("A6"), QStringLiteral("R-eth0")}));
}

void TestCliLan::subnetOptionsShapeTheLessons()
{
    const QList<QJsonObject> and8 = runJson({QStringLiteral("subnet-and"), QStringLiteral("--address"),
                                             QStringLiteral("10.1.2.3"), QStringLiteral("--mask"), QStringLiteral("/8"),
                                             QStringLiteral("--other"), QStringLiteral("10.200.0.1")});
    QVERIFY(!and8.isEmpty());
    const QJsonObject compare = and8.last()[QStringLiteral("addressing")].toObject();
    QCOMPARE(compare[QStringLiteral("network")].toString(), QStringLiteral("10.0.0.0"));
    QCOMPARE(compare[QStringLiteral("mask")].toString(), QStringLiteral("255.0.0.0"));
    QCOMPARE(compare[QStringLiteral("same_network")].toBool(), true);

    const QList<QJsonObject> dotted = runJson({QStringLiteral("subnet-and"), QStringLiteral("--address"),
                                               QStringLiteral("172.16.5.9"), QStringLiteral("--mask"),
                                               QStringLiteral("255.255.240.0")});
    QVERIFY(!dotted.isEmpty());
    QCOMPARE(dotted.last()[QStringLiteral("addressing")].toObject()[QStringLiteral("prefix")].toInt(), 20);

    const QList<QJsonObject> split = runJson({QStringLiteral("subnetting"), QStringLiteral("--network"),
                                              QStringLiteral("172.16.0.0/16"), QStringLiteral("--borrow"),
                                              QStringLiteral("2")});
    QCOMPARE(split.size(), 3); // the initial step, then one per borrowed bit
    const QJsonArray subnets = split.last()[QStringLiteral("addressing")].toObject()[QStringLiteral("subnets")].toArray();
    QCOMPARE(subnets.size(), 4);
    QCOMPARE(subnets[3].toObject()[QStringLiteral("network")].toString(), QStringLiteral("172.16.192.0"));
}

void TestCliLan::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("one host") << QStringList{"run", "arp-same-subnet", "--hosts", "1"}
                              << QStringList{"--hosts '1'", "at least 2"};
    QTest::newRow("254 hosts") << QStringList{"run", "arp-via-gateway", "--hosts", "254"}
                               << QStringList{"--hosts '254'", "253"};
    QTest::newRow("hosts not a number") << QStringList{"run", "arp-cached", "--hosts", "x"}
                                        << QStringList{"--hosts 'x'", "whole number"};
    QTest::newRow("no free address") << QStringList{"run", "arp-no-reply", "--hosts", "253"}
                                     << QStringList{"--hosts '253'", "free address"};
    QTest::newRow("bad address") << QStringList{"run", "subnet-and", "--address", "192.168.1.300"}
                                 << QStringList{"--address '192.168.1.300'", "300"};
    QTest::newRow("bad mask") << QStringList{"run", "subnet-and", "--mask", "255.0.255.0"}
                              << QStringList{"--mask '255.0.255.0'", "contiguous"};
    QTest::newRow("bad prefix") << QStringList{"run", "subnet-and", "--mask", "/33"} << QStringList{"--mask '/33'", "32"};
    QTest::newRow("bad other") << QStringList{"run", "subnet-and", "--other", "1.2.3"} << QStringList{"--other '1.2.3'"};
    QTest::newRow("network without prefix") << QStringList{"export", "subnetting", "--network", "10.0.0.0", "--pcap", "x"}
                                            << QStringList{"--network '10.0.0.0'", "prefix"};
    QTest::newRow("borrow nothing") << QStringList{"run", "subnetting", "--borrow", "0"}
                                    << QStringList{"--borrow '0'", "at least 1"};
    QTest::newRow("borrow past /32") << QStringList{"run", "subnetting", "--network", "10.0.0.0/30", "--borrow", "3"}
                                     << QStringList{"--network '10.0.0.0/30' with --borrow '3'", "/32"};
    QTest::newRow("hosts on a TCP scenario") << QStringList{"run", "tcp-handshake", "--hosts", "3"}
                                             << QStringList{"--hosts", "tcp-handshake", "arp-same-subnet"};
    QTest::newRow("address on subnetting") << QStringList{"run", "subnetting", "--address", "10.0.0.1"}
                                           << QStringList{"--address", "subnet-and"};
    QTest::newRow("live") << QStringList{"run", "arp-via-gateway", "--live"} << QStringList{"cannot run live", "LAN"};
    QTest::newRow("nothing to export") << QStringList{"export", "subnet-and", "--pcap", "never-written.pcap"}
                                       << QStringList{"nothing to export"};
    QTest::newRow("arp without --system") << QStringList{"arp"} << QStringList{"--system"};
    QTest::newRow("arp extra") << QStringList{"arp", "--system", "extra"} << QStringList{"extra"};
}

void TestCliLan::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const ProcessRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    for (const QString &mention : mentions)
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("never-written.pcap")));
}

void TestCliLan::exportKeepsTheSendersLink()
{
    const QList<QJsonObject> steps = runJson({QStringLiteral("arp-via-gateway")});
    QVERIFY(!steps.isEmpty());
    QString a1Mac;
    int framesOnA1sLink = 0;
    for (const QJsonObject &o : steps) {
        const bool touchesA1 = o[QStringLiteral("from")].toString() == QLatin1String("A1")
            || strings(o[QStringLiteral("to")]).contains(QStringLiteral("A1"));
        framesOnA1sLink += touchesA1 ? 1 : 0;
        if (o[QStringLiteral("from")].toString() == QLatin1String("A1"))
            a1Mac = o[QStringLiteral("ethernet")].toObject()[QStringLiteral("source")].toString();
    }
    QVERIFY(!a1Mac.isEmpty());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("gateway.pcap"));
    const ProcessRun r = cli({QStringLiteral("export"), QStringLiteral("arp-via-gateway"), QStringLiteral("--pcap"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("A1's link")));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Parsed<QList<PcapRecord>> records = PcapReader::read(f.readAll());
    QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().message));
    QCOMPARE(records->size(), framesOnA1sLink);
    QCOMPARE(records->size(), 3); // A1's request, the router's reply, A1's SYN; none of LAN 2's frames
    int requests = 0;
    int replies = 0;
    for (const PcapRecord &record : *records) {
        QVERIFY(record.data.size() >= 60);
        const Parsed<Frame> frame = FrameCodec::decode(record.data);
        QVERIFY(frame.ok());
        const QString source = frame->ethernet.source.toString();
        const QString destination = frame->ethernet.destination.toString();
        QVERIFY2(source == a1Mac || destination == a1Mac, qPrintable(source + QStringLiteral(" → ") + destination));
        QVERIFY(FrameCodec::checksumsValid(record.data));
        if (frame->arp && frame->arp->operation == ArpPacket::Request) {
            ++requests;
            QVERIFY(frame->ethernet.destination.isBroadcast());
        } else if (frame->arp) {
            ++replies;
            QCOMPARE(frame->arp->operation, ArpPacket::Reply);
            QCOMPARE(destination, a1Mac); // unicast
        } else {
            QVERIFY(frame->tcp);
            QCOMPARE(frame->ipv4->destination.toString(), QStringLiteral("192.168.2.2")); // B1's IP, via the router's MAC
        }
    }
    QCOMPARE(requests, 1);
    QCOMPARE(replies, 1);
}

void TestCliLan::exportOpensInTshark()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (scripts/setup.sh installs it)");
    QTemporaryDir dir;
    for (const QString &id : arpScenarios) {
        const QString file = dir.filePath(id + QStringLiteral(".pcap"));
        QCOMPARE(cli({QStringLiteral("export"), id, QStringLiteral("--pcap"), file}).exitCode, 0);
        const ProcessRun run = runProcess(
            tshark, {QStringLiteral("-r"), file, QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"),
                     QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"), QStringLiteral("-T"),
                     QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.len"), QStringLiteral("-e"),
                     QStringLiteral("eth.dst"), QStringLiteral("-e"), QStringLiteral("arp.opcode"), QStringLiteral("-e"),
                     QStringLiteral("ip.checksum.status"), QStringLiteral("-e"), QStringLiteral("tcp.checksum.status"),
                     QStringLiteral("-e"), QStringLiteral("_ws.malformed"), QStringLiteral("-e"),
                     QStringLiteral("_ws.expert.severity")});
        QCOMPARE(run.exitCode, 0);
        // Not trimmed: a line ends in empty fields when a frame has no checksum or expert note.
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(id));
        for (const QString &line : lines) {
            const QStringList f = line.split(u'\t');
            const QString where = id + QStringLiteral(": ") + line;
            QVERIFY2(f.size() == 7, qPrintable(where));
            QVERIFY2(f[0].toInt() >= 60, qPrintable(where));
            if (f[2] == QLatin1String("1"))
                QVERIFY2(f[1] == QLatin1String("ff:ff:ff:ff:ff:ff"), qPrintable(where));
            else if (f[2] == QLatin1String("2"))
                QVERIFY2(f[1] != QLatin1String("ff:ff:ff:ff:ff:ff"), qPrintable(where));
            else
                QVERIFY2(f[3] == QLatin1String("1") && f[4] == QLatin1String("1"), qPrintable(where)); // good checksums
            QVERIFY2(f[5].isEmpty(), qPrintable(where)); // nothing malformed
            // No expert note above a chat (PI_CHAT, 0x00200000), such as "connection establish request (SYN)".
            for (const QString &severity : f[6].split(u',', Qt::SkipEmptyParts))
                QVERIFY2(severity == QLatin1String("2097152"), qPrintable(where));
        }
    }
}

void TestCliLan::systemArp()
{
    const ProcessRun text = cli({QStringLiteral("arp"), QStringLiteral("--system")});
    if (text.exitCode == 3)
        QSKIP("this system has no /proc/net/arp");
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("127.0.0.1/8")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("loopback")));
    QVERIFY(text.out.contains(QStringLiteral("0x1 is Ethernet")));
    QVERIFY(text.out.contains(QStringLiteral("/proc/net/arp")));

    const ProcessRun json = cli({QStringLiteral("arp"), QStringLiteral("--system"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    bool loopbackListed = false;
    for (const QJsonValue &value : o[QStringLiteral("interfaces")].toArray()) {
        const QJsonObject i = value.toObject();
        for (const QJsonValue &address : i[QStringLiteral("ipv4")].toArray()) {
            if (address.toObject()[QStringLiteral("address")].toString() == QLatin1String("127.0.0.1")) {
                loopbackListed = true;
                QVERIFY(i[QStringLiteral("loopback")].toBool());
                QCOMPARE(address.toObject()[QStringLiteral("prefix")].toInt(), 8);
            }
        }
    }
    QVERIFY(loopbackListed);
    const QJsonObject cache = o[QStringLiteral("arp_cache")].toObject();
    QVERIFY(cache[QStringLiteral("available")].toBool());
    QVERIFY(cache[QStringLiteral("entries")].isArray());
    QVERIFY(cache[QStringLiteral("problems")].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLan)
#include "tst_cli_lan.moc"
