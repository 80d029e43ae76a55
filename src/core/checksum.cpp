#include "checksum.h"

namespace NetSteps {

quint16 onesComplementSum(QByteArrayView bytes, quint16 sum)
{
    quint64 total = sum;
    const auto *data = reinterpret_cast<const quint8 *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    for (; i + 1 < size; i += 2)
        total += (quint32(data[i]) << 8) | data[i + 1];
    if (i < size)
        total += quint32(data[i]) << 8;
    while (total >> 16)
        total = (total & 0xffff) + (total >> 16);
    return quint16(total);
}

quint16 internetChecksum(QByteArrayView bytes)
{
    return quint16(~onesComplementSum(bytes));
}

quint16 pseudoHeaderSum(Ipv4Address source, Ipv4Address destination, quint8 protocol,
                        quint16 transportLength)
{
    quint64 total = 0;
    total += source.toUInt() >> 16;
    total += source.toUInt() & 0xffff;
    total += destination.toUInt() >> 16;
    total += destination.toUInt() & 0xffff;
    total += protocol;
    total += transportLength;
    while (total >> 16)
        total = (total & 0xffff) + (total >> 16);
    return quint16(total);
}

quint16 transportChecksum(Ipv4Address source, Ipv4Address destination, quint8 protocol,
                          QByteArrayView segment)
{
    const quint16 pseudo = pseudoHeaderSum(source, destination, protocol, quint16(segment.size()));
    return quint16(~onesComplementSum(segment, pseudo));
}

} // namespace NetSteps
