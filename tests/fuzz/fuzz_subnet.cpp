// Fuzz target: subnet text (Subnet::parse of "a.b.c.d/n" and of an address and a dotted mask,
// Subnet::prefixFromMask), as typed into the subnet panel and given to `netsteps-cli subnet`.
//
// Properties: a parsed subnet prints back to a string that parses to the same subnet; its prefix
// is 0-32 and its mask is the one the prefix gives, and reads back as that prefix; network <=
// first host <= last host <= broadcast, with the host count RFC 3021 gives for the prefix; the
// address is inside the subnet; a split into 2^n parts tiles the subnet exactly, or is refused
// with a message. A parsed mask is contiguous and gives back the same prefix. Every rejection
// carries a message whose position and length lie within the text.

#include "fuzztarget.h"

#include "subnet.h"

namespace {

using namespace NetSteps;

QString describe(const Subnet &subnet)
{
    return QStringLiteral("%1 (network %2, broadcast %3)")
        .arg(subnet.toString(), subnet.network().toString(), subnet.broadcast().toString());
}

void checkSubnet(const Subnet &subnet, int borrowedBits)
{
    const QString what = describe(subnet);
    FUZZ_CHECK(subnet.prefix() >= 0 && subnet.prefix() <= 32, what);
    const Parsed<Subnet> again = Subnet::parse(subnet.toString());
    FUZZ_CHECK(again.ok() && *again == subnet, what);
    FUZZ_CHECK(subnet.mask() == Subnet::maskFromPrefix(subnet.prefix()), what);
    FUZZ_CHECK(Subnet::prefixFromMask(subnet.mask()) == subnet.prefix(), what);
    const Parsed<int> fromText = Subnet::prefixFromMask(subnet.mask().toString());
    FUZZ_CHECK(fromText.ok() && *fromText == subnet.prefix(), what);
    FUZZ_CHECK(subnet.contains(subnet.address()), what);
    FUZZ_CHECK(subnet.network() <= subnet.firstHost() && subnet.firstHost() <= subnet.lastHost()
                   && subnet.lastHost() <= subnet.broadcast(),
               what);
    const quint64 size = quint64(1) << (32 - subnet.prefix());
    const quint64 expectedHosts = subnet.prefix() >= 31 ? size : size - 2;
    FUZZ_CHECK(subnet.hostCount() == expectedHosts, what);
    FUZZ_CHECK(subnet.lastHost().toUInt() - subnet.firstHost().toUInt() + 1 == expectedHosts, what);
    FUZZ_CHECK(Subnet::sameNetwork(subnet.address(), subnet.broadcast(), subnet.mask()), what);
    FUZZ_CHECK(subnet.binaryAndLines().size() == 3, what);

    const Parsed<QList<Subnet>> parts = subnet.split(borrowedBits);
    if (!parts) {
        FUZZ_CHECK(subnet.prefix() + borrowedBits > 32 || borrowedBits > Subnet::MaxSplitBits,
                   what + QStringLiteral(" split %1 refused: %2").arg(borrowedBits).arg(parts.error().message));
        FUZZ_CHECK(!parts.error().message.isEmpty(), what);
        return;
    }
    FUZZ_CHECK(parts->size() == (qsizetype(1) << borrowedBits), what);
    quint64 next = subnet.network().toUInt();
    for (const Subnet &part : *parts) {
        FUZZ_CHECK(part.prefix() == subnet.prefix() + borrowedBits, what + QStringLiteral(" part ") + part.toString());
        FUZZ_CHECK(part.network().toUInt() == next, what + QStringLiteral(" part ") + part.toString());
        next = quint64(part.broadcast().toUInt()) + 1;
    }
    FUZZ_CHECK(next == quint64(subnet.broadcast().toUInt()) + 1, what);
}

int fuzzSubnet(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(Fuzz::bytes(data, size));
    // Splits of at most 6 bits keep one run fast; tst_subnet covers the 16-bit limit.
    const int borrowedBits = input.byte() % 7;
    const QString text = QString::fromUtf8(input.rest());

    const Parsed<Subnet> cidr = Subnet::parse(text);
    if (cidr)
        checkSubnet(*cidr, borrowedBits);
    else
        Fuzz::checkParseError(cidr.error(), text.size(), Subnet::PrefixPart, "subnet");

    // The address and the mask as the panel's two fields: the text up to the first line break,
    // and the rest.
    const qsizetype lineBreak = text.indexOf(u'\n');
    const QString address = lineBreak < 0 ? text : text.first(lineBreak);
    const QString mask = lineBreak < 0 ? QString() : text.sliced(lineBreak + 1);
    const Parsed<Subnet> pair = Subnet::parse(address, mask);
    if (pair) {
        checkSubnet(*pair, borrowedBits);
        FUZZ_CHECK(pair->address() == *Ipv4Address::parse(address), address);
        FUZZ_CHECK(pair->mask() == *Ipv4Address::parse(mask), mask);
    } else {
        // Positions are within the field the message names.
        Fuzz::checkParseError(pair.error(), qMax(address.size(), mask.size()), 3, "address and mask");
    }

    const Parsed<int> prefix = Subnet::prefixFromMask(text);
    if (prefix) {
        const Parsed<Ipv4Address> maskAddress = Ipv4Address::parse(text);
        FUZZ_CHECK(maskAddress.ok() && Subnet::maskFromPrefix(*prefix) == *maskAddress, text);
        FUZZ_CHECK(Subnet::prefixFromMask(*maskAddress) == *prefix, text);
    } else {
        Fuzz::checkParseError(prefix.error(), text.size(), 3, "mask");
        const Parsed<Ipv4Address> maskAddress = Ipv4Address::parse(text);
        FUZZ_CHECK(!maskAddress || !Subnet::prefixFromMask(*maskAddress), text);
    }
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("subnet", fuzzSubnet)
