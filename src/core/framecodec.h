#pragma once

#include "frame.h"
#include "framefield.h"
#include "parseresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Frames to wire bytes and back: the one place that knows the byte layout of Ethernet II, ARP,
// IPv4, TCP, UDP and ICMP. Encoding fills in lengths and checksums; decoding checks every length
// against the bytes there are and never reads past them.
namespace NetSteps::FrameCodec {

// The frame's wire bytes, as captured at the sender (no padding to Ethernet's 60-byte minimum).
// Writes the layers present: Ethernet; then ARP, or IPv4 with TCP, UDP or ICMP (the first set);
// then the payload, which follows the Ethernet header directly when there is neither ARP nor
// IPv4. The EtherType and IPv4 protocol written are the ones the contents require; the IPv4
// header has no options; TCP options are laid out as Linux lays them out. The IPv4 packet must
// fit in 65535 bytes.
QByteArray encode(const Frame &frame);

// Ethernet II frames: ARP for IPv4 over Ethernet; IPv4 carrying TCP, UDP, ICMP or anything else (then
// kept raw in the payload); other EtherTypes kept raw in the payload. Bytes after the IPv4
// packet or the ARP packet (Ethernet padding) are ignored. IPv4 options are skipped; IPv4
// fragments are rejected, because NetSteps does not reassemble them. Checksums are reported as
// found and not judged (captures on loopback carry unfinished ones); see checksumsValid().
// A truncated or inconsistent frame gives an error naming the layer and the field, with the
// byte offset and length of the bad field as its position and length.
Parsed<Frame> decode(QByteArrayView bytes);

// The fields of a frame that decodes, in wire order, with the byte offset and length of each;
// together they cover the whole frame without overlap. Empty if the frame does not decode.
QList<FrameField> describe(QByteArrayView bytes);

// One line in the manner of Wireshark's Info column: "50000 → 8080 [SYN] Seq=0 Win=64240 Len=0
// MSS=1460 SACK_PERM WS=128", "Who has 192.168.1.20? Tell 192.168.1.10",
// "192.168.1.20 is at 02:00:00:00:00:02".
QString summary(const Frame &frame);

// Whether the frame decodes and its IPv4 header checksum and its TCP or UDP checksum are right
// (a UDP checksum of 0 means "not computed" and passes), or its ICMP checksum. An ARP frame has none and passes.
bool checksumsValid(QByteArrayView bytes);

} // namespace NetSteps::FrameCodec
