// Parsing the text of Linux's /proc/net/tcp (parseProcNetTcp): the fallback of the kernel view
// when sock_diag is unavailable, checked without a kernel.

#include "kerneltcpview.h"
#include "kernelrowprint.h"

#include <QRandomGenerator>
#include <QTest>

using namespace NetSteps;

namespace {

constexpr Ipv4Address loopback = Ipv4Address::fromOctets(127, 0, 0, 1);
constexpr Ipv4Address any = Ipv4Address::fromOctets(0, 0, 0, 0);

// The header exactly as Linux 6 writes it, trailing padding included.
const QByteArray header =
    "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode"
    "                                                     \n";

// Lines copied from this machine's /proc/net/tcp: a listener on 0.0.0.0:2024, one on
// 127.0.0.1:57579, a connection to it seen from both ends, and a closed connection in TIME-WAIT.
const QByteArray realSample = header
    + "   0: 00000000:07E8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 635 1 "
      "00000000d00c1578 100 0 0 10 0                       \n"
      "   1: 0100007F:E0EB 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 7789 1 "
      "0000000007beb196 100 0 0 10 0                      \n"
      "   2: 0100007F:AA50 0100007F:E0EB 01 00000000:00000000 00:00000000 00000000     0        0 7790 2 "
      "00000000ec0dcd0b 20 0 0 10 -1                      \n"
      "   3: 0100007F:AA60 0100007F:E0EB 06 00000000:00000000 03:0000176A 00000000     0        0 0 3 "
      "00000000b2ebc9e7                                      \n"
      "   4: 0100007F:E0EB 0100007F:AA50 01 00000000:00000000 00:00000000 00000000     0        0 7791 1 "
      "000000004026a2eb 20 0 0 10 -1                      \n";

// A well-formed socket line, for building malformed ones from.
const QByteArray goodLine = "   2: 0100007F:AA50 0100007F:E0EB 01 00000000:00000000 00:00000000 00000000     0"
                            "        0 7790 2 00000000ec0dcd0b 20 0 0 10 -1";

KernelSocketRow row(Ipv4Address local, quint16 localPort, Ipv4Address remote, quint16 remotePort, TcpState state,
                    int timer = -1)
{
    return KernelSocketRow{local, localPort, remote, remotePort, state, timer};
}

// The 1-based column where the first whitespace-separated token equal to token starts, 0 if none.
int columnOfToken(const QByteArray &line, const QByteArray &token)
{
    qsizetype start = 0;
    while (start < line.size()) {
        while (start < line.size() && (line[start] == ' ' || line[start] == '\t'))
            ++start;
        qsizetype end = start;
        while (end < line.size() && line[end] != ' ' && line[end] != '\t')
            ++end;
        if (line.sliced(start, end - start) == token)
            return int(start) + 1;
        start = end;
    }
    return 0;
}

} // namespace


class TestProcNetTcp : public QObject
{
    Q_OBJECT

private slots:
    void parse_realSample();
    void parse_oneLine_data();
    void parse_oneLine();
    void parse_headerOnly();
    void parse_bigEndianProducer();
    void parse_otherClockRate();
    void parse_malformed_data();
    void parse_malformed();
    void parse_malformedHeader_data();
    void parse_malformedHeader();
    void parse_malformedAfterGoodLines();
    void parse_garbageNeverCrashes();
};

void TestProcNetTcp::parse_realSample()
{
    ProcNetTcpFormat littleEndian;
    littleEndian.byteOrder = QSysInfo::LittleEndian;
    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(realSample, littleEndian);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    const QList<KernelSocketRow> expected{
        row(any, 2024, any, 0, TcpState::Listen),
        row(loopback, 57579, any, 0, TcpState::Listen),
        row(loopback, 43600, loopback, 57579, TcpState::Established),
        row(loopback, 43616, loopback, 57579, TcpState::TimeWait, 59),
        row(loopback, 57579, loopback, 43600, TcpState::Established),
    };
    QCOMPARE(rows->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(rows->at(i).localAddress, expected[i].localAddress);
        QCOMPARE(rows->at(i).localPort, expected[i].localPort);
        QCOMPARE(rows->at(i).remoteAddress, expected[i].remoteAddress);
        QCOMPARE(rows->at(i).remotePort, expected[i].remotePort);
        QCOMPARE(rows->at(i).state, expected[i].state);
        QCOMPARE(rows->at(i).timerSecondsLeft, expected[i].timerSecondsLeft);
    }
}

void TestProcNetTcp::parse_oneLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("localAddress");
    QTest::addColumn<int>("localPort");
    QTest::addColumn<QString>("remoteAddress");
    QTest::addColumn<int>("remotePort");
    QTest::addColumn<TcpState>("state");
    QTest::addColumn<int>("timerSecondsLeft");

    QTest::newRow("LISTEN on 127.0.0.1:8080")
        << QByteArray("   1: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 "
                      "41234 1 0000000000000000 100 0 0 10 0")
        << "127.0.0.1" << 8080 << "0.0.0.0" << 0 << TcpState::Listen << -1;
    QTest::newRow("ESTABLISHED 192.0.2.2:22 from 198.51.100.7:50000, keepalive timer")
        << QByteArray("   7: 020200C0:0016 076433C6:C350 01 00000000:00000000 02:0006DDD0 00000000     0        0 "
                      "9876 4 0000000000000000 20 4 31 10 -1")
        << "192.0.2.2" << 22 << "198.51.100.7" << 50000 << TcpState::Established << -1;
    QTest::newRow("TIME-WAIT with 60 s left")
        << QByteArray("   3: 0100007F:AA60 0100007F:E0EB 06 00000000:00000000 03:00001770 00000000     0        0 0 3 "
                      "0000000000000000")
        << "127.0.0.1" << 43616 << "127.0.0.1" << 57579 << TcpState::TimeWait << 60;
    QTest::newRow("TIME-WAIT with 0.99 s left rounds down")
        << QByteArray("   3: 0100007F:AA60 0100007F:E0EB 06 00000000:00000000 03:00000063 00000000     0        0 0 3 "
                      "0000000000000000")
        << "127.0.0.1" << 43616 << "127.0.0.1" << 57579 << TcpState::TimeWait << 0;
    QTest::newRow("TIME-WAIT with the timer already due")
        << QByteArray("   3: 0100007F:AA60 0100007F:E0EB 06 00000000:00000000 03:00000000 00000000     0        0 0 3 "
                      "0000000000000000")
        << "127.0.0.1" << 43616 << "127.0.0.1" << 57579 << TcpState::TimeWait << 0;
    QTest::newRow("SYN-RECEIVED request socket, retransmit timer")
        << QByteArray("   5: 0100007F:1F90 0100007F:D431 03 00000000:00000000 01:00000064 00000000     0        0 0 0 "
                      "0000000000000000")
        << "127.0.0.1" << 8080 << "127.0.0.1" << 54321 << TcpState::SynReceived << -1;
    QTest::newRow("FIN-WAIT-2 with lower-case hex and tabs")
        << QByteArray("\t4:\t0100007f:e0eb\t0100007f:aa50\t05\t00000000:00000000\t00:00000000\t00000000\t0\t0\t1\t1")
        << "127.0.0.1" << 57579 << "127.0.0.1" << 43600 << TcpState::FinWait2 << -1;
    QTest::newRow("CLOSE-WAIT")
        << QByteArray("   4: 0100007F:E0EB 0100007F:AA50 08 00000001:00000000 00:00000000 00000000     0        0 1 1")
        << "127.0.0.1" << 57579 << "127.0.0.1" << 43600 << TcpState::CloseWait << -1;
    QTest::newRow("LAST-ACK") << QByteArray("0: 0100007F:0001 0100007F:FFFF 09 0:0 00:0 0 0 0 0")
                              << "127.0.0.1" << 1 << "127.0.0.1" << 65535 << TcpState::LastAck << -1;
    QTest::newRow("CLOSING") << QByteArray("0: FFFFFFFF:FFFF FFFFFFFF:FFFF 0B 0:0 00:0 0 0 0 0")
                             << "255.255.255.255" << 65535 << "255.255.255.255" << 65535 << TcpState::Closing << -1;
}

void TestProcNetTcp::parse_oneLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, localAddress);
    QFETCH(int, localPort);
    QFETCH(QString, remoteAddress);
    QFETCH(int, remotePort);
    QFETCH(TcpState, state);
    QFETCH(int, timerSecondsLeft);

    ProcNetTcpFormat littleEndian;
    littleEndian.byteOrder = QSysInfo::LittleEndian;
    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(header + line + '\n', littleEndian);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 1);
    const KernelSocketRow &parsed = rows->first();
    QCOMPARE(parsed.localAddress.toString(), localAddress);
    QCOMPARE(int(parsed.localPort), localPort);
    QCOMPARE(parsed.remoteAddress.toString(), remoteAddress);
    QCOMPARE(int(parsed.remotePort), remotePort);
    QCOMPARE(parsed.state, state);
    QCOMPARE(parsed.timerSecondsLeft, timerSecondsLeft);
}

void TestProcNetTcp::parse_headerOnly()
{
    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(header);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 0);

    const Parsed<QList<KernelSocketRow>> withBlankLines = parseProcNetTcp(header + "\n   \n" + goodLine + "\n\n");
    QVERIFY2(withBlankLines.ok(), qPrintable(withBlankLines.error().message));
    QCOMPARE(withBlankLines->size(), 1);
}

void TestProcNetTcp::parse_bigEndianProducer()
{
    ProcNetTcpFormat bigEndian;
    bigEndian.byteOrder = QSysInfo::BigEndian;
    const QByteArray line = "   0: 7F000001:1F90 C0000202:0016 01 00000000:00000000 00:00000000 00000000 0 0 1 1\n";
    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(header + line, bigEndian);
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first(), row(loopback, 8080, Ipv4Address::fromOctets(192, 0, 2, 2), 22, TcpState::Established));

    // The same word read as a little-endian machine wrote it is a different address.
    ProcNetTcpFormat littleEndian;
    littleEndian.byteOrder = QSysInfo::LittleEndian;
    const Parsed<QList<KernelSocketRow>> swapped = parseProcNetTcp(header + line, littleEndian);
    QVERIFY(swapped.ok());
    QCOMPARE(swapped->first().localAddress, Ipv4Address::fromOctets(1, 0, 0, 127));
    QCOMPARE(swapped->first().localPort, quint16(8080));
}

void TestProcNetTcp::parse_otherClockRate()
{
    ProcNetTcpFormat alpha; // Linux on Alpha counts 1024 clock ticks a second
    alpha.byteOrder = QSysInfo::LittleEndian;
    alpha.clockTicksPerSecond = 1024;
    const QByteArray line = "   3: 0100007F:AA60 0100007F:E0EB 06 00000000:00000000 03:0000EFFF 00000000 0 0 0 3 0\n";
    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(header + line, alpha);
    QVERIFY(rows.ok());
    QCOMPARE(rows->first().timerSecondsLeft, 59); // 61439 ticks

    const Parsed<QList<KernelSocketRow>> atHundred = parseProcNetTcp(header + line);
    QVERIFY(atHundred.ok());
    QCOMPARE(atHundred->first().timerSecondsLeft, 614);
}

void TestProcNetTcp::parse_malformed_data()
{
    // Each row replaces one token of goodLine (or cuts the line short); the error must point at it.
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("badToken"); // empty: the line ends too early
    QTest::addColumn<QString>("messagePart");

    auto replaced = [](const QByteArray &from, const QByteArray &to) {
        QByteArray line = goodLine;
        const qsizetype at = line.indexOf(from);
        Q_ASSERT(at >= 0);
        return line.replace(at, from.size(), to);
    };
    QTest::newRow("slot without colon") << replaced("2:", "2") << QByteArray("2") << "slot number";
    QTest::newRow("slot not a number") << replaced("2:", "x:") << QByteArray("x:") << "slot number";
    QTest::newRow("local address with a G") << replaced("0100007F:AA50", "0100007G:AA50")
                                            << QByteArray("0100007G:AA50") << "local_address";
    QTest::newRow("local address too short") << replaced("0100007F:AA50", "100007F:AA50")
                                             << QByteArray("100007F:AA50") << "local_address";
    QTest::newRow("local address dotted") << replaced("0100007F:AA50", "127.0.0.1:43600")
                                          << QByteArray("127.0.0.1:43600") << "local_address";
    QTest::newRow("remote address without port") << replaced("0100007F:E0EB", "0100007F")
                                                 << QByteArray("0100007F") << "rem_address";
    QTest::newRow("remote port five digits") << replaced("0100007F:E0EB", "0100007F:1E0EB")
                                             << QByteArray("0100007F:1E0EB") << "rem_address";
    QTest::newRow("state 00") << replaced(" 01 ", " 00 ") << QByteArray("00") << "not a number Linux uses";
    QTest::newRow("state 0D") << replaced(" 01 ", " 0D ") << QByteArray("0D") << "not a number Linux uses";
    QTest::newRow("state three digits") << replaced(" 01 ", " 001 ") << QByteArray("001") << "state";
    QTest::newRow("state a name") << replaced(" 01 ", " ESTABLISHED ") << QByteArray("ESTABLISHED") << "state";
    QTest::newRow("queues without colon") << replaced("00000000:00000000", "0000000000000000")
                                          << QByteArray("0000000000000000") << "tx_queue:rx_queue";
    QTest::newRow("queue too long") << replaced("00000000:00000000", "00000000:000000000")
                                    << QByteArray("00000000:000000000") << "tx_queue:rx_queue";
    QTest::newRow("timer kind three digits") << replaced(" 00:00000000 ", " 000:00000000 ")
                                             << QByteArray("000:00000000") << "tr:tm->when";
    QTest::newRow("timer not hex") << replaced(" 00:00000000 ", " 00:0000000Z ") << QByteArray("00:0000000Z")
                                   << "tr:tm->when";
    QTest::newRow("retransmits not hex") << replaced(" 00000000     0", " 0000000X     0") << QByteArray("0000000X")
                                         << "retransmission count";
    QTest::newRow("uid negative") << replaced("     0        0 7790", "     -5        0 7790") << QByteArray("-5")
                                  << "uid";
    QTest::newRow("timeout not a number") << replaced("        0 7790", "        zero 7790")
                                          << QByteArray("zero") << "timeout";
    QTest::newRow("inode in hex") << replaced(" 7790 ", " 1E6E ") << QByteArray("1E6E") << "inode";
    QTest::newRow("NUL inside the state") << replaced(" 01 ", QByteArray(" 0\0 ", 4)) << QByteArray("0\0", 2)
                                          << "state";

    const QList<QByteArray> tokens = goodLine.simplified().split(' ');
    const char *const names[] = {"sl", "local_address", "rem_address", "st", "tx_queue:rx_queue",
                                 "tr:tm->when", "retrnsmt", "uid", "timeout", "inode"};
    for (int kept = 1; kept < 10; ++kept) {
        const QByteArray line = "   " + tokens.mid(0, kept).join(' ') + "   ";
        QTest::addRow("ends before %s", names[kept]) << line << QByteArray() << QString::fromLatin1(names[kept]);
    }
}

void TestProcNetTcp::parse_malformed()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, badToken);
    QFETCH(QString, messagePart);

    const int column = badToken.isEmpty() ? int(line.size()) + 1 : columnOfToken(line, badToken);
    QVERIFY(column > 0);
    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(header + line + '\n');
    QVERIFY(!rows.ok());
    const ParseError &error = rows.error();
    QVERIFY2(error.message.contains(QStringLiteral("Line 2")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("column %1").arg(column)), qPrintable(error.message));
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QCOMPARE(error.position, int(header.size()) + column - 1);
    QCOMPARE(error.length, int(badToken.size()));
    QCOMPARE(error.part, 2);
}

void TestProcNetTcp::parse_malformedHeader_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    QTest::newRow("empty") << QByteArray() << 0 << 0;
    QTest::newRow("no header, socket line first") << goodLine << 3 << 2;
    QTest::newRow("blank first line") << QByteArray("\n" + header) << 0 << 0;
    QTest::newRow("a binary file") << QByteArray("\x7f" "ELF\x02\x01", 6)
                                                                              << 0 << 6;
    QTest::newRow("header word glued") << QByteArray("  sllocal_address\n") << 2 << 15;
}

void TestProcNetTcp::parse_malformedHeader()
{
    QFETCH(QByteArray, text);
    QFETCH(int, position);
    QFETCH(int, length);

    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(text);
    QVERIFY(!rows.ok());
    QVERIFY(!rows.error().message.isEmpty());
    QCOMPARE(rows.error().position, position);
    QCOMPARE(rows.error().length, length);
}

void TestProcNetTcp::parse_malformedAfterGoodLines()
{
    const QByteArray text = realSample + "   5: 0100007F:AA50 0100007F:E0EB 01 00000000:00000000\n";
    const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(text);
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error().message.startsWith(QStringLiteral("Line 7 ends at column 55")),
             qPrintable(rows.error().message));
    QCOMPARE(rows.error().part, 7);
    QCOMPARE(rows.error().position, int(text.size()) - 1);
}

void TestProcNetTcp::parse_garbageNeverCrashes()
{
    QRandomGenerator random(20240607);
    for (int round = 0; round < 2000; ++round) {
        QByteArray text = realSample;
        const int changes = 1 + random.bounded(8);
        for (int i = 0; i < changes; ++i) {
            const qsizetype at = random.bounded(int(text.size()));
            switch (random.bounded(3)) {
            case 0: text[at] = char(random.bounded(256)); break;
            case 1: text.remove(at, 1 + random.bounded(20)); break;
            default: text.insert(at, char(random.bounded(256))); break;
            }
        }
        const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(text);
        if (rows.ok()) {
            QVERIFY(rows->size() <= 5);
        } else {
            QVERIFY(!rows.error().message.isEmpty());
            QVERIFY(rows.error().position >= 0);
            QVERIFY(rows.error().position + rows.error().length <= text.size());
        }
    }
    for (int round = 0; round < 200; ++round) {
        QByteArray noise(random.bounded(400), Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        const Parsed<QList<KernelSocketRow>> rows = parseProcNetTcp(header + noise);
        if (!rows.ok())
            QVERIFY(rows.error().position + rows.error().length <= header.size() + noise.size());
    }
}

QTEST_GUILESS_MAIN(TestProcNetTcp)
#include "tst_procnettcp.moc"
