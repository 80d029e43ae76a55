#pragma once

#include <QCoreApplication>

#include "ipv4address.h"
#include "parseresult.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace NetSteps {

// An IPv4 subnet written as an address and a prefix length (192.168.1.10/24): the mask, the
// network and broadcast addresses, the host range, the same-network AND and subnetting by
// borrowing host bits. The host address is kept as given; network() is the ANDed one.
class Subnet
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::Subnet)

public:
    // ParseError::part for an error in the prefix after '/'. Errors in an address or a mask
    // use the octet index 0-3 as their part.
    static constexpr int PrefixPart = 4;
    // The most subnets split() lists (borrowing 16 bits).
    static constexpr int MaxSplitBits = 16;

    constexpr Subnet() = default;
    // The prefix is clamped to 0..32.
    Subnet(Ipv4Address address, int prefix);

    // "a.b.c.d/n". Positions in an error are indexes into cidr.
    static Parsed<Subnet> parse(QStringView cidr);
    // An address and a dotted mask ("192.168.1.10", "255.255.255.0"). The message names the
    // field that is wrong; positions and part are within that field.
    static Parsed<Subnet> parse(QStringView address, QStringView mask);
    // The prefix length of a dotted mask; the 1 bits must be contiguous from the left.
    static Parsed<int> prefixFromMask(QStringView mask);
    static std::optional<int> prefixFromMask(Ipv4Address mask);
    static Ipv4Address maskFromPrefix(int prefix);

    Ipv4Address address() const { return m_address; }
    int prefix() const { return m_prefix; }
    Ipv4Address mask() const { return maskFromPrefix(m_prefix); }
    Ipv4Address wildcard() const { return Ipv4Address(~mask().toUInt()); }
    Ipv4Address network() const { return Ipv4Address(m_address.toUInt() & mask().toUInt()); }
    // The all-ones address of the range, for /31 and /32 too.
    Ipv4Address broadcast() const { return Ipv4Address(network().toUInt() | wildcard().toUInt()); }
    // /0-/30: network + 1 to broadcast - 1. /31 (RFC 3021): both addresses. /32: the address.
    Ipv4Address firstHost() const;
    Ipv4Address lastHost() const;
    quint64 hostCount() const;

    bool contains(Ipv4Address address) const;
    // True when a AND mask equals b AND mask.
    static bool sameNetwork(Ipv4Address a, Ipv4Address b, Ipv4Address mask);

    // The 2^borrowedBits subnets of network()/prefix()+borrowedBits, in address order.
    Parsed<QList<Subnet>> split(int borrowedBits) const;

    // address()/prefix() as given, such as "192.168.1.10/24".
    QString toString() const;

    // The three rows of the AND in binary: the address, the mask and the network they give.
    static QStringList binaryAndLines(Ipv4Address address, Ipv4Address mask);
    QStringList binaryAndLines() const { return binaryAndLines(m_address, mask()); }

    friend bool operator==(const Subnet &, const Subnet &) = default;

private:
    Ipv4Address m_address;
    int m_prefix = 0;
};

} // namespace NetSteps

Q_DECLARE_METATYPE(NetSteps::Subnet)
