#pragma once

// The frame targets' shared checks: what "the same fields" means for a frame that went through
// the encoder (which writes lengths and checksums itself), and the encode → decode round trip.

#include "fuzztarget.h"

#include "framecodec.h"

namespace NetSteps::Fuzz {

inline QString hexOf(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 96)).toByteArray().toHex(' '));
}

// `frame` with the fields the encoder computes (IPv4 total length and checksum, the TCP, UDP and
// ICMP checksums, the UDP length) taken from `encoded`, the same frame decoded from its encoding.
inline Frame withComputedFields(Frame frame, const Frame &encoded)
{
    if (frame.ipv4 && encoded.ipv4) {
        frame.ipv4->totalLength = encoded.ipv4->totalLength;
        frame.ipv4->checksum = encoded.ipv4->checksum;
    }
    if (frame.tcp && encoded.tcp)
        frame.tcp->checksum = encoded.tcp->checksum;
    if (frame.udp && encoded.udp) {
        frame.udp->length = encoded.udp->length;
        frame.udp->checksum = encoded.udp->checksum;
    }
    if (frame.icmp && encoded.icmp)
        frame.icmp->checksum = encoded.icmp->checksum;
    return frame;
}

// Encodes a frame and checks what NetSteps promises about the bytes it builds: they decode to
// the same fields (lengths and checksums aside), with correct checksums, and decoding and
// encoding them again gives exactly the same bytes. Returns the bytes.
inline QByteArray checkEncodes(const Frame &frame, const QString &context)
{
    const QByteArray encoded = FrameCodec::encode(frame);
    const Parsed<Frame> decoded = FrameCodec::decode(encoded);
    FUZZ_CHECK(decoded.ok(), context + QStringLiteral("; own bytes rejected: ")
                                 + (decoded ? QString() : decoded.error().message) + QStringLiteral(" in ")
                                 + hexOf(encoded));
    FUZZ_CHECK(withComputedFields(frame, *decoded) == *decoded,
               context + QStringLiteral("; fields changed through ") + hexOf(encoded) + QStringLiteral(": ")
                   + FrameCodec::summary(frame) + QStringLiteral(" became ") + FrameCodec::summary(*decoded));
    FUZZ_CHECK(FrameCodec::checksumsValid(encoded), context + QStringLiteral("; bad checksum in ") + hexOf(encoded));
    const QByteArray again = FrameCodec::encode(*decoded);
    FUZZ_CHECK(again == encoded, context + QStringLiteral("; re-encoded ") + hexOf(encoded)
                                     + QStringLiteral(" as ") + hexOf(again));
    // The inspector's field list covers every byte once, in order.
    const QList<FrameField> fields = FrameCodec::describe(encoded);
    qsizetype next = 0;
    for (const FrameField &field : fields) {
        FUZZ_CHECK(field.offset == next && field.length > 0,
                   context + QStringLiteral("; field %1 %2 at %3+%4, expected at %5")
                                 .arg(field.layer, field.name)
                                 .arg(field.offset)
                                 .arg(field.length)
                                 .arg(next));
        FUZZ_CHECK(!field.layer.isEmpty() && !field.name.isEmpty() && !field.meaning.isEmpty(),
                   context + QStringLiteral("; unnamed field at %1").arg(field.offset));
        next = field.offset + field.length;
    }
    FUZZ_CHECK(next == encoded.size(), context + QStringLiteral("; fields end at %1 of %2 bytes").arg(next).arg(encoded.size()));
    return encoded;
}

} // namespace NetSteps::Fuzz
