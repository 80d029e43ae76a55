#include "framecodec.h"

#include "checksum.h"
#include "framedecoder.h"
#include "framewire.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtEndian>

#include <optional>

namespace NetSteps::FrameCodec {

namespace {

// Writing: everything big-endian, appended in wire order.

void put8(QByteArray &out, quint8 value)
{
    out.append(char(value));
}

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void putMac(QByteArray &out, const MacAddress &mac)
{
    for (quint8 byte : mac.bytes())
        put8(out, byte);
}

void set16(QByteArray &out, qsizetype position, quint16 value)
{
    qToBigEndian(value, out.data() + position);
}

// Linux's layouts (tcp_options_write): MSS; SACK_PERM folded in before the timestamps, or
// NOP NOP SACK_PERM without them; NOP WS last. Every layout is a multiple of four bytes.
QByteArray encodeTcpOptions(const TcpOptions &options)
{
    QByteArray out;
    if (options.mss) {
        put8(out, OptionMss);
        put8(out, 4);
        put16(out, *options.mss);
    }
    if (options.timestamps) {
        if (options.sackPermitted) {
            put8(out, OptionSackPermitted);
            put8(out, 2);
        } else {
            put8(out, OptionNop);
            put8(out, OptionNop);
        }
        put8(out, OptionTimestamps);
        put8(out, 10);
        put32(out, options.timestamps->first);
        put32(out, options.timestamps->second);
    } else if (options.sackPermitted) {
        put8(out, OptionNop);
        put8(out, OptionNop);
        put8(out, OptionSackPermitted);
        put8(out, 2);
    }
    if (options.windowScale) {
        put8(out, OptionNop);
        put8(out, OptionWindowScale);
        put8(out, 3);
        put8(out, *options.windowScale);
    }
    return out;
}

QByteArray encodeTcp(const Ipv4Header &ip, const TcpHeader &tcp, const QByteArray &payload)
{
    const QByteArray options = encodeTcpOptions(tcp.options);
    const int headerLength = TcpMinimumHeaderLength + int(options.size());
    QByteArray out;
    out.reserve(headerLength + payload.size());
    put16(out, tcp.sourcePort);
    put16(out, tcp.destinationPort);
    put32(out, tcp.seq);
    put32(out, tcp.ack);
    put8(out, quint8((headerLength / 4) << 4));
    put8(out, tcpFlagsToByte(tcp.flags));
    put16(out, tcp.window);
    put16(out, 0);
    put16(out, tcp.urgentPointer);
    out.append(options);
    out.append(payload);
    set16(out, 16, transportChecksum(ip.source, ip.destination, Ipv4Header::Tcp, out));
    return out;
}

QByteArray encodeUdp(const Ipv4Header &ip, const UdpHeader &udp, const QByteArray &payload)
{
    QByteArray out;
    out.reserve(UdpHeaderLength + payload.size());
    put16(out, udp.sourcePort);
    put16(out, udp.destinationPort);
    put16(out, quint16(UdpHeaderLength + payload.size()));
    put16(out, 0);
    out.append(payload);
    const quint16 checksum = transportChecksum(ip.source, ip.destination, Ipv4Header::Udp, out);
    set16(out, 6, checksum == 0 ? 0xffff : checksum); // RFC 768: 0 means "no checksum"
    return out;
}

// RFC 792: the checksum covers the whole ICMP message (no pseudo-header).
QByteArray encodeIcmp(const IcmpMessage &icmp, const QByteArray &payload)
{
    QByteArray out;
    out.reserve(IcmpHeaderLength + payload.size());
    put8(out, icmp.type);
    put8(out, icmp.code);
    put16(out, 0);
    put32(out, icmp.rest);
    out.append(payload);
    set16(out, 2, internetChecksum(out));
    return out;
}

} // namespace

QByteArray encode(const Frame &frame)
{
    QByteArray out;
    putMac(out, frame.ethernet.destination);
    putMac(out, frame.ethernet.source);
    if (frame.arp) {
        const ArpPacket &arp = *frame.arp;
        put16(out, EthernetHeader::Arp);
        put16(out, 1);
        put16(out, EthernetHeader::Ipv4);
        put8(out, 6);
        put8(out, 4);
        put16(out, arp.operation);
        putMac(out, arp.senderMac);
        put32(out, arp.senderIp.toUInt());
        putMac(out, arp.targetMac);
        put32(out, arp.targetIp.toUInt());
        return out;
    }
    if (!frame.ipv4) {
        put16(out, frame.ethernet.etherType);
        out.append(frame.payload);
        return out;
    }

    const Ipv4Header &ip = *frame.ipv4;
    quint8 protocol = ip.protocol;
    QByteArray data;
    if (frame.tcp) {
        protocol = Ipv4Header::Tcp;
        data = encodeTcp(ip, *frame.tcp, frame.payload);
    } else if (frame.udp) {
        protocol = Ipv4Header::Udp;
        data = encodeUdp(ip, *frame.udp, frame.payload);
    } else if (frame.icmp) {
        protocol = Ipv4Header::Icmp;
        data = encodeIcmp(*frame.icmp, frame.payload);
    } else {
        data = frame.payload;
    }
    Q_ASSERT(Ipv4MinimumHeaderLength + data.size() <= 0xffff);

    put16(out, EthernetHeader::Ipv4);
    const qsizetype at = out.size();
    put8(out, 0x45);
    put8(out, ip.dscpEcn);
    put16(out, quint16(Ipv4MinimumHeaderLength + data.size()));
    put16(out, ip.identification);
    put16(out, ip.dontFragment ? DontFragmentBit : 0);
    put8(out, ip.ttl);
    put8(out, protocol);
    put16(out, 0);
    put32(out, ip.source.toUInt());
    put32(out, ip.destination.toUInt());
    set16(out, at + 10, internetChecksum(QByteArrayView(out).sliced(at)));
    out.append(data);
    return out;
}

Parsed<Frame> decode(QByteArrayView bytes)
{
    return decodeFrame(bytes, nullptr);
}

QList<FrameField> describe(QByteArrayView bytes)
{
    QList<FrameField> fields;
    if (!decodeFrame(bytes, &fields))
        return {};
    return fields;
}

QString summary(const Frame &frame)
{
    if (frame.arp) {
        const ArpPacket &arp = *frame.arp;
        if (arp.operation == ArpPacket::Request)
            return tr("Who has %1? Tell %2").arg(arp.targetIp.toString(), arp.senderIp.toString());
        if (arp.operation == ArpPacket::Reply)
            return tr("%1 is at %2").arg(arp.senderIp.toString(), arp.senderMac.toString());
        return tr("ARP operation %1").arg(arp.operation);
    }
    if (frame.ipv4 && frame.tcp) {
        const TcpHeader &tcp = *frame.tcp;
        QString flags = tcpFlagsToString(tcp.flags).replace(u',', QStringLiteral(", "));
        if (flags.isEmpty())
            flags = tr("<None>");
        QString line =
            tr("%1 → %2 [%3] Seq=%4").arg(tcp.sourcePort).arg(tcp.destinationPort).arg(flags).arg(tcp.seq);
        if (tcp.flags & TcpFlag::Ack)
            line += tr(" Ack=%1").arg(tcp.ack);
        line += tr(" Win=%1 Len=%2").arg(tcp.window).arg(frame.payload.size());
        const TcpOptions &options = tcp.options;
        if (options.mss)
            line += tr(" MSS=%1").arg(*options.mss);
        if (options.sackPermitted)
            line += tr(" SACK_PERM");
        if (options.timestamps)
            line += tr(" TSval=%1 TSecr=%2").arg(options.timestamps->first).arg(options.timestamps->second);
        if (options.windowScale)
            line += tr(" WS=%1").arg(1 << qMin(int(*options.windowScale), 14));
        return line;
    }
    if (frame.ipv4 && frame.udp)
        return tr("%1 → %2 Len=%3")
            .arg(frame.udp->sourcePort)
            .arg(frame.udp->destinationPort)
            .arg(frame.payload.size());
    if (frame.ipv4 && frame.icmp) {
        const IcmpMessage &icmp = *frame.icmp;
        if (icmp.type == IcmpMessage::DestinationUnreachable && icmp.code == IcmpMessage::PortUnreachable)
            return tr("Destination unreachable (Port unreachable)");
        return tr("ICMP type %1 code %2").arg(icmp.type).arg(icmp.code);
    }
    if (frame.ipv4)
        return tr("%1 → %2 protocol %3, %4")
            .arg(frame.ipv4->source.toString(), frame.ipv4->destination.toString())
            .arg(frame.ipv4->protocol)
            .arg(byteCount(frame.payload.size()));
    return tr("EtherType %1, %2").arg(hex(frame.ethernet.etherType, 4), byteCount(frame.payload.size()));
}

bool checksumsValid(QByteArrayView bytes)
{
    const Parsed<Frame> frame = decode(bytes);
    if (!frame)
        return false;
    if (!frame->ipv4)
        return true;
    const Ipv4Header &ip = *frame->ipv4;
    const qsizetype headerLength = (get8(bytes, EthernetHeaderLength) & 0x0f) * 4;
    const QByteArrayView header = bytes.sliced(EthernetHeaderLength, headerLength);
    if (internetChecksum(header) != 0)
        return false;
    const QByteArrayView data =
        bytes.sliced(EthernetHeaderLength + headerLength, ip.totalLength - headerLength);
    if (frame->tcp)
        return transportChecksum(ip.source, ip.destination, Ipv4Header::Tcp, data) == 0;
    if (frame->udp)
        return frame->udp->checksum == 0
            || transportChecksum(ip.source, ip.destination, Ipv4Header::Udp, data) == 0;
    if (frame->icmp)
        return internetChecksum(data) == 0;
    return true;
}

} // namespace NetSteps::FrameCodec
