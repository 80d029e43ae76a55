// Fuzz target: capture files (PcapReader::read), as a user opens them: classic pcap in either
// byte order, with microsecond or nanosecond timestamps.
//
// Properties: a rejected file gives a message whose position and length lie within the file. A
// file that reads is used up exactly by its header and records (24 + 16 + length each), each
// record within the 256 KiB limit and with a timestamp the format can hold; written out again
// with PcapWriter, the records read back the same (timestamps and bytes), and writing those gives
// the same file again.

#include "fuzztarget.h"

#include "pcapreader.h"
#include "pcapwriter.h"

namespace {

using namespace NetSteps;

QList<std::pair<qint64, QByteArray>> writable(const QList<PcapRecord> &records)
{
    QList<std::pair<qint64, QByteArray>> out;
    for (const PcapRecord &record : records)
        out.append({record.timestampMicroseconds, record.data});
    return out;
}

int fuzzPcap(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes = Fuzz::bytes(data, size);
    const Parsed<QList<PcapRecord>> records = PcapReader::read(bytes);
    if (!records) {
        Fuzz::checkParseError(records.error(), bytes.size(), -1, "capture file");
        return 0;
    }
    qsizetype used = 24;
    for (const PcapRecord &record : *records) {
        FUZZ_CHECK(record.data.size() <= qsizetype(PcapReader::MaximumRecordLength),
                   QStringLiteral("record of %1 bytes").arg(record.data.size()));
        FUZZ_CHECK(record.timestampMicroseconds >= 0
                       && record.timestampMicroseconds < (qint64(1) << 32) * 1000000,
                   QStringLiteral("timestamp %1").arg(record.timestampMicroseconds));
        used += 16 + record.data.size();
    }
    FUZZ_CHECK(used == bytes.size(), QStringLiteral("records use %1 of %2 bytes").arg(used).arg(bytes.size()));

    const QByteArray written = PcapWriter::toBytes(writable(*records));
    const Parsed<QList<PcapRecord>> again = PcapReader::read(written);
    FUZZ_CHECK(again.ok(), again ? QString() : again.error().message);
    FUZZ_CHECK(writable(*again) == writable(*records),
               QStringLiteral("%1 records read back as %2").arg(records->size()).arg(again->size()));
    FUZZ_CHECK(PcapWriter::toBytes(writable(*again)) == written, QStringLiteral("rewritten file differs"));
    return 0;
}

} // namespace

NETSTEPS_FUZZ_TARGET("pcap", fuzzPcap)
