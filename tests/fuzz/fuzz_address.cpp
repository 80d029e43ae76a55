// Fuzz target: IPv4 and MAC address text (Ipv4Address::parse, MacAddress::parse), as typed into
// the subnet panel and read from /proc/net/arp and lesson files.
//
// Properties: a parsed address prints back to a string that parses to the same value and prints
// the same again (the printed form is canonical); an IPv4 address accepted has exactly four
// decimal octets and nothing else; a rejection carries a message whose position, length and part
// lie within the text.

#include "fuzztarget.h"

#include "ipv4address.h"
#include "macaddress.h"

#include <QStringList>

namespace {

using namespace NetSteps;

void checkIpv4(const QString &text)
{
    const Parsed<Ipv4Address> parsed = Ipv4Address::parse(text);
    if (!parsed) {
        Fuzz::checkParseError(parsed.error(), text.size(), 3, "IPv4 address");
        return;
    }
    const QString printed = parsed->toString();
    const Parsed<Ipv4Address> again = Ipv4Address::parse(printed);
    FUZZ_CHECK(again.ok() && *again == *parsed, printed);
    FUZZ_CHECK(again->toString() == printed, printed);
    FUZZ_CHECK(text.count(u'.') == 3 && text.size() <= 15, text);
    for (const QChar c : text)
        FUZZ_CHECK(c == u'.' || (c >= u'0' && c <= u'9'), text);
    // Leading zeros are accepted ("010" is 10); without them the text is the printed form.
    const QStringList octets = text.split(u'.');
    bool leadingZero = false;
    for (const QString &octet : octets)
        leadingZero = leadingZero || (octet.size() > 1 && octet.startsWith(u'0'));
    FUZZ_CHECK(leadingZero || text == printed, text + QStringLiteral(" printed as ") + printed);
    const QString binary = parsed->toBinaryString();
    FUZZ_CHECK(binary.size() == 35, binary);
    QString bits = binary;
    bits.remove(u'.');
    bool ok = false;
    FUZZ_CHECK(bits.toUInt(&ok, 2) == parsed->toUInt() && ok, binary);
}

void checkMac(const QString &text)
{
    const Parsed<MacAddress> parsed = MacAddress::parse(text);
    if (!parsed) {
        Fuzz::checkParseError(parsed.error(), text.size(), 5, "MAC address");
        return;
    }
    const QString printed = parsed->toString();
    const Parsed<MacAddress> again = MacAddress::parse(printed);
    FUZZ_CHECK(again.ok() && *again == *parsed, printed);
    FUZZ_CHECK(again->toString() == printed, printed);
    FUZZ_CHECK(printed.size() == 17 && printed == printed.toLower(), printed);
    // Dashes (Windows' form) or colons, either case: the same text once normalised.
    QString normalised = text.toLower();
    normalised.replace(u'-', u':');
    FUZZ_CHECK(normalised == printed, text + QStringLiteral(" printed as ") + printed);
}

int fuzzAddress(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    checkIpv4(text);
    checkMac(text);
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("address", fuzzAddress)
