#pragma once

#include "ipv4address.h"
#include "macaddress.h"

#include <QList>
#include <QString>

namespace NetSteps {

// One IPv4 address of one network interface of this machine: the starting point of the subnet and
// ARP lessons. An interface with several IPv4 addresses gives one of these per address.
struct MachineInterface
{
    QString name;      // the system's name: "lo", "eth0"
    QString humanName; // the name a user sees, which on Windows differs from the system's
    Ipv4Address address;
    int prefixLength = -1; // -1 when the system gives no netmask
    Ipv4Address netmask;   // 0.0.0.0 when prefixLength is -1
    MacAddress mac; // 00:00:00:00:00:00 for loopback and for interfaces without an Ethernet address
    bool isLoopback = false;
    bool isUp = false;
};

// This machine's IPv4 interface addresses, as QNetworkInterface reports them, in its order.
QList<MachineInterface> machineInterfaces();

} // namespace NetSteps
