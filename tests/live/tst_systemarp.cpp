// SystemArp: the parser of Linux's /proc/net/arp over sample texts, and this machine's own file.

#include "systemarp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace NetSteps;

namespace {

const QString header = QStringLiteral("IP address       HW type     Flags       HW address            Mask     Device\n");

QString row(const char *ip, const char *type, const char *flags, const char *mac, const char *device)
{
    // The kernel's columns: "%-16s 0x%-10x0x%-10x%-17s     *        %s".
    return QStringLiteral("%1 %2 %3 %4     *        %5\n")
        .arg(QString::fromLatin1(ip), -16)
        .arg(QString::fromLatin1(type), -11)
        .arg(QString::fromLatin1(flags), -11)
        .arg(QString::fromLatin1(mac), -17)
        .arg(QString::fromLatin1(device));
}

} // namespace

class TestSystemArp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCompleteEntries();
    void emptyTableHasNoEntries();
    void incompleteEntry();
    void permanentEntry();
    void malformedLinesAreReportedNotFatal_data();
    void malformedLinesAreReportedNotFatal();
    void missingHeaderIsReported();
    void flagsMeaning_data();
    void flagsMeaning();
    void hardwareTypeNames();
    void missingFileSaysWhy();
    void readsAFile();
    void readsThisMachinesCache();
};

void TestSystemArp::parsesCompleteEntries()
{
    const SystemArpTable table = SystemArp::parse(header + row("192.168.1.1", "0x1", "0x2", "52:54:00:12:35:02", "eth0")
                                                  + row("10.0.0.7", "0x1", "0x2", "AA:BB:CC:00:11:22", "wlan0"));
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.entries.size(), 2);
    const SystemArpEntry &first = table.entries.at(0);
    QCOMPARE(first.ip, Ipv4Address::fromOctets(192, 168, 1, 1));
    QCOMPARE(first.hardwareType, SystemArpEntry::ethernetType);
    QCOMPARE(first.flags, 0x2);
    QVERIFY(first.isComplete());
    QVERIFY(!first.isPermanent());
    QCOMPARE(first.hardwareAddress, QStringLiteral("52:54:00:12:35:02"));
    QCOMPARE(first.mask, QStringLiteral("*"));
    QCOMPARE(first.device, QStringLiteral("eth0"));
    // Shown lower-case, as MAC addresses are everywhere in NetSteps.
    QCOMPARE(table.entries.at(1).hardwareAddress, QStringLiteral("aa:bb:cc:00:11:22"));
    QCOMPARE(table.entries.at(1).device, QStringLiteral("wlan0"));
}

void TestSystemArp::emptyTableHasNoEntries()
{
    const SystemArpTable table = SystemArp::parse(header);
    QVERIFY(table.entries.isEmpty());
    QVERIFY(table.problems.isEmpty());
    QVERIFY(SystemArp::parse(header + QStringLiteral("\n  \n")).problems.isEmpty());
}

void TestSystemArp::incompleteEntry()
{
    const SystemArpTable table = SystemArp::parse(header + row("192.168.1.99", "0x1", "0x0", "00:00:00:00:00:00", "eth0"));
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.entries.size(), 1);
    QVERIFY(!table.entries.at(0).isComplete());
    QVERIFY(!table.entries.at(0).isPermanent());
    QCOMPARE(SystemArp::flagsMeaning(table.entries.at(0).flags), QStringLiteral("incomplete"));
}

void TestSystemArp::permanentEntry()
{
    const SystemArpTable table = SystemArp::parse(header + row("192.168.1.5", "0x1", "0x6", "02:00:00:00:00:05", "br0"));
    QVERIFY(table.problems.isEmpty());
    QCOMPARE(table.entries.size(), 1);
    QVERIFY(table.entries.at(0).isComplete());
    QVERIFY(table.entries.at(0).isPermanent());
    QVERIFY(!table.entries.at(0).isPublished());
    QCOMPARE(SystemArp::flagsMeaning(0x6), QStringLiteral("permanent, complete"));
}

void TestSystemArp::malformedLinesAreReportedNotFatal_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("mention");
    QTest::newRow("too few columns") << QStringLiteral("192.168.1.1 0x1 0x2\n") << QStringLiteral("3 column(s)");
    QTest::newRow("too many columns") << row("192.168.1.1", "0x1", "0x2", "02:00:00:00:00:01", "eth0 extra")
                                      << QStringLiteral("7 column(s)");
    QTest::newRow("bad address") << row("192.168.1.300", "0x1", "0x2", "02:00:00:00:00:01", "eth0")
                                 << QStringLiteral("192.168.1.300");
    QTest::newRow("decimal flags") << row("192.168.1.1", "0x1", "2", "02:00:00:00:00:01", "eth0")
                                   << QStringLiteral("Flags '2'");
    QTest::newRow("bad hex type") << row("192.168.1.1", "0xZ", "0x2", "02:00:00:00:00:01", "eth0")
                                  << QStringLiteral("HW type '0xZ'");
    QTest::newRow("bad hardware address") << row("192.168.1.1", "0x1", "0x2", "02-00-00-00-00-01", "eth0")
                                          << QStringLiteral("02-00-00-00-00-01");
}

void TestSystemArp::malformedLinesAreReportedNotFatal()
{
    QFETCH(QString, line);
    QFETCH(QString, mention);
    const QString before = row("192.168.1.1", "0x1", "0x2", "02:00:00:00:00:01", "eth0");
    const QString after = row("192.168.1.2", "0x1", "0x2", "02:00:00:00:00:02", "eth0");
    const QString text = header + before + line + after;
    const SystemArpTable table = SystemArp::parse(text);
    QCOMPARE(table.entries.size(), 2); // the good lines on both sides still count
    QCOMPARE(table.entries.at(1).ip, Ipv4Address::fromOctets(192, 168, 1, 2));
    QCOMPARE(table.problems.size(), 1);
    const ParseError &problem = table.problems.at(0);
    QCOMPARE(problem.part, 3); // the line number
    QVERIFY2(problem.message.contains(mention), qPrintable(problem.message));
    QVERIFY2(problem.message.startsWith(QStringLiteral("Line 3")), qPrintable(problem.message));
    QCOMPARE(text.mid(problem.position, problem.length), line.trimmed());
}

void TestSystemArp::missingHeaderIsReported()
{
    const SystemArpTable table = SystemArp::parse(QStringLiteral("garbage\n")
                                                  + row("192.168.1.1", "0x1", "0x2", "02:00:00:00:00:01", "eth0"));
    QCOMPARE(table.problems.size(), 1);
    QCOMPARE(table.problems.at(0).part, 1);
    QVERIFY(table.problems.at(0).message.contains(QStringLiteral("header")));
    QCOMPARE(table.entries.size(), 1);
}

void TestSystemArp::flagsMeaning_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QString>("meaning");
    QTest::newRow("0x0") << 0x0 << QStringLiteral("incomplete");
    QTest::newRow("0x2") << 0x2 << QStringLiteral("complete");
    QTest::newRow("0x6") << 0x6 << QStringLiteral("permanent, complete");
    QTest::newRow("0xa") << 0xa << QStringLiteral("published (proxy ARP), complete");
}

void TestSystemArp::flagsMeaning()
{
    QFETCH(int, flags);
    QFETCH(QString, meaning);
    QCOMPARE(SystemArp::flagsMeaning(flags), meaning);
}

void TestSystemArp::hardwareTypeNames()
{
    QCOMPARE(SystemArp::hardwareTypeName(0x1), QStringLiteral("Ethernet"));
    QCOMPARE(SystemArp::hardwareTypeName(32), QStringLiteral("InfiniBand"));
    QVERIFY(SystemArp::hardwareTypeName(0x7777).isEmpty());
}

void TestSystemArp::missingFileSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-arp"));
    const Parsed<SystemArpTable> table = SystemArp::read(path);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message.contains(path), qPrintable(table.error().message));
}

void TestSystemArp::readsAFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("arp")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((header + row("192.168.1.1", "0x1", "0x2", "02:00:00:00:00:01", "eth0")).toUtf8());
    file.close();
    const Parsed<SystemArpTable> table = SystemArp::read(file.fileName());
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    QCOMPARE(table->entries.size(), 1);
}

void TestSystemArp::readsThisMachinesCache()
{
    if (!QFile::exists(SystemArp::procPath()))
        QSKIP("this system has no /proc/net/arp");
    const Parsed<SystemArpTable> table = SystemArp::read();
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message));
    // The kernel writes every line in the format the parser reads.
    for (const ParseError &problem : table->problems)
        QFAIL(qPrintable(problem.message));
    for (const SystemArpEntry &entry : table->entries)
        QVERIFY(!entry.device.isEmpty());
}

QTEST_GUILESS_MAIN(TestSystemArp)
#include "tst_systemarp.moc"
