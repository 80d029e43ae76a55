// Fuzz target: frame decoding (FrameCodec::decode, describe, summary, checksumsValid): bytes →
// Ethernet II / ARP / IPv4 / TCP / UDP / ICMP, as captured on a link or read from a pcap file.
//
// Properties: bytes that do not decode give an error with a message whose position and length lie
// within the bytes, and no field list. Bytes that decode are described by fields that cover every
// byte once, in order; their frame encodes to bytes that decode to the same fields (decode →
// encode → decode is idempotent, lengths and checksums aside, which the encoder computes), with
// correct checksums, and that re-encode to exactly themselves.

#include "framecheck.h"

namespace {

using namespace NetSteps;

int fuzzFrameDecode(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = Fuzz::bytes(data, size);
    const Parsed<Frame> frame = FrameCodec::decode(bytes);
    const QList<FrameField> fields = FrameCodec::describe(bytes);
    if (!frame) {
        Fuzz::checkParseError(frame.error(), bytes.size(), -1, "frame");
        FUZZ_CHECK(fields.isEmpty(), Fuzz::hexOf(bytes));
        FUZZ_CHECK(!FrameCodec::checksumsValid(bytes), Fuzz::hexOf(bytes));
        return 0;
    }
    qsizetype next = 0;
    for (const FrameField &field : fields) {
        FUZZ_CHECK(field.offset == next && field.length > 0,
                   QStringLiteral("field %1 %2 at %3+%4, expected at %5 in %6")
                       .arg(field.layer, field.name)
                       .arg(field.offset)
                       .arg(field.length)
                       .arg(next)
                       .arg(Fuzz::hexOf(bytes)));
        FUZZ_CHECK(!field.layer.isEmpty() && !field.name.isEmpty() && !field.meaning.isEmpty(),
                   QStringLiteral("unnamed field at %1").arg(field.offset));
        next = field.offset + field.length;
    }
    FUZZ_CHECK(next == bytes.size(), QStringLiteral("fields end at %1 of %2 bytes: %3")
                                         .arg(next)
                                         .arg(bytes.size())
                                         .arg(Fuzz::hexOf(bytes)));
    FUZZ_CHECK(!FrameCodec::summary(*frame).isEmpty(), Fuzz::hexOf(bytes));
    FrameCodec::checksumsValid(bytes);
    Fuzz::checkEncodes(*frame, QStringLiteral("decoded from ") + Fuzz::hexOf(bytes));
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("framedecode", fuzzFrameDecode)
