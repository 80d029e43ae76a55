#include "machineinterfaces.h"

#include <QHostAddress>
#include <QNetworkAddressEntry>
#include <QNetworkInterface>

namespace NetSteps {

QList<MachineInterface> machineInterfaces()
{
    QList<MachineInterface> result;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &networkInterface : interfaces) {
        // Qt writes the hardware address in upper case; MacAddress shows it lower-case. Addresses
        // that are not six bytes (none on loopback, twenty on InfiniBand) leave the zero MAC.
        const Parsed<MacAddress> mac = MacAddress::parse(networkInterface.hardwareAddress());
        const QList<QNetworkAddressEntry> entries = networkInterface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            MachineInterface row;
            row.name = networkInterface.name();
            row.humanName = networkInterface.humanReadableName();
            row.address = Ipv4Address(entry.ip().toIPv4Address());
            // Qt derives the prefix length from the system's netmask, -1 when there is none.
            row.prefixLength = entry.prefixLength();
            row.netmask = Ipv4Address(entry.netmask().toIPv4Address());
            if (mac)
                row.mac = *mac;
            row.isLoopback = networkInterface.flags().testFlag(QNetworkInterface::IsLoopBack);
            row.isUp = networkInterface.flags().testFlag(QNetworkInterface::IsUp);
            result.append(row);
        }
    }
    return result;
}

} // namespace NetSteps
