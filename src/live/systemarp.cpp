#include "systemarp.h"

#include <QFile>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace NetSteps {

namespace {

constexpr int columnCount = 6;

// "0x1", "0x2": the kernel prints HW type and Flags as "0x%x".
std::optional<int> parseHex(QStringView text)
{
    if (!text.startsWith(u"0x") || text.size() < 3 || text.size() > 10)
        return std::nullopt;
    bool ok = false;
    const uint value = text.sliced(2).toUInt(&ok, 16);
    if (!ok || value > uint(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(value);
}

bool isHardwareAddress(const QString &text)
{
    static const QRegularExpression bytes(QStringLiteral("^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2})*$"));
    return bytes.match(text).hasMatch();
}

Parsed<SystemArpEntry> parseEntry(QStringView line, int offset, int lineNumber)
{
    const QList<QStringView> columns = line.split(u' ', Qt::SkipEmptyParts);
    const int length = int(line.size());
    if (columns.size() != columnCount) {
        return ParseError{SystemArp::tr("Line %1 has %2 column(s); an entry has %3: IP address, HW type, Flags, "
                                       "HW address, Mask, Device.")
                             .arg(lineNumber)
                             .arg(columns.size())
                             .arg(columnCount),
                          offset, length, lineNumber};
    }
    SystemArpEntry entry;
    const Parsed<Ipv4Address> ip = Ipv4Address::parse(columns.at(0));
    if (!ip) {
        return ParseError{SystemArp::tr("Line %1: the IP address '%2' is not valid: %3")
                             .arg(lineNumber)
                             .arg(columns.at(0).toString(), ip.error().message),
                          offset, length, lineNumber};
    }
    entry.ip = *ip;
    const std::optional<int> type = parseHex(columns.at(1));
    const std::optional<int> flags = parseHex(columns.at(2));
    if (!type || !flags) {
        return ParseError{SystemArp::tr("Line %1: HW type '%2' and Flags '%3' should be hexadecimal numbers such as 0x1.")
                             .arg(lineNumber)
                             .arg(columns.at(1).toString(), columns.at(2).toString()),
                          offset, length, lineNumber};
    }
    entry.hardwareType = *type;
    entry.flags = *flags;
    entry.hardwareAddress = columns.at(3).toString().toLower();
    if (!isHardwareAddress(entry.hardwareAddress)) {
        return ParseError{SystemArp::tr("Line %1: the HW address '%2' should be bytes in hexadecimal separated by "
                                       "colons, such as 02:00:00:00:00:01.")
                             .arg(lineNumber)
                             .arg(columns.at(3).toString()),
                          offset, length, lineNumber};
    }
    entry.mask = columns.at(4).toString();
    entry.device = columns.at(5).toString();
    return entry;
}

} // namespace

SystemArpTable SystemArp::parse(QStringView text)
{
    SystemArpTable table;
    int lineNumber = 0;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView raw = text.sliced(lineStart, lineEnd - lineStart);
        const QStringView line = raw.trimmed();
        const int offset = int(lineStart + (line.isEmpty() ? 0 : line.data() - raw.data()));
        ++lineNumber;
        if (lineNumber == 1) {
            if (!line.startsWith(u"IP address")) {
                table.problems.append(ParseError{tr("Line 1 should be the header of /proc/net/arp, \"IP address  HW "
                                                   "type  Flags  HW address  Mask  Device\"; it reads '%1'.")
                                                    .arg(line.toString()),
                                                 offset, int(line.size()), lineNumber});
            }
        } else if (!line.isEmpty()) {
            const Parsed<SystemArpEntry> entry = parseEntry(line, offset, lineNumber);
            if (entry)
                table.entries.append(*entry);
            else
                table.problems.append(entry.error());
        }
        lineStart = lineEnd + 1;
    }
    return table;
}

Parsed<SystemArpTable> SystemArp::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return ParseError{tr("This system has no %1, where Linux lists its ARP cache, so the cache cannot be shown "
                             "here (on Windows, 'arp -a' lists it; on macOS, 'arp -an').")
                              .arg(path)};
    // /proc files report a size of 0: readAll() reads until the end all the same.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return ParseError{tr("Cannot read %1: %2").arg(path, file.errorString())};
    return parse(QString::fromUtf8(file.readAll()));
}

QString SystemArp::hardwareTypeName(int type)
{
    switch (type) {
    case SystemArpEntry::ethernetType: return tr("Ethernet");
    case 6: return tr("IEEE 802 (Token Ring)");
    case 24: return tr("FireWire (IEEE 1394)");
    case 32: return tr("InfiniBand");
    default: return {};
    }
}

QString SystemArp::flagsMeaning(int flags)
{
    QStringList meanings;
    if (flags & SystemArpEntry::permanentFlag)
        meanings.append(tr("permanent"));
    if (flags & SystemArpEntry::publishedFlag)
        meanings.append(tr("published (proxy ARP)"));
    meanings.append(flags & SystemArpEntry::completeFlag ? tr("complete") : tr("incomplete"));
    return meanings.join(tr(", ", "between the items of a list"));
}

} // namespace NetSteps
