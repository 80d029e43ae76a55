#include "checksum.h"
#include "frame.h"
#include "framecodec.h"
#include "tcpflags.h"

#include <QtEndian>
#include <QtTest>

#include <vector>

using namespace NetSteps;

Q_DECLARE_METATYPE(NetSteps::Frame)

namespace {

MacAddress mac(const char *text)
{
    return MacAddress::parse(QString::fromLatin1(text)).value();
}

Ipv4Address ip(const char *text)
{
    return Ipv4Address::parse(QString::fromLatin1(text)).value();
}

const MacAddress clientMac = mac("02:00:00:00:00:01");
const MacAddress serverMac = mac("02:00:00:00:00:02");
const Ipv4Address clientIp = ip("192.168.1.10");
const Ipv4Address serverIp = ip("192.168.1.20");

Frame tcpFrame(TcpFlags flags, quint32 seq, quint32 ack, const TcpOptions &options = {},
               const QByteArray &payload = {})
{
    return makeTcpFrame(clientMac, serverMac, clientIp, 50000, serverIp, 8080, seq, ack, flags, 64240,
                        options, payload);
}

TcpOptions synOptions()
{
    TcpOptions options;
    options.mss = 1460;
    options.sackPermitted = true;
    options.timestamps = std::pair<quint32, quint32>(1, 0);
    options.windowScale = 7;
    return options;
}

// A SYN from 192.168.1.10:50000 to 192.168.1.20:8080, seq 1000, window 64240, options MSS 1460,
// SACK_PERM, TS 1/0, NOP, WS 7, written out by hand (checksums computed independently).
const QByteArray handWrittenSyn = QByteArray::fromHex("020000000002 020000000001 0800"
                                                      "4500 003c 0000 4000 4006 b74d c0a8010a c0a80114"
                                                      "c350 1f90 000003e8 00000000 a002 faf0 e2d6 0000"
                                                      "020405b4 0402 080a 00000001 00000000 01 030307");

// A heap copy of exactly the given bytes, so that the sanitizers see any read past its end
// (a QByteArray keeps a terminating zero after its data).
std::vector<char> exactCopy(QByteArrayView bytes)
{
    return std::vector<char>(bytes.begin(), bytes.end());
}

QByteArrayView view(const std::vector<char> &bytes)
{
    return QByteArrayView(bytes.data(), qsizetype(bytes.size()));
}

// The fields cover [0, size) in order, without gaps or overlap; returns why not, or "".
QString coverageProblem(const QList<FrameField> &fields, qsizetype size)
{
    int next = 0;
    for (const FrameField &field : fields) {
        if (field.offset != next || field.length <= 0)
            return QStringLiteral("%1/%2 at %3+%4, expected offset %5")
                .arg(field.layer, field.name)
                .arg(field.offset)
                .arg(field.length)
                .arg(next);
        next = field.offset + field.length;
    }
    return next == size ? QString() : QStringLiteral("fields end at %1 of %2 bytes").arg(next).arg(size);
}

// The bytes with those at `position` replaced by the given hex digits.
QByteArray patched(QByteArray bytes, int position, const char *hex)
{
    const QByteArray replacement = QByteArray::fromHex(hex);
    bytes.replace(position, replacement.size(), replacement);
    return bytes;
}

void set16(QByteArray &bytes, int position, quint16 value)
{
    qToBigEndian(value, bytes.data() + position);
}

// The frame as decode() reports it: what was built, with the lengths and checksums that encode()
// wrote, read back from the fixed offsets of the wire layout.
Frame withWireFields(Frame frame, const QByteArray &bytes)
{
    const auto at16 = [&](int position) {
        return qFromBigEndian<quint16>(bytes.constData() + position);
    };
    if (frame.arp)
        return frame;
    frame.ethernet.etherType = EthernetHeader::Ipv4;
    frame.ipv4->totalLength = at16(16);
    frame.ipv4->checksum = at16(24);
    if (frame.tcp) {
        frame.ipv4->protocol = Ipv4Header::Tcp;
        frame.tcp->checksum = at16(34 + 16);
    } else if (frame.udp) {
        frame.ipv4->protocol = Ipv4Header::Udp;
        frame.udp->length = at16(34 + 4);
        frame.udp->checksum = at16(34 + 6);
    } else if (frame.icmp) {
        frame.ipv4->protocol = Ipv4Header::Icmp;
        frame.icmp->checksum = at16(34 + 2);
    }
    return frame;
}

} // namespace

class TestFrameCodec : public QObject
{
    Q_OBJECT

private slots:
    void tcpFlagsToString_data();
    void tcpFlagsToString();
    void tcpFlagsFromStringRejects_data();
    void tcpFlagsFromStringRejects();

    void internetChecksum_data();
    void internetChecksum();
    void transportChecksumOfHandWrittenSyn();

    void roundTrip_data();
    void roundTrip();
    void udpChecksumZeroIsSentAsAllOnes();

    void knownAnswerSyn();
    void knownAnswerSynSummaryAndFields();
    void truncatedFramesAreRejected_data();
    void truncatedFramesAreRejected();
    void inconsistentFramesAreRejected_data();
    void inconsistentFramesAreRejected();
    void acceptedVariations_data();
    void acceptedVariations();

    void mutatedFramesDecodeOrFailCleanly_data();
    void mutatedFramesDecodeOrFailCleanly();
    void describeCoversTheFrame_data();
    void describeCoversTheFrame();
    void describeExplainsFields();

    void summary_data();
    void summary();

    void corruptedChecksumsAreNoticed_data();
    void corruptedChecksumsAreNoticed();
};

void TestFrameCodec::tcpFlagsToString_data()
{
    QTest::addColumn<TcpFlags>("flags");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << TcpFlags() << QString();
    QTest::newRow("SYN") << TcpFlags(TcpFlag::Syn) << "SYN";
    QTest::newRow("SYN,ACK") << (TcpFlag::Syn | TcpFlag::Ack) << "SYN,ACK";
    QTest::newRow("FIN,ACK") << (TcpFlag::Ack | TcpFlag::Fin) << "FIN,ACK";
    QTest::newRow("RST,ACK") << (TcpFlag::Rst | TcpFlag::Ack) << "RST,ACK";
    QTest::newRow("PSH,ACK") << (TcpFlag::Psh | TcpFlag::Ack) << "PSH,ACK";
    QTest::newRow("FIN,PSH,ACK") << (TcpFlag::Fin | TcpFlag::Psh | TcpFlag::Ack) << "FIN,PSH,ACK";
    QTest::newRow("all") << TcpFlags::fromInt(0xff) << "SYN,FIN,RST,PSH,ACK,URG,ECE,CWR";
    QTest::newRow("SYN,ECE,CWR") << (TcpFlag::Syn | TcpFlag::Ece | TcpFlag::Cwr) << "SYN,ECE,CWR";
}

void TestFrameCodec::tcpFlagsToString()
{
    QFETCH(TcpFlags, flags);
    QFETCH(QString, text);
    QCOMPARE(NetSteps::tcpFlagsToString(flags), text);
    QCOMPARE(tcpFlagsFromString(text), std::optional<TcpFlags>(flags));
    QCOMPARE(tcpFlagsFromString(text.toLower()), std::optional<TcpFlags>(flags));
    QCOMPARE(tcpFlagsFromByte(tcpFlagsToByte(flags)), flags);
}

void TestFrameCodec::tcpFlagsFromStringRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown name") << "SYN,FOO";
    QTest::newRow("empty item") << "SYN,,ACK";
    QTest::newRow("trailing comma") << "SYN,";
    QTest::newRow("wrong separator") << "SYN|ACK";
}

void TestFrameCodec::tcpFlagsFromStringRejects()
{
    QFETCH(QString, text);
    QCOMPARE(tcpFlagsFromString(text), std::nullopt);
}

void TestFrameCodec::internetChecksum_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("checksum");
    QTest::newRow("RFC 1071 section 3 example") << QByteArray::fromHex("0001f203f4f5f6f7") << 0x220d;
    QTest::newRow("IPv4 header, checksum field zero")
        << QByteArray::fromHex("450000730000400040110000c0a80001c0a800c7") << 0xb861;
    QTest::newRow("IPv4 header, checksum filled in")
        << QByteArray::fromHex("45000073000040004011b861c0a80001c0a800c7") << 0x0000;
    QTest::newRow("odd length: last byte padded with zero") << QByteArray::fromHex("0001f203f4") << 0x19fa;
    QTest::newRow("empty") << QByteArray() << 0xffff;
    QTest::newRow("carry folded twice") << QByteArray::fromHex("ffffffffffff0001") << 0xfffe;
}

void TestFrameCodec::internetChecksum()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, checksum);
    QCOMPARE(NetSteps::internetChecksum(bytes), quint16(checksum));
}

void TestFrameCodec::transportChecksumOfHandWrittenSyn()
{
    QByteArray segment = handWrittenSyn.sliced(34);
    QCOMPARE(transportChecksum(clientIp, serverIp, Ipv4Header::Tcp, segment), quint16(0));
    set16(segment, 16, 0);
    QCOMPARE(transportChecksum(clientIp, serverIp, Ipv4Header::Tcp, segment), quint16(0xe2d6));
    QCOMPARE(pseudoHeaderSum(clientIp, serverIp, Ipv4Header::Tcp, 40),
             quint16(0xc0a8 + 0x010a + 0xc0a8 + 0x0114 + 6 + 40 - 0xffff));
}

void TestFrameCodec::roundTrip_data()
{
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<int>("size");

    TcpOptions noTimestamps;
    noTimestamps.mss = 1460;
    noTimestamps.sackPermitted = true;
    noTimestamps.windowScale = 7;
    TcpOptions timestampsOnly;
    timestampsOnly.timestamps = std::pair<quint32, quint32>(4000000000u, 123456789u);
    TcpOptions mssOnly;
    mssOnly.mss = 536;
    TcpOptions windowScaleOnly;
    windowScaleOnly.windowScale = 14;
    TcpOptions sackOnly;
    sackOnly.sackPermitted = true;
    TcpOptions sackAndTimestamps = timestampsOnly;
    sackAndTimestamps.sackPermitted = true;

    QTest::newRow("SYN with MSS, SACK_PERM, TS, WS") << tcpFrame(TcpFlag::Syn, 1000, 0, synOptions()) << 74;
    QTest::newRow("SYN with MSS, SACK_PERM, WS") << tcpFrame(TcpFlag::Syn, 1000, 0, noTimestamps) << 66;
    Frame synAck = makeTcpFrame(serverMac, clientMac, serverIp, 8080, clientIp, 50000, 5000, 1001,
                                TcpFlag::Syn | TcpFlag::Ack, 65160, synOptions());
    QTest::newRow("SYN,ACK") << synAck << 74;
    QTest::newRow("ACK") << tcpFrame(TcpFlag::Ack, 1001, 5001) << 54;
    QTest::newRow("ACK with timestamps") << tcpFrame(TcpFlag::Ack, 1001, 5001, timestampsOnly) << 66;
    QTest::newRow("PSH,ACK Hello") << tcpFrame(TcpFlag::Psh | TcpFlag::Ack, 1001, 5001, {}, "Hello") << 59;
    QTest::newRow("FIN,ACK") << tcpFrame(TcpFlag::Fin | TcpFlag::Ack, 1006, 5001) << 54;
    QTest::newRow("RST,ACK") << tcpFrame(TcpFlag::Rst | TcpFlag::Ack, 0, 1001) << 54;
    QTest::newRow("MSS only") << tcpFrame(TcpFlag::Syn, 7, 0, mssOnly) << 58;
    QTest::newRow("WS only") << tcpFrame(TcpFlag::Syn, 7, 0, windowScaleOnly) << 58;
    QTest::newRow("SACK_PERM only") << tcpFrame(TcpFlag::Syn, 7, 0, sackOnly) << 58;
    QTest::newRow("SACK_PERM and TS") << tcpFrame(TcpFlag::Syn, 7, 0, sackAndTimestamps) << 66;

    Frame urgent = tcpFrame(TcpFlag::Urg | TcpFlag::Psh | TcpFlag::Ack, 0xfffffff0u, 0xffffffffu, {}, "!");
    urgent.tcp->urgentPointer = 1;
    urgent.ipv4->ttl = 1;
    urgent.ipv4->dscpEcn = 0xb8;
    urgent.ipv4->identification = 0xbeef;
    urgent.ipv4->dontFragment = false;
    QTest::newRow("URG with other IPv4 values") << urgent << 55;

    QTest::newRow("UDP with payload")
        << makeUdpFrame(clientMac, serverMac, clientIp, 50001, serverIp, 9000, "hello udp") << 51;
    QTest::newRow("UDP empty") << makeUdpFrame(clientMac, serverMac, clientIp, 50001, serverIp, 9000) << 42;
    QTest::newRow("UDP odd-length binary payload")
        << makeUdpFrame(clientMac, serverMac, clientIp, 1, serverIp, 65535, QByteArray::fromHex("00ff80017f"))
        << 47;

    QTest::newRow("ARP request") << makeArpRequest(clientMac, clientIp, serverIp) << 42;
    QTest::newRow("ARP reply") << makeArpReply(serverMac, serverIp, clientMac, clientIp) << 42;

    Frame other = tcpFrame({}, 0, 0);
    other.tcp.reset();
    other.ipv4->protocol = 47; // GRE, which NetSteps does not decode
    other.payload = QByteArray::fromHex("0000080000000000");
    QTest::newRow("IPv4 carrying another protocol") << other << 42;

    Frame echo = tcpFrame({}, 0, 0);
    echo.tcp.reset();
    echo.ipv4->protocol = Ipv4Header::Icmp;
    echo.icmp = IcmpMessage{IcmpMessage::EchoRequest, 0, 0x00010001, 0};
    echo.payload = "ping";
    QTest::newRow("ICMP echo request") << echo << 46;
}

void TestFrameCodec::roundTrip()
{
    QFETCH(Frame, frame);
    QFETCH(int, size);

    const QByteArray bytes = FrameCodec::encode(frame);
    QCOMPARE(bytes.size(), size);
    QVERIFY(FrameCodec::checksumsValid(bytes));

    const Parsed<Frame> decoded = FrameCodec::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    const Frame expected = withWireFields(frame, bytes);
    if (expected.ipv4)
        QCOMPARE(decoded->ipv4->totalLength, quint16(size - 14));
    if (expected.udp)
        QCOMPARE(decoded->udp->length, quint16(size - 34));
    QCOMPARE(decoded->ethernet, expected.ethernet);
    QCOMPARE(decoded->arp, expected.arp);
    QCOMPARE(decoded->ipv4, expected.ipv4);
    QCOMPARE(decoded->tcp, expected.tcp);
    QCOMPARE(decoded->udp, expected.udp);
    QCOMPARE(decoded->icmp, expected.icmp);
    QCOMPARE(decoded->payload, expected.payload);
    QVERIFY(decoded.value() == expected);

    QCOMPARE(FrameCodec::encode(decoded.value()), bytes);
}

void TestFrameCodec::udpChecksumZeroIsSentAsAllOnes()
{
    // Choose the two payload bytes so that the ones' complement sum is 0xffff and the computed
    // checksum 0, which UDP must send as 0xffff because 0 means "no checksum".
    QByteArray header = QByteArray::fromHex("c3511f9a000a0000");
    const quint16 partial =
        onesComplementSum(header, pseudoHeaderSum(clientIp, serverIp, Ipv4Header::Udp, 10));
    QByteArray payload(2, '\0');
    qToBigEndian(quint16(0xffff - partial), payload.data());
    const Frame frame = makeUdpFrame(clientMac, serverMac, clientIp, 50001, serverIp, 8090, payload);

    const QByteArray bytes = FrameCodec::encode(frame);
    QCOMPARE(qFromBigEndian<quint16>(bytes.constData() + 40), quint16(0xffff));
    QVERIFY(FrameCodec::checksumsValid(bytes));
    QCOMPARE(FrameCodec::decode(bytes)->udp->checksum, quint16(0xffff));
}

void TestFrameCodec::knownAnswerSyn()
{
    const Parsed<Frame> decoded = FrameCodec::decode(handWrittenSyn);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    const Frame &f = decoded.value();
    QCOMPARE(f.ethernet.destination.toString(), "02:00:00:00:00:02");
    QCOMPARE(f.ethernet.source.toString(), "02:00:00:00:00:01");
    QCOMPARE(f.ethernet.etherType, quint16(0x0800));
    QVERIFY(!f.arp);
    QVERIFY(!f.udp);
    QVERIFY(f.ipv4);
    QCOMPARE(f.ipv4->dscpEcn, quint8(0));
    QCOMPARE(f.ipv4->totalLength, quint16(60));
    QCOMPARE(f.ipv4->identification, quint16(0));
    QCOMPARE(f.ipv4->dontFragment, true);
    QCOMPARE(f.ipv4->ttl, quint8(64));
    QCOMPARE(f.ipv4->protocol, quint8(6));
    QCOMPARE(f.ipv4->checksum, quint16(0xb74d));
    QCOMPARE(f.ipv4->source.toString(), "192.168.1.10");
    QCOMPARE(f.ipv4->destination.toString(), "192.168.1.20");
    QVERIFY(f.tcp);
    QCOMPARE(f.tcp->sourcePort, quint16(50000));
    QCOMPARE(f.tcp->destinationPort, quint16(8080));
    QCOMPARE(f.tcp->seq, quint32(1000));
    QCOMPARE(f.tcp->ack, quint32(0));
    QCOMPARE(f.tcp->flags, TcpFlags(TcpFlag::Syn));
    QCOMPARE(f.tcp->window, quint16(64240));
    QCOMPARE(f.tcp->checksum, quint16(0xe2d6));
    QCOMPARE(f.tcp->urgentPointer, quint16(0));
    QCOMPARE(f.tcp->options.mss, std::optional<quint16>(1460));
    QCOMPARE(f.tcp->options.sackPermitted, true);
    QCOMPARE(f.tcp->options.timestamps, (std::optional<std::pair<quint32, quint32>>(std::pair(1u, 0u))));
    QCOMPARE(f.tcp->options.windowScale, std::optional<quint8>(7));
    QVERIFY(f.payload.isEmpty());
    QVERIFY(FrameCodec::checksumsValid(handWrittenSyn));

    // The builder and the encoder produce exactly these bytes.
    QCOMPARE(FrameCodec::encode(tcpFrame(TcpFlag::Syn, 1000, 0, synOptions())).toHex(),
             handWrittenSyn.toHex());
}

void TestFrameCodec::knownAnswerSynSummaryAndFields()
{
    const QList<FrameField> fields = FrameCodec::describe(handWrittenSyn);
    QStringList rows;
    for (const FrameField &field : fields)
        rows << QStringLiteral("%1|%2|%3|%4|%5")
                    .arg(field.layer, field.name, field.value)
                    .arg(field.offset)
                    .arg(field.length);
    const QStringList expected = {
        "Ethernet II|Destination|02:00:00:00:00:02|0|6",
        "Ethernet II|Source|02:00:00:00:00:01|6|6",
        "Ethernet II|Type|0x0800 (IPv4)|12|2",
        "IPv4|Version and header length|4, 20 bytes|14|1",
        "IPv4|Differentiated services|0x00|15|1",
        "IPv4|Total length|60|16|2",
        "IPv4|Identification|0x0000 (0)|18|2",
        "IPv4|Flags and fragment offset|0x4000 (Don't fragment)|20|2",
        "IPv4|Time to live|64|22|1",
        "IPv4|Protocol|6 (TCP)|23|1",
        "IPv4|Header checksum|0xb74d|24|2",
        "IPv4|Source address|192.168.1.10|26|4",
        "IPv4|Destination address|192.168.1.20|30|4",
        "TCP|Source port|50000|34|2",
        "TCP|Destination port|8080|36|2",
        "TCP|Sequence number|1000|38|4",
        "TCP|Acknowledgment number|0|42|4",
        "TCP|Header length|40 bytes (10 words)|46|1",
        "TCP|Flags|0x02 (SYN)|47|1",
        "TCP|Window|64240|48|2",
        "TCP|Checksum|0xe2d6|50|2",
        "TCP|Urgent pointer|0|52|2",
        "TCP|Maximum segment size|1460 bytes|54|4",
        "TCP|SACK permitted||58|2",
        "TCP|Timestamps|TSval 1, TSecr 0|60|10",
        "TCP|No-operation||70|1",
        "TCP|Window scale|7 (multiply by 128)|71|3",
    };
    QCOMPARE(rows, expected);
    QCOMPARE(FrameCodec::summary(FrameCodec::decode(handWrittenSyn).value()),
             QString::fromUtf8(
                 "50000 → 8080 [SYN] Seq=1000 Win=64240 Len=0 MSS=1460 SACK_PERM TSval=1 TSecr=0 WS=128"));
}

void TestFrameCodec::truncatedFramesAreRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("SYN with options") << handWrittenSyn;
    QTest::newRow("PSH,ACK Hello") << FrameCodec::encode(
        tcpFrame(TcpFlag::Psh | TcpFlag::Ack, 1001, 5001, {}, "Hello"));
    QTest::newRow("UDP") << FrameCodec::encode(
        makeUdpFrame(clientMac, serverMac, clientIp, 5, serverIp, 6, "abc"));
    QTest::newRow("ARP request") << FrameCodec::encode(makeArpRequest(clientMac, clientIp, serverIp));
}

void TestFrameCodec::truncatedFramesAreRejected()
{
    QFETCH(QByteArray, bytes);
    for (int length = 0; length < bytes.size(); ++length) {
        const std::vector<char> copy = exactCopy(bytes.first(length));
        const QByteArrayView prefix = view(copy);
        const Parsed<Frame> decoded = FrameCodec::decode(prefix);
        QVERIFY2(!decoded.ok(), qPrintable(QStringLiteral("length %1 decoded").arg(length)));
        QVERIFY(!decoded.error().message.isEmpty());
        QVERIFY(decoded.error().position >= 0 && decoded.error().position <= length);
        QVERIFY(FrameCodec::describe(prefix).isEmpty());
        QVERIFY(!FrameCodec::checksumsValid(prefix));
    }
    QVERIFY(FrameCodec::decode(bytes).ok());
}

void TestFrameCodec::inconsistentFramesAreRejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");

    const QByteArray syn = handWrittenSyn;
    const QByteArray udp =
        FrameCodec::encode(makeUdpFrame(clientMac, serverMac, clientIp, 5, serverIp, 6, "abc"));
    const QByteArray arp = FrameCodec::encode(makeArpRequest(clientMac, clientIp, serverIp));

    QTest::newRow("802.3 length field")
        << patched(syn, 12, "003c")
        << "Ethernet II header: type field 0x003c is an IEEE 802.3 length, not an EtherType; NetSteps "
           "decodes Ethernet II frames only."
        << 12;
    QTest::newRow("IP version 6") << patched(syn, 14, "65")
                                  << "IPv4 header: version 6, but IPv4 is version 4." << 14;
    QTest::newRow("IHL 4") << patched(syn, 14, "44")
                           << "IPv4 header: header length 16 bytes is below the minimum of 20." << 14;
    QTest::newRow("IHL past the buffer")
        << patched(syn.first(40), 14, "4f") << "IPv4 header: header length 60 exceeds the 26 bytes captured."
        << 14;
    QTest::newRow("total length below header")
        << patched(syn, 16, "0013") << "IPv4 header: total length 19 is smaller than the header length 20."
        << 16;
    QTest::newRow("total length past the buffer")
        << syn.first(54) << "IPv4 header: total length 60 exceeds the 40 bytes captured." << 16;
    QTest::newRow("first fragment")
        << patched(syn, 20, "2000")
        << "IPv4 header: this packet is a fragment (offset 0 bytes); NetSteps does not reassemble fragments."
        << 20;
    QTest::newRow("later fragment")
        << patched(syn, 20, "0003")
        << "IPv4 header: this packet is a fragment (offset 24 bytes); NetSteps does not reassemble fragments."
        << 20;
    QTest::newRow("TCP segment below 20 bytes")
        << patched(syn, 16, "0027") // 20 + 19
        << "TCP header: the segment has 19 bytes, but the header needs at least 20." << 53;
    QTest::newRow("TCP data offset 4")
        << patched(syn, 46, "40") << "TCP header: data offset 16 bytes is below the minimum of 20." << 46;
    QTest::newRow("TCP data offset past the segment")
        << patched(syn, 46, "b0") << "TCP header: data offset 44 bytes exceeds the 40-byte segment." << 46;
    QTest::newRow("TCP option runs past the header")
        << patched(syn, 72, "09")
        << "TCP options: option kind 3 with length 9 runs past the end of the header." << 71;
    QTest::newRow("TCP option length 1")
        << patched(syn, 55, "01") << "TCP options: option kind 2 has length 1, but a length is at least 2."
        << 55;
    QTest::newRow("TCP MSS length 3")
        << patched(syn, 55, "03") << "TCP options: the MSS option has length 3, but it must be 4." << 55;
    QTest::newRow("TCP option without a length byte")
        << patched(syn, 70, "0101011e") << "TCP options: option kind 30 at byte 73 has no length byte." << 73;
    QTest::newRow("UDP length below 8")
        << patched(udp, 38, "0007") << "UDP header: length 7 is below the 8 bytes of the header." << 38;
    QTest::newRow("UDP length mismatch")
        << patched(udp, 38, "000c")
        << "UDP header: length 12 does not match the 11 bytes that IPv4 carries for it." << 38;
    QTest::newRow("UDP datagram below 8 bytes")
        << patched(udp, 16, "001b") // 20 + 7
        << "UDP header: the datagram has 7 bytes, but the header needs 8." << 41;
    QTest::newRow("ARP hardware type")
        << patched(arp, 14, "0006") << "ARP packet: hardware type 6 is not Ethernet (1)." << 14;
    QTest::newRow("ARP protocol type")
        << patched(arp, 16, "86dd") << "ARP packet: protocol type 0x86dd is not IPv4 (0x0800)." << 16;
    QTest::newRow("ARP hardware size")
        << patched(arp, 18, "08") << "ARP packet: hardware size 8 is not the 6 bytes of a MAC address." << 18;
    QTest::newRow("ARP protocol size")
        << patched(arp, 19, "10") << "ARP packet: protocol size 16 is not the 4 bytes of an IPv4 address."
        << 19;
    QTest::newRow("ARP cut short") << arp.first(
        41) << "ARP packet: 27 bytes captured, but an Ethernet/IPv4 ARP packet needs 28."
                                   << 41;
}

void TestFrameCodec::inconsistentFramesAreRejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(int, position);
    const Parsed<Frame> decoded = FrameCodec::decode(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().message, message);
    QCOMPARE(decoded.error().position, position);
    QVERIFY(FrameCodec::describe(bytes).isEmpty());
}

void TestFrameCodec::acceptedVariations_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("lastField");

    const QByteArray arp = FrameCodec::encode(makeArpRequest(clientMac, clientIp, serverIp));
    QTest::newRow("ARP padded to 60 bytes")
        << arp + QByteArray(18, '\0') << "Who has 192.168.1.20? Tell 192.168.1.10"
        << "Ethernet II/Padding/42/18";

    const QByteArray ack = FrameCodec::encode(tcpFrame(TcpFlag::Ack, 1001, 5001));
    QTest::newRow("TCP ACK padded to 60 bytes")
        << ack + QByteArray(6, '\0')
        << QString::fromUtf8("50000 → 8080 [ACK] Seq=1001 Ack=5001 Win=64240 Len=0")
        << "Ethernet II/Padding/54/6";

    QByteArray ipv6 =
        QByteArray::fromHex("333300000001 020000000001 86dd") + QByteArray::fromHex("6000000000003afffe80");
    QTest::newRow("unknown EtherType kept raw") << ipv6 << "EtherType 0x86dd, 10 bytes"
                                                << "Payload/Data/14/10";

    // IPv4 header with one 4-byte option (NOP NOP NOP EOL): skipped, TCP still decoded.
    QByteArray withIpOptions =
        ack.first(14) + ack.sliced(14, 20) + QByteArray::fromHex("01010100") + ack.sliced(34);
    withIpOptions = patched(withIpOptions, 14, "46"); // 24-byte header
    withIpOptions = patched(withIpOptions, 16, "002c"); // total length 44
    QTest::newRow("IPv4 options skipped")
        << withIpOptions << QString::fromUtf8("50000 → 8080 [ACK] Seq=1001 Ack=5001 Win=64240 Len=0")
        << "TCP/Urgent pointer/56/2";

    // TCP options a real stack may send: SACK blocks, an unknown kind, EOL with padding.
    QByteArray sack = ack.first(34) + ack.sliced(34, 20)
        + QByteArray::fromHex("0101050a000003e8000007d0 1e03ff 00") + "data";
    sack = patched(sack, 46, "90"); // 36-byte header
    sack = patched(sack, 16, "003c"); // total length 20 + 36 + 4
    QTest::newRow("TCP SACK, unknown option, EOL padding")
        << sack << QString::fromUtf8("50000 → 8080 [ACK] Seq=1001 Ack=5001 Win=64240 Len=4")
        << "Payload/Data/70/4";
}

void TestFrameCodec::acceptedVariations()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, summary);
    QFETCH(QString, lastField);
    const Parsed<Frame> decoded = FrameCodec::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(FrameCodec::summary(decoded.value()), summary);
    const QList<FrameField> fields = FrameCodec::describe(bytes);
    QVERIFY(!fields.isEmpty());
    const FrameField &last = fields.last();
    QCOMPARE(QStringLiteral("%1/%2/%3/%4").arg(last.layer, last.name).arg(last.offset).arg(last.length),
             lastField);
    QCOMPARE(last.offset + last.length, int(bytes.size()));
}

void TestFrameCodec::mutatedFramesDecodeOrFailCleanly_data()
{
    truncatedFramesAreRejected_data();
}

void TestFrameCodec::mutatedFramesDecodeOrFailCleanly()
{
    // Every byte set to a handful of values: each result either decodes, with fields that cover
    // it exactly, or gives an error with a message and a position inside the frame.
    QFETCH(QByteArray, bytes);
    int decodedCount = 0;
    int rejectedCount = 0;
    for (int position = 0; position < bytes.size(); ++position) {
        const quint8 original = quint8(bytes[position]);
        for (quint8 value : {quint8(0x00), quint8(0xff), quint8(original ^ 0x80), quint8(original + 1),
                             quint8(original - 1), quint8(0x05), quint8(0x0f)}) {
            std::vector<char> copy = exactCopy(bytes);
            copy[position] = char(value);
            const Parsed<Frame> decoded = FrameCodec::decode(view(copy));
            const QList<FrameField> fields = FrameCodec::describe(view(copy));
            FrameCodec::checksumsValid(view(copy));
            if (decoded.ok()) {
                ++decodedCount;
                const QString problem = coverageProblem(fields, qsizetype(copy.size()));
                QVERIFY2(
                    problem.isEmpty(),
                    qPrintable(QStringLiteral("byte %1 = %2: %3").arg(position).arg(value).arg(problem)));
                FrameCodec::summary(decoded.value());
            } else {
                ++rejectedCount;
                QVERIFY(fields.isEmpty());
                QVERIFY(!decoded.error().message.isEmpty());
                QVERIFY(decoded.error().position >= 0 && decoded.error().position <= int(copy.size()));
            }
        }
    }
    QVERIFY(decodedCount > 0);
    QVERIFY(rejectedCount > 0);
}

void TestFrameCodec::describeCoversTheFrame_data()
{
    roundTrip_data();
}

void TestFrameCodec::describeCoversTheFrame()
{
    QFETCH(Frame, frame);
    const QByteArray bytes = FrameCodec::encode(frame);
    const QList<FrameField> fields = FrameCodec::describe(bytes);
    QVERIFY(!fields.isEmpty());
    const QString problem = coverageProblem(fields, bytes.size());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList layerOrder = {"Ethernet II", "ARP", "IPv4", "TCP", "UDP", "ICMP", "Payload"};
    int layerIndex = 0;
    for (const FrameField &field : fields) {
        QVERIFY(!field.name.isEmpty());
        QVERIFY2(!field.meaning.isEmpty(), qPrintable(field.name));
        const int index = int(layerOrder.indexOf(field.layer));
        QVERIFY2(index >= layerIndex, qPrintable(field.layer));
        layerIndex = index;
    }
    QCOMPARE(fields.first().layer, "Ethernet II");
    if (!frame.payload.isEmpty())
        QCOMPARE(fields.last().layer, "Payload");
}

void TestFrameCodec::describeExplainsFields()
{
    const QByteArray bytes =
        FrameCodec::encode(tcpFrame(TcpFlag::Psh | TcpFlag::Ack, 1001, 5001, {}, "Hello"));
    const QList<FrameField> fields = FrameCodec::describe(bytes);
    const auto find = [&](const QString &layer, const QString &name) {
        for (const FrameField &field : fields) {
            if (field.layer == layer && field.name == name)
                return field;
        }
        return FrameField();
    };
    const FrameField ack = find("TCP", "Acknowledgment number");
    QCOMPARE(ack.value, "5001");
    QCOMPARE(ack.meaning,
             "The next sequence number the sender expects to receive: everything before it has arrived.");
    const FrameField flags = find("TCP", "Flags");
    QCOMPARE(flags.value, "0x18 (PSH,ACK)");
    QCOMPARE(flags.meaning,
             "PSH: push; hand the data to the application without waiting for more. "
             "ACK: the acknowledgment number is valid.");
    const FrameField payload = find("Payload", "Data");
    QCOMPARE(payload.value, "5 bytes: \"Hello\"");
    QCOMPARE(payload.offset, 54);
    QCOMPARE(payload.length, 5);

    const QList<FrameField> synFields = FrameCodec::describe(handWrittenSyn);
    QCOMPARE(synFields.at(3 + 10 + 3).meaning, "Not in use, because the ACK flag is not set.");

    const QList<FrameField> arpFields =
        FrameCodec::describe(FrameCodec::encode(makeArpRequest(clientMac, clientIp, serverIp)));
    QCOMPARE(arpFields.first().value, "ff:ff:ff:ff:ff:ff (broadcast)");
    QCOMPARE(arpFields.at(3 + 4).value, "1 (request)");
    QCOMPARE(arpFields.at(3 + 7).value, "00:00:00:00:00:00");
}

void TestFrameCodec::summary_data()
{
    QTest::addColumn<Frame>("frame");
    QTest::addColumn<QString>("summary");

    TcpOptions mssWs;
    mssWs.mss = 1460;
    mssWs.windowScale = 7;
    mssWs.sackPermitted = true;
    QTest::newRow("SYN") << tcpFrame(TcpFlag::Syn, 0, 0, mssWs)
                         << QString::fromUtf8(
                                "50000 → 8080 [SYN] Seq=0 Win=64240 Len=0 MSS=1460 SACK_PERM WS=128");
    QTest::newRow("SYN,ACK") << makeTcpFrame(serverMac, clientMac, serverIp, 8080, clientIp, 50000, 0, 1,
                                             TcpFlag::Syn | TcpFlag::Ack, 65160, mssWs)
                             << QString::fromUtf8(
                                    "8080 → 50000 [SYN, ACK] Seq=0 Ack=1 Win=65160 Len=0 MSS=1460 "
                                    "SACK_PERM WS=128");
    QTest::newRow("PSH,ACK") << tcpFrame(TcpFlag::Psh | TcpFlag::Ack, 1, 1, {}, "Hello")
                             << QString::fromUtf8("50000 → 8080 [PSH, ACK] Seq=1 Ack=1 Win=64240 Len=5");
    QTest::newRow("FIN,PSH,ACK") << tcpFrame(TcpFlag::Fin | TcpFlag::Psh | TcpFlag::Ack, 6, 1, {}, "bye")
                                 << QString::fromUtf8(
                                        "50000 → 8080 [FIN, PSH, ACK] Seq=6 Ack=1 Win=64240 Len=3");
    QTest::newRow("RST without ACK") << tcpFrame(TcpFlag::Rst, 77, 0)
                                     << QString::fromUtf8("50000 → 8080 [RST] Seq=77 Win=64240 Len=0");
    QTest::newRow("no flags") << tcpFrame({}, 5, 0)
                              << QString::fromUtf8("50000 → 8080 [<None>] Seq=5 Win=64240 Len=0");
    QTest::newRow("UDP") << makeUdpFrame(clientMac, serverMac, clientIp, 50001, serverIp, 9000, "hello")
                         << QString::fromUtf8("50001 → 9000 Len=5");
    QTest::newRow("ARP request") << makeArpRequest(clientMac, clientIp, serverIp)
                                 << "Who has 192.168.1.20? Tell 192.168.1.10";
    QTest::newRow("ARP reply") << makeArpReply(serverMac, serverIp, clientMac, clientIp)
                               << "192.168.1.20 is at 02:00:00:00:00:02";
}

void TestFrameCodec::summary()
{
    QFETCH(Frame, frame);
    QFETCH(QString, summary);
    QCOMPARE(FrameCodec::summary(frame), summary);
    QCOMPARE(FrameCodec::summary(FrameCodec::decode(FrameCodec::encode(frame)).value()), summary);
}

void TestFrameCodec::corruptedChecksumsAreNoticed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("fixIpChecksum");
    const QByteArray udp =
        FrameCodec::encode(makeUdpFrame(clientMac, serverMac, clientIp, 5, serverIp, 6, "abc"));
    QTest::newRow("IPv4 header checksum") << handWrittenSyn << 25 << false;
    QTest::newRow("IPv4 TTL") << handWrittenSyn << 22 << false;
    QTest::newRow("TCP checksum") << handWrittenSyn << 51 << false;
    QTest::newRow("TCP sequence number") << handWrittenSyn << 40 << false;
    QTest::newRow("TCP pseudo-header: source address") << handWrittenSyn << 29 << true;
    QTest::newRow("UDP pseudo-header: destination address") << udp << 33 << true;
    QTest::newRow("UDP payload") << udp << 43 << false;
    QTest::newRow("UDP checksum") << udp << 41 << false;
}

void TestFrameCodec::corruptedChecksumsAreNoticed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, position);
    QFETCH(bool, fixIpChecksum);
    QVERIFY(FrameCodec::checksumsValid(bytes));
    bytes[position] = char(bytes[position] ^ 0x01);
    if (fixIpChecksum) {
        // Only the transport checksum, through its pseudo-header, can notice this change.
        set16(bytes, 24, 0);
        set16(bytes, 24, NetSteps::internetChecksum(bytes.sliced(14, 20)));
        QCOMPARE(NetSteps::internetChecksum(bytes.sliced(14, 20)), quint16(0));
    }
    QVERIFY(FrameCodec::decode(bytes).ok());
    QVERIFY(!FrameCodec::checksumsValid(bytes));
}

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
