#include "framedecoder.h"

#include "framewire.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace NetSteps::FrameCodec {

namespace {

const QString LayerEthernet = QStringLiteral("Ethernet II");
const QString LayerArp = QStringLiteral("ARP");
const QString LayerIpv4 = QStringLiteral("IPv4");
const QString LayerTcp = QStringLiteral("TCP");
const QString LayerUdp = QStringLiteral("UDP");
const QString LayerIcmp = QStringLiteral("ICMP");
const QString LayerPayload = QStringLiteral("Payload");

QString macValue(const MacAddress &mac)
{
    return mac.isBroadcast() ? tr("%1 (broadcast)").arg(mac.toString()) : mac.toString();
}

QString etherTypeValue(quint16 type)
{
    switch (type) {
    case EthernetHeader::Ipv4: return tr("%1 (IPv4)").arg(hex(type, 4));
    case EthernetHeader::Arp: return tr("%1 (ARP)").arg(hex(type, 4));
    }
    return hex(type, 4);
}

QString arpOperationValue(quint16 operation)
{
    switch (operation) {
    case ArpPacket::Request: return tr("1 (request)");
    case ArpPacket::Reply: return tr("2 (reply)");
    }
    return QString::number(operation);
}

QString protocolValue(quint8 protocol)
{
    switch (protocol) {
    case Ipv4Header::Tcp: return tr("6 (TCP)");
    case Ipv4Header::Udp: return tr("17 (UDP)");
    case Ipv4Header::Icmp: return tr("1 (ICMP)");
    }
    return QString::number(protocol);
}

QString flagsMeaning(TcpFlags flags)
{
    if (!flags)
        return tr("No flag is set.");
    QStringList sentences;
    if (flags & TcpFlag::Syn)
        sentences << tr("SYN: synchronise sequence numbers; it opens a connection and carries the "
                        "initial sequence number.");
    if (flags & TcpFlag::Fin)
        sentences << tr("FIN: the sender has no more data to send and closes its direction.");
    if (flags & TcpFlag::Rst)
        sentences << tr("RST: reset; the connection is aborted at once.");
    if (flags & TcpFlag::Psh)
        sentences << tr("PSH: push; hand the data to the application without waiting for more.");
    if (flags & TcpFlag::Ack)
        sentences << tr("ACK: the acknowledgment number is valid.");
    if (flags & TcpFlag::Urg)
        sentences << tr("URG: the urgent pointer is valid.");
    if (flags & TcpFlag::Ece)
        sentences << tr("ECE: ECN echo; the network signalled congestion (on a SYN: ECN is supported).");
    if (flags & TcpFlag::Cwr)
        sentences << tr("CWR: congestion window reduced; the sender reacted to an ECN echo.");
    return sentences.join(u' ');
}

QString payloadValue(QByteArrayView data)
{
    bool printable = true;
    for (char c : data) {
        if ((c < 0x20 || c > 0x7e) && c != '\r' && c != '\n' && c != '\t') {
            printable = false;
            break;
        }
    }
    constexpr qsizetype previewLength = 32;
    const QByteArrayView preview = data.first(qMin(data.size(), previewLength));
    const QString ellipsis = data.size() > previewLength ? QStringLiteral("…") : QString();
    if (printable) {
        QString text = QString::fromLatin1(preview);
        text.replace(u'\r', QStringLiteral("\\r"))
            .replace(u'\n', QStringLiteral("\\n"))
            .replace(u'\t', QStringLiteral("\\t"));
        return tr("%1: \"%2\"").arg(byteCount(data.size()), text + ellipsis);
    }
    return tr("%1: %2").arg(byteCount(data.size()),
                            QString::fromLatin1(preview.toByteArray().toHex(' ')) + ellipsis);
}

// Walks the bytes of one frame, layer by layer, filling a Frame and, when asked, the list of
// fields with their offsets. Every read is preceded by a check that the bytes are there.
class Decoder
{
    Q_DECLARE_TR_FUNCTIONS(NetSteps::FrameCodec::Decoder)

public:
    Decoder(QByteArrayView bytes, QList<FrameField> *fields) : m_bytes(bytes), m_fields(fields) {}

    Parsed<Frame> run()
    {
        if (auto error = ethernet())
            return *error;
        return m_frame;
    }

private:
    void field(const QString &layer, const QString &name, const QString &value, const QString &meaning,
               qsizetype offset, qsizetype length)
    {
        if (m_fields)
            m_fields->append(FrameField{layer, name, value, meaning, int(offset), int(length)});
    }

    static ParseError error(const QString &message, qsizetype position, qsizetype length)
    {
        return ParseError{message, int(position), int(length), -1};
    }

    void payload(QByteArrayView data, qsizetype offset, const QString &meaning)
    {
        m_frame.payload = data.toByteArray();
        if (!data.isEmpty())
            field(LayerPayload, tr("Data"), payloadValue(data), meaning, offset, data.size());
    }

    std::optional<ParseError> ethernet()
    {
        const qsizetype size = m_bytes.size();
        if (size < EthernetHeaderLength)
            return error(tr("Ethernet II header: %1 bytes captured, but the header needs 14.").arg(size),
                         size, 0);
        EthernetHeader &eth = m_frame.ethernet;
        eth.destination = getMac(m_bytes, 0);
        eth.source = getMac(m_bytes, 6);
        eth.etherType = get16(m_bytes, 12);
        field(LayerEthernet, tr("Destination"), macValue(eth.destination),
              tr("The MAC address of the interface this frame is for on this link; ff:ff:ff:ff:ff:ff "
                 "means every station on the link."),
              0, 6);
        field(LayerEthernet, tr("Source"), macValue(eth.source),
              tr("The MAC address of the interface that put this frame on the link."), 6, 6);
        field(LayerEthernet, tr("Type"), etherTypeValue(eth.etherType),
              tr("The EtherType: which protocol the frame carries (0x0800 IPv4, 0x0806 ARP)."), 12, 2);
        if (eth.etherType < 0x0600)
            return error(tr("Ethernet II header: type field %1 is an IEEE 802.3 length, not an "
                            "EtherType; NetSteps decodes Ethernet II frames only.")
                             .arg(hex(eth.etherType, 4)),
                         12, 2);

        qsizetype end = size;
        std::optional<ParseError> failure;
        if (eth.etherType == EthernetHeader::Arp)
            failure = arp(EthernetHeaderLength, end);
        else if (eth.etherType == EthernetHeader::Ipv4)
            failure = ipv4(EthernetHeaderLength, end);
        else
            payload(m_bytes.sliced(EthernetHeaderLength), EthernetHeaderLength,
                    tr("The bytes of a protocol that NetSteps does not decode."));
        if (failure)
            return failure;
        if (end < size)
            field(LayerEthernet, tr("Padding"), byteCount(size - end),
                  tr("Bytes after the packet that only fill the frame up to Ethernet's minimum "
                     "size; they carry nothing."),
                  end, size - end);
        return std::nullopt;
    }

    std::optional<ParseError> arp(qsizetype at, qsizetype &end)
    {
        const qsizetype available = m_bytes.size() - at;
        if (available < ArpPacketLength)
            return error(
                tr("ARP packet: %1 bytes captured, but an Ethernet/IPv4 ARP packet needs 28.").arg(available),
                m_bytes.size(), 0);
        const quint16 hardwareType = get16(m_bytes, at);
        const quint16 protocolType = get16(m_bytes, at + 2);
        const quint8 hardwareSize = get8(m_bytes, at + 4);
        const quint8 protocolSize = get8(m_bytes, at + 5);
        if (hardwareType != 1)
            return error(tr("ARP packet: hardware type %1 is not Ethernet (1).").arg(hardwareType), at, 2);
        if (protocolType != EthernetHeader::Ipv4)
            return error(tr("ARP packet: protocol type %1 is not IPv4 (0x0800).").arg(hex(protocolType, 4)),
                         at + 2, 2);
        if (hardwareSize != 6)
            return error(
                tr("ARP packet: hardware size %1 is not the 6 bytes of a MAC address.").arg(hardwareSize),
                at + 4, 1);
        if (protocolSize != 4)
            return error(
                tr("ARP packet: protocol size %1 is not the 4 bytes of an IPv4 address.").arg(protocolSize),
                at + 5, 1);
        ArpPacket packet;
        packet.operation = get16(m_bytes, at + 6);
        packet.senderMac = getMac(m_bytes, at + 8);
        packet.senderIp = Ipv4Address(get32(m_bytes, at + 14));
        packet.targetMac = getMac(m_bytes, at + 18);
        packet.targetIp = Ipv4Address(get32(m_bytes, at + 24));
        m_frame.arp = packet;
        end = at + ArpPacketLength;

        field(LayerArp, tr("Hardware type"), tr("1 (Ethernet)"),
              tr("The kind of link address the packet is about: 1 means Ethernet MAC addresses."), at, 2);
        field(LayerArp, tr("Protocol type"), tr("0x0800 (IPv4)"),
              tr("The kind of network address the packet is about: 0x0800 means IPv4."), at + 2, 2);
        field(LayerArp, tr("Hardware size"), QString::number(hardwareSize),
              tr("The length of a MAC address in bytes."), at + 4, 1);
        field(LayerArp, tr("Protocol size"), QString::number(protocolSize),
              tr("The length of an IPv4 address in bytes."), at + 5, 1);
        const QString operation = arpOperationValue(packet.operation);
        field(LayerArp, tr("Opcode"), operation,
              tr("What the packet does: 1 asks who has an IPv4 address (request), 2 answers (reply)."),
              at + 6, 2);
        field(LayerArp, tr("Sender MAC address"), packet.senderMac.toString(),
              tr("The MAC address of the host sending this packet; whoever receives it may cache it."),
              at + 8, 6);
        field(LayerArp, tr("Sender IP address"), packet.senderIp.toString(),
              tr("The IPv4 address of the sender, which goes with the sender MAC address."), at + 14, 4);
        field(LayerArp, tr("Target MAC address"), packet.targetMac.toString(),
              packet.operation == ArpPacket::Request
                  ? (packet.targetMac == MacAddress()
                         ? tr("Still unknown, so all zeros: this is the address the request asks for.")
                         : tr("The address the request asks for; a request normally leaves it all zeros."))
                  : tr("The MAC address of the host that asked."),
              at + 18, 6);
        field(LayerArp, tr("Target IP address"), packet.targetIp.toString(),
              packet.operation == ArpPacket::Request
                  ? tr("The IPv4 address whose MAC address the sender wants to know.")
                  : tr("The IPv4 address of the host that asked."),
              at + 24, 4);
        return std::nullopt;
    }

    std::optional<ParseError> ipv4(qsizetype at, qsizetype &end)
    {
        const qsizetype available = m_bytes.size() - at;
        if (available < Ipv4MinimumHeaderLength)
            return error(
                tr("IPv4 header: %1 bytes captured, but the header needs at least 20.").arg(available),
                m_bytes.size(), 0);
        const quint8 first = get8(m_bytes, at);
        const int version = first >> 4;
        const int headerLength = (first & 0x0f) * 4;
        if (version != 4)
            return error(tr("IPv4 header: version %1, but IPv4 is version 4.").arg(version), at, 1);
        if (headerLength < Ipv4MinimumHeaderLength)
            return error(
                tr("IPv4 header: header length %1 bytes is below the minimum of 20.").arg(headerLength), at,
                1);
        if (headerLength > available)
            return error(tr("IPv4 header: header length %1 exceeds the %2 bytes captured.")
                             .arg(headerLength)
                             .arg(available),
                         at, 1);
        Ipv4Header ip;
        ip.dscpEcn = get8(m_bytes, at + 1);
        ip.totalLength = get16(m_bytes, at + 2);
        if (ip.totalLength < headerLength)
            return error(tr("IPv4 header: total length %1 is smaller than the header length %2.")
                             .arg(ip.totalLength)
                             .arg(headerLength),
                         at + 2, 2);
        if (ip.totalLength > available)
            return error(tr("IPv4 header: total length %1 exceeds the %2 bytes captured.")
                             .arg(ip.totalLength)
                             .arg(available),
                         at + 2, 2);
        ip.identification = get16(m_bytes, at + 4);
        const quint16 fragment = get16(m_bytes, at + 6);
        if ((fragment & MoreFragmentsBit) || (fragment & FragmentOffsetMask))
            return error(tr("IPv4 header: this packet is a fragment (offset %1 bytes); NetSteps does not "
                            "reassemble fragments.")
                             .arg((fragment & FragmentOffsetMask) * 8),
                         at + 6, 2);
        ip.dontFragment = fragment & DontFragmentBit;
        ip.ttl = get8(m_bytes, at + 8);
        ip.protocol = get8(m_bytes, at + 9);
        ip.checksum = get16(m_bytes, at + 10);
        ip.source = Ipv4Address(get32(m_bytes, at + 12));
        ip.destination = Ipv4Address(get32(m_bytes, at + 16));
        m_frame.ipv4 = ip;
        end = at + ip.totalLength;

        field(LayerIpv4, tr("Version and header length"), tr("4, %1 bytes").arg(headerLength),
              tr("IP version 4, and the header length in 32-bit words (5 words, 20 bytes, without options)."),
              at, 1);
        field(LayerIpv4, tr("Differentiated services"), hex(ip.dscpEcn, 2),
              tr("A priority class (DSCP) and congestion-notification bits (ECN); 0 for ordinary traffic."),
              at + 1, 1);
        field(LayerIpv4, tr("Total length"), QString::number(ip.totalLength),
              tr("The length of the whole IPv4 packet, header and data, in bytes."), at + 2, 2);
        field(LayerIpv4, tr("Identification"),
              tr("%1 (%2)").arg(hex(ip.identification, 4)).arg(ip.identification),
              tr("Ties the fragments of one packet together; unused when the packet is never fragmented."),
              at + 4, 2);
        field(LayerIpv4, tr("Flags and fragment offset"),
              ip.dontFragment ? tr("%1 (Don't fragment)").arg(hex(fragment, 4)) : hex(fragment, 4),
              tr("Don't Fragment (DF) tells routers to drop the packet rather than split it; the offset "
                 "says where a fragment belongs."),
              at + 6, 2);
        field(LayerIpv4, tr("Time to live"), QString::number(ip.ttl),
              tr("Hops left: each router subtracts 1 and drops the packet at 0, so a lost packet cannot "
                 "circle forever."),
              at + 8, 1);
        const QString protocol = protocolValue(ip.protocol);
        field(LayerIpv4, tr("Protocol"), protocol, tr("Which protocol the data is for: 6 is TCP, 17 is UDP, 1 is ICMP."),
              at + 9, 1);
        field(LayerIpv4, tr("Header checksum"), hex(ip.checksum, 4),
              tr("Detects damage to the IPv4 header; every router recomputes it after lowering the TTL."),
              at + 10, 2);
        field(LayerIpv4, tr("Source address"), ip.source.toString(),
              tr("The IPv4 address of the sending host; routers forward the packet without changing it "
                 "(unless one translates addresses, NAT)."), at + 12,
              4);
        field(LayerIpv4, tr("Destination address"), ip.destination.toString(),
              tr("The IPv4 address of the final receiver; routers forward the packet by it."), at + 16, 4);
        if (headerLength > Ipv4MinimumHeaderLength)
            field(LayerIpv4, tr("Options"), byteCount(headerLength - Ipv4MinimumHeaderLength),
                  tr("IPv4 options, rarely used; NetSteps does not interpret them."),
                  at + Ipv4MinimumHeaderLength, headerLength - Ipv4MinimumHeaderLength);

        const qsizetype dataAt = at + headerLength;
        const qsizetype dataLength = ip.totalLength - headerLength;
        if (ip.protocol == Ipv4Header::Tcp)
            return tcp(dataAt, dataLength);
        if (ip.protocol == Ipv4Header::Udp)
            return udp(dataAt, dataLength);
        if (ip.protocol == Ipv4Header::Icmp)
            return icmp(dataAt, dataLength);
        payload(m_bytes.sliced(dataAt, dataLength), dataAt,
                tr("The data of a protocol above IPv4 that NetSteps does not decode."));
        return std::nullopt;
    }

    std::optional<ParseError> tcp(qsizetype at, qsizetype length)
    {
        if (length < TcpMinimumHeaderLength)
            return error(
                tr("TCP header: the segment has %1 bytes, but the header needs at least 20.").arg(length),
                at + length, 0);
        TcpHeader tcp;
        tcp.sourcePort = get16(m_bytes, at);
        tcp.destinationPort = get16(m_bytes, at + 2);
        tcp.seq = get32(m_bytes, at + 4);
        tcp.ack = get32(m_bytes, at + 8);
        const int headerLength = (get8(m_bytes, at + 12) >> 4) * 4;
        if (headerLength < TcpMinimumHeaderLength)
            return error(tr("TCP header: data offset %1 bytes is below the minimum of 20.").arg(headerLength),
                         at + 12, 1);
        if (headerLength > length)
            return error(tr("TCP header: data offset %1 bytes exceeds the %2-byte segment.")
                             .arg(headerLength)
                             .arg(length),
                         at + 12, 1);
        tcp.flags = tcpFlagsFromByte(get8(m_bytes, at + 13));
        tcp.window = get16(m_bytes, at + 14);
        tcp.checksum = get16(m_bytes, at + 16);
        tcp.urgentPointer = get16(m_bytes, at + 18);

        field(LayerTcp, tr("Source port"), QString::number(tcp.sourcePort),
              tr("The sending program's port; with the two addresses and the other port it names the "
                 "connection."),
              at, 2);
        field(LayerTcp, tr("Destination port"), QString::number(tcp.destinationPort),
              tr("The receiving program's port, such as the port a server listens on."), at + 2, 2);
        field(LayerTcp, tr("Sequence number"), QString::number(tcp.seq),
              tr("The number of this segment's first data byte; a SYN or a FIN takes up one number too."),
              at + 4, 4);
        field(LayerTcp, tr("Acknowledgment number"), QString::number(tcp.ack),
              tcp.flags & TcpFlag::Ack
                  ? tr("The next sequence number the sender expects to receive: everything before it has "
                       "arrived.")
                  : tr("Not in use, because the ACK flag is not set."),
              at + 8, 4);
        field(LayerTcp, tr("Header length"),
              tr("%1 bytes (%2 words)").arg(headerLength).arg(headerLength / 4),
              tr("The length of the TCP header in 32-bit words: 20 bytes plus the options."), at + 12, 1);
        const QString flagNames = tcpFlagsToString(tcp.flags);
        field(LayerTcp, tr("Flags"),
              flagNames.isEmpty() ? hex(tcpFlagsToByte(tcp.flags), 2)
                                  : tr("%1 (%2)").arg(hex(tcpFlagsToByte(tcp.flags), 2), flagNames),
              flagsMeaning(tcp.flags), at + 13, 1);
        field(LayerTcp, tr("Window"), QString::number(tcp.window),
              tcp.flags.testFlag(TcpFlag::Syn)
                  ? tr("How many more bytes the sender of this segment is ready to receive; in a SYN this is "
                       "never scaled.")
                  : tr("How many more bytes the sender of this segment is ready to receive, times the window "
                       "scale factor if both SYNs carried the window scale option."),
              at + 14, 2);
        field(LayerTcp, tr("Checksum"), hex(tcp.checksum, 4),
              tr("Covers the TCP header, the data and a pseudo-header (the two IP addresses, the protocol "
                 "number and the TCP length), so a damaged or misdelivered segment is noticed."),
              at + 16, 2);
        field(LayerTcp, tr("Urgent pointer"), QString::number(tcp.urgentPointer),
              tr("Where urgent data ends, when the URG flag is set; almost never used."), at + 18, 2);

        if (auto failure = tcpOptions(at + TcpMinimumHeaderLength, at + headerLength, tcp.options))
            return failure;
        m_frame.tcp = tcp;
        payload(m_bytes.sliced(at + headerLength, length - headerLength), at + headerLength,
                tr("The application's bytes; the next sequence number from this side moves on by their "
                   "count."));
        return std::nullopt;
    }

    std::optional<ParseError> tcpOptions(qsizetype at, qsizetype end, TcpOptions &options)
    {
        qsizetype p = at;
        while (p < end) {
            const quint8 kind = get8(m_bytes, p);
            if (kind == OptionEnd) {
                field(LayerTcp, tr("End of option list"), byteCount(end - p),
                      tr("The options end here; the bytes up to the header length are padding."), p, end - p);
                return std::nullopt;
            }
            if (kind == OptionNop) {
                field(LayerTcp, tr("No-operation"), QString(),
                      tr("A filler byte that lines the next option up on a 4-byte boundary."), p, 1);
                ++p;
                continue;
            }
            if (p + 1 >= end)
                return error(
                    tr("TCP options: option kind %1 at byte %2 has no length byte.").arg(kind).arg(p), p,
                    end - p);
            const quint8 length = get8(m_bytes, p + 1);
            if (length < 2)
                return error(tr("TCP options: option kind %1 has length %2, but a length is at least 2.")
                                 .arg(kind)
                                 .arg(length),
                             p + 1, 1);
            if (p + length > end)
                return error(tr("TCP options: option kind %1 with length %2 runs past the end of the header.")
                                 .arg(kind)
                                 .arg(length),
                             p, end - p);
            const auto expect = [&](const QString &name, int expected) -> std::optional<ParseError> {
                if (length == expected)
                    return std::nullopt;
                return error(tr("TCP options: the %1 option has length %2, but it must be %3.")
                                 .arg(name)
                                 .arg(length)
                                 .arg(expected),
                             p + 1, 1);
            };
            switch (kind) {
            case OptionMss:
                if (auto failure = expect(tr("MSS"), 4))
                    return failure;
                options.mss = get16(m_bytes, p + 2);
                field(LayerTcp, tr("Maximum segment size"), tr("%1 bytes").arg(*options.mss),
                      tr("The largest block of data this side wants to receive in one segment."), p, length);
                break;
            case OptionWindowScale: {
                if (auto failure = expect(tr("window scale"), 3))
                    return failure;
                options.windowScale = get8(m_bytes, p + 2);
                const int shift = qMin(int(*options.windowScale), 14); // RFC 7323 section 2.3
                field(LayerTcp, tr("Window scale"),
                      tr("%1 (multiply by %2)").arg(*options.windowScale).arg(1 << shift),
                      tr("The other side is to multiply this side's window field by 2 to this power."), p,
                      length);
                break;
            }
            case OptionSackPermitted:
                if (auto failure = expect(tr("SACK permitted"), 2))
                    return failure;
                options.sackPermitted = true;
                field(LayerTcp, tr("SACK permitted"), QString(),
                      tr("This side can acknowledge blocks that arrived after a gap (selective "
                         "acknowledgment)."),
                      p, length);
                break;
            case OptionSack: {
                QStringList blocks;
                for (int i = 0; 2 + 8 * (i + 1) <= length; ++i)
                    blocks << QStringLiteral("%1-%2")
                                  .arg(get32(m_bytes, p + 2 + 8 * i))
                                  .arg(get32(m_bytes, p + 6 + 8 * i));
                field(LayerTcp, tr("SACK"), blocks.join(QStringLiteral(", ")),
                      tr("Blocks of data that arrived after a gap, so that only the gap is sent again."), p,
                      length);
                break;
            }
            case OptionTimestamps:
                if (auto failure = expect(tr("timestamps"), 10))
                    return failure;
                options.timestamps = std::pair(get32(m_bytes, p + 2), get32(m_bytes, p + 6));
                field(LayerTcp, tr("Timestamps"),
                      tr("TSval %1, TSecr %2").arg(options.timestamps->first).arg(options.timestamps->second),
                      tr("The sender's clock (TSval) and the last clock value it received (TSecr), for "
                         "measuring the round-trip time."),
                      p, length);
                break;
            default:
                field(LayerTcp, tr("Option %1").arg(kind), byteCount(length),
                      tr("An option NetSteps does not interpret; its length lets a receiver skip it."), p,
                      length);
                break;
            }
            p += length;
        }
        return std::nullopt;
    }

    std::optional<ParseError> udp(qsizetype at, qsizetype length)
    {
        if (length < UdpHeaderLength)
            return error(tr("UDP header: the datagram has %1 bytes, but the header needs 8.").arg(length),
                         at + length, 0);
        UdpHeader udp;
        udp.sourcePort = get16(m_bytes, at);
        udp.destinationPort = get16(m_bytes, at + 2);
        udp.length = get16(m_bytes, at + 4);
        udp.checksum = get16(m_bytes, at + 6);
        if (udp.length < UdpHeaderLength)
            return error(tr("UDP header: length %1 is below the 8 bytes of the header.").arg(udp.length),
                         at + 4, 2);
        if (udp.length != length)
            return error(tr("UDP header: length %1 does not match the %2 bytes that IPv4 carries for it.")
                             .arg(udp.length)
                             .arg(length),
                         at + 4, 2);
        m_frame.udp = udp;
        field(LayerUdp, tr("Source port"), QString::number(udp.sourcePort),
              tr("The sending program's port, where an answer should go."), at, 2);
        field(LayerUdp, tr("Destination port"), QString::number(udp.destinationPort),
              tr("The receiving program's port, such as the port a server is bound to."), at + 2, 2);
        field(LayerUdp, tr("Length"), QString::number(udp.length),
              tr("The length of the UDP header and data in bytes."), at + 4, 2);
        field(LayerUdp, tr("Checksum"), hex(udp.checksum, 4),
              tr("Covers the UDP header, the data and a pseudo-header (the two IP addresses, the protocol "
                 "number and the UDP length); 0 would mean no checksum was computed."),
              at + 6, 2);
        payload(m_bytes.sliced(at + UdpHeaderLength, length - UdpHeaderLength), at + UdpHeaderLength,
                tr("The application's datagram, delivered whole or not at all."));
        return std::nullopt;
    }

    static QString icmpTypeValue(quint8 type)
    {
        switch (type) {
        case IcmpMessage::EchoReply: return tr("0 (echo reply)");
        case IcmpMessage::DestinationUnreachable: return tr("3 (destination unreachable)");
        case IcmpMessage::EchoRequest: return tr("8 (echo request)");
        case IcmpMessage::TimeExceeded: return tr("11 (time exceeded)");
        }
        return QString::number(type);
    }

    // The codes of Destination Unreachable that a student meets (RFC 792, RFC 1122 3.2.2.1).
    static QString unreachableCodeValue(quint8 code)
    {
        switch (code) {
        case 0: return tr("0 (net unreachable)");
        case 1: return tr("1 (host unreachable)");
        case 2: return tr("2 (protocol unreachable)");
        case IcmpMessage::PortUnreachable: return tr("3 (port unreachable)");
        case 4: return tr("4 (fragmentation needed)");
        }
        return QString::number(code);
    }

    std::optional<ParseError> icmp(qsizetype at, qsizetype length)
    {
        if (length < IcmpHeaderLength)
            return error(tr("ICMP header: the message has %1 bytes, but the header needs 8.").arg(length),
                         at + length, 0);
        IcmpMessage icmp;
        icmp.type = get8(m_bytes, at);
        icmp.code = get8(m_bytes, at + 1);
        icmp.checksum = get16(m_bytes, at + 2);
        icmp.rest = get32(m_bytes, at + 4);
        m_frame.icmp = icmp;
        const bool unreachable = icmp.type == IcmpMessage::DestinationUnreachable;
        field(LayerIcmp, tr("Type"), icmpTypeValue(icmp.type),
              tr("What the message reports: 3 says a packet could not be delivered, 0 and 8 are ping's "
                 "reply and request."),
              at, 1);
        field(LayerIcmp, tr("Code"), unreachable ? unreachableCodeValue(icmp.code) : QString::number(icmp.code),
              unreachable ? tr("Why it could not be delivered: 3, port unreachable, means the host got the "
                               "datagram but no socket is bound to its destination port.")
                          : tr("Refines the type."),
              at + 1, 1);
        field(LayerIcmp, tr("Checksum"), hex(icmp.checksum, 4),
              tr("Covers the whole ICMP message: header and data, without a pseudo-header."), at + 2, 2);
        field(LayerIcmp, unreachable ? tr("Unused") : tr("Rest of header"), hex(icmp.rest, 8),
              unreachable ? tr("Zero in a Destination Unreachable (but \"fragmentation needed\", which puts the "
                               "next hop's MTU here).")
                          : tr("Depends on the type: an identifier and a sequence number for ping."),
              at + 4, 4);
        const QByteArrayView rest = m_bytes.sliced(at + IcmpHeaderLength, length - IcmpHeaderLength);
        m_frame.payload = rest.toByteArray();
        if (rest.isEmpty())
            return std::nullopt;
        if (!unreachable && icmp.type != IcmpMessage::TimeExceeded) {
            field(LayerPayload, tr("Data"), payloadValue(rest), tr("The data of the ICMP message."),
                  at + IcmpHeaderLength, rest.size());
            return std::nullopt;
        }
        // An error message quotes the packet that caused it: its IPv4 header, then its first bytes,
        // which hold the ports, so the sender's kernel can tell which socket it concerns.
        field(LayerIcmp, tr("Quoted datagram"), quotedValue(rest),
              tr("The start of the packet that could not be delivered: its IPv4 header and at least 8 bytes "
                 "of its data (RFC 792), the UDP or TCP ports among them. Linux quotes up to 548 bytes."),
              at + IcmpHeaderLength, rest.size());
        return std::nullopt;
    }

    // "IPv4 192.168.1.10 → 192.168.1.20, UDP 50000 → 9999, 32 bytes"
    static QString quotedValue(QByteArrayView quoted)
    {
        if (quoted.size() < Ipv4MinimumHeaderLength || (get8(quoted, 0) >> 4) != 4)
            return byteCount(quoted.size());
        const qsizetype headerLength = (get8(quoted, 0) & 0x0f) * 4;
        const quint8 protocol = get8(quoted, 9);
        QString text = tr("IPv4 %1 → %2").arg(Ipv4Address(get32(quoted, 12)).toString(),
                                              Ipv4Address(get32(quoted, 16)).toString());
        if ((protocol == Ipv4Header::Udp || protocol == Ipv4Header::Tcp) && quoted.size() >= headerLength + 4)
            text += tr(", %1 %2 → %3")
                        .arg(protocol == Ipv4Header::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP"))
                        .arg(get16(quoted, headerLength))
                        .arg(get16(quoted, headerLength + 2));
        return tr("%1, %2").arg(text, byteCount(quoted.size()));
    }

    QByteArrayView m_bytes;
    QList<FrameField> *m_fields;
    Frame m_frame;
};

} // namespace

Parsed<Frame> decodeFrame(QByteArrayView bytes, QList<FrameField> *fields)
{
    return Decoder(bytes, fields).run();
}

} // namespace NetSteps::FrameCodec
