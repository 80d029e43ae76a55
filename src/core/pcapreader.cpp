#include "pcapreader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace NetSteps {

namespace {

constexpr qsizetype FileHeaderLength = 24;
constexpr qsizetype RecordHeaderLength = 16;
constexpr quint32 MicrosecondMagic = 0xa1b2c3d4;
constexpr quint32 NanosecondMagic = 0xa1b23c4d;
constexpr quint32 PcapngMagic = 0x0a0d0d0a;
constexpr quint32 LinkTypeEthernet = 1;

ParseError error(const QString &message, qsizetype position, qsizetype length)
{
    return ParseError{message, int(position), int(length), -1};
}
} // namespace

Parsed<QList<PcapRecord>> PcapReader::read(QByteArrayView bytes)
{
    if (bytes.size() < FileHeaderLength)
        return error(
            tr("The capture file has %1 bytes, but a pcap file header alone has 24.").arg(bytes.size()),
            bytes.size(), 0);

    const quint32 magicLittle = qFromLittleEndian<quint32>(bytes.data());
    const quint32 magicBig = qFromBigEndian<quint32>(bytes.data());
    bool bigEndian = false;
    bool nanoseconds = false;
    if (magicLittle == MicrosecondMagic || magicLittle == NanosecondMagic) {
        nanoseconds = magicLittle == NanosecondMagic;
    } else if (magicBig == MicrosecondMagic || magicBig == NanosecondMagic) {
        bigEndian = true;
        nanoseconds = magicBig == NanosecondMagic;
    } else if (magicBig == PcapngMagic) {
        return error(tr("This is a pcapng capture file; NetSteps reads classic pcap files only (save as "
                        "\"Wireshark/tcpdump - pcap\")."),
                     0, 4);
    } else {
        return error(tr("This is not a pcap capture file: it starts with 0x%1 instead of the magic number "
                        "0xa1b2c3d4.")
                         .arg(magicBig, 8, 16, QLatin1Char('0')),
                     0, 4);
    }

    const auto get16 = [&](qsizetype position) {
        return bigEndian ? qFromBigEndian<quint16>(bytes.data() + position)
                         : qFromLittleEndian<quint16>(bytes.data() + position);
    };
    const auto get32 = [&](qsizetype position) {
        return bigEndian ? qFromBigEndian<quint32>(bytes.data() + position)
                         : qFromLittleEndian<quint32>(bytes.data() + position);
    };

    const quint16 major = get16(4);
    const quint16 minor = get16(6);
    if (major != 2)
        return error(
            tr("The pcap file has format version %1.%2; NetSteps reads version 2.4.").arg(major).arg(minor),
            4, 4);
    const quint32 snapLength = get32(16);
    const quint32 linkType = get32(20);
    if (linkType != LinkTypeEthernet)
        return error(
            tr("The pcap file has link type %1; NetSteps reads Ethernet captures (link type 1) only.")
                .arg(linkType),
            20, 4);
    // A snap length of 0 is written by some tools to mean "no limit".
    const quint32 limit = snapLength == 0 ? MaximumRecordLength : qMin(snapLength, MaximumRecordLength);

    QList<PcapRecord> records;
    qsizetype position = FileHeaderLength;
    while (position < bytes.size()) {
        const int number = int(records.size()) + 1;
        if (bytes.size() - position < RecordHeaderLength)
            return error(tr("Record %1: the file ends inside the record header (%2 of 16 bytes).")
                             .arg(number)
                             .arg(bytes.size() - position),
                         position, bytes.size() - position);
        const quint32 seconds = get32(position);
        const quint32 fraction = get32(position + 4);
        const quint32 captured = get32(position + 8);
        const quint32 original = get32(position + 12);
        const quint32 fractionLimit = nanoseconds ? 1000000000 : 1000000;
        if (fraction >= fractionLimit)
            return error(tr("Record %1: the sub-second part of the timestamp, %2, is not below %3.")
                             .arg(number)
                             .arg(fraction)
                             .arg(fractionLimit),
                         position + 4, 4);
        if (captured > limit)
            return error(tr("Record %1: it claims %2 captured bytes, more than the limit of %3.")
                             .arg(number)
                             .arg(captured)
                             .arg(limit),
                         position + 8, 4);
        const qsizetype dataAt = position + RecordHeaderLength;
        if (bytes.size() - dataAt < qsizetype(captured))
            return error(tr("Record %1: the file ends after %2 of its %3 bytes.")
                             .arg(number)
                             .arg(bytes.size() - dataAt)
                             .arg(captured),
                         position + 8, 4);
        PcapRecord record;
        record.timestampMicroseconds = qint64(seconds) * 1000000 + (nanoseconds ? fraction / 1000 : fraction);
        record.data = bytes.sliced(dataAt, captured).toByteArray();
        record.originalLength = original;
        records.append(record);
        position = dataAt + captured;
    }
    return records;
}

} // namespace NetSteps
