#include "ipv4address.h"
#include "macaddress.h"

#include <QTest>

using namespace NetSteps;

// Ipv4Address and MacAddress: what each parser accepts, what it rejects and where it points.
class TestAddresses : public QObject
{
    Q_OBJECT

private slots:
    void ipv4Valid_data();
    void ipv4Valid();
    void ipv4Invalid_data();
    void ipv4Invalid();
    void ipv4RoundTrip_data();
    void ipv4RoundTrip();
    void ipv4Binary_data();
    void ipv4Binary();
    void ipv4OctetsAndOrder();

    void macValid_data();
    void macValid();
    void macInvalid_data();
    void macInvalid();
    void macRoundTrip();
    void macBroadcastAndMulticast();
};

namespace {
// Position and length must stay inside the text, and the message must say something.
void checkErrorShape(const QString &text, const ParseError &error)
{
    QVERIFY2(!error.message.isEmpty(), qPrintable(text));
    QVERIFY(error.position >= 0);
    QVERIFY(error.position <= text.size());
    QVERIFY(error.length >= 0);
    QVERIFY(error.position + error.length <= text.size());
}
} // namespace

void TestAddresses::ipv4Valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("shown");

    QTest::newRow("zero") << "0.0.0.0" << 0x00000000u << "0.0.0.0";
    QTest::newRow("all ones") << "255.255.255.255" << 0xffffffffu << "255.255.255.255";
    QTest::newRow("private") << "192.168.1.10" << 0xc0a8010au << "192.168.1.10";
    QTest::newRow("ten") << "10.0.0.1" << 0x0a000001u << "10.0.0.1";
    QTest::newRow("loopback") << "127.0.0.1" << 0x7f000001u << "127.0.0.1";
    QTest::newRow("octet order") << "1.2.3.4" << 0x01020304u << "1.2.3.4";
    QTest::newRow("leading zeros") << "001.002.003.004" << 0x01020304u << "1.2.3.4";
    QTest::newRow("zero padded 255") << "0.0.0.255" << 0x000000ffu << "0.0.0.255";
}

void TestAddresses::ipv4Valid()
{
    QFETCH(QString, text);
    QFETCH(quint32, value);
    QFETCH(QString, shown);

    const Parsed<Ipv4Address> parsed = Ipv4Address::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->toUInt(), value);
    QCOMPARE(parsed->toString(), shown);
}

void TestAddresses::ipv4Invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("inMessage");

    QTest::newRow("empty") << "" << 0 << 0 << -1 << "empty";
    QTest::newRow("three octets") << "1.2.3" << 5 << 0 << 3 << "3 octet";
    QTest::newRow("two octets") << "10.1" << 4 << 0 << 2 << "2 octet";
    QTest::newRow("one octet") << "10" << 2 << 0 << 1 << "1 octet";
    QTest::newRow("five octets") << "1.2.3.4.5" << 7 << 2 << -1 << ".5";
    QTest::newRow("256 first") << "256.1.1.1" << 0 << 3 << 0 << "256";
    QTest::newRow("256 last") << "1.2.3.256" << 6 << 3 << 3 << "256";
    QTest::newRow("999") << "1.999.3.4" << 2 << 3 << 1 << "999";
    QTest::newRow("four digits over 255") << "1.2.1000.4" << 4 << 4 << 2 << "1000";
    QTest::newRow("four digits under 255") << "0001.2.3.4" << 0 << 4 << 0 << "three digits";
    QTest::newRow("huge number") << "1.2.3.99999999999999" << 6 << 14 << 3 << "over 255";
    QTest::newRow("letters") << "a.b.c.d" << 0 << 1 << 0 << "'a'";
    QTest::newRow("letter in octet 3") << "1.2.x.4" << 4 << 1 << 2 << "'x'";
    QTest::newRow("hex digit after number") << "1.2.3a.4" << 5 << 1 << 2 << "'a'";
    QTest::newRow("leading space") << " 1.2.3.4" << 0 << 1 << 0 << "' '";
    QTest::newRow("trailing space") << "1.2.3.4 " << 7 << 1 << -1 << "' '";
    QTest::newRow("space inside") << "1. 2.3.4" << 2 << 1 << 1 << "' '";
    QTest::newRow("leading dot") << ".1.2.3" << 0 << 0 << 0 << "missing";
    QTest::newRow("trailing dot") << "1.2.3.4." << 7 << 1 << -1 << "'.'";
    QTest::newRow("dot after three") << "1.2.3." << 6 << 0 << 3 << "missing";
    QTest::newRow("double dot") << "1..2.3" << 2 << 0 << 1 << "missing";
    QTest::newRow("plus sign") << "+1.2.3.4" << 0 << 1 << 0 << "'+'";
    QTest::newRow("minus sign") << "1.2.3.-4" << 6 << 1 << 3 << "'-'";
    QTest::newRow("trailing garbage") << "1.2.3.4abc" << 7 << 3 << -1 << "abc";
    QTest::newRow("with prefix") << "1.2.3.4/24" << 7 << 3 << -1 << "/24";
    QTest::newRow("commas") << "1,2,3,4" << 1 << 1 << 0 << "','";
    QTest::newRow("full-width digit") << QString::fromUtf8("1.2.\xef\xbc\x93.4") << 4 << 1 << 2 << "only the digits";
}

void TestAddresses::ipv4Invalid()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(int, part);
    QFETCH(QString, inMessage);

    const Parsed<Ipv4Address> parsed = Ipv4Address::parse(text);
    QVERIFY(!parsed.ok());
    const ParseError &error = parsed.error();
    checkErrorShape(text, error);
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
    QCOMPARE(error.position, position);
    QCOMPARE(error.length, length);
    QCOMPARE(error.part, part);
}

void TestAddresses::ipv4RoundTrip_data()
{
    QTest::addColumn<quint32>("value");

    for (const quint32 value : {0u, 1u, 0x7f000001u, 0x80000000u, 0xc0a80001u, 0xfffffffeu, 0xffffffffu})
        QTest::addRow("%08x", value) << value;
}

void TestAddresses::ipv4RoundTrip()
{
    QFETCH(quint32, value);

    const Ipv4Address address(value);
    const Parsed<Ipv4Address> again = Ipv4Address::parse(address.toString());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(*again, address);
    QCOMPARE(again->toString(), address.toString());
}

void TestAddresses::ipv4Binary_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("binary");

    QTest::newRow("zero") << 0u << "00000000.00000000.00000000.00000000";
    QTest::newRow("all ones") << 0xffffffffu << "11111111.11111111.11111111.11111111";
    QTest::newRow("192.168.1.10") << 0xc0a8010au << "11000000.10101000.00000001.00001010";
    QTest::newRow("255.255.255.0") << 0xffffff00u << "11111111.11111111.11111111.00000000";
    QTest::newRow("high bit") << 0x80000000u << "10000000.00000000.00000000.00000000";
    QTest::newRow("low bit") << 1u << "00000000.00000000.00000000.00000001";
}

void TestAddresses::ipv4Binary()
{
    QFETCH(quint32, value);
    QFETCH(QString, binary);

    QCOMPARE(Ipv4Address(value).toBinaryString(), binary);
}

void TestAddresses::ipv4OctetsAndOrder()
{
    const Ipv4Address address = Ipv4Address::fromOctets(192, 168, 1, 10);
    QCOMPARE(address.toUInt(), 0xc0a8010au);
    QCOMPARE(address.octet(0), quint8(192));
    QCOMPARE(address.octet(1), quint8(168));
    QCOMPARE(address.octet(2), quint8(1));
    QCOMPARE(address.octet(3), quint8(10));
    QVERIFY(Ipv4Address::fromOctets(10, 0, 0, 1) < Ipv4Address::fromOctets(10, 0, 0, 2));
    QVERIFY(Ipv4Address::fromOctets(9, 255, 255, 255) < Ipv4Address::fromOctets(10, 0, 0, 0));
    QCOMPARE(Ipv4Address(), Ipv4Address(0));
}

void TestAddresses::macValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<quint8>("firstByte");
    QTest::addColumn<quint8>("lastByte");

    QTest::newRow("colons lower") << "00:1a:2b:3c:4d:5e" << "00:1a:2b:3c:4d:5e" << quint8(0x00) << quint8(0x5e);
    QTest::newRow("colons upper") << "00:1A:2B:3C:4D:5E" << "00:1a:2b:3c:4d:5e" << quint8(0x00) << quint8(0x5e);
    QTest::newRow("dashes windows") << "00-1A-2B-3C-4D-5E" << "00:1a:2b:3c:4d:5e" << quint8(0x00) << quint8(0x5e);
    QTest::newRow("mixed case") << "aA:bB:cC:dD:eE:fF" << "aa:bb:cc:dd:ee:ff" << quint8(0xaa) << quint8(0xff);
    QTest::newRow("broadcast dashes") << "FF-FF-FF-FF-FF-FF" << "ff:ff:ff:ff:ff:ff" << quint8(0xff) << quint8(0xff);
    QTest::newRow("zero") << "00:00:00:00:00:00" << "00:00:00:00:00:00" << quint8(0) << quint8(0);
}

void TestAddresses::macValid()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QFETCH(quint8, firstByte);
    QFETCH(quint8, lastByte);

    const Parsed<MacAddress> parsed = MacAddress::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->toString(), shown);
    QCOMPARE(parsed->byte(0), firstByte);
    QCOMPARE(parsed->byte(5), lastByte);
}

void TestAddresses::macInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("inMessage");

    QTest::newRow("empty") << "" << 0 << 0 << 0 << "Byte 1";
    QTest::newRow("five bytes") << "00:11:22:33:44" << 14 << 0 << 5 << "5 byte";
    QTest::newRow("seven bytes") << "00:11:22:33:44:55:66" << 17 << 3 << -1 << ":66";
    QTest::newRow("bad hex") << "00:11:2g:33:44:55" << 7 << 1 << 2 << "Byte 3";
    QTest::newRow("bad hex first digit") << "00:11:22:x3:44:55" << 9 << 1 << 3 << "Byte 4";
    QTest::newRow("one digit byte") << "0:11:22:33:44:55" << 1 << 1 << 0 << "Byte 1";
    QTest::newRow("short last byte") << "00:11:22:33:44:5" << 16 << 0 << 5 << "Byte 6";
    QTest::newRow("mixed separators") << "00:11-22:33:44:55" << 5 << 1 << 1 << "found '-'";
    QTest::newRow("dash then colon") << "00-11-22:33-44-55" << 8 << 1 << 2 << "found ':'";
    QTest::newRow("no separators") << "001122334455" << 2 << 1 << 0 << "'1'";
    QTest::newRow("dots") << "00.11.22.33.44.55" << 2 << 1 << 0 << "'.'";
    QTest::newRow("leading space") << " 00:11:22:33:44:55" << 0 << 1 << 0 << "Byte 1";
    QTest::newRow("trailing space") << "00:11:22:33:44:55 " << 17 << 1 << -1 << "' '";
    QTest::newRow("three digit byte") << "000:11:22:33:44:55" << 2 << 1 << 0 << "'0'";
}

void TestAddresses::macInvalid()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(int, part);
    QFETCH(QString, inMessage);

    const Parsed<MacAddress> parsed = MacAddress::parse(text);
    QVERIFY(!parsed.ok());
    const ParseError &error = parsed.error();
    checkErrorShape(text, error);
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
    QCOMPARE(error.position, position);
    QCOMPARE(error.length, length);
    QCOMPARE(error.part, part);
}

void TestAddresses::macRoundTrip()
{
    const MacAddress mac(MacAddress::Bytes{0x02, 0x00, 0x5e, 0x10, 0xab, 0xcd});
    QCOMPARE(mac.toString(), QStringLiteral("02:00:5e:10:ab:cd"));
    const Parsed<MacAddress> again = MacAddress::parse(mac.toString());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(*again, mac);
    const Parsed<MacAddress> dashed = MacAddress::parse(u"02-00-5E-10-AB-CD");
    QVERIFY(dashed.ok());
    QCOMPARE(*dashed, mac);
}

void TestAddresses::macBroadcastAndMulticast()
{
    QVERIFY(MacAddress::broadcast().isBroadcast());
    QVERIFY(MacAddress::broadcast().isMulticast());
    QCOMPARE(MacAddress::broadcast().toString(), QStringLiteral("ff:ff:ff:ff:ff:ff"));
    const MacAddress multicast(MacAddress::Bytes{0x01, 0x00, 0x5e, 0x00, 0x00, 0x01});
    QVERIFY(multicast.isMulticast());
    QVERIFY(!multicast.isBroadcast());
    const MacAddress unicast(MacAddress::Bytes{0x00, 0x1a, 0x2b, 0x3c, 0x4d, 0x5e});
    QVERIFY(!unicast.isMulticast());
    QVERIFY(!unicast.isBroadcast());
    QCOMPARE(MacAddress().toString(), QStringLiteral("00:00:00:00:00:00"));
}

QTEST_GUILESS_MAIN(TestAddresses)
#include "tst_addresses.moc"
