// machineInterfaces(): this machine's IPv4 interface addresses, checked against QNetworkInterface.

#include "machineinterfaces.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace NetSteps;

namespace {

// The mask with prefixLength leading ones, computed bit by bit.
quint32 maskOfPrefix(int prefixLength)
{
    quint32 mask = 0;
    for (int bit = 0; bit < 32; ++bit) {
        if (bit < prefixLength)
            mask |= 0x80000000u >> bit;
    }
    return mask;
}

} // namespace

class TestMachineInterfaces : public QObject
{
    Q_OBJECT

private slots:
    void loopbackIsListed();
    void macAddressesAreLowerCase();
    void prefixAndNetmaskAgree();
    void oneRowPerIpv4Address();
};

void TestMachineInterfaces::loopbackIsListed()
{
    const QList<MachineInterface> rows = machineInterfaces();
    const auto loopback = std::find_if(rows.begin(), rows.end(), [](const MachineInterface &row) {
        return row.address == Ipv4Address::fromOctets(127, 0, 0, 1);
    });
    QVERIFY(loopback != rows.end());
    QVERIFY(loopback->isLoopback);
    QVERIFY(loopback->isUp);
    QCOMPARE(loopback->prefixLength, 8);
    QCOMPARE(loopback->netmask, Ipv4Address::fromOctets(255, 0, 0, 0));
    QCOMPARE(loopback->mac.toString(), QStringLiteral("00:00:00:00:00:00"));
    QVERIFY(!loopback->name.isEmpty());
    QVERIFY(!loopback->humanName.isEmpty());
}

void TestMachineInterfaces::macAddressesAreLowerCase()
{
    static const QRegularExpression lowerCaseMac(QStringLiteral("^[0-9a-f]{2}(:[0-9a-f]{2}){5}$"));
    const QList<MachineInterface> rows = machineInterfaces();
    QVERIFY(!rows.isEmpty());
    for (const MachineInterface &row : rows) {
        const QString mac = row.mac.toString();
        QVERIFY2(lowerCaseMac.match(mac).hasMatch(), qPrintable(row.name + u' ' + mac));
        // The same address as the system's, only in lower case.
        const QString system = QNetworkInterface::interfaceFromName(row.name).hardwareAddress();
        if (system.size() == 17)
            QCOMPARE(mac, system.toLower());
    }
}

void TestMachineInterfaces::prefixAndNetmaskAgree()
{
    const QList<MachineInterface> rows = machineInterfaces();
    QVERIFY(!rows.isEmpty());
    for (const MachineInterface &row : rows) {
        QVERIFY2(row.prefixLength >= 0 && row.prefixLength <= 32, qPrintable(row.name));
        QCOMPARE(row.netmask.toUInt(), maskOfPrefix(row.prefixLength));
    }
}

void TestMachineInterfaces::oneRowPerIpv4Address()
{
    QList<quint32> expected;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &networkInterface : interfaces) {
        const QList<QNetworkAddressEntry> entries = networkInterface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                expected.append(entry.ip().toIPv4Address());
        }
    }
    QList<quint32> listed;
    const QList<MachineInterface> rows = machineInterfaces();
    for (const MachineInterface &row : rows)
        listed.append(row.address.toUInt());
    QCOMPARE(listed, expected);
}

QTEST_GUILESS_MAIN(TestMachineInterfaces)
#include "tst_machineinterfaces.moc"
