#include "processrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// `netsteps-cli subnet`, run as a real process: text and JSON output, --with, --split, and the
// exit status and single stderr line for bad input.
class TestCliSubnet : public QObject
{
    Q_OBJECT

private slots:
    void textOutput_data();
    void textOutput();
    void jsonOutput();
    void jsonWith_data();
    void jsonWith();
    void jsonSplit();
    void textSplit();
    void help();
    void invalid_data();
    void invalid();
};

namespace {
ProcessRun runCli(const QStringList &args)
{
    return runProcess(QStringLiteral(NETSTEPS_CLI), QStringList{QStringLiteral("subnet")} + args);
}

// The output's lines with runs of spaces collapsed, so alignment does not matter.
QStringList simplifiedLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(line.simplified());
    return lines;
}

QJsonObject parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}
} // namespace

void TestCliSubnet::textOutput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("/24") << QStringList{"192.168.1.10/24"}
                         << QStringList{"Address: 192.168.1.10",
                                        "Mask: 255.255.255.0",
                                        "Prefix: /24",
                                        "Network: 192.168.1.0",
                                        "Broadcast: 192.168.1.255",
                                        "First host: 192.168.1.1",
                                        "Last host: 192.168.1.254",
                                        "Host count: 254",
                                        "Wildcard: 0.0.0.255",
                                        "11000000.10101000.00000001.00001010 192.168.1.10 address",
                                        "& 11111111.11111111.11111111.00000000 255.255.255.0 mask",
                                        "= 11000000.10101000.00000001.00000000 192.168.1.0 network"};
    QTest::newRow("address and mask /20") << QStringList{"10.1.2.3", "255.255.240.0"}
                                          << QStringList{"Mask: 255.255.240.0",
                                                         "Prefix: /20",
                                                         "Network: 10.1.0.0",
                                                         "Broadcast: 10.1.15.255",
                                                         "First host: 10.1.0.1",
                                                         "Last host: 10.1.15.254",
                                                         "Host count: 4094",
                                                         "Wildcard: 0.0.15.255"};
    QTest::newRow("/31") << QStringList{"192.168.1.7/31"}
                         << QStringList{"Network: 192.168.1.6", "Broadcast: 192.168.1.7",
                                        "First host: 192.168.1.6", "Last host: 192.168.1.7", "Host count: 2"};
    QTest::newRow("/32") << QStringList{"192.168.1.7/32"}
                         << QStringList{"Network: 192.168.1.7", "Broadcast: 192.168.1.7",
                                        "First host: 192.168.1.7", "Last host: 192.168.1.7", "Host count: 1"};
    QTest::newRow("/0") << QStringList{"0.0.0.0/0"}
                        << QStringList{"Mask: 0.0.0.0", "Host count: 4294967294", "Wildcard: 255.255.255.255"};
    QTest::newRow("with, same network") << QStringList{"192.168.1.10/24", "--with", "192.168.1.77"}
                                        << QStringList{"11000000.10101000.00000001.01001101 192.168.1.77 address",
                                                       "Same network: yes; both give network 192.168.1.0."};
    QTest::newRow("with, other network")
        << QStringList{"192.168.1.10/24", "--with", "192.168.2.7"}
        << QStringList{"11000000.10101000.00000010.00000111 192.168.2.7 address",
                       "= 11000000.10101000.00000010.00000000 192.168.2.0 network",
                       "Same network: no; 192.168.2.7 gives network 192.168.2.0, but 192.168.1.10 gives 192.168.1.0."};
}

void TestCliSubnet::textOutput()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, lines);

    const ProcessRun run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList output = simplifiedLines(run.out);
    for (const QString &line : lines)
        QVERIFY2(output.contains(line), qPrintable(QStringLiteral("missing line '%1' in:\n%2").arg(line, run.out)));
}

void TestCliSubnet::jsonOutput()
{
    const ProcessRun run = runCli({QStringLiteral("192.168.1.10/24"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QJsonObject object = parseObject(run.out);
    QCOMPARE(sortedKeys(object),
             (QStringList{"address", "broadcast", "first_host", "host_count", "last_host", "mask", "network",
                          "prefix"}));
    QCOMPARE(object.value("address").toString(), QStringLiteral("192.168.1.10"));
    QCOMPARE(object.value("mask").toString(), QStringLiteral("255.255.255.0"));
    QCOMPARE(object.value("prefix").toInt(), 24);
    QCOMPARE(object.value("network").toString(), QStringLiteral("192.168.1.0"));
    QCOMPARE(object.value("broadcast").toString(), QStringLiteral("192.168.1.255"));
    QCOMPARE(object.value("first_host").toString(), QStringLiteral("192.168.1.1"));
    QCOMPARE(object.value("last_host").toString(), QStringLiteral("192.168.1.254"));
    QVERIFY(object.value("host_count").isDouble());
    QCOMPARE(object.value("host_count").toInteger(), 254);

    const ProcessRun all = runCli({QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0"), QStringLiteral("--json")});
    QCOMPARE(all.exitCode, 0);
    const QJsonObject everything = parseObject(all.out);
    QCOMPARE(everything.value("prefix").toInt(), 0);
    QCOMPARE(everything.value("host_count").toInteger(), 4294967294LL);
    QCOMPARE(everything.value("broadcast").toString(), QStringLiteral("255.255.255.255"));
}

void TestCliSubnet::jsonWith_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("same");

    QTest::newRow("same /24") << QStringList{"192.168.1.10/24", "--with", "192.168.1.77"} << true;
    QTest::newRow("other /24") << QStringList{"192.168.1.10/24", "--with", "192.168.2.7"} << false;
    QTest::newRow("same /16 with mask") << QStringList{"192.168.1.10", "255.255.0.0", "--with", "192.168.2.7"}
                                        << true;
    QTest::newRow("other /25") << QStringList{"--with", "192.168.1.130", "192.168.1.10/25"} << false;
}

void TestCliSubnet::jsonWith()
{
    QFETCH(QStringList, args);
    QFETCH(bool, same);

    const ProcessRun run = runCli(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = parseObject(run.out);
    QVERIFY(object.contains("same_network"));
    QVERIFY(object.value("same_network").isBool());
    QCOMPARE(object.value("same_network").toBool(), same);
    QVERIFY(!object.contains("subnets"));
}

void TestCliSubnet::jsonSplit()
{
    const ProcessRun run = runCli({QStringLiteral("192.168.1.10/24"), QStringLiteral("--split"), QStringLiteral("2"),
                            QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = parseObject(run.out);
    QVERIFY(!object.contains("same_network"));
    const QJsonArray subnets = object.value("subnets").toArray();
    QCOMPARE(subnets.size(), 4);
    const char *networks[] = {"192.168.1.0", "192.168.1.64", "192.168.1.128", "192.168.1.192"};
    const char *broadcasts[] = {"192.168.1.63", "192.168.1.127", "192.168.1.191", "192.168.1.255"};
    const char *firsts[] = {"192.168.1.1", "192.168.1.65", "192.168.1.129", "192.168.1.193"};
    const char *lasts[] = {"192.168.1.62", "192.168.1.126", "192.168.1.190", "192.168.1.254"};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject part = subnets.at(i).toObject();
        QCOMPARE(sortedKeys(part),
                 (QStringList{"broadcast", "first_host", "host_count", "last_host", "network", "prefix"}));
        QCOMPARE(part.value("network").toString(), QString::fromLatin1(networks[i]));
        QCOMPARE(part.value("prefix").toInt(), 26);
        QCOMPARE(part.value("broadcast").toString(), QString::fromLatin1(broadcasts[i]));
        QCOMPARE(part.value("first_host").toString(), QString::fromLatin1(firsts[i]));
        QCOMPARE(part.value("last_host").toString(), QString::fromLatin1(lasts[i]));
        QCOMPARE(part.value("host_count").toInteger(), 62);
    }
}

void TestCliSubnet::textSplit()
{
    const ProcessRun run = runCli({QStringLiteral("192.168.1.10/24"), QStringLiteral("--split"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 0);
    const QStringList output = simplifiedLines(run.out);
    const QStringList rows{QStringLiteral("1 192.168.1.0/26 192.168.1.63 192.168.1.1 192.168.1.62 62"),
                           QStringLiteral("2 192.168.1.64/26 192.168.1.127 192.168.1.65 192.168.1.126 62"),
                           QStringLiteral("3 192.168.1.128/26 192.168.1.191 192.168.1.129 192.168.1.190 62"),
                           QStringLiteral("4 192.168.1.192/26 192.168.1.255 192.168.1.193 192.168.1.254 62")};
    const qsizetype first = output.indexOf(rows.constFirst());
    QVERIFY2(first >= 0, qPrintable(run.out));
    QCOMPARE(output.mid(first, 4), rows);
    QCOMPARE(output.value(first + 4), QString());
}

void TestCliSubnet::help()
{
    const ProcessRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(run.out.contains(QStringLiteral("netsteps-cli subnet ADDR/PREFIX")));
    QVERIFY(run.out.contains(QStringLiteral("--split N")));
    QVERIFY(run.out.contains(QStringLiteral("--with ADDR2")));
    QVERIFY(run.out.contains(QStringLiteral("--json")));
}

void TestCliSubnet::invalid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("names");

    QTest::newRow("nothing") << QStringList{} << "missing ADDR/PREFIX";
    QTest::newRow("empty argument") << QStringList{""} << "invalid subnet '': The subnet is empty";
    QTest::newRow("prefix 33") << QStringList{"1.2.3.4/33"} << "prefix 33 is over 32";
    QTest::newRow("no prefix") << QStringList{"1.2.3.4"} << "prefix length is missing";
    QTest::newRow("prefix letters") << QStringList{"1.2.3.4/abc"} << "prefix 'abc' is not a number";
    QTest::newRow("trailing after prefix") << QStringList{"1.2.3.4/24abc"} << "after the prefix length: 'abc'";
    QTest::newRow("trailing word in one argument") << QStringList{"1.2.3.4/24 x"} << "after the prefix length: ' x'";
    QTest::newRow("extra argument") << QStringList{"1.2.3.4/24", "x"} << "unexpected argument 'x'";
    QTest::newRow("three arguments") << QStringList{"a", "b", "c"} << "unexpected argument 'c'";
    QTest::newRow("bad address octet") << QStringList{"1.2.3.256/24"} << "In the address: Octet 4 is 256";
    QTest::newRow("bad address letters") << QStringList{"a.b.c.d/24"} << "In the address";
    QTest::newRow("full-width digits") << QStringList{QString::fromUtf8("\xef\xbc\x91.2.3.4/24")} << "In the address";
    QTest::newRow("mask after slash") << QStringList{"1.2.3.4/255.255.255.0"} << "the mask 255.255.255.0 is /24";
    QTest::newRow("bad address with mask") << QStringList{"1.2.3", "255.255.255.0"} << "invalid address '1.2.3'";
    QTest::newRow("non-contiguous mask") << QStringList{"1.2.3.4", "255.0.255.0"}
                                         << "invalid mask '255.0.255.0': The mask 255.0.255.0 is not valid: its 1 "
                                            "bits must be contiguous from the left, but octet 3";
    QTest::newRow("mask octet 256") << QStringList{"1.2.3.4", "255.256.0.0"} << "invalid mask '255.256.0.0'";
    QTest::newRow("mask as a number") << QStringList{"1.2.3.4", "24"} << "invalid mask '24'";
    QTest::newRow("bad --with") << QStringList{"1.2.3.4/24", "--with", "1.2.3"} << "invalid --with address '1.2.3'";
    QTest::newRow("--with without value") << QStringList{"1.2.3.4/24", "--with"} << "'--with'";
    QTest::newRow("--split past /32") << QStringList{"1.2.3.4/24", "--split", "9"} << "invalid --split value '9'";
    QTest::newRow("--split negative") << QStringList{"1.2.3.4/24", "--split", "-1"} << "invalid --split value '-1'";
    QTest::newRow("--split letters") << QStringList{"1.2.3.4/24", "--split", "x"} << "invalid --split value 'x'";
    QTest::newRow("--split huge") << QStringList{"1.2.3.4/24", "--split", "99999999999"}
                                  << "invalid --split value '99999999999'";
    QTest::newRow("--split too many") << QStringList{"0.0.0.0/0", "--split", "17"} << "too many to list";
    QTest::newRow("--split without value") << QStringList{"1.2.3.4/24", "--split"} << "'--split'";
    QTest::newRow("--split in json mode") << QStringList{"1.2.3.4/24", "--json", "--split", "40"}
                                          << "invalid --split value '40'";
    QTest::newRow("unknown option") << QStringList{"1.2.3.4/24", "--bogus"} << "'bogus'";
}

void TestCliSubnet::invalid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, names);

    const ProcessRun run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.endsWith(u'\n'), qPrintable(run.err));
    const QString line = run.err.chopped(1);
    QVERIFY2(!line.contains(u'\n'), qPrintable(run.err));
    QVERIFY2(line.startsWith(QStringLiteral("netsteps-cli: ")), qPrintable(line));
    QVERIFY2(line.contains(names), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestCliSubnet)
#include "tst_cli_subnet.moc"
