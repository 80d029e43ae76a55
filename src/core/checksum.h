#pragma once

#include "ipv4address.h"

#include <QByteArrayView>

namespace NetSteps {

// The Internet checksum of RFC 1071, as IPv4 (RFC 791), TCP (RFC 9293 section 3.1) and UDP
// (RFC 768) use it: the ones' complement of the ones' complement sum of 16-bit big-endian words.

// The ones' complement sum of the bytes taken as 16-bit big-endian words, a last odd byte padded
// with a zero, added to `sum` and folded to 16 bits. Chain calls to sum several pieces; only the
// last piece may have an odd length.
quint16 onesComplementSum(QByteArrayView bytes, quint16 sum = 0);

// The checksum of the bytes: ~onesComplementSum(bytes). Over a header whose checksum field is
// filled in correctly it gives 0.
quint16 internetChecksum(QByteArrayView bytes);

// The sum of the pseudo-header that TCP and UDP cover besides their own bytes: source and
// destination address, a zero byte, the protocol number, and the TCP or UDP length.
quint16 pseudoHeaderSum(Ipv4Address source, Ipv4Address destination, quint8 protocol,
                        quint16 transportLength);

// The TCP or UDP checksum of a whole segment (header and data) between the two addresses. The
// segment's own checksum field should hold 0 while computing it; over a segment whose field is
// filled in correctly it gives 0. (UDP writes a computed 0 as 0xffff; that is the caller's part.)
quint16 transportChecksum(Ipv4Address source, Ipv4Address destination, quint8 protocol,
                          QByteArrayView segment);

} // namespace NetSteps
