// Fuzz target: frames NetSteps builds itself (FrameCodec::encode). The input chooses the kind of
// frame (ARP, TCP with any options, UDP, ICMP, another IPv4 protocol, another EtherType) and
// every header field and the payload.
//
// Properties: the encoded bytes decode to exactly the fields the frame was built from (lengths and
// checksums aside, which the encoder computes), carry correct checksums, are described by fields
// that cover every byte once, and re-encode to exactly the same bytes.

#include "framecheck.h"

namespace {

using namespace NetSteps;

MacAddress mac(Fuzz::Input &input)
{
    MacAddress::Bytes bytes;
    for (quint8 &byte : bytes)
        byte = input.byte();
    return MacAddress(bytes);
}

Ipv4Header ipv4Header(Fuzz::Input &input)
{
    Ipv4Header ip;
    ip.dscpEcn = input.byte();
    ip.identification = input.u16();
    ip.dontFragment = input.flag();
    ip.ttl = input.byte();
    ip.source = Ipv4Address(input.u32());
    ip.destination = Ipv4Address(input.u32());
    return ip;
}

int fuzzFrameEncode(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input input(Fuzz::bytes(data, size));
    const int kind = input.byte() % 6;
    Frame frame;
    frame.ethernet.destination = mac(input);
    frame.ethernet.source = mac(input);
    switch (kind) {
    case 0: {
        frame.ethernet.etherType = EthernetHeader::Arp;
        ArpPacket arp;
        arp.operation = input.u16();
        arp.senderMac = mac(input);
        arp.senderIp = Ipv4Address(input.u32());
        arp.targetMac = mac(input);
        arp.targetIp = Ipv4Address(input.u32());
        frame.arp = arp;
        break;
    }
    case 1: {
        frame.ethernet.etherType = EthernetHeader::Ipv4;
        Ipv4Header ip = ipv4Header(input);
        ip.protocol = Ipv4Header::Tcp;
        frame.ipv4 = ip;
        TcpHeader tcp;
        tcp.sourcePort = input.u16();
        tcp.destinationPort = input.u16();
        tcp.seq = input.u32();
        tcp.ack = input.u32();
        tcp.flags = tcpFlagsFromByte(input.byte());
        tcp.window = input.u16();
        tcp.urgentPointer = input.u16();
        const quint8 options = input.byte();
        if (options & 1)
            tcp.options.mss = input.u16();
        if (options & 2)
            tcp.options.windowScale = input.byte();
        tcp.options.sackPermitted = options & 4;
        if (options & 8) {
            const quint32 value = input.u32();
            tcp.options.timestamps = std::pair(value, input.u32());
        }
        frame.tcp = tcp;
        break;
    }
    case 2: {
        frame.ethernet.etherType = EthernetHeader::Ipv4;
        Ipv4Header ip = ipv4Header(input);
        ip.protocol = Ipv4Header::Udp;
        frame.ipv4 = ip;
        UdpHeader udp;
        udp.sourcePort = input.u16();
        udp.destinationPort = input.u16();
        frame.udp = udp;
        break;
    }
    case 3: {
        frame.ethernet.etherType = EthernetHeader::Ipv4;
        Ipv4Header ip = ipv4Header(input);
        ip.protocol = Ipv4Header::Icmp;
        frame.ipv4 = ip;
        IcmpMessage icmp;
        icmp.type = input.byte();
        icmp.code = input.byte();
        icmp.rest = input.u32();
        frame.icmp = icmp;
        break;
    }
    case 4: {
        frame.ethernet.etherType = EthernetHeader::Ipv4;
        Ipv4Header ip = ipv4Header(input);
        // A protocol NetSteps decodes would need its header: this frame carries another one.
        ip.protocol = input.byte();
        if (ip.protocol == Ipv4Header::Tcp || ip.protocol == Ipv4Header::Udp || ip.protocol == Ipv4Header::Icmp)
            ip.protocol = 0xfd; // RFC 3692's experimental protocol number
        frame.ipv4 = ip;
        break;
    }
    default: {
        // Another EtherType (a type below 0x0600 would be an IEEE 802.3 length).
        quint16 type = input.u16();
        if (type < 0x0600 || type == EthernetHeader::Ipv4 || type == EthernetHeader::Arp)
            type = 0x88b5; // IEEE 802's local experimental EtherType
        frame.ethernet.etherType = type;
        break;
    }
    }
    // The encoder requires an IPv4 packet to fit in 65535 bytes; an Ethernet frame carries 1500.
    constexpr qsizetype maximumPayload = 1500;
    if (!frame.arp)
        frame.payload = input.rest().first(qMin(input.rest().size(), maximumPayload)).toByteArray();
    Fuzz::checkEncodes(frame, QStringLiteral("built frame ") + FrameCodec::summary(frame));
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("frameencode", fuzzFrameEncode)
