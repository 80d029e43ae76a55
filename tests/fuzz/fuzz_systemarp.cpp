// Fuzz target: the text of Linux's /proc/net/arp (SystemArp::parse), this machine's ARP cache
// as `netsteps-cli arp --system` and the ARP lessons show it.
//
// Properties: every line after the header gives an entry or a problem, never both; a problem
// carries a message, its 1-based line number as its part, and a position and length within the
// text; an entry has a valid address, a lower-case hardware address of colon-separated bytes and
// non-empty mask and device columns; the entries, printed back as the kernel prints them, parse
// to the same entries with no problem.

#include "fuzztarget.h"

#include "systemarp.h"

namespace {

using namespace NetSteps;

int fuzzSystemArp(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const SystemArpTable table = SystemArp::parse(text);
    const qsizetype lines = text.count(u'\n') + 1;
    FUZZ_CHECK(table.entries.size() + table.problems.size() <= lines,
               QStringLiteral("%1 entries and %2 problems from %3 lines")
                   .arg(table.entries.size())
                   .arg(table.problems.size())
                   .arg(lines));
    for (const ParseError &problem : table.problems) {
        Fuzz::checkParseError(problem, text.size(), int(lines), "/proc/net/arp");
        FUZZ_CHECK(problem.part >= 1, problem.message);
    }

    QString printed = QStringLiteral("IP address       HW type     Flags       HW address            Mask     Device\n");
    for (const SystemArpEntry &entry : table.entries) {
        const QString line = entry.ip.toString();
        FUZZ_CHECK(Ipv4Address::parse(line).ok(), line);
        FUZZ_CHECK(entry.hardwareType >= 0 && entry.flags >= 0, line);
        FUZZ_CHECK(entry.hardwareAddress == entry.hardwareAddress.toLower() && !entry.hardwareAddress.isEmpty(),
                   entry.hardwareAddress);
        FUZZ_CHECK(!entry.mask.isEmpty() && !entry.device.isEmpty() && !entry.mask.contains(u' ')
                       && !entry.device.contains(u' '),
                   entry.mask + QStringLiteral(" / ") + entry.device);
        FUZZ_CHECK(!SystemArp::flagsMeaning(entry.flags).isEmpty(), line);
        printed += QStringLiteral("%1 0x%2 0x%3 %4 %5 %6\n")
                       .arg(entry.ip.toString().leftJustified(16))
                       .arg(entry.hardwareType, 0, 16)
                       .arg(entry.flags, 0, 16)
                       .arg(entry.hardwareAddress, entry.mask, entry.device);
    }
    const SystemArpTable again = SystemArp::parse(printed);
    FUZZ_CHECK(again.problems.isEmpty(),
               printed + (again.problems.isEmpty() ? QString() : again.problems.first().message));
    FUZZ_CHECK(again.entries == table.entries, printed);
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("systemarp", fuzzSystemArp)
