#pragma once

#include "ipv4address.h"
#include "macaddress.h"
#include "tcpflags.h"

#include <QByteArray>

#include <optional>
#include <utility>

namespace NetSteps {

// One Ethernet frame as NetSteps builds, sends, shows and captures it: the headers as plain
// values, layer by layer, and the application's bytes. FrameCodec turns it into wire bytes and
// back. A frame carries ARP, or IPv4 with TCP, UDP or ICMP (or IPv4 with another protocol, or
// another EtherType, whose bytes then sit in the payload).

struct EthernetHeader
{
    static constexpr quint16 Ipv4 = 0x0800;
    static constexpr quint16 Arp = 0x0806;

    MacAddress destination;
    MacAddress source;
    quint16 etherType = 0;

    friend bool operator==(const EthernetHeader &, const EthernetHeader &) = default;
};

// ARP for IPv4 over Ethernet (RFC 826): hardware type 1, protocol type 0x0800, sizes 6 and 4.
struct ArpPacket
{
    static constexpr quint16 Request = 1;
    static constexpr quint16 Reply = 2;

    quint16 operation = Request;
    MacAddress senderMac;
    Ipv4Address senderIp;
    MacAddress targetMac;
    Ipv4Address targetIp;

    friend bool operator==(const ArpPacket &, const ArpPacket &) = default;
};

// An IPv4 header without options. Encoding ignores totalLength and checksum and writes the right
// ones; decoding reports them as found on the wire.
struct Ipv4Header
{
    static constexpr quint8 Icmp = 1;
    static constexpr quint8 Tcp = 6;
    static constexpr quint8 Udp = 17;

    quint8 dscpEcn = 0;
    quint16 identification = 0;
    bool dontFragment = true;
    quint8 ttl = 64;
    quint8 protocol = Tcp;
    Ipv4Address source;
    Ipv4Address destination;
    quint16 totalLength = 0;
    quint16 checksum = 0;

    friend bool operator==(const Ipv4Header &, const Ipv4Header &) = default;
};

// The TCP options NetSteps shows (RFC 9293 section 3.2, RFC 7323, RFC 2018).
struct TcpOptions
{
    std::optional<quint16> mss;
    std::optional<quint8> windowScale;              // the shift count; the multiplier is 2^shift
    bool sackPermitted = false;
    std::optional<std::pair<quint32, quint32>> timestamps; // TSval, TSecr

    bool isEmpty() const { return !mss && !windowScale && !sackPermitted && !timestamps; }

    friend bool operator==(const TcpOptions &, const TcpOptions &) = default;
};

// A TCP header. Encoding ignores checksum and writes the right one; decoding reports it as found.
struct TcpHeader
{
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    quint32 ack = 0;
    TcpFlags flags;
    quint16 window = 0;
    quint16 urgentPointer = 0;
    TcpOptions options;
    quint16 checksum = 0;

    friend bool operator==(const TcpHeader &, const TcpHeader &) = default;
};

// A UDP header. Encoding ignores length and checksum and writes the right ones; decoding reports
// them as found.
struct UdpHeader
{
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint16 length = 0;
    quint16 checksum = 0;

    friend bool operator==(const UdpHeader &, const UdpHeader &) = default;
};

// An ICMP message (RFC 792): type, code and the 4 bytes after the checksum, whose meaning
// depends on the type (unused, 0, in a Destination Unreachable other than "fragmentation
// needed"). What follows them is the frame's payload: for an error message, the IPv4 header and
// the start of the datagram that caused it. Encoding ignores checksum and writes the right one.
struct IcmpMessage
{
    static constexpr quint8 EchoReply = 0;
    static constexpr quint8 DestinationUnreachable = 3;
    static constexpr quint8 EchoRequest = 8;
    static constexpr quint8 TimeExceeded = 11;
    static constexpr quint8 PortUnreachable = 3; // a code of DestinationUnreachable

    quint8 type = DestinationUnreachable;
    quint8 code = PortUnreachable;
    quint32 rest = 0;
    quint16 checksum = 0;

    friend bool operator==(const IcmpMessage &, const IcmpMessage &) = default;
};

struct Frame
{
    EthernetHeader ethernet;
    std::optional<ArpPacket> arp;
    std::optional<Ipv4Header> ipv4;
    std::optional<TcpHeader> tcp;
    std::optional<UdpHeader> udp;
    std::optional<IcmpMessage> icmp;
    QByteArray payload;

    friend bool operator==(const Frame &, const Frame &) = default;
};

// A TCP segment in an IPv4 packet in an Ethernet frame, with the IPv4 defaults (TTL 64, Don't
// Fragment, identification 0).
inline Frame makeTcpFrame(MacAddress sourceMac, MacAddress destinationMac, Ipv4Address source,
                          quint16 sourcePort, Ipv4Address destination, quint16 destinationPort,
                          quint32 seq, quint32 ack, TcpFlags flags, quint16 window,
                          const TcpOptions &options = {}, const QByteArray &payload = {})
{
    Frame frame;
    frame.ethernet = {destinationMac, sourceMac, EthernetHeader::Ipv4};
    Ipv4Header ip;
    ip.protocol = Ipv4Header::Tcp;
    ip.source = source;
    ip.destination = destination;
    frame.ipv4 = ip;
    TcpHeader tcp;
    tcp.sourcePort = sourcePort;
    tcp.destinationPort = destinationPort;
    tcp.seq = seq;
    tcp.ack = ack;
    tcp.flags = flags;
    tcp.window = window;
    tcp.options = options;
    frame.tcp = tcp;
    frame.payload = payload;
    return frame;
}

// A UDP datagram in an IPv4 packet in an Ethernet frame, with the same IPv4 defaults.
inline Frame makeUdpFrame(MacAddress sourceMac, MacAddress destinationMac, Ipv4Address source,
                          quint16 sourcePort, Ipv4Address destination, quint16 destinationPort,
                          const QByteArray &payload = {})
{
    Frame frame;
    frame.ethernet = {destinationMac, sourceMac, EthernetHeader::Ipv4};
    Ipv4Header ip;
    ip.protocol = Ipv4Header::Udp;
    ip.source = source;
    ip.destination = destination;
    frame.ipv4 = ip;
    UdpHeader udp;
    udp.sourcePort = sourcePort;
    udp.destinationPort = destinationPort;
    frame.udp = udp;
    frame.payload = payload;
    return frame;
}

// An ICMP error about `offending` (an IPv4 frame this host received), sent back to its source:
// the offending packet's IPv4 header and the start of its data ride in the payload. RFC 792 asks
// for the header and the first 8 data bytes (enough for the ports); RFC 1122 3.2.2 allows more,
// and Linux (icmp_send) quotes as much of the packet as keeps the ICMP packet within 576 bytes.
// As Linux sends it: TOS 0xc0 (precedence "internetwork control"), TTL 64, Don't Fragment clear.
inline Frame makeIcmpError(quint8 type, quint8 code, const Frame &offending, const QByteArray &offendingBytes)
{
    constexpr qsizetype ethernetHeader = 14;
    constexpr qsizetype linuxIcmpLimit = 576 - 20 - 8; // RFC 1812's 576 bytes, less the new IPv4 and ICMP headers
    Frame frame;
    frame.ethernet = {offending.ethernet.source, offending.ethernet.destination, EthernetHeader::Ipv4};
    Ipv4Header ip;
    ip.dscpEcn = 0xc0;
    ip.dontFragment = false;
    ip.protocol = Ipv4Header::Icmp;
    ip.source = offending.ipv4->destination;
    ip.destination = offending.ipv4->source;
    frame.ipv4 = ip;
    IcmpMessage icmp;
    icmp.type = type;
    icmp.code = code;
    frame.icmp = icmp;
    frame.payload = offendingBytes.mid(ethernetHeader, linuxIcmpLimit);
    return frame;
}

// An ARP frame. A request goes to the broadcast address ff:ff:ff:ff:ff:ff and its target MAC
// field carries targetMac (00:00:00:00:00:00 in an ordinary request: the very thing asked for);
// a reply goes unicast to targetMac.
inline Frame makeArpFrame(quint16 operation, MacAddress senderMac, Ipv4Address senderIp,
                          MacAddress targetMac, Ipv4Address targetIp)
{
    Frame frame;
    const MacAddress to = operation == ArpPacket::Request ? MacAddress::broadcast() : targetMac;
    frame.ethernet = {to, senderMac, EthernetHeader::Arp};
    frame.arp = ArpPacket{operation, senderMac, senderIp, targetMac, targetIp};
    return frame;
}

// "Who has targetIp? Tell senderIp", broadcast.
inline Frame makeArpRequest(MacAddress senderMac, Ipv4Address senderIp, Ipv4Address targetIp)
{
    return makeArpFrame(ArpPacket::Request, senderMac, senderIp, MacAddress(), targetIp);
}

// "senderIp is at senderMac", unicast to the asker.
inline Frame makeArpReply(MacAddress senderMac, Ipv4Address senderIp, MacAddress targetMac,
                          Ipv4Address targetIp)
{
    return makeArpFrame(ArpPacket::Reply, senderMac, senderIp, targetMac, targetIp);
}

} // namespace NetSteps
