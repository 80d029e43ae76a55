// netsteps-cli's scenario commands, run as a user runs them: the real binary, its output and
// its exit status.

#include "jsonlines.h"
#include "pcapreader.h"
#include "processrun.h"
#include "scenarioregistry.h"
#include "framecodec.h"
#include "tcpflags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace NetSteps;

namespace {

ProcessRun cli(const QStringList &args)
{
    return runProcess(QStringLiteral(NETSTEPS_CLI), args);
}


} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenariosListsIds();
    void runJsonHandshake();
    void runJsonClose();
    void runTextShowsStates();
    void runIsDeterministic();
    void exportWritesPcap();
    void exportPcapOpensInTshark();
    void badInput_data();
    void badInput();
    void unwritableFileFails();
    void jsonStaysEnglishWithAnotherLanguage();
};

void TestCli::scenariosListsIds()
{
    const ProcessRun r = cli({QStringLiteral("scenarios")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("tcp-handshake"));
    QVERIFY(r.out.contains("tcp-close"));
    const ProcessRun j = cli({QStringLiteral("scenarios"), QStringLiteral("--json")});
    QCOMPARE(j.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(j.out.toUtf8()).array();
    QCOMPARE(list.size(), ScenarioRegistry::all().size());
    QCOMPARE(list[0].toObject()[QStringLiteral("id")].toString(), ScenarioRegistry::all().first().id);
    QVERIFY(!list[0].toObject()[QStringLiteral("description")].toString().isEmpty());
}

void TestCli::runJsonHandshake()
{
    const ProcessRun r = cli({QStringLiteral("run"), QStringLiteral("tcp-handshake"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> steps = jsonLines(r.out);
    QCOMPARE(steps.size(), 6);
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject &o = steps[i];
        QCOMPARE(o[QStringLiteral("step")].toInt(), i);
        for (const char *key : {"step", "time_ms", "event", "caption", "from", "to", "summary", "flags", "seq", "ack",
                                "transitions", "states"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o[QStringLiteral("caption")].toString().isEmpty());
    }
    QVERIFY(steps[0][QStringLiteral("from")].isNull());
    QVERIFY(steps[0][QStringLiteral("flags")].isNull());
    QCOMPARE(steps[0][QStringLiteral("states")].toObject()[QStringLiteral("server")].toString(), QStringLiteral("CLOSED"));

    const QJsonObject syn = steps[3];
    QCOMPARE(syn[QStringLiteral("from")].toString(), QStringLiteral("client"));
    QCOMPARE(syn[QStringLiteral("to")].toString(), QStringLiteral("server"));
    QCOMPARE(syn[QStringLiteral("flags")].toString(), QStringLiteral("SYN"));
    QVERIFY(syn[QStringLiteral("ack")].isNull());
    const quint32 x = quint32(syn[QStringLiteral("seq")].toInteger());

    const QJsonObject synAck = steps[4];
    QCOMPARE(synAck[QStringLiteral("flags")].toString(), QStringLiteral("SYN,ACK"));
    QCOMPARE(quint32(synAck[QStringLiteral("ack")].toInteger()), quint32(x + 1));
    const quint32 y = quint32(synAck[QStringLiteral("seq")].toInteger());
    QCOMPARE(synAck[QStringLiteral("summary")].toString(),
             QStringLiteral("SYN,ACK seq=%1 ack=%2").arg(y).arg(quint32(x + 1)));

    const QJsonObject ack = steps[5];
    QCOMPARE(quint32(ack[QStringLiteral("ack")].toInteger()), quint32(y + 1));
    const QJsonArray transitions = ack[QStringLiteral("transitions")].toArray();
    QCOMPARE(transitions.size(), 1);
    const QJsonObject t = transitions[0].toObject();
    QCOMPARE(t[QStringLiteral("endpoint")].toString(), QStringLiteral("server"));
    QCOMPARE(t[QStringLiteral("from")].toString(), QStringLiteral("SYN-RECEIVED"));
    QCOMPARE(t[QStringLiteral("to")].toString(), QStringLiteral("ESTABLISHED"));
    QCOMPARE(t[QStringLiteral("rfc")].toString(), QStringLiteral("RFC 9293 3.10.7.4"));
    QCOMPARE(ack[QStringLiteral("states")].toObject()[QStringLiteral("client")].toString(), QStringLiteral("ESTABLISHED"));
}

void TestCli::runJsonClose()
{
    const ProcessRun r = cli({QStringLiteral("run"), QStringLiteral("tcp-close"), QStringLiteral("--json"),
                          QStringLiteral("--msl"), QStringLiteral("30")});
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> steps = jsonLines(r.out);
    QCOMPARE(steps.size(), 8);
    QCOMPARE(steps[5][QStringLiteral("states")].toObject()[QStringLiteral("client")].toString(), QStringLiteral("TIME-WAIT"));
    QCOMPARE(steps[7][QStringLiteral("states")].toObject()[QStringLiteral("client")].toString(), QStringLiteral("CLOSED"));
    QCOMPARE(steps[7][QStringLiteral("time_ms")].toInteger() - steps[5][QStringLiteral("time_ms")].toInteger(), 60000);
}

void TestCli::runTextShowsStates()
{
    const ProcessRun r = cli({QStringLiteral("run"), QStringLiteral("tcp-close")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("client=FIN-WAIT-1"));
    QVERIFY(r.out.contains("client=TIME-WAIT"));
    QVERIFY(r.out.contains("server=LAST-ACK"));
}

void TestCli::runIsDeterministic()
{
    const QStringList args{QStringLiteral("run"), QStringLiteral("tcp-handshake"), QStringLiteral("--json"),
                           QStringLiteral("--seed"), QStringLiteral("7")};
    const ProcessRun a = cli(args);
    const ProcessRun b = cli(args);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(a.out, b.out);
    const ProcessRun c = cli({QStringLiteral("run"), QStringLiteral("tcp-handshake"), QStringLiteral("--json")});
    QVERIFY(a.out != c.out);
}

void TestCli::exportWritesPcap()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("close.pcap"));
    const ProcessRun r = cli({QStringLiteral("export"), QStringLiteral("tcp-close"), QStringLiteral("--pcap"), file});
    QCOMPARE(r.exitCode, 0);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Parsed<QList<PcapRecord>> records = PcapReader::read(f.readAll());
    QVERIFY2(records.ok(), qPrintable(records.error().message));
    QCOMPARE(records->size(), 4);
    QStringList flags;
    for (const PcapRecord &rec : *records) {
        QVERIFY(FrameCodec::checksumsValid(rec.data));
        flags.append(tcpFlagsToString(FrameCodec::decode(rec.data)->tcp->flags));
    }
    QCOMPARE(flags, (QStringList{QStringLiteral("FIN,ACK"), QStringLiteral("ACK"), QStringLiteral("FIN,ACK"),
                                 QStringLiteral("ACK")}));
}

void TestCli::exportPcapOpensInTshark()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed (scripts/setup.sh installs it)");
    const QJsonArray scenarios =
        QJsonDocument::fromJson(cli({QStringLiteral("scenarios"), QStringLiteral("--json")}).out.toUtf8()).array();
    QVERIFY(scenarios.size() >= 13);
    QTemporaryDir dir;
    for (const QJsonValue &scenario : scenarios) {
        const QString id = scenario.toObject()[QStringLiteral("id")].toString();
        // The TCP lessons' frames; tst_cli_lan checks the ARP lessons' captures.
        if (ScenarioRegistry::find(id)->topic != QLatin1String("tcp"))
            continue;
        const QString file = dir.filePath(id + QStringLiteral(".pcap"));
        QCOMPARE(cli({QStringLiteral("export"), id, QStringLiteral("--pcap"), file}).exitCode, 0);
        const ProcessRun run = runProcess(
            tshark, {QStringLiteral("-r"), file, QStringLiteral("-o"), QStringLiteral("ip.check_checksum:TRUE"),
                     QStringLiteral("-o"), QStringLiteral("tcp.check_checksum:TRUE"), QStringLiteral("-T"),
                     QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("tcp.flags.str"),
                     QStringLiteral("-e"), QStringLiteral("ip.checksum.status"), QStringLiteral("-e"),
                     QStringLiteral("tcp.checksum.status"), QStringLiteral("-e"), QStringLiteral("_ws.malformed")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QVERIFY2(!lines.isEmpty(), qPrintable(id));
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QVERIFY2(fields.size() >= 3, qPrintable(id + QStringLiteral(": ") + line));
            QCOMPARE(fields[1], QStringLiteral("1")); // good IP checksum
            QCOMPARE(fields[2], QStringLiteral("1")); // good TCP checksum
            QVERIFY2(fields.size() < 4 || fields[3].isEmpty(), qPrintable(id + QStringLiteral(": ") + line));
        }
        if (id == QLatin1String("tcp-handshake"))
            QCOMPARE(lines.size(), 3);
        if (id == QLatin1String("tcp-close"))
            QCOMPARE(lines.size(), 4);
    }
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("unknown scenario") << QStringList{"run", "tcp-nope"} << "tcp-nope";
    QTest::newRow("missing id") << QStringList{"run"} << "scenario id";
    QTest::newRow("bad seed") << QStringList{"run", "tcp-handshake", "--seed", "abc"} << "--seed";
    QTest::newRow("negative msl") << QStringList{"run", "tcp-close", "--msl", "-5"} << "--msl";
    QTest::newRow("msl nan") << QStringList{"run", "tcp-close", "--msl", "nan"} << "--msl";
    QTest::newRow("msl too small") << QStringList{"run", "tcp-lost-ack", "--msl", "0.0001"} << "--msl";
    QTest::newRow("unknown option") << QStringList{"run", "tcp-close", "--frob"} << "frob";
    QTest::newRow("export without pcap") << QStringList{"export", "tcp-close"} << "--pcap";
    QTest::newRow("bad language") << QStringList{"--lang", "xx", "scenarios"} << "xx";
    QTest::newRow("scenarios extra") << QStringList{"scenarios", "extra"} << "extra";
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    const ProcessRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    const QString text = args.isEmpty() ? r.out : r.err;
    QVERIFY2(text.contains(mention), qPrintable(text));
    if (!args.isEmpty())
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
}

void TestCli::unwritableFileFails()
{
    const ProcessRun r = cli({QStringLiteral("export"), QStringLiteral("tcp-close"), QStringLiteral("--pcap"),
                          QStringLiteral("/nonexistent-dir/x.pcap")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("/nonexistent-dir/x.pcap"));
}

void TestCli::jsonStaysEnglishWithAnotherLanguage()
{
    const ProcessRun en = cli({QStringLiteral("run"), QStringLiteral("tcp-handshake"), QStringLiteral("--json")});
    const ProcessRun zh = cli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("run"),
                               QStringLiteral("tcp-handshake"), QStringLiteral("--json")});
    QCOMPARE(zh.exitCode, 0);
    const QList<QJsonObject> a = jsonLines(en.out);
    const QList<QJsonObject> b = jsonLines(zh.out);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i][QStringLiteral("caption")], a[i][QStringLiteral("caption")]);
        const QString localized = b[i][QStringLiteral("caption_localized")].toString();
        QVERIFY(std::any_of(localized.cbegin(), localized.cend(), [](QChar c) { return c.unicode() >= 0x4e00; }));
        QVERIFY(!a[i].contains(QStringLiteral("caption_localized")));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
