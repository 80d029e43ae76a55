#include "checksum.h"
#include "frame.h"
#include "framecodec.h"
#include "pcapreader.h"
#include "pcapwriter.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <vector>

using namespace NetSteps;

namespace {

using Records = QList<std::pair<qint64, QByteArray>>;

MacAddress mac(const char *text)
{
    return MacAddress::parse(QString::fromLatin1(text)).value();
}

Ipv4Address ip(const char *text)
{
    return Ipv4Address::parse(QString::fromLatin1(text)).value();
}

// A whole exchange as NetSteps builds it: ARP, a handshake, data, a close, a refused connection
// and UDP datagrams, with timestamps a millisecond apart from 2024-01-01 00:00:00 UTC.
Records conversation()
{
    const MacAddress c = mac("02:00:00:00:00:01");
    const MacAddress s = mac("02:00:00:00:00:02");
    const Ipv4Address ci = ip("192.168.1.10");
    const Ipv4Address si = ip("192.168.1.20");
    TcpOptions syn;
    syn.mss = 1460;
    syn.sackPermitted = true;
    syn.timestamps = std::pair<quint32, quint32>(1000, 0);
    syn.windowScale = 7;
    TcpOptions synAck = syn;
    synAck.timestamps = std::pair<quint32, quint32>(2000, 1000);
    const TcpFlags ack = TcpFlag::Ack;

    QList<Frame> frames = {
        makeArpRequest(c, ci, si),
        makeArpReply(s, si, c, ci),
        makeTcpFrame(c, s, ci, 50000, si, 8080, 1000, 0, TcpFlag::Syn, 64240, syn),
        makeTcpFrame(s, c, si, 8080, ci, 50000, 5000, 1001, TcpFlag::Syn | TcpFlag::Ack, 65160, synAck),
        makeTcpFrame(c, s, ci, 50000, si, 8080, 1001, 5001, ack, 502),
        makeTcpFrame(c, s, ci, 50000, si, 8080, 1001, 5001, TcpFlag::Psh | TcpFlag::Ack, 502, {}, "Hello"),
        makeTcpFrame(s, c, si, 8080, ci, 50000, 5001, 1006, ack, 509),
        makeTcpFrame(c, s, ci, 50000, si, 8080, 1006, 5001, TcpFlag::Fin | TcpFlag::Ack, 502),
        makeTcpFrame(s, c, si, 8080, ci, 50000, 5001, 1007, TcpFlag::Fin | TcpFlag::Ack, 509),
        makeTcpFrame(c, s, ci, 50000, si, 8080, 1007, 5002, ack, 502),
        makeTcpFrame(c, s, ci, 50001, si, 9, 7000, 0, TcpFlag::Syn, 64240, syn),
        makeTcpFrame(s, c, si, 9, ci, 50001, 0, 7001, TcpFlag::Rst | TcpFlag::Ack, 0),
        makeUdpFrame(c, s, ci, 50002, si, 9000, "hello udp"),
        makeUdpFrame(s, c, si, 9000, ci, 50002, "HELLO UDP"),
    };
    // A datagram whose computed checksum is 0, sent as 0xffff (RFC 768).
    const quint16 partial = onesComplementSum(QByteArray::fromHex("c3531f28000a0000"),
                                              pseudoHeaderSum(ci, si, Ipv4Header::Udp, 10));
    QByteArray payload(2, '\0');
    qToBigEndian(quint16(0xffff - partial), payload.data());
    frames << makeUdpFrame(c, s, ci, 50003, si, 7976, payload);

    Records records;
    const qint64 start = 1704067200LL * 1000000;
    for (const Frame &frame : frames)
        records.append({start + 1000 * records.size() + records.size(), FrameCodec::encode(frame)});
    return records;
}

QByteArray header(quint32 magic, bool bigEndian, quint32 snapLength = 262144, quint32 linkType = 1,
                  quint16 major = 2)
{
    QByteArray out(24, '\0');
    const auto put16 = [&](int at, quint16 v) {
        bigEndian ? qToBigEndian(v, out.data() + at) : qToLittleEndian(v, out.data() + at);
    };
    const auto put32 = [&](int at, quint32 v) {
        bigEndian ? qToBigEndian(v, out.data() + at) : qToLittleEndian(v, out.data() + at);
    };
    put32(0, magic);
    put16(4, major);
    put16(6, 4);
    put32(16, snapLength);
    put32(20, linkType);
    return out;
}

QByteArray record(bool bigEndian, quint32 seconds, quint32 fraction, quint32 captured, quint32 original,
                  const QByteArray &data)
{
    QByteArray out(16, '\0');
    const auto put32 = [&](int at, quint32 v) {
        bigEndian ? qToBigEndian(v, out.data() + at) : qToLittleEndian(v, out.data() + at);
    };
    put32(0, seconds);
    put32(4, fraction);
    put32(8, captured);
    put32(12, original);
    return out + data;
}

void compareRecords(const QList<PcapRecord> &read, const Records &written)
{
    QCOMPARE(read.size(), written.size());
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read[i].timestampMicroseconds, written[i].first);
        QCOMPARE(read[i].data, written[i].second);
        QCOMPARE(read[i].originalLength, quint32(written[i].second.size()));
    }
}

// One line per frame from tshark with checksum checking on: number, expert severities, whether
// the frame is malformed, the IPv4, TCP and UDP checksum status (1 good, 0 bad, empty when the
// layer is absent), and the TCP RST flag.
QStringList tsharkRows(const QString &tshark, const QString &path, QString *errors)
{
    QProcess process;
    process.start(tshark,
                  {"-n",
                   "-r",
                   path,
                   "-o",
                   "ip.check_checksum:TRUE",
                   "-o",
                   "tcp.check_checksum:TRUE",
                   "-o",
                   "udp.check_checksum:TRUE",
                   "-T",
                   "fields",
                   "-E",
                   "separator=|",
                   "-e",
                   "frame.number",
                   "-e",
                   "_ws.expert.severity",
                   "-e",
                   "_ws.malformed",
                   "-e",
                   "ip.checksum.status",
                   "-e",
                   "tcp.checksum.status",
                   "-e",
                   "udp.checksum.status",
                   "-e",
                   "tcp.flags.reset"});
    if (!process.waitForFinished(120000))
        return {};
    *errors = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// Problems tshark reports in a capture: malformed frames, expert items of error severity, expert
// warnings (except on a RST, which tshark always marks "Connection reset"), and checksums that are
// not good.
QStringList tsharkProblems(const QString &tshark, const QString &path, int expectedFrames)
{
    QString errors;
    const QStringList rows = tsharkRows(tshark, path, &errors);
    QStringList problems;
    if (rows.size() != expectedFrames)
        problems << QStringLiteral("tshark listed %1 frames, expected %2; stderr: %3")
                        .arg(rows.size())
                        .arg(expectedFrames)
                        .arg(errors);
    constexpr int warningSeverity = 0x00600000; // PI_WARN and PI_ERROR in epan/proto.h
    constexpr int errorSeverity = 0x00800000;
    for (const QString &row : rows) {
        const QStringList cells = row.split(u'|');
        if (cells.size() != 7) {
            problems << QStringLiteral("unexpected line: %1").arg(row);
            continue;
        }
        for (const QString &severity : cells[1].split(u',', Qt::SkipEmptyParts)) {
            const bool reset = cells[6] == QLatin1String("1");
            if (severity.toInt() >= errorSeverity || (severity.toInt() >= warningSeverity && !reset))
                problems << QStringLiteral("frame %1: expert severity %2").arg(cells[0], severity);
        }
        if (!cells[2].isEmpty())
            problems << QStringLiteral("frame %1: malformed").arg(cells[0]);
        for (int i = 3; i < 6; ++i) {
            if (!cells[i].isEmpty() && cells[i] != QLatin1String("1"))
                problems << QStringLiteral("frame %1: checksum status %2 in column %3")
                                .arg(cells[0], cells[i])
                                .arg(i);
        }
    }
    return problems;
}

} // namespace

class TestPcap : public QObject
{
    Q_OBJECT

private slots:
    void headerBytes();
    void recordBytes();
    void writeToBufferAndReadBack();
    void writeToFileAndReadBack();
    void frameLongerThanSnapLengthIsCut();
    void writerRejectsUnrepresentableTimestamps_data();
    void writerRejectsUnrepresentableTimestamps();
    void writerReportsDeviceErrors();
    void readsOtherByteOrderAndNanoseconds_data();
    void readsOtherByteOrderAndNanoseconds();
    void readerRejects_data();
    void readerRejects();
    void truncatedFilesAreRejected();
    void tsharkFindsNoProblems();
    void tsharkNoticesCorruptedChecksums();
};

void TestPcap::headerBytes()
{
    QCOMPARE(PcapWriter::toBytes({}).toHex(' '),
             QByteArray("d4 c3 b2 a1 02 00 04 00 00 00 00 00 00 00 00 00 00 00 04 00 01 00 00 00"));
}

void TestPcap::recordBytes()
{
    const QByteArray bytes = PcapWriter::toBytes({{1500000, QByteArray("\x01\x02\x03", 3)}});
    QCOMPARE(bytes.sliced(24).toHex(' '),
             QByteArray("01 00 00 00 20 a1 07 00 03 00 00 00 03 00 00 00 01 02 03"));
}

void TestPcap::writeToBufferAndReadBack()
{
    const Records records = conversation();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    PcapWriter writer(&buffer);
    QVERIFY(writer.writeHeader());
    for (const auto &[timestamp, frame] : records)
        QVERIFY2(writer.writeRecord(timestamp, frame), qPrintable(writer.errorString()));
    buffer.close();

    QCOMPARE(bytes, PcapWriter::toBytes(records));
    const Parsed<QList<PcapRecord>> read = PcapReader::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    compareRecords(read.value(), records);
    for (const PcapRecord &record : read.value())
        QVERIFY(FrameCodec::checksumsValid(record.data));
}

void TestPcap::writeToFileAndReadBack()
{
    const Records records = conversation();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("conversation.pcap");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        PcapWriter writer(&file);
        QVERIFY(writer.writeHeader());
        for (const auto &[timestamp, frame] : records)
            QVERIFY(writer.writeRecord(timestamp, frame));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, PcapWriter::toBytes(records));
    const Parsed<QList<PcapRecord>> read = PcapReader::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    compareRecords(read.value(), records);
}

void TestPcap::frameLongerThanSnapLengthIsCut()
{
    const QByteArray frame(300000, 'x');
    const QByteArray bytes = PcapWriter::toBytes({{0, frame}});
    QCOMPARE(bytes.size(), 24 + 16 + 262144);
    const Parsed<QList<PcapRecord>> read = PcapReader::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().data, frame.first(262144));
    QCOMPARE(read->first().originalLength, quint32(300000));
}

void TestPcap::writerRejectsUnrepresentableTimestamps_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<bool>("ok");
    QTest::newRow("negative") << qint64(-1) << false;
    QTest::newRow("zero") << qint64(0) << true;
    QTest::newRow("last second of 2106") << qint64(0xffffffffLL) * 1000000 + 999999 << true;
    QTest::newRow("after 2106") << qint64(0x100000000LL) * 1000000 << false;
}

void TestPcap::writerRejectsUnrepresentableTimestamps()
{
    QFETCH(qint64, timestamp);
    QFETCH(bool, ok);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    PcapWriter writer(&buffer);
    QCOMPARE(writer.writeRecord(timestamp, "abc"), ok);
    QCOMPARE(writer.errorString().isEmpty(), ok);
    QCOMPARE(bytes.size(), ok ? 19 : 0);
}

void TestPcap::writerReportsDeviceErrors()
{
    QBuffer closed;
    PcapWriter writer(&closed);
    QVERIFY(!writer.writeHeader());
    QVERIFY(!writer.errorString().isEmpty());

    QByteArray bytes;
    QBuffer readOnly(&bytes);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    PcapWriter readOnlyWriter(&readOnly);
    QVERIFY(!readOnlyWriter.writeRecord(0, "abc"));
    QVERIFY(!readOnlyWriter.errorString().isEmpty());
}

void TestPcap::readsOtherByteOrderAndNanoseconds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("timestamp");
    const QByteArray data = QByteArray::fromHex("0102030405");
    QTest::newRow("big-endian microseconds")
        << header(0xa1b2c3d4, true) + record(true, 1704067200, 123456, 5, 60, data)
        << qint64(1704067200123456);
    QTest::newRow("little-endian nanoseconds")
        << header(0xa1b23c4d, false) + record(false, 1704067200, 123456789, 5, 60, data)
        << qint64(1704067200123456);
    QTest::newRow("big-endian nanoseconds")
        << header(0xa1b23c4d, true) + record(true, 10, 999999999, 5, 60, data) << qint64(10999999);
    QTest::newRow("snap length 0 means no limit")
        << header(0xa1b2c3d4, false, 0) + record(false, 0, 1, 5, 60, data) << qint64(1);
}

void TestPcap::readsOtherByteOrderAndNanoseconds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, timestamp);
    const Parsed<QList<PcapRecord>> read = PcapReader::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().timestampMicroseconds, timestamp);
    QCOMPARE(read->first().data, QByteArray::fromHex("0102030405"));
    QCOMPARE(read->first().originalLength, quint32(60));
}

void TestPcap::readerRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");
    const QByteArray good = header(0xa1b2c3d4, false);
    const QByteArray data(10, 'x');

    QTest::newRow("empty") << QByteArray()
                           << "The capture file has 0 bytes, but a pcap file header alone has 24." << 0;
    QTest::newRow("not pcap")
        << QByteArray(24, 'A')
        << "This is not a pcap capture file: it starts with 0x41414141 instead of the magic "
           "number 0xa1b2c3d4."
        << 0;
    QTest::newRow("pcapng")
        << QByteArray::fromHex("0a0d0d0a") + QByteArray(20, '\0')
        << "This is a pcapng capture file; NetSteps reads classic pcap files only (save as "
           "\"Wireshark/tcpdump - pcap\")."
        << 0;
    QTest::newRow("version 1") << header(0xa1b2c3d4, false, 262144, 1, 1)
                               << "The pcap file has format version 1.4; NetSteps reads version 2.4." << 4;
    QTest::newRow("Linux cooked capture")
        << header(0xa1b2c3d4, false, 262144, 113)
        << "The pcap file has link type 113; NetSteps reads Ethernet captures "
           "(link type 1) only."
        << 20;
    QTest::newRow("record header cut")
        << good + QByteArray(15, '\0') << "Record 1: the file ends inside the record header (15 of 16 bytes)."
        << 24;
    QTest::newRow("record data cut") << good + record(false, 0, 0, 10, 10, data.first(9))
                                     << "Record 1: the file ends after 9 of its 10 bytes." << 32;
    QTest::newRow("second record cut")
        << good + record(false, 0, 0, 10, 10, data) + record(false, 0, 0, 10, 10, data.first(3))
        << "Record 2: the file ends after 3 of its 10 bytes." << 58;
    QTest::newRow("longer than the snap length")
        << header(0xa1b2c3d4, false, 64) + record(false, 0, 0, 65, 65, QByteArray(65, 'x'))
        << "Record 1: it claims 65 captured bytes, more than the limit of 64." << 32;
    QTest::newRow("longer than 256 KiB")
        << header(0xa1b2c3d4, false, 0xffffffff) + record(false, 0, 0, 262145, 262145, {})
        << "Record 1: it claims 262145 captured bytes, more than the limit of 262144." << 32;
    QTest::newRow("absurd length") << good
            + record(false, 0, 0, 0xffffffff, 0xffffffff,
                     data) << "Record 1: it claims 4294967295 captured bytes, more than the limit of 262144."
                                   << 32;
    QTest::newRow("microseconds out of range")
        << good + record(false, 0, 1000000, 10, 10, data)
        << "Record 1: the sub-second part of the timestamp, 1000000, is not "
           "below 1000000."
        << 28;
}

void TestPcap::readerRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, position);
    const Parsed<QList<PcapRecord>> read = PcapReader::read(bytes);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message, message);
    QCOMPARE(read.error().position, position);
}

void TestPcap::truncatedFilesAreRejected()
{
    const QByteArray bytes = PcapWriter::toBytes(conversation());
    // Cuts at a record boundary leave a valid, shorter file; every other cut is an error.
    QList<int> boundaries = {24};
    for (qsizetype at = 24; at < bytes.size();) {
        at += 16 + qFromLittleEndian<quint32>(bytes.constData() + at + 8);
        boundaries << int(at);
    }
    QCOMPARE(boundaries.last(), int(bytes.size()));
    for (int length = 0; length < bytes.size(); ++length) {
        // A heap copy of exactly this length, so that the sanitizers see any read past its end.
        const std::vector<char> prefix(bytes.begin(), bytes.begin() + length);
        const Parsed<QList<PcapRecord>> read = PcapReader::read(QByteArrayView(prefix.data(), length));
        if (boundaries.contains(length)) {
            QVERIFY2(read.ok(),
                     qPrintable(QStringLiteral("length %1: %2").arg(length).arg(read.error().message)));
            QCOMPARE(read->size(), boundaries.indexOf(length));
        } else {
            QVERIFY2(!read.ok(), qPrintable(QStringLiteral("length %1 was read").arg(length)));
        }
    }
}

void TestPcap::tsharkFindsNoProblems()
{
    const QString tshark = QStandardPaths::findExecutable("tshark");
    if (tshark.isEmpty())
        QSKIP("tshark is not on PATH; install it (Debian: apt install tshark) to check captures against "
              "Wireshark.");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("conversation.pcap");
    const Records records = conversation();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(PcapWriter::toBytes(records)) > 0);
    file.close();

    const QStringList problems = tsharkProblems(tshark, path, int(records.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestPcap::tsharkNoticesCorruptedChecksums()
{
    const QString tshark = QStandardPaths::findExecutable("tshark");
    if (tshark.isEmpty())
        QSKIP("tshark is not on PATH; install it (Debian: apt install tshark) to check captures against "
              "Wireshark.");
    // The check above must be able to fail: flip one bit of the TCP checksum of the SYN (frame 3)
    // and one of the IPv4 checksum of the first UDP datagram (frame 13).
    Records records = conversation();
    records[2].second[50] = char(records[2].second[50] ^ 0x01);
    records[12].second[24] = char(records[12].second[24] ^ 0x01);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("corrupted.pcap");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(PcapWriter::toBytes(records)) > 0);
    file.close();

    const QStringList problems = tsharkProblems(tshark, path, int(records.size()));
    QVERIFY2(problems.contains("frame 3: checksum status 0 in column 4"), qPrintable(problems.join(u'\n')));
    QVERIFY2(problems.contains("frame 13: checksum status 0 in column 3"), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPcap)
#include "tst_pcap.moc"
