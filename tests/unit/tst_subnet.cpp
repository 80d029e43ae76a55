#include "subnet.h"

#include <QTest>

#include <bit>
#include <climits>

using namespace NetSteps;

// Subnet: parsing (CIDR and address + mask), the derived addresses and counts, the
// same-network AND and subnetting by borrowed bits.
class TestSubnet : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalidCidr_data();
    void invalidCidr();
    void invalidAddressAndMask_data();
    void invalidAddressAndMask();
    void everyContiguousMask();
    void nonContiguousMaskValue_data();
    void nonContiguousMaskValue();
    void sameNetwork_data();
    void sameNetwork();
    void split_data();
    void split();
    void splitLargest();
    void splitInvalid_data();
    void splitInvalid();
    void constructorClampsPrefix();
    void equalityKeepsHostAddress();
    void binaryAndLines();
};

namespace {
Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

// One split subnet in a single comparable line: "network/prefix broadcast first last hosts".
QString describe(const Subnet &subnet)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(subnet.toString(), subnet.broadcast().toString(), subnet.firstHost().toString(),
             subnet.lastHost().toString(), QString::number(subnet.hostCount()));
}

void checkErrorShape(const QString &text, const ParseError &error)
{
    QVERIFY2(!error.message.isEmpty(), qPrintable(text));
    QVERIFY(error.position >= 0);
    QVERIFY(error.position <= text.size());
    QVERIFY(error.length >= 0);
    QVERIFY(error.position + error.length <= text.size());
}
} // namespace

void TestSubnet::valid_data()
{
    // mask empty: the address column is CIDR text; otherwise address and dotted mask.
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("maskText");
    QTest::addColumn<QString>("wildcard");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("broadcast");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<quint64>("hosts");

    QTest::newRow("/0") << "0.0.0.0/0" << QString() << "0.0.0.0/0" << 0 << "0.0.0.0" << "255.255.255.255"
                        << "0.0.0.0" << "255.255.255.255" << "0.0.0.1" << "255.255.255.254"
                        << quint64(4294967294u);
    QTest::newRow("/0 from a host") << "200.1.2.3/0" << QString() << "200.1.2.3/0" << 0 << "0.0.0.0"
                                    << "255.255.255.255" << "0.0.0.0" << "255.255.255.255" << "0.0.0.1"
                                    << "255.255.255.254" << quint64(4294967294u);
    QTest::newRow("/8") << "10.20.30.40/8" << QString() << "10.20.30.40/8" << 8 << "255.0.0.0" << "0.255.255.255"
                        << "10.0.0.0" << "10.255.255.255" << "10.0.0.1" << "10.255.255.254" << quint64(16777214);
    QTest::newRow("/12") << "172.31.255.255/12" << QString() << "172.31.255.255/12" << 12 << "255.240.0.0"
                         << "0.15.255.255" << "172.16.0.0" << "172.31.255.255" << "172.16.0.1"
                         << "172.31.255.254" << quint64(1048574);
    QTest::newRow("/16") << "172.16.5.4/16" << QString() << "172.16.5.4/16" << 16 << "255.255.0.0" << "0.0.255.255"
                         << "172.16.0.0" << "172.16.255.255" << "172.16.0.1" << "172.16.255.254" << quint64(65534);
    QTest::newRow("10.1.2.3/20") << "10.1.2.3/20" << QString() << "10.1.2.3/20" << 20 << "255.255.240.0"
                                 << "0.0.15.255" << "10.1.0.0" << "10.1.15.255" << "10.1.0.1" << "10.1.15.254"
                                 << quint64(4094);
    QTest::newRow("/24") << "192.168.1.10/24" << QString() << "192.168.1.10/24" << 24 << "255.255.255.0"
                         << "0.0.0.255" << "192.168.1.0" << "192.168.1.255" << "192.168.1.1" << "192.168.1.254"
                         << quint64(254);
    QTest::newRow("/24 leading zero prefix") << "192.168.1.10/024" << QString() << "192.168.1.10/24" << 24
                                             << "255.255.255.0" << "0.0.0.255" << "192.168.1.0"
                                             << "192.168.1.255" << "192.168.1.1" << "192.168.1.254"
                                             << quint64(254);
    QTest::newRow("/25 upper half") << "192.168.1.200/25" << QString() << "192.168.1.200/25" << 25
                                    << "255.255.255.128" << "0.0.0.127" << "192.168.1.128" << "192.168.1.255"
                                    << "192.168.1.129" << "192.168.1.254" << quint64(126);
    QTest::newRow("/25 lower half") << "192.168.1.5/25" << QString() << "192.168.1.5/25" << 25
                                    << "255.255.255.128" << "0.0.0.127" << "192.168.1.0" << "192.168.1.127"
                                    << "192.168.1.1" << "192.168.1.126" << quint64(126);
    QTest::newRow("/30") << "192.168.1.6/30" << QString() << "192.168.1.6/30" << 30 << "255.255.255.252"
                         << "0.0.0.3" << "192.168.1.4" << "192.168.1.7" << "192.168.1.5" << "192.168.1.6"
                         << quint64(2);
    QTest::newRow("/31") << "192.168.1.7/31" << QString() << "192.168.1.7/31" << 31 << "255.255.255.254"
                         << "0.0.0.1" << "192.168.1.6" << "192.168.1.7" << "192.168.1.6" << "192.168.1.7"
                         << quint64(2);
    QTest::newRow("/32") << "192.168.1.7/32" << QString() << "192.168.1.7/32" << 32 << "255.255.255.255"
                         << "0.0.0.0" << "192.168.1.7" << "192.168.1.7" << "192.168.1.7" << "192.168.1.7"
                         << quint64(1);
    QTest::newRow("mask /24") << "192.168.1.10" << "255.255.255.0" << "192.168.1.10/24" << 24 << "255.255.255.0"
                              << "0.0.0.255" << "192.168.1.0" << "192.168.1.255" << "192.168.1.1"
                              << "192.168.1.254" << quint64(254);
    QTest::newRow("mask /20") << "10.1.2.3" << "255.255.240.0" << "10.1.2.3/20" << 20 << "255.255.240.0"
                              << "0.0.15.255" << "10.1.0.0" << "10.1.15.255" << "10.1.0.1" << "10.1.15.254"
                              << quint64(4094);
    QTest::newRow("mask /0") << "1.2.3.4" << "0.0.0.0" << "1.2.3.4/0" << 0 << "0.0.0.0" << "255.255.255.255"
                             << "0.0.0.0" << "255.255.255.255" << "0.0.0.1" << "255.255.255.254"
                             << quint64(4294967294u);
    QTest::newRow("mask /31") << "192.168.1.7" << "255.255.255.254" << "192.168.1.7/31" << 31
                              << "255.255.255.254" << "0.0.0.1" << "192.168.1.6" << "192.168.1.7"
                              << "192.168.1.6" << "192.168.1.7" << quint64(2);
    QTest::newRow("mask /32") << "1.2.3.4" << "255.255.255.255" << "1.2.3.4/32" << 32 << "255.255.255.255"
                              << "0.0.0.0" << "1.2.3.4" << "1.2.3.4" << "1.2.3.4" << "1.2.3.4" << quint64(1);
}

void TestSubnet::valid()
{
    QFETCH(QString, address);
    QFETCH(QString, mask);
    QFETCH(QString, shown);
    QFETCH(int, prefix);
    QFETCH(QString, maskText);
    QFETCH(QString, wildcard);
    QFETCH(QString, network);
    QFETCH(QString, broadcast);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(quint64, hosts);

    const Parsed<Subnet> parsed = mask.isNull() ? Subnet::parse(address) : Subnet::parse(address, mask);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const Subnet &subnet = *parsed;
    QCOMPARE(subnet.toString(), shown);
    QCOMPARE(subnet.prefix(), prefix);
    QCOMPARE(subnet.mask().toString(), maskText);
    QCOMPARE(subnet.wildcard().toString(), wildcard);
    QCOMPARE(subnet.network().toString(), network);
    QCOMPARE(subnet.broadcast().toString(), broadcast);
    QCOMPARE(subnet.firstHost().toString(), first);
    QCOMPARE(subnet.lastHost().toString(), last);
    QCOMPARE(subnet.hostCount(), hosts);
    QCOMPARE(Subnet::maskFromPrefix(prefix), subnet.mask());
    QVERIFY(subnet.contains(subnet.address()));
    QVERIFY(subnet.contains(subnet.network()));
    QVERIFY(subnet.contains(subnet.broadcast()));
    QCOMPARE(Subnet::parse(subnet.toString()).ok(), true);
    QCOMPARE(*Subnet::parse(subnet.toString()), subnet);
}

void TestSubnet::invalidCidr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("inMessage");

    const int prefix = Subnet::PrefixPart;
    QTest::newRow("empty") << "" << 0 << 0 << -1 << "empty";
    QTest::newRow("only a prefix") << "/24" << 0 << 0 << -1 << "before '/'";
    QTest::newRow("three octets") << "1.2.3/24" << 5 << 0 << 3 << "In the address";
    QTest::newRow("five octets") << "1.2.3.4.5/24" << 7 << 2 << -1 << "In the address";
    QTest::newRow("octet 256") << "1.2.3.256/24" << 6 << 3 << 3 << "256";
    QTest::newRow("letters") << "a.b.c.d/24" << 0 << 1 << 0 << "'a'";
    QTest::newRow("plus sign") << "+1.2.3.4/24" << 0 << 1 << 0 << "'+'";
    QTest::newRow("double dot") << "1..2.3/24" << 2 << 0 << 1 << "missing";
    QTest::newRow("space before slash") << "1.2.3.4 /24" << 7 << 1 << -1 << "In the address";
    QTest::newRow("leading space") << " 1.2.3.4/24" << 0 << 1 << 0 << "In the address";
    QTest::newRow("no slash") << "1.2.3.4" << 7 << 0 << prefix << "missing";
    QTest::newRow("empty prefix") << "1.2.3.4/" << 8 << 0 << prefix << "empty";
    QTest::newRow("prefix letters") << "1.2.3.4/abc" << 8 << 3 << prefix << "not a number";
    QTest::newRow("negative prefix") << "1.2.3.4/-1" << 8 << 2 << prefix << "not a number";
    QTest::newRow("plus prefix") << "1.2.3.4/+24" << 8 << 3 << prefix << "not a number";
    QTest::newRow("space after slash") << "1.2.3.4/ 24" << 8 << 3 << prefix << "not a number";
    QTest::newRow("double slash") << "1.2.3.4//24" << 8 << 3 << prefix << "not a number";
    QTest::newRow("prefix 33") << "1.2.3.4/33" << 8 << 2 << prefix << "prefix 33 is over 32";
    QTest::newRow("prefix 100") << "1.2.3.4/100" << 8 << 3 << prefix << "prefix 100 is over 32";
    QTest::newRow("prefix huge") << "1.2.3.4/99999999999999999999" << 8 << 20 << prefix << "over 32";
    QTest::newRow("prefix zeros then 33") << "1.2.3.4/0033" << 8 << 4 << prefix << "over 32";
    QTest::newRow("trailing letters") << "1.2.3.4/24abc" << 10 << 3 << prefix << "'abc'";
    QTest::newRow("trailing word") << "1.2.3.4/24 x" << 10 << 2 << prefix << "' x'";
    QTest::newRow("second slash") << "1.2.3.4/24/8" << 10 << 2 << prefix << "'/8'";
    QTest::newRow("mask after slash") << "1.2.3.4/255.255.255.0" << 8 << 13 << prefix << "is /24";
    QTest::newRow("bad mask after slash") << "1.2.3.4/255.0.255.0" << 8 << 11 << prefix << "contiguous";
}

void TestSubnet::invalidCidr()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(int, part);
    QFETCH(QString, inMessage);

    const Parsed<Subnet> parsed = Subnet::parse(text);
    QVERIFY(!parsed.ok());
    const ParseError &error = parsed.error();
    checkErrorShape(text, error);
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
    QCOMPARE(error.position, position);
    QCOMPARE(error.length, length);
    QCOMPARE(error.part, part);
}

void TestSubnet::invalidAddressAndMask_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<int>("position"); // within whichever field the message names
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("inMessage");

    QTest::newRow("empty address") << "" << "255.255.255.0" << 0 << 0 << -1 << "address is empty";
    QTest::newRow("address octet 999") << "1.2.3.999" << "255.255.255.0" << 6 << 3 << 3 << "In the address";
    QTest::newRow("address with prefix") << "1.2.3.4/24" << "255.255.255.0" << 7 << 3 << -1 << "In the address";
    QTest::newRow("empty mask") << "1.2.3.4" << "" << 0 << 0 << -1 << "mask is empty";
    QTest::newRow("mask octet 256") << "1.2.3.4" << "255.256.0.0" << 4 << 3 << 1 << "In the mask";
    QTest::newRow("mask three octets") << "1.2.3.4" << "255.255.255" << 11 << 0 << 3 << "In the mask";
    QTest::newRow("mask trailing") << "1.2.3.4" << "255.255.255.0x" << 13 << 1 << -1 << "In the mask";
    QTest::newRow("mask is a prefix") << "1.2.3.4" << "24" << 2 << 0 << 1 << "In the mask";
    QTest::newRow("mask 255.0.255.0") << "1.2.3.4" << "255.0.255.0" << 6 << 3 << 2 << "octet 3";
    QTest::newRow("mask 255.255.0.255") << "1.2.3.4" << "255.255.0.255" << 10 << 3 << 3 << "octet 4";
    QTest::newRow("mask 255.253.0.0") << "1.2.3.4" << "255.253.0.0" << 4 << 3 << 1 << "octet 2 (253 = 11111101)";
    QTest::newRow("mask 0.0.0.1") << "1.2.3.4" << "0.0.0.1" << 6 << 1 << 3 << "octet 4 (1 = 00000001)";
    QTest::newRow("mask 127.0.0.0") << "1.2.3.4" << "127.0.0.0" << 0 << 3 << 0 << "octet 1";
    QTest::newRow("mask reversed") << "1.2.3.4" << "0.255.255.255" << 2 << 3 << 1 << "contiguous from the left";
}

void TestSubnet::invalidAddressAndMask()
{
    QFETCH(QString, address);
    QFETCH(QString, mask);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(int, part);
    QFETCH(QString, inMessage);

    const Parsed<Subnet> parsed = Subnet::parse(address, mask);
    QVERIFY(!parsed.ok());
    const ParseError &error = parsed.error();
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
    QCOMPARE(error.position, position);
    QCOMPARE(error.length, length);
    QCOMPARE(error.part, part);

    // A bad mask is reported the same way by prefixFromMask alone.
    if (Ipv4Address::parse(address).ok()) {
        checkErrorShape(mask, error);
        const Parsed<int> prefix = Subnet::prefixFromMask(mask);
        QVERIFY(!prefix.ok());
        QCOMPARE(prefix.error().message, error.message);
        QCOMPARE(prefix.error().part, part);
    } else {
        checkErrorShape(address, error);
    }
}

void TestSubnet::everyContiguousMask()
{
    for (int prefix = 0; prefix <= 32; ++prefix) {
        const Ipv4Address mask = Subnet::maskFromPrefix(prefix);
        QCOMPARE(std::popcount(mask.toUInt()), prefix);
        QCOMPARE(Subnet::prefixFromMask(mask), std::optional<int>(prefix));
        const Parsed<int> parsed = Subnet::prefixFromMask(mask.toString());
        QVERIFY2(parsed.ok(), qPrintable(mask.toString()));
        QCOMPARE(*parsed, prefix);
    }
    QCOMPARE(Subnet::maskFromPrefix(24).toString(), QStringLiteral("255.255.255.0"));
    QCOMPARE(Subnet::maskFromPrefix(0).toString(), QStringLiteral("0.0.0.0"));
    QCOMPARE(Subnet::maskFromPrefix(32).toString(), QStringLiteral("255.255.255.255"));
}

void TestSubnet::nonContiguousMaskValue_data()
{
    QTest::addColumn<QString>("mask");

    QTest::newRow("255.0.255.0") << "255.0.255.0";
    QTest::newRow("0.0.0.1") << "0.0.0.1";
    QTest::newRow("255.255.255.253") << "255.255.255.253";
    QTest::newRow("128.0.0.1") << "128.0.0.1";
    QTest::newRow("0.255.255.255") << "0.255.255.255";
    QTest::newRow("254.255.255.255") << "254.255.255.255";
}

void TestSubnet::nonContiguousMaskValue()
{
    QFETCH(QString, mask);

    QCOMPARE(Subnet::prefixFromMask(*Ipv4Address::parse(mask)), std::optional<int>());
    const Parsed<int> parsed = Subnet::prefixFromMask(mask);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(QStringLiteral("contiguous")), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().part >= 0 && parsed.error().part <= 3);
}

void TestSubnet::sameNetwork_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<bool>("same");

    QTest::newRow("same /24") << "192.168.1.10" << "192.168.1.77" << "255.255.255.0" << true;
    QTest::newRow("other /24") << "192.168.1.10" << "192.168.2.7" << "255.255.255.0" << false;
    QTest::newRow("same /16") << "192.168.1.10" << "192.168.2.7" << "255.255.0.0" << true;
    QTest::newRow("same /20") << "10.1.2.3" << "10.1.15.200" << "255.255.240.0" << true;
    QTest::newRow("next /20") << "10.1.2.3" << "10.1.16.1" << "255.255.240.0" << false;
    QTest::newRow("other /25 half") << "192.168.1.10" << "192.168.1.130" << "255.255.255.128" << false;
    QTest::newRow("same /25 half") << "192.168.1.129" << "192.168.1.254" << "255.255.255.128" << true;
    QTest::newRow("/31 pair") << "10.0.0.0" << "10.0.0.1" << "255.255.255.254" << true;
    QTest::newRow("/31 next pair") << "10.0.0.1" << "10.0.0.2" << "255.255.255.254" << false;
    QTest::newRow("/0 everything") << "1.2.3.4" << "200.1.1.1" << "0.0.0.0" << true;
    QTest::newRow("/32 itself") << "1.2.3.4" << "1.2.3.4" << "255.255.255.255" << true;
    QTest::newRow("/32 neighbour") << "1.2.3.4" << "1.2.3.5" << "255.255.255.255" << false;
    QTest::newRow("/8 across") << "10.0.0.1" << "11.0.0.1" << "255.0.0.0" << false;
}

void TestSubnet::sameNetwork()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, mask);
    QFETCH(bool, same);

    const Ipv4Address first = *Ipv4Address::parse(a);
    const Ipv4Address second = *Ipv4Address::parse(b);
    const Ipv4Address maskAddress = *Ipv4Address::parse(mask);
    QCOMPARE(Subnet::sameNetwork(first, second, maskAddress), same);
    QCOMPARE(Subnet::sameNetwork(second, first, maskAddress), same);
    const Parsed<Subnet> subnet = Subnet::parse(a, mask);
    QVERIFY(subnet.ok());
    QCOMPARE(subnet->contains(second), same);
}

void TestSubnet::split_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("/24 by 2") << "192.168.1.0/24" << 2
                              << QStringList{"192.168.1.0/26 192.168.1.63 192.168.1.1 192.168.1.62 62",
                                             "192.168.1.64/26 192.168.1.127 192.168.1.65 192.168.1.126 62",
                                             "192.168.1.128/26 192.168.1.191 192.168.1.129 192.168.1.190 62",
                                             "192.168.1.192/26 192.168.1.255 192.168.1.193 192.168.1.254 62"};
    QTest::newRow("host address /24 by 1") << "192.168.1.10/24" << 1
                                           << QStringList{"192.168.1.0/25 192.168.1.127 192.168.1.1 192.168.1.126 126",
                                                          "192.168.1.128/25 192.168.1.255 192.168.1.129 192.168.1.254 126"};
    QTest::newRow("by 0") << "192.168.1.10/24" << 0
                          << QStringList{"192.168.1.0/24 192.168.1.255 192.168.1.1 192.168.1.254 254"};
    QTest::newRow("/30 into /31") << "192.168.1.0/30" << 1
                                  << QStringList{"192.168.1.0/31 192.168.1.1 192.168.1.0 192.168.1.1 2",
                                                 "192.168.1.2/31 192.168.1.3 192.168.1.2 192.168.1.3 2"};
    QTest::newRow("/30 into /32") << "192.168.1.4/30" << 2
                                  << QStringList{"192.168.1.4/32 192.168.1.4 192.168.1.4 192.168.1.4 1",
                                                 "192.168.1.5/32 192.168.1.5 192.168.1.5 192.168.1.5 1",
                                                 "192.168.1.6/32 192.168.1.6 192.168.1.6 192.168.1.6 1",
                                                 "192.168.1.7/32 192.168.1.7 192.168.1.7 192.168.1.7 1"};
    QTest::newRow("/32 by 0") << "1.2.3.4/32" << 0 << QStringList{"1.2.3.4/32 1.2.3.4 1.2.3.4 1.2.3.4 1"};
    QTest::newRow("/0 by 2") << "0.0.0.0/0" << 2
                             << QStringList{"0.0.0.0/2 63.255.255.255 0.0.0.1 63.255.255.254 1073741822",
                                            "64.0.0.0/2 127.255.255.255 64.0.0.1 127.255.255.254 1073741822",
                                            "128.0.0.0/2 191.255.255.255 128.0.0.1 191.255.255.254 1073741822",
                                            "192.0.0.0/2 255.255.255.255 192.0.0.1 255.255.255.254 1073741822"};
    QTest::newRow("/20 by 3") << "10.1.2.3/20" << 3
                              << QStringList{"10.1.0.0/23 10.1.1.255 10.1.0.1 10.1.1.254 510",
                                             "10.1.2.0/23 10.1.3.255 10.1.2.1 10.1.3.254 510",
                                             "10.1.4.0/23 10.1.5.255 10.1.4.1 10.1.5.254 510",
                                             "10.1.6.0/23 10.1.7.255 10.1.6.1 10.1.7.254 510",
                                             "10.1.8.0/23 10.1.9.255 10.1.8.1 10.1.9.254 510",
                                             "10.1.10.0/23 10.1.11.255 10.1.10.1 10.1.11.254 510",
                                             "10.1.12.0/23 10.1.13.255 10.1.12.1 10.1.13.254 510",
                                             "10.1.14.0/23 10.1.15.255 10.1.14.1 10.1.15.254 510"};
}

void TestSubnet::split()
{
    QFETCH(QString, cidr);
    QFETCH(int, bits);
    QFETCH(QStringList, expected);

    const Parsed<Subnet> subnet = Subnet::parse(cidr);
    QVERIFY(subnet.ok());
    const Parsed<QList<Subnet>> parts = subnet->split(bits);
    QVERIFY2(parts.ok(), qPrintable(parts.error().message));
    QStringList described;
    for (const Subnet &part : *parts)
        described.append(describe(part));
    QCOMPARE(described, expected);
}

void TestSubnet::splitLargest()
{
    const Parsed<QList<Subnet>> parts = Subnet(ip("10.9.8.7"), 8).split(Subnet::MaxSplitBits);
    QVERIFY2(parts.ok(), qPrintable(parts.error().message));
    QCOMPARE(parts->size(), 65536);
    QCOMPARE(parts->constFirst().toString(), QStringLiteral("10.0.0.0/24"));
    QCOMPARE(parts->at(1).toString(), QStringLiteral("10.0.1.0/24"));
    QCOMPARE(parts->constLast().toString(), QStringLiteral("10.255.255.0/24"));
    QCOMPARE(parts->constLast().broadcast().toString(), QStringLiteral("10.255.255.255"));
}

void TestSubnet::splitInvalid_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("inMessage");

    QTest::newRow("/24 by 9") << "192.168.1.0/24" << 9 << "past /32";
    QTest::newRow("/32 by 1") << "192.168.1.1/32" << 1 << "past /32";
    QTest::newRow("/0 by 33") << "0.0.0.0/0" << 33 << "past /32";
    QTest::newRow("int max") << "192.168.1.0/24" << INT_MAX << "past /32";
    QTest::newRow("negative") << "192.168.1.0/24" << -1 << "-1";
    QTest::newRow("int min") << "192.168.1.0/24" << INT_MIN << "0 or more";
    QTest::newRow("/0 by 17") << "0.0.0.0/0" << 17 << "131072 subnets";
    QTest::newRow("/8 by 24") << "10.0.0.0/8" << 24 << "too many";
}

void TestSubnet::splitInvalid()
{
    QFETCH(QString, cidr);
    QFETCH(int, bits);
    QFETCH(QString, inMessage);

    const Parsed<Subnet> subnet = Subnet::parse(cidr);
    QVERIFY(subnet.ok());
    const Parsed<QList<Subnet>> parts = subnet->split(bits);
    QVERIFY(!parts.ok());
    QVERIFY2(parts.error().message.contains(inMessage), qPrintable(parts.error().message));
}

void TestSubnet::constructorClampsPrefix()
{
    QCOMPARE(Subnet(ip("1.2.3.4"), 40).prefix(), 32);
    QCOMPARE(Subnet(ip("1.2.3.4"), -3).prefix(), 0);
    QCOMPARE(Subnet(ip("1.2.3.4"), 40).mask().toString(), QStringLiteral("255.255.255.255"));
    QCOMPARE(Subnet().toString(), QStringLiteral("0.0.0.0/0"));
}

void TestSubnet::equalityKeepsHostAddress()
{
    const Subnet host(ip("192.168.1.10"), 24);
    QCOMPARE(host.address(), ip("192.168.1.10"));
    QCOMPARE(host.toString(), QStringLiteral("192.168.1.10/24"));
    QVERIFY(host == Subnet(ip("192.168.1.10"), 24));
    QVERIFY(!(host == Subnet(ip("192.168.1.0"), 24)));
    QVERIFY(!(host == Subnet(ip("192.168.1.10"), 25)));
    QCOMPARE(host.network(), Subnet(ip("192.168.1.0"), 24).network());
}

void TestSubnet::binaryAndLines()
{
    const Subnet subnet(ip("192.168.1.10"), 24);
    const QStringList expected{QStringLiteral("11000000.10101000.00000001.00001010"),
                               QStringLiteral("11111111.11111111.11111111.00000000"),
                               QStringLiteral("11000000.10101000.00000001.00000000")};
    QCOMPARE(subnet.binaryAndLines(), expected);
    QCOMPARE(Subnet::binaryAndLines(ip("192.168.2.7"), ip("255.255.255.0")),
             (QStringList{QStringLiteral("11000000.10101000.00000010.00000111"),
                          QStringLiteral("11111111.11111111.11111111.00000000"),
                          QStringLiteral("11000000.10101000.00000010.00000000")}));
}

QTEST_GUILESS_MAIN(TestSubnet)
#include "tst_subnet.moc"
