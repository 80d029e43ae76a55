#include "subnet.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

namespace NetSteps {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// An address error from Ipv4Address::parse, reworded to say that the address is the bad part.
ParseError addressError(const ParseError &error)
{
    return ParseError{Subnet::tr("In the address: %1").arg(error.message), error.position, error.length, error.part};
}

// Where octet `index` starts in dotted text that Ipv4Address::parse has accepted.
int octetStart(QStringView text, int index)
{
    int pos = 0;
    for (int i = 0; i < index; ++i)
        pos = int(text.indexOf(u'.', pos)) + 1;
    return pos;
}

// The index (0-3) of the octet holding the first 1 bit that follows a 0 bit, for a mask whose
// 1 bits are not contiguous from the left.
int firstBreakOctet(quint32 mask)
{
    const int firstZero = std::countl_one(mask);
    const quint32 below = firstZero >= 32 ? 0 : (mask << firstZero);
    const int bit = firstZero + std::countl_zero(below);
    return std::min(bit, 31) / 8;
}
} // namespace

Subnet::Subnet(Ipv4Address address, int prefix)
    : m_address(address),
      m_prefix(std::clamp(prefix, 0, 32))
{
}

Parsed<Subnet> Subnet::parse(QStringView cidr)
{
    if (cidr.isEmpty())
        return ParseError{tr("The subnet is empty; write an address, '/' and a prefix length, "
                             "such as 192.168.1.10/24."),
                          0, 0, -1};

    const int slash = int(cidr.indexOf(u'/'));
    const QStringView addressText = slash < 0 ? cidr : cidr.first(slash);
    if (addressText.isEmpty())
        return ParseError{tr("The address before '/' is empty; write four numbers 0-255 separated by "
                             "dots, such as 192.168.1.10/24."),
                          0, 0, -1};
    const Parsed<Ipv4Address> address = Ipv4Address::parse(addressText);
    if (!address)
        return addressError(address.error());

    if (slash < 0)
        return ParseError{tr("The prefix length is missing; write '/' and a number 0-32 after the "
                             "address, such as %1/24.")
                              .arg(addressText.toString()),
                          int(cidr.size()), 0, PrefixPart};

    const int start = slash + 1;
    if (start == cidr.size())
        return ParseError{tr("The prefix length after '/' is empty; write a number 0-32."), start, 0,
                          PrefixPart};
    const QStringView rest = cidr.sliced(start);
    if (rest.contains(u'.')) {
        const Parsed<int> maskPrefix = prefixFromMask(rest);
        if (maskPrefix)
            return ParseError{tr("After '/' comes the prefix length, not a mask; the mask %1 is /%2.")
                                  .arg(rest.toString())
                                  .arg(*maskPrefix),
                              start, int(rest.size()), PrefixPart};
        return ParseError{tr("After '/' comes the prefix length, not a mask; '%1' is not a valid mask either: %2")
                              .arg(rest.toString(), maskPrefix.error().message),
                          start, int(rest.size()), PrefixPart};
    }
    int pos = start;
    while (pos < cidr.size() && isAsciiDigit(cidr[pos]))
        ++pos;
    if (pos == start)
        return ParseError{tr("The prefix '%1' is not a number; write a number 0-32 after '/'.")
                              .arg(cidr.sliced(start).toString()),
                          start, int(cidr.size() - start), PrefixPart};

    const QStringView digits = cidr.sliced(start, pos - start);
    qsizetype zeros = 0;
    while (zeros < digits.size() - 1 && digits[zeros] == u'0')
        ++zeros;
    const QStringView significant = digits.sliced(zeros);
    if (significant.size() > 2 || significant.toInt() > 32)
        return ParseError{tr("The prefix %1 is over 32; an IPv4 address has only 32 bits.")
                              .arg(digits.toString()),
                          start, int(digits.size()), PrefixPart};
    if (pos != cidr.size())
        return ParseError{tr("Unexpected text after the prefix length: '%1'.").arg(cidr.sliced(pos).toString()),
                          pos, int(cidr.size() - pos), PrefixPart};

    return Subnet(*address, significant.toInt());
}

Parsed<Subnet> Subnet::parse(QStringView address, QStringView mask)
{
    const Parsed<Ipv4Address> parsedAddress = Ipv4Address::parse(address);
    if (!parsedAddress)
        return address.isEmpty() ? parsedAddress.error() : addressError(parsedAddress.error());
    const Parsed<int> prefix = prefixFromMask(mask);
    if (!prefix)
        return prefix.error();
    return Subnet(*parsedAddress, *prefix);
}

Parsed<int> Subnet::prefixFromMask(QStringView mask)
{
    if (mask.isEmpty())
        return ParseError{tr("The mask is empty; write four numbers 0-255 separated by dots, "
                             "such as 255.255.255.0."),
                          0, 0, -1};
    const Parsed<Ipv4Address> address = Ipv4Address::parse(mask);
    if (!address) {
        const ParseError &error = address.error();
        return ParseError{tr("In the mask: %1").arg(error.message), error.position, error.length, error.part};
    }
    if (const std::optional<int> prefix = prefixFromMask(*address))
        return *prefix;

    const int octet = firstBreakOctet(address->toUInt());
    const int start = octetStart(mask, octet);
    int end = start;
    while (end < mask.size() && mask[end] != u'.')
        ++end;
    const uint value = address->octet(octet);
    return ParseError{tr("The mask %1 is not valid: its 1 bits must be contiguous from the left, "
                         "but octet %2 (%3 = %4) has a 1 after a 0.")
                          .arg(mask.toString())
                          .arg(octet + 1)
                          .arg(value)
                          .arg(value, 8, 2, QLatin1Char('0')),
                      start, end - start, octet};
}

std::optional<int> Subnet::prefixFromMask(Ipv4Address mask)
{
    const quint32 hostBits = ~mask.toUInt();
    if ((hostBits & (hostBits + 1)) != 0)
        return std::nullopt;
    return std::popcount(mask.toUInt());
}

Ipv4Address Subnet::maskFromPrefix(int prefix)
{
    const int bits = std::clamp(prefix, 0, 32);
    return Ipv4Address(bits == 0 ? 0u : ~quint32(0) << (32 - bits));
}

Ipv4Address Subnet::firstHost() const
{
    if (m_prefix == 32)
        return m_address;
    if (m_prefix == 31)
        return network();
    return Ipv4Address(network().toUInt() + 1);
}

Ipv4Address Subnet::lastHost() const
{
    if (m_prefix == 32)
        return m_address;
    if (m_prefix == 31)
        return broadcast();
    return Ipv4Address(broadcast().toUInt() - 1);
}

quint64 Subnet::hostCount() const
{
    if (m_prefix == 32)
        return 1;
    if (m_prefix == 31)
        return 2;
    return (quint64(1) << (32 - m_prefix)) - 2;
}

bool Subnet::contains(Ipv4Address address) const
{
    return sameNetwork(address, m_address, mask());
}

bool Subnet::sameNetwork(Ipv4Address a, Ipv4Address b, Ipv4Address mask)
{
    return (a.toUInt() & mask.toUInt()) == (b.toUInt() & mask.toUInt());
}

Parsed<QList<Subnet>> Subnet::split(int borrowedBits) const
{
    if (borrowedBits < 0)
        return ParseError{tr("Cannot borrow %1 bits; borrow 0 or more host bits.").arg(borrowedBits), -1, 0, -1};
    if (borrowedBits > 32 - m_prefix)
        return ParseError{tr("Borrowing %1 bits from a /%2 goes past /32; a /%2 has only %3 host bits "
                             "to borrow.")
                              .arg(borrowedBits)
                              .arg(m_prefix)
                              .arg(32 - m_prefix),
                          -1, 0, -1};
    if (borrowedBits > MaxSplitBits)
        return ParseError{tr("Borrowing %1 bits makes %2 subnets, too many to list; borrow at most %3 bits.")
                              .arg(borrowedBits)
                              .arg(quint64(1) << borrowedBits)
                              .arg(MaxSplitBits),
                          -1, 0, -1};

    const int prefix = m_prefix + borrowedBits;
    const quint64 size = quint64(1) << (32 - prefix);
    const quint64 count = quint64(1) << borrowedBits;
    const quint64 base = network().toUInt();
    QList<Subnet> subnets;
    subnets.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i)
        subnets.append(Subnet(Ipv4Address(quint32(base + i * size)), prefix));
    return subnets;
}

QString Subnet::toString() const
{
    return QStringLiteral("%1/%2").arg(m_address.toString()).arg(m_prefix);
}

QStringList Subnet::binaryAndLines(Ipv4Address address, Ipv4Address mask)
{
    return {address.toBinaryString(), mask.toBinaryString(),
            Ipv4Address(address.toUInt() & mask.toUInt()).toBinaryString()};
}

} // namespace NetSteps
